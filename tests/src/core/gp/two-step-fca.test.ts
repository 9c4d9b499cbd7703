import { describe, expect, it } from "vitest";
import {
  gaussianDecay,
  stepDecay,
  twoStepFca,
  type DemandPoint,
  type SupplyPoint,
} from "../../../../src/core/gp/two-step-fca.ts";

describe("gaussianDecay(distance, catchment)", () => {
  it("is 1 at the practice, 0 at the catchment edge and beyond", () => {
    expect(gaussianDecay(0, 600)).toBe(1);
    expect(gaussianDecay(600, 600)).toBeCloseTo(0, 12);
    expect(gaussianDecay(601, 600)).toBe(0);
    // Halfway: (e^-0.125 - e^-0.5) / (1 - e^-0.5) = (0.88250 - 0.60653) / 0.39347 = 0.7014
    expect(gaussianDecay(300, 600)).toBeCloseTo(0.7014, 4);
  });
});

describe("twoStepFca(demand, supply, catchment, decay)", () => {
  // A street: homes at 0, 400 and 1,000 m; practices at 100 m (2 FTE) and 1,000 m (1 FTE). Catchment 500 m.
  const demand: DemandPoint[] = [
    { id: "west", x: 0, y: 0, need: 1000 },
    { id: "middle", x: 400, y: 0, need: 3000 },
    { id: "east", x: 1000, y: 0, need: 500 },
  ];
  const supply: SupplyPoint[] = [
    { id: "practice-a", x: 100, y: 0, capacity: 2 },
    { id: "practice-b", x: 1000, y: 0, capacity: 1 },
  ];

  it("with step decay: ratios per practice, summed per home (worked by hand)", () => {
    // Step 1: A reaches west (100 m) and middle (300 m): 2 / 4000 = 0.0005. B reaches only east (0 m): 1 / 500 = 0.002.
    // Step 2: west and middle reach only A: 0.0005; east reaches only B (A is 900 m away): 0.002.
    const access = twoStepFca(demand, supply, 500, stepDecay);
    expect(Object.fromEntries([...access].map(([id, a]) => [id, a * 1000]))).toEqual({
      west: 0.5,
      middle: 0.5,
      east: 2,
    });
  });

  it("with Gaussian decay: nearer homes weigh more (worked by hand)", () => {
    const g = (d: number) => (Math.exp(-0.5 * (d / 500) ** 2) - Math.exp(-0.5)) / (1 - Math.exp(-0.5));
    // Step 1 for A: 2 / (g(100) * 1000 + g(300) * 3000); for B: 1 / (g(0) * 500).
    const ratioA = 2 / (g(100) * 1000 + g(300) * 3000);
    const ratioB = 1 / 500;
    const access = twoStepFca(demand, supply, 500);
    expect(access.get("west")).toBeCloseTo(g(100) * ratioA, 12);
    expect(access.get("middle")).toBeCloseTo(g(300) * ratioA, 12);
    expect(access.get("east")).toBeCloseTo(ratioB, 12);
    // g(100) = (e^-0.02 - e^-0.5) / 0.39347 = 0.9497; g(300) = (e^-0.18 - e^-0.5) / 0.39347 = 0.5813
    expect(g(100)).toBeCloseTo(0.9497, 4);
    expect(g(300)).toBeCloseTo(0.5813, 4);
    // west: 0.9497 * 2 / (949.7 + 1744.0) * 1000 = 0.7051 GP per 1,000
    expect(access.get("west")! * 1000).toBeCloseTo(0.7051, 4);
  });

  it("conserves supply: need-weighted access adds up to the capacity that has any demand in reach", () => {
    const access = twoStepFca(demand, supply, 500);
    const total = demand.reduce((sum, d) => sum + access.get(d.id)! * d.need, 0);
    expect(total).toBeCloseTo(3, 10);
  });

  it("gives no access where no practice is in reach, and ignores practices with no demand", () => {
    const access = twoStepFca([{ id: "far", x: 5000, y: 0, need: 100 }], supply, 500);
    expect(access.get("far")).toBe(0);
  });
});
