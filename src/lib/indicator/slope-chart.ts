/**
 * The indicator page's slope chart: every territory of a level as a line from its value in one
 * year (left) to its value in another (right), the region and the chosen territories in colour and
 * named. When a comparability break lies between the two years, the values are drawn as dots
 * without a line joining them: a break is shown, never bridged. Plain SVG text from pure
 * functions, drawn the same by the build and the browser.
 */
import {
  CHOSEN_COLOURS,
  CONTEXT_STROKE,
  REGION_STROKE,
  escapeXml,
  fitLabel,
  frame,
  px,
  spreadLabels,
  type LineKind,
} from "./line-chart.ts";

export interface SlopeLine {
  code: string;
  label: string;
  from: number | null;
  to: number | null;
  kind: LineKind;
}

export interface SlopeChartInput {
  from: number;
  to: number;
  lines: SlopeLine[];
  /** True when a break lies between the two years: no line joins them. */
  broken: boolean;
  format: (value: number) => string;
  ariaLabel: string;
  ariaDescription: string;
}

export const SLOPE_WIDTH = 560;
export const SLOPE_HEIGHT = 380;
const LEFT = 190;
const RIGHT = SLOPE_WIDTH - 190;
const TOP = 34;
const BOTTOM = SLOPE_HEIGHT - 16;

export function slopeChartSvg(input: SlopeChartInput): string {
  const values = input.lines.flatMap((l) => [l.from, l.to]).filter((v): v is number => v !== null);
  // The frame's x maps the two years to the two columns; y is shared by both.
  const f = frame([input.from, input.to], values, { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM });
  const xFrom = LEFT;
  const xTo = RIGHT;
  let chosen = 0;
  const strokes = input.lines.map((line) =>
    line.kind === "context"
      ? CONTEXT_STROKE
      : line.kind === "region"
        ? REGION_STROKE
        : CHOSEN_COLOURS[chosen++ % CHOSEN_COLOURS.length]!,
  );
  const drawn = input.lines
    .map((line, i) => {
      const stroke = strokes[i]!;
      const width = line.kind === "context" ? 1 : 2.5;
      const r = line.kind === "context" ? 1.5 : 3.5;
      const parts: string[] = [];
      if (!input.broken && line.from !== null && line.to !== null)
        parts.push(
          `<line x1="${xFrom}" y1="${px(f.y(line.from))}" x2="${xTo}" y2="${px(f.y(line.to))}" stroke="${stroke}" stroke-width="${width}"/>`,
        );
      if (line.from !== null)
        parts.push(`<circle cx="${xFrom}" cy="${px(f.y(line.from))}" r="${r}" fill="${stroke}"/>`);
      if (line.to !== null) parts.push(`<circle cx="${xTo}" cy="${px(f.y(line.to))}" r="${r}" fill="${stroke}"/>`);
      return `<g data-code="${escapeXml(line.code)}" data-kind="${line.kind}">${parts.join("")}</g>`;
    })
    .join("");
  const named = input.lines.map((line, i) => ({ line, stroke: strokes[i]! })).filter((l) => l.line.kind !== "context");
  const side = (pick: "from" | "to", x: number, anchor: "start" | "end") => {
    const shown = named.filter((l) => l.line[pick] !== null);
    const ys = spreadLabels(
      shown.map((l) => f.y(l.line[pick]!)),
      14,
      TOP,
      BOTTOM,
    );
    return shown
      .map((l, i) => {
        const value = input.format(l.line[pick]!);
        const name = fitLabel(l.line.label, 18);
        const text = anchor === "end" ? `${name} ${value}` : `${value} ${name}`;
        return `<text x="${x}" y="${px(ys[i]!)}" dy="0.32em" text-anchor="${anchor}" fill="${l.stroke}" font-weight="700">${escapeXml(text)}</text>`;
      })
      .join("");
  };
  const axes =
    `<line x1="${xFrom}" x2="${xFrom}" y1="${TOP}" y2="${BOTTOM}" stroke="#9aa6b3"/>` +
    `<line x1="${xTo}" x2="${xTo}" y1="${TOP}" y2="${BOTTOM}" stroke="#9aa6b3"/>` +
    `<text x="${xFrom}" y="${TOP - 14}" text-anchor="middle" font-weight="700">${input.from}</text>` +
    `<text x="${xTo}" y="${TOP - 14}" text-anchor="middle" font-weight="700">${input.to}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SLOPE_WIDTH} ${SLOPE_HEIGHT}" width="${SLOPE_WIDTH}" height="${SLOPE_HEIGHT}"` +
    ` role="img" aria-label="${escapeXml(input.ariaLabel)}" font-family="system-ui, sans-serif" font-size="12" fill="#1b1f24">` +
    `<desc>${escapeXml(input.ariaDescription)}</desc>` +
    `<g aria-hidden="true">${axes}${drawn}${side("from", xFrom - 8, "end")}${side("to", xTo + 8, "start")}</g></svg>`
  );
}
