import { describe, expect, it } from "vitest";
import { gpRegisterChangeMap, gpRegisterMap, INAMI_FILLS } from "../../../../src/client/tools/gp-register-map.ts";
import type { PageText } from "../../../../src/client/tools/messages.ts";
import { lambert72 } from "../../../../src/core/lambert72.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";
import { locale } from "../../../../src/lib/format.ts";
import type { ResultRow } from "../../../../src/lib/tools/gp-register.ts";
import { fitAffine } from "../../../../src/lib/tools/gp-register-projection.ts";
import type { EditablePractice } from "../../../../src/lib/tools/gp-register-edits.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";
import { snapshotGrid } from "../../../helpers/snapshot-grid.ts";

const grid = snapshotGrid();
const text = (language: "fr" | "en"): PageText => ({
  language,
  locale: locale(language),
  t: createTranslator(language),
});

/** The squares' centres in degrees, their Lambert 72 metres and their map position fit the affine map. */
const centres = grid.squares.features.map((f) => {
  const ring = f.geometry.coordinates[0]!;
  return [(ring[0]![0]! + ring[2]![0]!) / 2, (ring[0]![1]! + ring[2]![1]!) / 2] as const;
});
const affine = fitAffine(
  centres.map(([lon, lat]) => {
    const [x, y] = lambert72(lon, lat);
    const [px, py] = grid.project(lon, lat);
    return { x, y, px, py };
  }),
);
const names = grid.squares.features.map((f) => String(f.properties!.name));
const codes = grid.squares.features.map((f) => String(f.id));

/** Severe, shortage, at the threshold, above, no residents, and one more: every INAMI class. */
const per1000 = [0.3, 0.75, 0.9, 1.4, null, 2.1];
const shares = [80, 35.5, 0, 12.25, null, 0];
const rows = (values: (number | null)[]): ResultRow[] =>
  codes.map((code, i) => ({ code, name: names[i]!, population: 1000, headcount: 1, fte: null, value: values[i]! }));

const practices: EditablePractice[] = [
  [4.32, 50.86],
  [4.37, 50.84],
  [4.42, 50.85],
].map(([lon, lat], i) => {
  const [x, y] = lambert72(lon!, lat!);
  return { id: `P${i + 1}`, name: `Cabinet ${i + 1}`, x, y, sector: codes[i]!, headcount: 1, fte: null };
});

const input = {
  level: "quartier",
  paths: grid.paths,
  bassinBorder: grid.borders.bassin,
  practices,
  affine,
  thresholds: { shortage: 0.9, severe: 0.5 },
};

describe("gpRegisterMap(text, input)", () => {
  it("colours a ratio per 1,000 in the INAMI classes and draws the practices, the chosen one ringed", () => {
    const map = gpRegisterMap(text("en"), {
      ...input,
      indicator: "gp_access_2sfca",
      rows: rows(per1000),
      selectedPractice: "P2",
      selectedArea: "B2",
    });
    expect(map.svg).toContain(`fill="${INAMI_FILLS.severe}" data-code="A1"`);
    expect(map.svg).toContain(`fill="${INAMI_FILLS.shortage}" data-code="A2"`);
    expect(map.svg).toContain(`fill="${INAMI_FILLS.none}" data-code="A3"`);
    expect(map.svg).toContain(`fill="url(#pattern-no-data)" data-code="B2"`);
    expect(map.legend.map((item) => item.label)).toEqual([
      "severe shortage: below 0.5 (1 area)",
      "shortage: 0.5 to below 0.9 (1 area)",
      "0.9 or more (3 areas)",
      "no value (no or too few residents) (1 area)",
      "practices of the register (3)",
    ]);
    expectSnapshot("gp-register-map-inami", map.svg);
  });

  it("draws a share in quantile classes, titled as computed from the user's file (the PNG export draws that title)", () => {
    const map = gpRegisterMap(text("fr"), {
      ...input,
      indicator: "gp_share_below_threshold",
      rows: rows(shares),
      selectedPractice: null,
      selectedArea: null,
    });
    expect(map.svg).toContain(
      '<title id="gpr-map-title">Habitants sous le seuil de pénurie (%), par quartier — calculé à partir de votre fichier</title>',
    );
    expectSnapshot("gp-register-map-quantiles", map.svg);
  });

  it("draws before and after the edits in the same classes, each titled by its side, the share of one area changed", () => {
    const after = [80, 35.5, 60, 12.25, null, 0];
    const classValues = [...shares, ...after];
    const side = (which: "before" | "after", values: (number | null)[]) =>
      gpRegisterMap(text("en"), {
        ...input,
        indicator: "gp_share_below_threshold",
        rows: rows(values),
        selectedPractice: null,
        selectedArea: null,
        comparison: { side: which, classValues },
      });
    const before = side("before", shares);
    const changed = side("after", after);
    const fills = (svg: string) =>
      new Map([...svg.matchAll(/fill="([^"]+)" data-code="(\w+)"/g)].map((m) => [m[2], m[1]]));
    const [b, a] = [fills(before.svg), fills(changed.svg)];
    // Unchanged areas keep their colour; A3 (0 % → 60 %) changes class.
    for (const code of ["A1", "A2", "B1", "B2", "B3"]) expect(a.get(code), code).toBe(b.get(code));
    expect(a.get("A3")).not.toBe(b.get("A3"));
    // The same classes on both sides; each side counts its own areas.
    const classes = (legend: { label: string }[]) => legend.map((item) => item.label.replace(/ \(.*\)$/, ""));
    expect(classes(changed.legend)).toEqual(classes(before.legend));
    expect(changed.legend[0]!.label).toBe("0 % – 12.25 % (1 area)");
    expect(before.legend.map((item) => item.label)).toEqual([
      "0 % – 12.25 % (2 areas)",
      "12.25 % – 35.5 % (1 area)",
      "35.5 % – 64 % (1 area)",
      "64 % – 80 % (1 area)",
      "no value (no or too few residents) (1 area)",
      "practices of the register (3)",
    ]);
    expect(before.svg).toContain('<title id="gpr-map-before-title">Before your changes — ');
    expect(changed.svg).toContain('<title id="gpr-map-after-title">After your changes — ');
    expectSnapshot("gp-register-map-before", before.svg);
    expectSnapshot("gp-register-map-after", changed.svg);
  });

  it("draws the change, after minus before, in diverging classes: purple for more, orange for less, white for none", () => {
    const changes = [-0.6, -0.1, 0, 0.2, null, 0.9];
    const map = gpRegisterChangeMap(text("en"), {
      ...input,
      indicator: "gp_access_2sfca",
      rows: rows(per1000).map((row, i) => ({ ...row, before: row.value, change: changes[i]! })),
      selectedPractice: null,
      selectedArea: null,
    });
    // Extent 0.9: step 0.25 (0.9 / 4 rounded up to a round number).
    expect(map.svg).toContain(`fill="#b35806" data-code="A1"`);
    expect(map.svg).toContain(`fill="#fee0b6" data-code="A2"`);
    expect(map.svg).toContain(`fill="#f7f7f7" data-code="A3"`);
    expect(map.svg).toContain(`fill="#d8daeb" data-code="B1"`);
    expect(map.svg).toContain(`fill="url(#pattern-no-data)" data-code="B2"`);
    expect(map.svg).toContain(`fill="#542788" data-code="B3"`);
    expect(map.svg).toContain("<title>Nord-Ouest: −0.600</title>");
    expect(map.legend.map((item) => item.label)).toEqual([
      "above +0.500 (1 area)",
      "+0.250 to +0.500 (0 areas)",
      "+0.005 to +0.250 (1 area)",
      "no change (within 0.005) (1 area)",
      "−0.250 to −0.005 (1 area)",
      "−0.500 to −0.250 (0 areas)",
      "below −0.500 (1 area)",
      "no value (no or too few residents) (1 area)",
    ]);
    expectSnapshot("gp-register-map-change", map.svg);
  });
});
