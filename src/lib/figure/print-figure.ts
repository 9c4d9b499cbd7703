/**
 * The picture a PNG export draws: the figure exactly as on screen (its SVG, nested unchanged),
 * with the texts a reader of a printed report needs drawn in — title, subtitle (area, year),
 * legend, source line with its vintage, and the observatory's name, the date and the permalink —
 * each wrapped to fit. Browser-safe: the export (src/client/figure-tools.ts) serialises the page's
 * SVG and legend, composes them here, and rasterises the result on a canvas.
 */
import { escapeXml } from "./xml.ts";
import { svgTextLines, wrapText } from "./wrap-text.ts";

export interface PrintLegendRow {
  /** A small SVG (its own viewBox, width and height) drawn as the row's swatch, or "" for none. */
  swatch: string;
  label: string;
}

export interface PrintFigureInput {
  /** The on-screen figure's SVG markup, with its width and height in its own units (its viewBox). */
  figure: { svg: string; width: number; height: number };
  title: string;
  subtitle: string;
  legend?: { title: string; rows: PrintLegendRow[] };
  /** Sources with their vintage, as the page's caption gives them. */
  source: string;
  /** Observatory · date · permalink. */
  credit: string;
  /** Width of the composed picture in its own units (the PNG is drawn at a multiple of it). */
  width?: number;
}

export const PRINT_LAYOUT_WIDTH = 1000;
const MARGIN = 24;
const LEGEND_WIDTH = 260;
const GAP = 20;
const TITLE = { size: 26, line: 32 };
const SUBTITLE = { size: 17, line: 22 };
const LEGEND_TITLE = { size: 15, line: 19 };
const LEGEND_ROW = { size: 14, line: 18, swatch: 22 };
const SOURCE = { size: 13, line: 17 };
const CREDIT = { size: 12, line: 16 };
const INK = "#1b1f24";
const MUTED = "#4a5561";

/** The composed SVG and its size in its own units. */
export function composePrintSvg(input: PrintFigureInput): { svg: string; width: number; height: number } {
  const width = input.width ?? PRINT_LAYOUT_WIDTH;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;

  const block = (text: string, style: { size: number; line: number }, fill: string, bold = false, x = MARGIN) => {
    const lines = text.trim() ? wrapText(text, inner - (x - MARGIN), style.size, bold) : [];
    if (!lines.length) return;
    parts.push(svgTextLines(lines, { x, y: y + style.size, fontSize: style.size, lineHeight: style.line, bold, fill }));
    y += style.size + (lines.length - 1) * style.line + style.size * 0.45;
  };

  block(input.title, TITLE, INK, true);
  block(input.subtitle, SUBTITLE, MUTED);
  y += 8;

  const legend = input.legend?.rows.length ? input.legend : undefined;
  const figureWidth = legend ? inner - LEGEND_WIDTH - GAP : inner;
  const figureHeight = (figureWidth * input.figure.height) / input.figure.width;
  parts.push(nested(input.figure.svg, MARGIN, y, figureWidth, figureHeight, input.figure));
  let bottom = y + figureHeight;
  if (legend) bottom = Math.max(bottom, drawLegend(parts, legend, MARGIN + figureWidth + GAP, y));
  y = bottom + 16;

  block(input.source, SOURCE, INK);
  block(input.credit, CREDIT, MUTED);
  const height = Math.ceil(y + MARGIN - 8);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` font-family="DejaVu Sans, Arial, sans-serif">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}

/** The legend column; returns the y where it ends. */
function drawLegend(parts: string[], legend: NonNullable<PrintFigureInput["legend"]>, x: number, top: number): number {
  let y = top;
  const heading = legend.title.trim() ? wrapText(legend.title, LEGEND_WIDTH, LEGEND_TITLE.size, true) : [];
  if (heading.length) {
    parts.push(
      svgTextLines(heading, {
        x,
        y: y + LEGEND_TITLE.size,
        fontSize: LEGEND_TITLE.size,
        lineHeight: LEGEND_TITLE.line,
        bold: true,
        fill: INK,
      }),
    );
    y += LEGEND_TITLE.size + (heading.length - 1) * LEGEND_TITLE.line + 12;
  }
  const labelX = x + LEGEND_ROW.swatch + 10;
  for (const row of legend.rows) {
    const lines = wrapText(row.label, LEGEND_WIDTH - (labelX - x), LEGEND_ROW.size);
    if (row.swatch) {
      const size = svgSize(row.swatch) ?? { width: 18, height: 14 };
      const h = Math.min(LEGEND_ROW.line, (LEGEND_ROW.swatch * size.height) / size.width);
      parts.push(nested(row.swatch, x, y + (LEGEND_ROW.line - h) / 2, LEGEND_ROW.swatch, h, size));
    }
    parts.push(
      svgTextLines(lines, {
        x: labelX,
        y: y + LEGEND_ROW.size,
        fontSize: LEGEND_ROW.size,
        lineHeight: LEGEND_ROW.line,
        fill: INK,
      }),
    );
    y += lines.length * LEGEND_ROW.line + 8;
  }
  return y;
}

/** The width and height an SVG's opening tag states (attributes, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } | null {
  const open = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? "";
  const box = /\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open);
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? box?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? box?.[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * An SVG placed at (x, y) and scaled into width × height: its opening tag's own position, size and
 * style are replaced (the page's CSS sized it on screen), and a viewBox is added when it has none.
 */
export function nested(
  svg: string,
  x: number,
  y: number,
  width: number,
  height: number,
  own: { width: number; height: number },
): string {
  const trimmed = svg.trim();
  const open = /^<svg\b[^>]*>/.exec(trimmed)?.[0];
  if (!open) throw new Error(`not an SVG element: ${trimmed.slice(0, 40)}`);
  let tag = open.replace(/\s(?:x|y|width|height|style)="[^"]*"/g, "");
  if (!/\sviewBox="/.test(tag)) tag = tag.replace(/^<svg/, `<svg viewBox="0 0 ${own.width} ${own.height}"`);
  tag = tag.replace(/^<svg/, `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"`);
  return tag + trimmed.slice(open.length);
}

const round = (n: number) => Math.round(n * 100) / 100;
