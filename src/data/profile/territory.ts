/**
 * The territories that have a profile (quartiers, communes, bassins) with what a profile says
 * about their place in the region: names, type, parents (from the *_code and *_codes columns of
 * the published tables) and the territories they contain.
 */
import { levelDefinition } from "../../core/levels.ts";
import type { Language } from "../../core/languages.ts";
import { locale } from "../../lib/format.ts";
import { region } from "../../core/tables/region.ts";
import { cached, readCsvTable, readTable } from "../observatory-data.ts";
import type { CsvRow } from "../../lib/published.ts";

export interface Area {
  level: string;
  code: string;
  name: { fr: string; nl: string; en: string };
  population: number;
  /** Quartiers only: residential, park, cemetery or industrial. */
  type: string | null;
  /** Communes the area lies in (quartiers; the first is the main one). */
  communes: string[];
  /** Bassins the area lies in (quartiers and communes; the first is the main one). */
  bassins: string[];
  region: string;
}

/** The main code first, then the others of the *_codes column. */
const withMain = (main: string | undefined, all: string | undefined) => {
  const others = all ? all.split(";") : [];
  return main ? [main, ...others.filter((code) => code !== main)] : others;
};

function toArea(level: string, row: CsvRow): Area {
  return {
    level,
    code: row[`${level}_code`]!,
    name: { fr: row.name_fr!, nl: row.name_nl!, en: row.name_en! },
    population: Number(row.population),
    type: row.type ?? null,
    communes: level === "quartier" ? withMain(row.commune_code, row.commune_codes) : [],
    bassins: level === "bassin" ? [] : withMain(row.bassin_code, row.bassin_codes),
    region: row.region_code!,
  };
}

export function areas(level: string): Area[] {
  return cached(`areas:${level}`, () => readCsvTable(levelDefinition(level).table).map((row) => toArea(level, row)));
}

export function findArea(level: string, code: string): Area {
  const byCode = cached(`byCode:${level}`, () => new Map(areas(level).map((a) => [a.code, a])));
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown ${level} ${code}`);
  return found;
}

/**
 * The name in the page's language. Brussels places have official French and Dutch names; the
 * published `name_en` is the French one except where an English name exists (the bassins), as
 * in the explorer.
 */
export function areaName(area: Pick<Area, "name">, language: Language): string {
  return area.name[language];
}

export function regionCode(): string {
  return cached("region", () => readTable(region)[0]!.region_code);
}

/** The main bassin an area is compared with: its own for a quartier, the main one for a commune. */
export function comparisonBassin(area: Area): string | null {
  return area.level === "bassin" ? null : (area.bassins[0] ?? null);
}

/** The name of the bassin an area is compared with, in the page's language (null for a bassin). */
export function comparisonBassinName(area: Area, language: Language): string | null {
  const code = comparisonBassin(area);
  return code ? areaName(findArea("bassin", code), language) : null;
}

/** Quartiers and communes wholly or partly inside a commune or a bassin, in code order. */
export function containedAreas(area: Area): { quartiers: Area[]; communes: Area[] } {
  if (area.level === "quartier") return { quartiers: [], communes: [] };
  const inside = (codes: string[]) => codes.includes(area.code);
  if (area.level === "commune") return { quartiers: areas("quartier").filter((q) => inside(q.communes)), communes: [] };
  return {
    quartiers: areas("quartier").filter((q) => inside(q.bassins)),
    communes: areas("commune").filter((c) => inside(c.bassins)),
  };
}

/** The note of the level in the `levels` table (for bassins: how they were reconstructed). */
export function levelNote(level: string, language: Language): { status: string; note: string } {
  const row = readCsvTable("levels").find((r) => r.level === level);
  if (!row) throw new Error(`Unknown level ${level}`);
  return { status: row.status!, note: row[`note_${language}`]! };
}

/** Sorts by name in the page's language, the order a reader looks for. */
export function byName(language: Language): (a: Pick<Area, "name">, b: Pick<Area, "name">) => number {
  const collator = new Intl.Collator(locale(language));
  return (a, b) => collator.compare(areaName(a, language), areaName(b, language));
}
