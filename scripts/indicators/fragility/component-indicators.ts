import { InvariantError } from "../../lib/errors.ts";
import { round } from "../../lib/round.ts";
import { column } from "../../../src/core/table-schema.ts";
import { aggregateQuartierValues, type Aggregate } from "../../territory/aggregate.ts";
import type { DataQualityNote, IndicatorDefinition, IndicatorValue } from "../indicator-model.ts";
import { COMPONENT_IDS, COMPONENT_SOURCES, type ComponentId, type QuartierComponents } from "./quartier-components.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
import { POPULATION_YEAR } from "../population/stage.ts";

const AGGREGATION = {
  fr: `Communes, bassins et région : moyenne des taux des quartiers pondérée par les habitants que chaque quartier compte dans le territoire (secteurs, 1er janvier ${POPULATION_YEAR}), les comptages n'étant pas publiés par quartier.`,
  nl: `Gemeenten, zorgbassins en gewest: gemiddelde van de wijkpercentages, gewogen naar het aantal inwoners dat elke wijk in het gebied telt (sectoren, 1 januari ${POPULATION_YEAR}), omdat de aantallen niet per wijk gepubliceerd worden.`,
  en: `Communes, bassins and region: mean of the quartier rates weighted by the residents each quartier has in the territory (sectors, 1 January ${POPULATION_YEAR}), as counts are not published per quartier.`,
};

type ComponentText = Pick<IndicatorDefinition, "label" | "unit" | "polarity"> & { what: IndicatorDefinition["method"] };

const TEXT: Record<ComponentId, ComponentText> = {
  bim_share: {
    label: {
      fr: "Bénéficiaires de l'intervention majorée (BIM)",
      nl: "Rechthebbenden op verhoogde tegemoetkoming (VT)",
      en: "Entitled to increased reimbursement (BIM)",
    },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Part de la population ayant droit à l'intervention majorée de l'assurance soins de santé (BIM), en %. IBSA, Monitoring des Quartiers (données INAMI).",
      nl: "Aandeel van de bevolking met recht op verhoogde tegemoetkoming van de ziekteverzekering (VT), in %. BISA, Wijkmonitoring (RIZIV-gegevens).",
      en: "Share of the population entitled to increased reimbursement of health insurance (BIM), in %. IBSA, Monitoring des Quartiers (INAMI data).",
    },
  },
  cpas_share: {
    label: { fr: "Revenu d'intégration du CPAS", nl: "Leefloon van het OCMW", en: "Living on a CPAS welfare income" },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Part de la population bénéficiant d'un revenu du CPAS (revenu d'intégration ou équivalent), en %. IBSA, Monitoring des Quartiers (données SPP Intégration sociale).",
      nl: "Aandeel van de bevolking met een OCMW-inkomen (leefloon of equivalent), in %. BISA, Wijkmonitoring (gegevens POD Maatschappelijke Integratie).",
      en: "Share of the population receiving a CPAS income (integration income or equivalent), in %. IBSA, Monitoring des Quartiers (data of the federal social integration service).",
    },
  },
  unemployment_rate: {
    label: { fr: "Taux de chômage", nl: "Werkloosheidsgraad", en: "Unemployment rate" },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Demandeurs d'emploi inoccupés en % de la population active. IBSA, Monitoring des Quartiers (données Actiris, Statbel). Aux niveaux supérieurs, la pondération par la population totale approche celle par la population active.",
      nl: "Niet-werkende werkzoekenden in % van de beroepsbevolking. BISA, Wijkmonitoring (gegevens Actiris, Statbel). Op hogere niveaus benadert de weging naar de totale bevolking die naar de beroepsbevolking.",
      en: "Unemployed jobseekers as % of the labour force. IBSA, Monitoring des Quartiers (Actiris, Statbel data). At higher levels, weighting by total population approximates weighting by the labour force.",
    },
  },
  median_income: {
    label: {
      fr: "Revenu imposable médian par déclaration",
      nl: "Mediaan belastbaar inkomen per aangifte",
      en: "Median taxable income per tax return",
    },
    unit: "euros",
    polarity: "higher_is_better",
    what: {
      fr: "Revenu net imposable médian des déclarations fiscales, en euros. IBSA, Monitoring des Quartiers (données Statbel). Aux niveaux supérieurs, moyenne pondérée des médianes des quartiers : ce n'est pas une médiane.",
      nl: "Mediaan netto belastbaar inkomen van de belastingaangiften, in euro. BISA, Wijkmonitoring (Statbel-gegevens). Op hogere niveaus een gewogen gemiddelde van de wijkmedianen: geen mediaan.",
      en: "Median net taxable income of tax returns, in euros. IBSA, Monitoring des Quartiers (Statbel data). At higher levels a weighted mean of the quartier medians: not a median.",
    },
  },
  share_65_79: {
    label: { fr: "Part des 65-79 ans", nl: "Aandeel 65- tot 79-jarigen", en: "Share aged 65-79" },
    unit: "percent",
    polarity: "neutral",
    what: {
      fr: "Part des 65-79 ans dans la population totale, en %. IBSA, Monitoring des Quartiers (données Statbel).",
      nl: "Aandeel 65- tot 79-jarigen in de totale bevolking, in %. BISA, Wijkmonitoring (Statbel-gegevens).",
      en: "Share of people aged 65-79 in the total population, in %. IBSA, Monitoring des Quartiers (Statbel data).",
    },
  },
  share_80_plus: {
    label: { fr: "Part des 80 ans et plus", nl: "Aandeel 80-plussers", en: "Share aged 80 and over" },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Part des 80 ans et plus dans la population totale, en %. IBSA, Monitoring des Quartiers (données Statbel).",
      nl: "Aandeel 80-plussers in de totale bevolking, in %. BISA, Wijkmonitoring (Statbel-gegevens).",
      en: "Share of people aged 80 and over in the total population, in %. IBSA, Monitoring des Quartiers (Statbel data).",
    },
  },
  share_65_alone: {
    label: {
      fr: "Personnes de 65 ans et plus vivant seules",
      nl: "Alleenwonende 65-plussers",
      en: "People aged 65+ living alone",
    },
    unit: "percent",
    polarity: "higher_is_worse",
    what: {
      fr: "Ménages d'une personne de 65 ans et plus, en % des ménages privés. IBSA, Monitoring des Quartiers (données Statbel). L'export ne donne 2025 que pour 60 quartiers : pour les 57 autres, la valeur est celle de 2024 (signalée).",
      nl: "Eenpersoonshuishoudens van 65-plussers, in % van de private huishoudens. BISA, Wijkmonitoring (Statbel-gegevens). De export geeft 2025 slechts voor 60 wijken: voor de 57 andere is het de waarde van 2024 (aangegeven).",
      en: "One-person households aged 65 and over, as % of private households. IBSA, Monitoring des Quartiers (Statbel data). The export gives 2025 for only 60 quartiers: for the other 57 the value is 2024's (flagged).",
    },
  },
};

export function componentDefinitions(components: QuartierComponents): IndicatorDefinition[] {
  return COMPONENT_IDS.map((id) => ({
    id,
    family: "fragility",
    label: TEXT[id].label,
    unit: TEXT[id].unit,
    polarity: TEXT[id].polarity,
    year: latestYear(components, id),
    method: {
      fr: `${TEXT[id].what.fr} ${AGGREGATION.fr}`,
      nl: `${TEXT[id].what.nl} ${AGGREGATION.nl}`,
      en: `${TEXT[id].what.en} ${AGGREGATION.en}`,
    },
    sources: [COMPONENT_SOURCES[id].source],
    status: "published",
  }));
}

export function latestYear(components: QuartierComponents, id: ComponentId): number {
  return Math.max(...[...components.get(id)!.values()].map((v) => v.year));
}

/** Component values for quartiers as published, and rebuilt for every coarser level. */
export function componentValues(
  model: TerritorialModel,
  components: QuartierComponents,
): { values: IndicatorValue[]; quality: DataQualityNote[] } {
  const values: IndicatorValue[] = [];
  const quality: DataQualityNote[] = [];
  const quartiers = model.territories.get("quartier")!;
  const rebuilt = rebuiltComponents(model, components);
  for (const id of COMPONENT_IDS) {
    const byQuartier = components.get(id)!;
    const year = latestYear(components, id);
    for (const quartier of quartiers) {
      const entry = byQuartier.get(quartier.code);
      if (!entry) {
        if (quartier.type === "residential") {
          quality.push({
            source_id: COMPONENT_SOURCES[id].source,
            level: "quartier",
            territory_code: quartier.code,
            indicator_id: id,
            issue: "missing_in_source",
            detail: `No ${id} value for quartier ${quartier.code} in the source.`,
          });
        }
        values.push({
          level: "quartier",
          territory_code: quartier.code,
          indicator_id: id,
          year,
          value: null,
          numerator: null,
          denominator: null,
          flag: quartier.type === "residential" ? "missing" : "not_applicable",
        });
        continue;
      }
      values.push({
        level: "quartier",
        territory_code: quartier.code,
        indicator_id: id,
        year: entry.year,
        value: entry.value,
        numerator: null,
        denominator: null,
        flag: entry.year < year ? "latest_available_year" : null,
      });
    }
    for (const [level, aggregates] of rebuilt.get(id)!) {
      for (const [code, aggregate] of aggregates) {
        const partial = aggregate && aggregate.covered < aggregate.population * 0.99;
        values.push({
          level,
          territory_code: code,
          indicator_id: id,
          year,
          value: aggregate ? round(aggregate.value, id === "median_income" ? 0 : 2) : null,
          numerator: null,
          denominator: aggregate ? aggregate.covered : null,
          flag: aggregate ? (partial ? "partial_coverage" : null) : "missing",
        });
      }
    }
  }
  return { values, quality };
}

/** Each component's values rebuilt for every level coarser than the quartier, in level order, by territory code. */
type RebuiltComponents = Map<ComponentId, Map<string, Map<string, Aggregate | null>>>;

const rebuiltByModel = new WeakMap<TerritorialModel, WeakMap<QuartierComponents, RebuiltComponents>>();

/**
 * Every component rebuilt (aggregateQuartierValues) for every coarser level. The published
 * values, the fragility pools and GP need all read these, so they are computed once per model
 * and components (which the stages never modify) instead of once per stage.
 */
function rebuiltComponents(model: TerritorialModel, components: QuartierComponents): RebuiltComponents {
  let byComponents = rebuiltByModel.get(model);
  if (!byComponents) rebuiltByModel.set(model, (byComponents = new WeakMap()));
  let rebuilt = byComponents.get(components);
  if (!rebuilt) byComponents.set(components, (rebuilt = rebuild(model, components)));
  return rebuilt;
}

/** One component at one coarser level: rebuiltComponents(model, components).get(id).get(level). */
export function rebuiltComponent(
  model: TerritorialModel,
  components: QuartierComponents,
  id: ComponentId,
  level: string,
): Map<string, Aggregate | null> {
  const byTerritory = rebuiltComponents(model, components).get(id)!.get(level);
  if (!byTerritory)
    throw new InvariantError(`no rebuilt ${id} at level ${level}: not a level coarser than the quartier`);
  return byTerritory;
}

function rebuild(model: TerritorialModel, components: QuartierComponents): RebuiltComponents {
  const coarser = model.levels.slice(model.levels.findIndex((l) => l.id === "quartier") + 1);
  return new Map(
    COMPONENT_IDS.map((id) => {
      const quartierValues = new Map([...components.get(id)!].map(([code, v]) => [code, v.value]));
      return [
        id,
        new Map(coarser.map((level) => [level.id, aggregateQuartierValues(model, level.id, quartierValues)])),
      ];
    }),
  );
}

/** Column for the wide fragility table. */
export function componentRankColumn(id: ComponentId) {
  const label = TEXT[id].label;
  return column(`rank_${id}`, "DOUBLE", {
    fr: `Rang centile de la composante « ${label.fr} » (1 = le plus fragile)`,
    nl: `Percentielrang van de component '${label.nl}' (1 = meest kwetsbaar)`,
    en: `Percentile rank of the component '${label.en}' (1 = most fragile)`,
  });
}
