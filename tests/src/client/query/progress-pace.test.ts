import { describe, expect, it } from "vitest";
import { progressPace } from "../../../../src/client/query/progress-pace.ts";
import type { EngineProgress } from "../../../../src/client/duckdb-client.ts";

describe("progressPace", () => {
  it("passes one download report per interval and every change of phase", () => {
    let clock = 0;
    const paced = progressPace(250, () => clock);
    const passed: EngineProgress[] = [];
    // A hundred network chunks in one second, as DuckDB-WASM reports them on loopback.
    for (let chunk = 1; chunk <= 100; chunk++) {
      clock = chunk * 10;
      const report: EngineProgress = { phase: "download", loaded: chunk * 1000, total: 100_000 };
      if (paced(report)) passed.push(report);
    }
    const compile: EngineProgress = { phase: "compile" };
    if (paced(compile)) passed.push(compile);
    expect(passed.map((p) => [p.phase, p.loaded])).toEqual([
      ["download", 1000],
      ["download", 26_000],
      ["download", 51_000],
      ["download", 76_000],
      ["compile", undefined],
    ]);
  });
});
