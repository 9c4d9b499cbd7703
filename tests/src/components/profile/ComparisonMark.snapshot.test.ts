import { describe, expect, it } from "vitest";
import { COMPARISON_MARKS } from "../../../../src/lib/profile/chart.ts";
import type { Comparison } from "../../../../src/lib/profile/compare.ts";
import { renderAstroComponent } from "../../../helpers/astro-component.ts";
import { expectSnapshot } from "../../../helpers/snapshot.ts";

const COMPARISONS = Object.keys(COMPARISON_MARKS) as Comparison[];

/** Every verdict's mark, side by side in one file. */
async function marks(): Promise<string> {
  const svgs = await Promise.all(
    COMPARISONS.map((comparison) =>
      renderAstroComponent("src/components/profile/ComparisonMark.astro", { comparison }),
    ),
  );
  return `<div>${svgs.join("")}</div>`;
}

describe("<ComparisonMark comparison />", () => {
  it("draws each verdict with the spine chart's fill and a shape of its own", async () => {
    const html = await marks();
    expect(await marks()).toBe(html);
    expect(COMPARISONS).toEqual(["better", "similar", "worse", "not_compared"]);
    expectSnapshot("comparison-mark", html, undefined, "html");
  });
});
