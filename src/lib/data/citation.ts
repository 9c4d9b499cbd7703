/**
 * How to cite the observatory and its figures: the dataset citation (text, BibTeX, RIS) with the
 * release's version and date from the manifest, and the "cite this" sentence of one figure (number,
 * area, year, source, release and permalink), in each language. Without a `site` in
 * astro.config.mjs (OBS_SITE_URL) the build does not know its public address; pages then print the
 * path and src/client/data/citation.ts completes it in the browser from the address the reader is on.
 */
import { createTranslator } from "../../i18n/translate.ts";
import type { Language } from "../../core/languages.ts";
import { formatDate } from "../format.ts";
import type { Manifest } from "../published.ts";

/** One release of the observatory: the pipeline's version and the release's date (YYYY-MM-DD). */
export interface Release {
  version: string;
  date: string | null;
}

export function releaseOf(manifest: Pick<Manifest, "pipeline_version" | "release_date">): Release {
  return { version: manifest.pipeline_version, date: manifest.release_date ?? null };
}

/** "version 0.1.0 of 7 December 2026", or "version 0.1.0" when the date is unknown. */
export function releaseText(language: Language, release: Release): string {
  const t = createTranslator(language);
  return release.date
    ? t("cite.release.dated", { version: release.version, date: formatDate(release.date, language) })
    : t("cite.release.undated", { version: release.version });
}

export function citationText(language: Language, release: Release, url: string): string {
  const t = createTranslator(language);
  return t("cite.dataset.text", { title: t("site.title"), release: releaseText(language, release), url });
}

/** The page's address: absolute when the site's origin is configured, else its path. */
export function pageUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** What one figure shows, for its "cite this" sentence. */
export interface FigureCitation {
  /** The indicator or chart: "Fragility index". */
  subject: string;
  /** The number, formatted with its unit, when the figure is one number. */
  value?: string;
  /** The area, or the level for a map ("the 145 quartiers"). */
  area: string;
  year: string | number;
  /** Source names, as the figure's source line gives them. */
  sources: string;
  release: Release;
  /** Permalink of the figure: absolute when the site's origin is known. */
  url: string;
}

/**
 * A sentence ready to paste into a report, in the page's language. A map's subject already says
 * its indicator, level and year ("Fragility index, by quartier (2025)"): `kind` "map" leaves out
 * the area and year.
 */
export function figureCitationText(language: Language, c: FigureCitation, kind: "figure" | "map" = "figure"): string {
  const t = createTranslator(language);
  const params = {
    subject: c.subject,
    area: c.area,
    year: c.year,
    sources: c.sources,
    title: t("site.title"),
    release: releaseText(language, c.release),
    url: c.url,
  };
  if (kind === "map") return t("cite.map.text", params);
  return c.value === undefined
    ? t("cite.figure.text", params)
    : t("cite.figure.valueText", { ...params, value: c.value });
}

/** The dataset as a bibliographic record: the same fields for BibTeX and RIS. */
export interface DatasetRecord {
  title: string;
  publisher: string;
  release: Release;
  url: string;
  language: Language;
}

export function datasetRecord(language: Language, release: Release, url: string): DatasetRecord {
  const t = createTranslator(language);
  return { title: t("site.title"), publisher: t("site.title"), release, url, language };
}

/** The release's year, from its date; null when the date is unknown. */
function yearOf(release: Release): string | null {
  return release.date ? release.date.slice(0, 4) : null;
}

/** BibTeX braces and backslashes escaped so that any title stays one field. */
function bibValue(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`);
}

/**
 * A BibTeX @misc entry (read by BibTeX, biblatex, Zotero and every reference manager): the
 * observatory is its own corporate author and publisher, hence the double braces.
 */
export function bibtex(record: DatasetRecord): string {
  const year = yearOf(record.release);
  const key = `brussels-observatory-${record.release.version}`.replace(/[^A-Za-z0-9-]/g, "-");
  const fields: [string, string | null][] = [
    ["author", `{${bibValue(record.publisher)}}`],
    ["title", bibValue(record.title)],
    ["publisher", bibValue(record.publisher)],
    ["year", year],
    ["date", record.release.date],
    ["version", bibValue(record.release.version)],
    ["howpublished", "Dataset and website"],
    ["url", record.url],
    ["language", { fr: "french", nl: "dutch", en: "english" }[record.language]],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(",\n");
  return `@misc{${key},\n${body}\n}\n`;
}

/** An RIS record of type DATA (dataset), lines ending in CRLF as the format requires. */
export function ris(record: DatasetRecord): string {
  const year = yearOf(record.release);
  const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
  const lines: [string, string | null][] = [
    ["TY", "DATA"],
    ["TI", oneLine(record.title)],
    ["AU", oneLine(record.publisher)],
    ["PB", oneLine(record.publisher)],
    ["PY", year],
    ["DA", record.release.date?.replaceAll("-", "/") ?? null],
    ["ET", oneLine(record.release.version)],
    ["UR", record.url],
    ["LA", record.language],
    ["ER", ""],
  ];
  return lines
    .filter((l): l is [string, string] => l[1] !== null)
    .map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
    .join("\r\n")
    .concat("\r\n");
}
