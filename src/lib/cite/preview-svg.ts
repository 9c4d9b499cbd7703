/**
 * The link-preview card of a page (Open Graph image, 1200×630, the size every network shows
 * large): the observatory's name, the page's title and one line or three of its key figure or
 * description, and on the right the page's map when it has one. Text is wrapped by an estimate of
 * DejaVu Sans's widths (the font the PNG is drawn with) and cut with an ellipsis, never overflowing.
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  site: string;
  title: string;
  /** Key figures or description, one entry a paragraph. */
  lines: string[];
  /** Address shown at the bottom: the site's host and the page's path. */
  footer: string;
  /** An SVG (map or area) drawn in the right-hand box, keeping its aspect ratio. */
  figure?: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Average advance of DejaVu Sans in ems, a little generous so that estimated lines never overflow. */
const EM_PER_CHAR = 0.6;

/** Words into lines of at most `width` pixels at `fontSize`; at most `maxLines`, the last cut with "…". */
export function wrapText(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * EM_PER_CHAR)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept;
}

/**
 * An SVG nested in the card at (x, y, width, height): its outer tag's own size and position
 * attributes are replaced, its viewBox kept, so it scales to the box.
 */
export function nestSvg(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  const open = /^<svg\b[^>]*>/.exec(svg.trimStart());
  if (!open) throw new Error("nestSvg: the figure is not an SVG element");
  const attributes = open[0]
    .slice(4, -1)
    .replace(/\s(x|y|width|height|role|class|aria-[\w-]+)="[^"]*"/g, "")
    .trim();
  const sized = `<svg ${attributes} x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">`;
  return sized + svg.trimStart().slice(open[0].length);
}

export function previewSvg(card: PreviewCard): string {
  const textWidth = card.figure ? 600 : 1080;
  const title = wrapText(card.title, 52, textWidth, 3);
  const titleTop = 170;
  const bodyTop = titleTop + title.length * 62 + 24;
  // Whole entries only, as many as fit above the footer: a key figure is never cut in half.
  const room = Math.floor((550 - bodyTop) / 38);
  const body: string[] = [];
  for (const entry of card.lines.map((line) => wrapText(line, 28, textWidth, 2))) {
    if (body.length + entry.length > room) break;
    body.push(...entry);
  }
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${PREVIEW_WIDTH}" height="14" fill="#1f5f8b"/>`,
    `<text x="60" y="92" font-size="30" font-weight="700" fill="#1f5f8b">${escapeXml(wrapText(card.site, 30, 1080, 1)[0] ?? "")}</text>`,
    ...title.map(
      (line, i) =>
        `<text x="60" y="${titleTop + i * 62}" font-size="52" font-weight="700" fill="#1b1f24">${escapeXml(line)}</text>`,
    ),
    ...body.map(
      (line, i) => `<text x="60" y="${bodyTop + i * 38}" font-size="28" fill="#333b44">${escapeXml(line)}</text>`,
    ),
    `<text x="60" y="590" font-size="24" fill="#5a6672">${escapeXml(wrapText(card.footer, 24, 1080, 1)[0] ?? "")}</text>`,
  ];
  if (card.figure) parts.push(nestSvg(card.figure, { x: 690, y: 120, width: 470, height: 420 }));
  parts.push("</svg>");
  return parts.join("");
}
