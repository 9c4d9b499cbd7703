import { describe, expect, it } from "vitest";
import { readMonitoringExport } from "../../../scripts/raw/ibsa-monitoring-export.ts";
import { rawFixture, realContext, replaceText } from "../../helpers/raw-fixture.ts";

describe("readMonitoringExport(context)", () => {
  it("reads one record per row, with the spreadsheet row number", () => {
    const { rows } = readMonitoringExport(realContext());
    expect(rows.find((r) => r.row === 20)).toEqual({
      row: 20,
      quartier: "1",
      indicator: "Werkloosheidsgraad",
      year: 2023,
      value: 15.15,
    });
  });

  it("stops on a value that is not a number, naming file, row and column", () => {
    const { context } = rawFixture({
      "ibsa-monitoring-export": replaceText(
        "\n1,Grote Markt,Werkloosheidsgraad,%,2023,15.15,",
        "\n1,Grote Markt,Werkloosheidsgraad,%,2023,n/a,",
      ),
    });
    expect(() => readMonitoringExport(context)).toThrow(
      'ibsa_monitoring_indicators_long_nl.csv (row 20, column "value"): "n/a" is not a number',
    );
  });
});
