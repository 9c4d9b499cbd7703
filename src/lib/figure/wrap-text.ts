/**
 * Text wrapping for pictures (static SVG maps and charts, PNG exports): SVG text never wraps by
 * itself, so a long source line runs past the canvas. Widths are measured with DejaVu Sans's own
 * advances (font-advances.ts), the font the build renders with and one of the widest a browser
 * may substitute, so a line measured to fit fits in the narrower fonts as well.
 */
import { BOLD_ADVANCES, REGULAR_ADVANCES } from "./font-advances.ts";
import { escapeXml } from "./xml.ts";

/** Advance of a character missing from the table (CJK, symbols): as wide as "M", never narrower than it looks. */
const UNKNOWN_ADVANCE = 1000;

/** Width in pixels of `text` drawn at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const advances = bold ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let total = 0;
  for (const character of text) total += advances[character] ?? UNKNOWN_ADVANCE;
  return (total / 1000) * fontSize;
}

/**
 * `text` cut into lines no wider than `maxWidth` at `fontSize`: at spaces where possible, and
 * inside a word only when the word alone is wider than a line (a long address, a permalink), after
 * a "/", "?", "&", "-" or "=" where one falls within the line. Never returns an empty list.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  // Only ordinary spaces break: a no-break space (U+00A0) keeps "(1 zone)" or "12 %" together.
  for (const word of text.trim().split(/[ \t\r\n]+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      const cut = breakPoint(rest, fits);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}

/** Where to cut a word wider than a line: after the last separator that fits, else at the last character that fits. */
function breakPoint(word: string, fits: (text: string) => boolean): number {
  let end = 1;
  while (end < word.length && fits(word.slice(0, end + 1))) end++;
  const separator = Math.max(...["/", "?", "&", "-", "="].map((s) => word.lastIndexOf(s, end - 1)));
  return separator > 0 ? separator + 1 : end;
}

/** Attributes of one block of SVG text lines. */
export interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  bold?: boolean;
  fill: string;
  className?: string;
}

/** Lines as SVG <text> elements, one per line (what a reader copies, a line at a time). */
export function svgTextLines(lines: string[], block: TextBlock): string {
  const weight = block.bold ? ` font-weight="700"` : "";
  const name = block.className ? ` class="${block.className}"` : "";
  return lines
    .map(
      (line, i) =>
        `<text x="${block.x}" y="${round(block.y + i * block.lineHeight)}" font-size="${block.fontSize}"${weight} fill="${block.fill}"${name}>${escapeXml(line)}</text>`,
    )
    .join("");
}

const round = (n: number) => Math.round(n * 100) / 100;
