import { indicator_catalog } from "../../src/core/tables/indicator_catalog.ts";
import type { Table } from "../../src/core/table-schema.ts";
import type { IndicatorDefinition, IndicatorValue } from "../indicators/indicator-model.ts";
import { REFERENCE_YEAR_DESCRIPTION } from "./common-descriptions.ts";
import { declaredTable, localizedDescriptions } from "./declared-table.ts";
import { catalogueBreaks, yearRanges, type SeriesBreak } from "../indicators/series/breaks.ts";

/** One row per indicator: its labels, unit, polarity, year, method, sources and the levels it is published at. */
export function catalogTable(
  definitions: IndicatorDefinition[],
  values: IndicatorValue[],
  levelOrder: string[],
  breaks: readonly SeriesBreak[] = [],
): Table {
  const ranges = yearRanges(values);
  const published = new Set(values.map((v) => `${v.indicator_id}/${v.level}`));
  const levelsOf = (id: string) => levelOrder.filter((level) => published.has(`${id}/${level}`));
  // The catalogue describes these columns in English in every language.
  const inEnglish = (what: string) => ({ fr: what, nl: what, en: what });
  return declaredTable(
    indicator_catalog,
    {
      fr: "Catalogue des indicateurs : libellés, unité, polarité, année, méthode et sources.",
      nl: "Catalogus van de indicatoren: labels, eenheid, polariteit, jaar, methode en bronnen.",
      en: "Indicator catalogue: labels, unit, polarity, year, method and sources.",
    },
    {
      indicator_id: { fr: "Identifiant de l'indicateur", nl: "Id van de indicator", en: "Indicator id" },
      family: {
        fr: "Famille : population, fragility, gp, coverage",
        nl: "Familie: population, fragility, gp, coverage",
        en: "Family: population, fragility, gp, coverage",
      },
      ...localizedDescriptions("label", inEnglish("Label")),
      unit: { fr: "Unité", nl: "Eenheid", en: "Unit" },
      polarity: {
        fr: "higher_is_worse, higher_is_better ou neutral : une valeur plus haute est-elle pire ou meilleure ?",
        nl: "higher_is_worse, higher_is_better of neutral: is een hogere waarde slechter of beter?",
        en: "higher_is_worse, higher_is_better or neutral: is a higher value worse or better?",
      },
      reference_year: REFERENCE_YEAR_DESCRIPTION,
      levels: {
        fr: "Niveaux publiés, séparés par « ; »",
        nl: "Gepubliceerde niveaus, gescheiden door ';'",
        en: "Published levels, separated by ';'",
      },
      ...localizedDescriptions("method", inEnglish("Method")),
      source_ids: {
        fr: "Sources (table sources), séparées par « ; »",
        nl: "Bronnen (tabel sources), gescheiden door ';'",
        en: "Sources (sources table), separated by ';'",
      },
      status: {
        fr: "published, ou not_available quand la méthode est prête mais les données manquent",
        nl: "published, of not_available wanneer de methode klaar is maar de gegevens ontbreken",
        en: "published, or not_available when the method is ready but its data are missing",
      },
      first_year: {
        fr: "Première année publiée avec une valeur (tous niveaux ; table indicators)",
        nl: "Eerste gepubliceerde jaar met een waarde (alle niveaus; tabel indicators)",
        en: "First published year with a value (any level; indicators table)",
      },
      last_year: {
        fr: "Dernière année publiée avec une valeur (tous niveaux)",
        nl: "Laatste gepubliceerde jaar met een waarde (alle niveaus)",
        en: "Last published year with a value (any level)",
      },
      breaks: {
        fr: "Ruptures de la série, « année:type » séparées par « ; » (definition, territorial, source, method) ; la série n'est pas comparable par-dessus une rupture. Vide si aucune.",
        nl: "Breuken in de reeks, 'jaar:soort' gescheiden door ';' (definition, territorial, source, method); de reeks is niet vergelijkbaar over een breuk heen. Leeg als er geen is.",
        en: "Breaks in the series, 'year:kind' separated by ';' (definition, territorial, source, method); the series is not comparable across a break. Empty when none.",
      },
    },
    [...definitions]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((d) => ({
        indicator_id: d.id,
        family: d.family,
        label_fr: d.label.fr,
        label_nl: d.label.nl,
        label_en: d.label.en,
        unit: d.unit,
        polarity: d.polarity,
        reference_year: d.year,
        levels: levelsOf(d.id).join(";"),
        method_fr: d.method.fr,
        method_nl: d.method.nl,
        method_en: d.method.en,
        source_ids: d.sources.join(";"),
        status: d.status,
        first_year: ranges.get(d.id)?.first ?? null,
        last_year: ranges.get(d.id)?.last ?? null,
        breaks: catalogueBreaks(d.id, breaks),
      })),
  );
}
