import { describe, expect, it } from "vitest";
import {
  inUrlOrder,
  parseChoice,
  parseStepped,
  readParam,
  repeatedParams,
  writeParams,
  type ParamIssue,
} from "../../../src/lib/url-state.ts";

describe("writeParams(entries)", () => {
  it("leaves out defaults (null) and writes nothing for the default view", () => {
    expect(
      writeParams([
        ["a", null],
        ["b", null],
      ]),
    ).toBe("");
    expect(
      writeParams([
        ["k", "10"],
        ["reach", null],
        ["bassin", "N"],
      ]),
    ).toBe("?k=10&bassin=N");
  });

  it("keeps commas and colons readable, escapes the rest", () => {
    expect(
      writeParams([
        ["o", "commune,bassin"],
        ["g", "a:20:b:lt:0.9"],
        ["a", "x&y"],
      ]),
    ).toBe("?o=commune,bassin&g=a:20:b:lt:0.9&a=x%26y");
  });
});

describe("readParam(params, name, parse, fallback, issues)", () => {
  it("falls back silently when absent, and with an issue when malformed", () => {
    const params = new URLSearchParams("?radius=12.5&reach=all");
    const issues: ParamIssue[] = [];
    expect(readParam(params, "k", (raw) => parseStepped(raw, 1, 20, 1), 5, issues)).toBe(5);
    expect(readParam(params, "radius", (raw) => parseStepped(raw, 300, 1000, 100), 500, issues)).toBe(500);
    expect(readParam(params, "reach", (raw) => parseChoice(raw, ["all", "fragile"]), "fragile", issues)).toBe("all");
    expect(issues).toEqual([{ name: "radius", value: "12.5" }]);
  });

  it("reports issues in the order of the URL", () => {
    const params = new URLSearchParams("?b=2&a=1");
    expect(
      inUrlOrder(params, [
        { name: "a", value: "1" },
        { name: "b", value: "2" },
      ]).map((i) => i.name),
    ).toEqual(["b", "a"]);
  });
});

describe("repeatedParams(params, names)", () => {
  it("lists the parameters given more than once, in URL order, with the first value (the one read)", () => {
    const params = new URLSearchParams("?k=3&level=commune&x=1&x=2&level=bassin&k=4&k=5");
    expect(repeatedParams(params, ["level", "k", "need"])).toEqual([
      { name: "k", count: 3, value: "3" },
      { name: "level", count: 2, value: "commune" },
    ]);
  });

  it("is empty when each parameter is given once", () => {
    expect(repeatedParams(new URLSearchParams("?k=3&level=commune"), ["k", "level"])).toEqual([]);
  });
});
