import { describe, expect, it } from "vitest";
import {
  DEFAULT_SHORTAGE_PARAMETERS,
  locateRegister,
  readRegisterFile,
  shortageFromRegister,
} from "../../../../../src/core/gp/register/index.ts";
import { townGeography } from "./town.ts";

const geography = townGeography();

async function practices(csv: string) {
  const { practices, errors } = locateRegister(
    await readRegisterFile("r.csv", new TextEncoder().encode(csv)),
    geography,
  );
  expect(errors).toEqual([]);
  return practices;
}

describe("shortageFromRegister(practices, geography, parameters)", () => {
  it("gives each level's figures rounded to 3 decimals, rates withheld under 1,000 residents", async () => {
    // 4 GPs in A (quartier 7), 2 GPs with 1.5 FTE in C (quartier 8); 2,000 and 3,000 residents.
    const located = await practices("practice_id,sector_code,gp_headcount,gp_fte\np1,A,4,\np2,C,2,1.5\n");
    const result = shortageFromRegister(located, geography, DEFAULT_SHORTAGE_PARAMETERS);
    expect(result.capacityBasis).toBe("fte");
    const q7 = result.levels.quartier!.find((t) => t.code === "7")!;
    const q8 = result.levels.quartier!.find((t) => t.code === "8")!;
    expect([q7.population, q7.headcount, q7.fte, q7.small]).toEqual([2000, 4, 4, false]);
    expect(q7.values.gp_per_1000).toBe(2);
    expect(q7.values.gp_fte_per_1000).toBe(2);
    expect(q8.values.gp_per_1000).toBe(0.667);
    expect(q8.values.gp_fte_per_1000).toBe(0.5);
    expect(q8.inamiClass).toBe("shortage");
    // Need: the mean factor of the town is (400*1.2 + 1600*1.05 + 3000*0.9)/5000 = 0.972.
    expect(q8.values.gp_need_adjusted_per_1000).toBe(+((1000 * 1.5) / ((3000 * 0.9) / 0.972)).toFixed(3));
    const region = result.levels.region![0]!;
    expect([region.code, region.headcount, region.values.gp_per_1000]).toEqual(["04000", 6, 1.2]);
    // Sectors A (400) and B (1,600): A's 2SFCA access is withheld, B's published.
    expect(result.sectors.map((s) => [s.code, s.access === null])).toEqual([
      ["A", true],
      ["B", false],
      ["C", false],
    ]);
    expect(Object.keys(result.levels)).toEqual(["quartier", "commune", "bassin", "region"]);
  });

  it("counts fte_per_gp for rows without gp_fte, and withholds a small territory's rates", async () => {
    const located = await practices("practice_id,sector_code,gp_headcount\np1,A,4\n");
    const result = shortageFromRegister(located, geography, { ...DEFAULT_SHORTAGE_PARAMETERS, fte_per_gp: 0.5 });
    const region = result.levels.region![0]!;
    expect([region.fte, region.values.gp_fte_per_1000, region.values.gp_per_1000]).toEqual([2, 0.4, 0.8]);
    expect(region.inamiClass).toBe("shortage");
    const small = shortageFromRegister(
      located,
      { ...geography, sectors: geography.sectors.map((s) => ({ ...s, population: s.population / 10 })) },
      DEFAULT_SHORTAGE_PARAMETERS,
    );
    const q = small.levels.quartier!.find((t) => t.code === "7")!;
    expect([q.small, q.values.gp_per_1000, q.inamiClass]).toEqual([true, null, null]);
    expect(q.values.gp_share_below_threshold).not.toBeNull();
  });
});
