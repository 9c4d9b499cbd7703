import { describe, expect, it } from "vitest";
import { previewKey } from "../../../../src/lib/cite/preview-key.ts";
import { nestSvg, previewSvg, wrapText } from "../../../../src/lib/cite/preview-svg.ts";

describe("previewKey(pathname)", () => {
  it("names a page's preview after its path, without the language", () => {
    expect(previewKey("/fr/")).toBe("home");
    expect(previewKey("/nl/quartier/58/")).toBe("quartier-58");
    expect(previewKey("/en/data/urls/")).toBe("data-urls");
    expect(previewKey("/fr/indicators/bim_share/")).toBe("indicators-bim_share");
    expect(previewKey("/fr/tools/gp-register/")).toBe("tools-gp-register");
  });
  it("gives an embed the preview of the page it shows", () => {
    expect(previewKey("/fr/embed/map/")).toBe("home");
    expect(previewKey("/fr/embed/profile/commune/21004/")).toBe("commune-21004");
    expect(previewKey("/fr/indicators/bim_share/embed/")).toBe("indicators-bim_share");
  });
  it("keeps a file name safe whatever the code holds", () => {
    expect(previewKey("/fr/quartier/a%2Fb%20c/")).toBe("quartier-a_b_c");
  });
});

describe("wrapText", () => {
  it("wraps on words within the width and cuts the last kept line with an ellipsis", () => {
    // 20 px × 0.6 em = 12 px a character: 10 characters on 120 px, the ellipsis included.
    expect(wrapText("one two three four five", 20, 120, 5)).toEqual(["one two", "three four", "five"]);
    expect(wrapText("one two three four five", 20, 120, 2)).toEqual(["one two", "three fou…"]);
    expect(wrapText("abcdefghijklmnop", 20, 120, 2)).toEqual(["abcdefghi…"]);
  });
});

describe("previewSvg", () => {
  it("is a 1200×630 picture with the site's name, the title, the lines and the footer, escaped", () => {
    const svg = previewSvg({ site: "Obs", title: "A & B", lines: ["Index: 0.4 (2025)"], footer: "Obs · /fr/" });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/,
    );
    expect(svg).toContain(">A &amp; B</text>");
    expect(svg).toContain(">Index: 0.4 (2025)</text>");
    expect(svg).toContain(">Obs · /fr/</text>");
  });
  it("keeps whole entries only, as many as fit above the footer", () => {
    const long = "word ".repeat(30).trim();
    const svg = previewSvg({
      site: "Obs",
      title: "T",
      lines: ["first", long, long, long, "last"],
      footer: "f",
      figure: undefined,
    });
    const body = [...svg.matchAll(/font-size="28" fill="#333b44">([^<]*)</g)].map((m) => m[1]);
    // One title line: the body starts at 256 and has room for 7 lines: "first" and three entries of 2 lines.
    expect(body).toHaveLength(7);
    expect(body[0]).toBe("first");
    expect(body.at(-1)!.endsWith("…")).toBe(true);
    expect(body).not.toContain("last");
  });
  it("nests a figure in its box, replacing the figure's own size and keeping its viewBox", () => {
    const figure =
      '<svg xmlns="http://www.w3.org/2000/svg" width="720" viewBox="0 0 720 600" role="img"><path d="M0 0"/></svg>';
    expect(nestSvg(figure, { x: 1, y: 2, width: 3, height: 4 })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 600" x="1" y="2" width="3" height="4" preserveAspectRatio="xMidYMid meet" aria-hidden="true"><path d="M0 0"/></svg>',
    );
    expect(() => nestSvg("<g/>", { x: 0, y: 0, width: 1, height: 1 })).toThrow(
      "nestSvg: the figure is not an SVG element",
    );
  });
});
