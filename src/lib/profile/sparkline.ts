/**
 * A key figure's trend as a small static SVG: the area's line over its years, the bassin and the
 * region beside it on the same scale, the first and last years written under it, and each
 * comparability break as a short dashed mark where the lines stop (never bridged). One picture
 * (role="img") whose name is the text alternative the caller writes.
 */
import { breakX, escapeXml, frame, px, runPath } from "../indicator/line-chart.ts";
import { breakStart, lineSegments, type SeriesBreak } from "../indicator/series.ts";

export interface SparklineInput {
  years: number[];
  breaks: SeriesBreak[];
  area: (number | null)[];
  /** The comparison bassin's values, null for a bassin's own profile. */
  bassin: (number | null)[] | null;
  region: (number | null)[] | null;
  ariaLabel: string;
}

export const SPARKLINE_WIDTH = 180;
export const SPARKLINE_HEIGHT = 56;
const BOX = { left: 4, right: SPARKLINE_WIDTH - 8, top: 6, bottom: SPARKLINE_HEIGHT - 16 };
export const SPARK_AREA = "#1d4f91";
export const SPARK_BASSIN = "#a15c00";
export const SPARK_REGION = "#5b6470";

function draw(
  input: SparklineInput,
  values: (number | null)[],
  f: ReturnType<typeof frame>,
  style: { stroke: string; width: number; dash: string; name: string },
): string {
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
  const runs = lineSegments(input.years, values, input.breaks).map((run) =>
    run.length === 1
      ? `<circle cx="${px(f.x(run[0]!.year))}" cy="${px(f.y(run[0]!.value))}" r="2" fill="${style.stroke}"/>`
      : `<path d="${runPath(run, f)}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${dash}/>`,
  );
  return `<g data-line="${style.name}">${runs.join("")}</g>`;
}

export function sparklineSvg(input: SparklineInput): string {
  const lines = [input.area, input.bassin ?? [], input.region ?? []];
  const values = lines.flat().filter((v): v is number => v !== null);
  const f = frame(input.years, values, BOX, false);
  const breaks = input.breaks
    .filter((b) => breakStart(input.years, b) !== undefined)
    .map((b) => {
      const x = px(breakX(input.years, b.year, f));
      return `<line data-break="${b.year}" x1="${x}" x2="${x}" y1="${BOX.top - 4}" y2="${BOX.bottom + 2}" stroke="#1b1f24" stroke-dasharray="2 2"/>`;
    })
    .join("");
  const first = input.years[0];
  const last = input.years.at(-1);
  const years =
    first === undefined
      ? ""
      : `<text x="${BOX.left}" y="${SPARKLINE_HEIGHT - 3}">${first}</text>` +
        (last !== first ? `<text x="${BOX.right}" y="${SPARKLINE_HEIGHT - 3}" text-anchor="end">${last}</text>` : "");
  const region = input.region
    ? draw(input, input.region, f, { stroke: SPARK_REGION, width: 1.5, dash: "2 2", name: "region" })
    : "";
  const bassin = input.bassin
    ? draw(input, input.bassin, f, { stroke: SPARK_BASSIN, width: 1.5, dash: "5 2", name: "bassin" })
    : "";
  const area = draw(input, input.area, f, { stroke: SPARK_AREA, width: 2.5, dash: "", name: "area" });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SPARKLINE_WIDTH} ${SPARKLINE_HEIGHT}" width="${SPARKLINE_WIDTH}" height="${SPARKLINE_HEIGHT}"` +
    ` role="img" aria-label="${escapeXml(input.ariaLabel)}" font-family="system-ui, sans-serif" font-size="12" fill="#1b1f24">` +
    `<g aria-hidden="true">${breaks}${region}${bassin}${area}${years}</g></svg>`
  );
}
