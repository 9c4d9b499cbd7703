/**
 * Deterministic picture tests, in the manner of Observable Plot: a renderer's SVG is normalised
 * (normaliseMarkup: one element per line, float noise rounded) and compared byte for byte with a
 * stored file. A missing file is written only when UPDATE_SNAPSHOTS=1; a changed picture is
 * written beside the stored one as `<name>-changed.svg`, so that a reviewer can open or diff both
 * (those files are ignored by git).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "output");

const shown = (path: string) => relative(process.cwd(), path) || path;

/** `extension` is "svg" for pictures; "html" for markup that is not one (a legend list). */
export function expectSnapshot(name: string, svg: string, dir = SNAPSHOT_DIR, extension = "svg"): void {
  const stored = join(dir, `${name}.${extension}`);
  const changed = join(dir, `${name}-changed.${extension}`);
  const actual = normaliseMarkup(svg);
  if (!existsSync(stored)) {
    if (process.env.UPDATE_SNAPSHOTS === "1") {
      mkdirSync(dirname(stored), { recursive: true });
      writeFileSync(stored, actual);
      rmSync(changed, { force: true });
      return;
    }
    throw new Error(
      `No stored snapshot ${shown(stored)}: run the test with UPDATE_SNAPSHOTS=1 to create it, then review and commit it.`,
    );
  }
  if (readFileSync(stored, "utf8") === actual) {
    rmSync(changed, { force: true });
    return;
  }
  mkdirSync(dirname(changed), { recursive: true });
  writeFileSync(changed, actual);
  throw new Error(
    `Snapshot ${name} changed: compare ${shown(stored)} with ${shown(changed)}. ` +
      `If the change is intended, replace the stored file with the changed one (or delete it and run with UPDATE_SNAPSHOTS=1).`,
  );
}

/**
 * Elements written on one line as they come, children included: where whitespace between
 * children would show (SVG text, inline HTML) or where the content is text (titles, styles).
 * Any element whose children include non-blank text is kept whole as well.
 */
const KEPT_WHOLE = new Set([
  "text",
  "tspan",
  "textpath",
  "title",
  "desc",
  "style",
  "script",
  "p",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "caption",
  "figcaption",
  "label",
  "button",
  "a",
  "span",
  "strong",
  "em",
  "b",
  "i",
  "small",
  "code",
  "pre",
  "textarea",
  "option",
  "summary",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["style", "script", "textarea"]);

interface MarkupNode {
  /** Lower-case element name; null for text, comments and doctypes. */
  name: string | null;
  start: number;
  end: number;
  /** End of the opening tag, and start of the closing tag (elements only). */
  openEnd: number;
  closeStart: number;
  children: MarkupNode[];
}

const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Markup as stored in a snapshot: one element per line, indented by two spaces, except inside
 * elements whose whitespace matters (KEPT_WHOLE, or with text children), which stay as written;
 * decimals of four or more places in attribute values rounded to three (floating-point noise of
 * scales and projections, a thousandth of a pixel); one final newline. Throws on markup that is
 * not well formed, since a snapshot of broken markup is no use.
 */
export function normaliseMarkup(markup: string): string {
  const source = markup.replace(/\r\n?/g, "\n").trim();
  const root: MarkupNode = {
    name: "#root",
    start: 0,
    end: source.length,
    openEnd: 0,
    closeStart: source.length,
    children: [],
  };
  const open: MarkupNode[] = [root];
  let position = 0;
  const text = (end: number) => {
    if (end > position)
      open.at(-1)!.children.push({ name: null, start: position, end, openEnd: end, closeStart: end, children: [] });
  };
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    const tag = match[0];
    text(match.index);
    position = match.index + tag.length;
    if (tag.startsWith("<!")) {
      open.at(-1)!.children.push({
        name: null,
        start: match.index,
        end: position,
        openEnd: position,
        closeStart: position,
        children: [],
      });
      continue;
    }
    const name = /^<\/?([^\s/>]+)/.exec(tag)![1]!.toLowerCase();
    if (tag.startsWith("</")) {
      const element = open.pop()!;
      if (element === root || element.name !== name)
        throw new Error(`Snapshot markup is not well formed: </${name}> at ${match.index} closes <${element.name}>`);
      element.closeStart = match.index;
      element.end = position;
      continue;
    }
    const element: MarkupNode = {
      name,
      start: match.index,
      end: position,
      openEnd: position,
      closeStart: position,
      children: [],
    };
    open.at(-1)!.children.push(element);
    if (tag.endsWith("/>") || VOID.has(name)) continue;
    open.push(element);
    if (RAW_TEXT.has(name)) {
      // Style sheets and scripts are text up to their closing tag, whatever they contain.
      const close = source.toLowerCase().indexOf(`</${name}`, position);
      if (close < 0) throw new Error(`Snapshot markup is not well formed: <${name}> at ${match.index} is never closed`);
      text(close);
      position = close;
      TAG.lastIndex = close;
    }
  }
  text(source.length);
  if (open.length > 1) throw new Error(`Snapshot markup is not well formed: <${open.at(-1)!.name}> is never closed`);

  const lines: string[] = [];
  const whole = (node: MarkupNode) => source.slice(node.start, node.end).replace(TAG, roundAttributes);
  const print = (node: MarkupNode, depth: number) => {
    const indent = "  ".repeat(depth);
    const children = node.children.filter(
      (child) => child.name !== null || source.slice(child.start, child.end).trim() !== "",
    );
    const keptWhole =
      node.name === null ||
      KEPT_WHOLE.has(node.name) ||
      children.length === 0 ||
      children.some((child) => child.name === null && !source.startsWith("<!", child.start));
    if (keptWhole) {
      lines.push(indent + whole(node));
      return;
    }
    lines.push(indent + source.slice(node.start, node.openEnd).replace(TAG, roundAttributes));
    for (const child of children) print(child, depth + 1);
    lines.push(indent + source.slice(node.closeStart, node.end));
  };
  for (const child of root.children) {
    if (child.name === null && source.slice(child.start, child.end).trim() === "") continue;
    print(child, 0);
  }
  return `${lines.join("\n")}\n`;
}

/** Rounds long decimals inside a tag's quoted attribute values (never in text). */
function roundAttributes(tag: string): string {
  if (tag.startsWith("<!") || tag.startsWith("</")) return tag;
  return tag.replace(/="[^"]*"|='[^']*'/g, (value) =>
    value.replace(/(?<![\w.])-?\d+\.\d{4,}(?![\w.])/g, (n) => String(Number(Number(n).toFixed(3)))),
  );
}
