import { describe, expect, it } from "vitest";
import { readQuartierComponents } from "../../../../scripts/indicators/fragility/components.ts";
import { buildTerritorialModel } from "../../../../scripts/territory/territorial-model.ts";
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

  it("falls back to 2024 where the export leaves 2025 empty for 65+ living alone (57 quartiers)", () => {
    const years = [...components.get("share_65_alone")!.values()].map((v) => v.year);
    expect(years.filter((y) => y === 2025)).toHaveLength(60);
    expect(years.filter((y) => y === 2024)).toHaveLength(57);
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
