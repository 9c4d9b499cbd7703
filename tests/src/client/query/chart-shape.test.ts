import { describe, expect, it } from "vitest";
import { chartShape } from "../../../../src/client/query/chart-shape.ts";

describe("chartShape(kinds, rowCount)", () => {
  it("draws one text and one number column as horizontal bars", () => {
    expect(chartShape(["text", "number"], 19)).toEqual({ kind: "bar", label: 0, value: 1 });
    expect(chartShape(["number", "text"], 19)).toEqual({ kind: "bar", label: 1, value: 0 });
  });

  it("labels the bars with the first text column when there are several", () => {
    expect(chartShape(["text", "text", "number"], 5)).toEqual({ kind: "bar", label: 0, value: 2 });
  });

  it("draws two number columns as a scatter plot, named by a text column if any", () => {
    expect(chartShape(["text", "number", "number"], 116)).toEqual({ kind: "scatter", x: 1, y: 2, label: 0 });
    expect(chartShape(["number", "number"], 10)).toEqual({ kind: "scatter", x: 0, y: 1, label: undefined });
  });

  it("draws nothing for other shapes or for an empty result", () => {
    expect(chartShape(["text", "number"], 0)).toBeUndefined();
    expect(chartShape(["number"], 3)).toBeUndefined();
    expect(chartShape(["text", "text"], 3)).toBeUndefined();
    expect(chartShape(["text", "number", "number", "number"], 3)).toBeUndefined();
    expect(chartShape(["date", "number"], 3)).toBeUndefined();
    expect(chartShape([], 3)).toBeUndefined();
  });
});
