/**
 * What the siting tool shows from a greedy result: the summary, the picked sites in order, the
 * coverage per bassin, and the three CSV files. No DOM.
 */
import type { Language } from "../../core/languages.ts";
import { toCsv } from "../../lib/csv.ts";
import {
  coverageByBassin,
  demandWeights,
  EXISTING,
  FRAGILITY_SCALE,
  type BassinCoverage,
  type CoverageResult,
  type SitingData,
  type SitingOptions,
} from "../../lib/tools/siting.ts";
import { numberFormats } from "../../lib/format.ts";
import type { PageText } from "./messages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { readablePlaceName } from "../../lib/place-name.ts";

export interface PickRow {
  order: number;
  index: number;
  code: string;
  /** Statbel's sector name, as the CSV gives it. */
  name: string;
  /** The site as a reader names it: the sector's street or place, its quartier and commune. */
  place: string;
  bassin: string;
  residents: number;
  /** Fragility-weighted residents newly covered (residents × quartier index). */
  fragile: number;
  cumulativeResidents: number;
}

export interface SitingView {
  picks: PickRow[];
  bassins: (BassinCoverage & { name: string; uncoveredFragile: number })[];
  totalResidents: number;
  totalFragile: number;
  existingResidents: number;
  newResidents: number;
  newFragile: number;
  uncoveredResidents: number;
  /** Residents in quartiers without a fragility index: they weigh nothing under "fragile". */
  unweightedResidents: number;
}

/** Folded for comparison: "Flagey" and "FLAGEY" are the same place. */
const folded = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * A sector as a reader names it: its street or place in title case, then its quartier, then its
 * commune ("Rue des Colonies, Quartier Royal (Bruxelles)"); the place is left out when it is the
 * quartier's own name. Without the quartier and commune names, the place alone.
 */
export function placeName(data: SitingData, index: number, language: Language, t: Translate): string {
  const s = data.sectors;
  const place = readablePlaceName(s.names[language][index]!);
  const quartier = data.areaNames?.quartier[s.quartier[index]!]?.[language];
  const commune = s.commune && data.areaNames?.commune[s.commune[index]!]?.[language];
  if (!quartier || !commune) return place;
  return folded(place) === folded(quartier)
    ? t("tools.siting.placeNameSame", { quartier, commune })
    : t("tools.siting.placeName", { place, quartier, commune });
}

export function sitingView(data: SitingData, result: CoverageResult, language: Language, t: Translate): SitingView {
  const s = data.sectors;
  const fragile = demandWeights(s.population, s.fragility, "fragile");
  const bassinNames = new Map(data.bassins.codes.map((code, i) => [code, data.bassins.names[language][i]!]));
  const newFragileBy = result.picks.map(() => 0);
  result.coveredBy.forEach((by, i) => {
    if (by >= 0) newFragileBy[by]! += fragile[i]!;
  });
  const picks = result.picks.map((pick, order) => ({
    order: order + 1,
    index: pick.site,
    code: s.codes[pick.site]!,
    name: s.names[language][pick.site]!,
    place: placeName(data, pick.site, language, t),
    bassin: bassinNames.get(s.bassin[pick.site]!) ?? s.bassin[pick.site]!,
    residents: pick.residents,
    fragile: newFragileBy[order]! / FRAGILITY_SCALE,
    cumulativeResidents: pick.cumulativeResidents,
  }));
  const bassins = coverageByBassin(data, result, fragile).map((b) => ({
    ...b,
    name: bassinNames.get(b.code) ?? b.code,
    uncoveredFragile: b.uncoveredWeight / FRAGILITY_SCALE,
  }));
  const newResidents = result.picks.reduce((sum, p) => sum + p.residents, 0);
  return {
    picks,
    bassins,
    totalResidents: result.totalResidents,
    totalFragile: fragile.reduce((a, b) => a + b, 0) / FRAGILITY_SCALE,
    existingResidents: result.existingResidents,
    newResidents,
    newFragile: newFragileBy.reduce((a, b) => a + b, 0) / FRAGILITY_SCALE,
    uncoveredResidents: result.totalResidents - result.existingResidents - newResidents,
    unweightedResidents: s.population.reduce((sum, p, i) => sum + (s.fragility[i] === null ? p : 0), 0),
  };
}

export function summarySentences(
  text: PageText,
  data: SitingData,
  options: SitingOptions,
  view: SitingView,
  result: CoverageResult,
  ms: number,
): string[] {
  const { t } = text;
  const f = numberFormats(text.locale);
  const share = (part: number, whole: number) => f.percent(whole > 0 ? part / whole : 0);
  const radius = f.integer(options.radius);
  const sentences: string[] = [];
  if (options.existing) {
    sentences.push(
      t("tools.siting.summaryExisting", {
        centres: f.integer(data.centres.length),
        radius,
        residents: f.integer(view.existingResidents),
        share: share(view.existingResidents, view.totalResidents),
      }),
    );
  }
  sentences.push(
    t("tools.siting.summaryPicks", {
      count: f.integer(view.picks.length),
      radius,
      residents: f.integer(view.newResidents),
      share: share(view.newResidents, view.totalResidents),
      total: f.integer(view.totalResidents),
    }),
  );
  if (options.reach === "fragile") {
    sentences.push(
      t("tools.siting.summaryFragile", {
        weighted: f.integer(view.newFragile),
        share: share(view.newFragile, view.totalFragile),
      }),
    );
  }
  if (result.exhausted)
    sentences.push(
      t("tools.siting.summaryExhausted", { count: f.integer(view.picks.length), requested: f.integer(options.k) }),
    );
  sentences.push(
    t("tools.siting.summaryRemaining", {
      residents: f.integer(view.uncoveredResidents),
      share: share(view.uncoveredResidents, view.totalResidents),
      radius,
    }),
  );
  sentences.push(t("tools.siting.summaryTime", { ms: f.integer(Math.max(1, Math.round(ms))) }));
  return sentences;
}

const settingColumns = (options: SitingOptions) => [
  options.k,
  options.radius,
  options.reach,
  options.existing ? 1 : 0,
  options.bassin ?? "all",
  options.nonResidential ? 1 : 0,
];
const SETTING_HEADER = [
  "setting_k",
  "setting_radius_m",
  "setting_reach",
  "setting_existing_counted",
  "setting_candidate_bassin",
  "setting_non_residential_included",
];

export function picksCsv(data: SitingData, view: SitingView, options: SitingOptions): string {
  const s = data.sectors;
  return toCsv(
    [
      "order",
      "sector_code",
      "sector_name",
      "quartier_code",
      "bassin_code",
      "x_l72",
      "y_l72",
      "new_residents",
      "new_fragility_weighted",
      "cumulative_residents",
      ...SETTING_HEADER,
    ],
    view.picks.map((p) => [
      p.order,
      p.code,
      p.name,
      s.quartier[p.index]!,
      s.bassin[p.index]!,
      s.x[p.index]!,
      s.y[p.index]!,
      p.residents,
      Number(p.fragile.toFixed(2)),
      p.cumulativeResidents,
      ...settingColumns(options),
    ]),
  );
}

export function sectorsCsv(
  data: SitingData,
  result: CoverageResult,
  options: SitingOptions,
  language: Language,
): string {
  const s = data.sectors;
  return toCsv(
    [
      "sector_code",
      "sector_name",
      "quartier_code",
      "bassin_code",
      "population",
      "quartier_fragility_index",
      "status",
      "covered_by_pick",
      ...SETTING_HEADER,
    ],
    s.codes.map((code, i) => {
      const by = result.coveredBy[i]!;
      const status = by === EXISTING ? "existing_centre" : by >= 0 ? "new_site" : "not_covered";
      return [
        code,
        s.names[language][i]!,
        s.quartier[i]!,
        s.bassin[i]!,
        s.population[i]!,
        s.fragility[i] ?? null,
        status,
        by >= 0 ? by + 1 : null,
        ...settingColumns(options),
      ];
    }),
  );
}

export function bassinsCsv(view: SitingView, options: SitingOptions): string {
  return toCsv(
    [
      "bassin_code",
      "bassin_name",
      "residents",
      "covered_by_existing",
      "newly_covered",
      "uncovered",
      "uncovered_fragility_weighted",
      ...SETTING_HEADER,
    ],
    view.bassins.map((b) => [
      b.code,
      b.name,
      b.residents,
      b.existingResidents,
      b.newResidents,
      b.uncoveredResidents,
      Number(b.uncoveredFragile.toFixed(2)),
      ...settingColumns(options),
    ]),
  );
}
