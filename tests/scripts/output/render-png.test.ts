import { describe, expect, it } from "vitest";
import { svgToPng } from "../../../scripts/output/render-png.ts";
import { pngSize } from "../../helpers/png-header.ts";

const SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" font-family="DejaVu Sans, Arial, sans-serif">` +
  `<rect width="200" height="100" fill="#ffffff"/><rect x="10" y="10" width="80" height="40" fill="#c2185b"/>` +
  `<text x="10" y="80" font-size="14">Quartiers — Wijken é</text></svg>`;

describe("svgToPng(svg, widthPx)", () => {
  it("draws the SVG at the width asked, the height following its aspect ratio", async () => {
    expect(pngSize(await svgToPng(SVG, 2000))).toEqual({ width: 2000, height: 1000 });
  });

  it("gives byte-identical output for the same SVG and width", async () => {
    const first = await svgToPng(SVG, 640);
    const second = await svgToPng(SVG, 640);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it("draws the text with the committed font (the picture differs from one without the text)", async () => {
    const withText = await svgToPng(SVG, 400);
    const withoutText = await svgToPng(SVG.replace(/<text.*<\/text>/, ""), 400);
    expect(Buffer.from(withText).equals(Buffer.from(withoutText))).toBe(false);
  });

  it("refuses a width that is not a whole number of pixels from 1 to 10000", async () => {
    await expect(svgToPng(SVG, 0)).rejects.toThrow(
      "svgToPng: width 0 must be a whole number of pixels from 1 to 10000",
    );
    await expect(svgToPng(SVG, 12.5)).rejects.toThrow("svgToPng: width 12.5 must be");
  });

  it("names the SVG it cannot read", async () => {
    await expect(svgToPng("<svg", 100)).rejects.toThrow('svgToPng: cannot read the SVG "<svg…"');
  });
});
