import { describe, expect, it } from "vitest";
import { readQuartierComponents } from "../../../../scripts/indicators/fragility/components.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { referenceDir } from "../../../../scripts/lib/paths.ts";
import { rawFixture, realContext, replaceText } from "../../../helpers/raw-fixture.ts";

const context = realContext();
const model = buildTerritorialModel(context);
const quartierCodes = model.territories.get("quartier")!.map((q) => q.code);
const components = readQuartierComponents(context, quartierCodes);

describe("readQuartierComponents(context, codes) on the real data", () => {
  it("takes each component at its latest year", () => {
    expect(components.get("bim_share")!.get("1")).toEqual({ value: 19.9, year: 2024 });
    expect(components.get("median_income")!.get("1")).toEqual({ value: 21060, year: 2022 });
    expect(components.get("share_80_plus")!.get("1")!.year).toBe(2025);
  });

  it("takes 65+ living alone from the consistent 2001-2024 series only: the 2025 block is another definition", () => {
    const entries = [...components.get("share_65_alone")!.values()];
    expect(entries.filter((v) => v.year === 2025)).toHaveLength(0);
    // 57 quartiers have the series, less 108 whose series is 109's.
    expect(entries.filter((v) => v.year === 2024)).toHaveLength(56);
    expect(Math.max(...entries.map((v) => v.value))).toBeLessThanOrEqual(23.3);
  });

  it("treats quartier 108's cells identical to 109's as missing, and keeps its own", () => {
    for (const id of ["share_65_79", "share_80_plus", "share_65_alone"] as const)
      expect(components.get(id)!.has("108"), id).toBe(false);
    expect(components.get("median_income")!.get("108")).toEqual({ value: 27820, year: 2022 });
    expect(components.get("share_80_plus")!.has("109")).toBe(true);
  });

  it("runs the series checks on the portal export too: a block of quartiers with another year and triple rates stops the run", () => {
    const { context: broken } = rawFixture({
      "ibsa-monitoring-vulnerability": (bytes) =>
        bytes
          .toString("utf8")
          .split("\n")
          .map((line) => {
            const fields = line.split(",");
            const code = Number(fields[0]);
            if (!(code >= 1 && code <= 20) || fields[3] === "") return line;
            fields[3] = (Number(fields[3]) * 3).toFixed(2);
            fields[4] = "2019";
            return fields.join(",");
          })
          .join("\n"),
    });
    expect(() => readQuartierComponents(broken, quartierCodes)).toThrow(
      /territorial_vulnerability_indicators\.csv \(row 2, column "unemployment_rate"\): definition break in "unemployment_rate": 20 area\(s\) \(1, 2, 3, .*, 20\) in 2019 have median [\d.]+ in 2019 against [\d.]+ in 2023 for the \d+ area\(s\) with 2023 .*No decision covers it/,
    );
  });

  it("refuses a series decision with another action than its issue's, naming the list's row and column", () => {
    const reference = mkdtempSync(join(tmpdir(), "obs-reference-"));
    cpSync(referenceDir, reference, { recursive: true });
    const list = join(reference, "ibsa-export-corrections.csv");
    writeFileSync(
      list,
      readFileSync(list, "utf8").replace(",copied-series,drop-identical-cells,", ",copied-series,keep,"),
    );
    expect(() => readQuartierComponents({ ...realContext(), referenceDir: reference }, quartierCodes)).toThrow(
      `${list} (row 8, column "action"): action "keep" is not "drop-identical-cells", the only one for copied-series`,
    );
  });

  it("stops on a copied series that the correction list does not cover, naming the export and both quartiers", () => {
    const reference = mkdtempSync(join(tmpdir(), "obs-reference-"));
    cpSync(referenceDir, reference, { recursive: true });
    const list = join(reference, "ibsa-export-corrections.csv");
    const lines = readFileSync(list, "utf8").split("\n");
    writeFileSync(list, lines.filter((line) => !line.includes(",copied-series,")).join("\n"));
    expect(() => readQuartierComponents({ ...realContext(), referenceDir: reference }, quartierCodes)).toThrow(
      /ibsa_monitoring_indicators_long_nl\.csv \(column "mdrc"\): areas 108 and 109 share 342 identical \(indicator, year\) cells of 559, 280 of them with a value no other area has \(a copy from 30\), in 14 indicator\(s\): "Aandeel Fransen", .*"Totaal aantal vreemdelingen".*\. No decision covers it in .*ibsa-export-corrections\.csv/,
    );
  });

  it("stops on a definition break that the correction list does not cover, naming the export, the indicator and the areas", () => {
    const reference = mkdtempSync(join(tmpdir(), "obs-reference-"));
    cpSync(referenceDir, reference, { recursive: true });
    const list = join(reference, "ibsa-export-corrections.csv");
    const lines = readFileSync(list, "utf8").split("\n");
    writeFileSync(list, lines.filter((line) => !line.includes(",definition-break,")).join("\n"));
    expect(() => readQuartierComponents({ ...realContext(), referenceDir: reference }, quartierCodes)).toThrow(
      /ibsa_monitoring_indicators_long_nl\.csv \(row \d+, column "value"\): definition break in "Aandeel alleenwonenden van 65 jaar en meer in het totaal aantal private huishoudens": 60 area\(s\) \(1, 4, 5, .*, 107\) in 2025 have median 40\.07 in 2025 against 10\.55 in 2024 for the 57 area\(s\) with 2001-2024/,
    );
  });

  it("refuses a definition-break decision without its French or Dutch text, which method_parameters publishes", () => {
    const reference = mkdtempSync(join(tmpdir(), "obs-reference-"));
    cpSync(referenceDir, reference, { recursive: true });
    const list = join(reference, "ibsa-export-corrections.csv");
    const text = readFileSync(list, "utf8");
    const edited = text.replace(/,"reeks alleen gepubliceerd [^"]*"\n/, ",\n");
    expect(edited).not.toBe(text);
    writeFileSync(list, edited);
    expect(() => readQuartierComponents({ ...realContext(), referenceDir: reference }, quartierCodes)).toThrow(
      `${list} (row 7, column "detail_nl"): the detail has no Dutch text: add its translation`,
    );
  });

  it("applies the correction list: 115 absent from the export, its portal rates kept", () => {
    expect(components.get("median_income")!.has("115")).toBe(false);
    expect(components.get("bim_share")!.get("115")).toEqual({ value: 23.06, year: 2024 });
    // The misplaced duplicate rows are gone: quartier 23's values are its own (equal to the portal export).
    expect(components.get("unemployment_rate")!.get("23")!.value).toBe(21.26);
  });

  it("stops when a quartier disappears from the export without being in the correction list", () => {
    const { context: broken } = rawFixture({
      "ibsa-monitoring-export": (bytes) =>
        bytes
          .toString("utf8")
          .split("\n")
          .filter((line) => !line.startsWith("114,"))
          .join("\n"),
    });
    expect(() => readQuartierComponents(broken, quartierCodes)).toThrow(
      "ibsa-monitoring-export: quartier(s) 114 absent from the export but not in ibsa-export-corrections.csv",
    );
  });

  it("stops on a duplicated row, naming file, row and column", () => {
    const { context: broken } = rawFixture({
      "ibsa-monitoring-export": replaceText(/\n(1,Grote Markt,Werkloosheidsgraad,%,2023,[^\n]*)/, "\n$1\n$1"),
    });
    expect(() => readQuartierComponents(broken, quartierCodes)).toThrow(
      /ibsa_monitoring_indicators_long_nl\.csv \(row \d+, column "mdrc"\): quartier 1 has two rows for "Werkloosheidsgraad" in 2023/,
    );
  });

  it("stops on a rate outside 0-100", () => {
    const { context: broken } = rawFixture({
      "ibsa-monitoring-vulnerability": replaceText(
        "1,Grand Place,monitoring_district,15.15,",
        "1,Grand Place,monitoring_district,151.5,",
      ),
    });
    expect(() => readQuartierComponents(broken, quartierCodes)).toThrow(
      'territorial_vulnerability_indicators.csv (row 2, column "unemployment_rate"): 151.5 is outside the possible range 0-100 for unemployment_rate',
    );
  });
});
