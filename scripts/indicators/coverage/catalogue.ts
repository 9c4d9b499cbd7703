/**
 * The coverage family's catalogue: every indicator it publishes (id, label, unit, polarity, family,
 * reading order, method text in French, Dutch and English) and its published method settings.
 * The stage (stage.ts) computes the values; the ids come from src/core/indicator-ids.ts.
 */
import type { Localized } from "../../../src/core/languages.ts";
import type { IndicatorDefinition, MethodParameter } from "../indicator-model.ts";
import { POPULATION_YEAR } from "../population/catalogue.ts";
import { SOURCES } from "../../territory/territorial-model.ts";
import {
  BASE_OFFER_ID,
  BASE_OFFER_RADIUS_M,
  COVERAGE_RADII_M,
  COVERAGE_TYPES,
  distanceId,
  meanDistanceId,
  servicesPerId,
  shareWithinId,
  type CoverageType,
} from "../../../src/core/indicator-ids.ts";
import { DUPLICATE_RADIUS_M } from "./deduplicate.ts";
import { MAX_DROPPED_SHARE, MIN_REGION_SHARE_WITHIN_PCT, REGION_FLOOR_RADIUS_M } from "./limits.ts";
import { PHARMACY_CROSS_CHECK_M } from "./pharmacy-cross-check.ts";
import { HOSPITAL_BORDER_TOLERANCE_M } from "./service-candidates.ts";
import { MAISON_MEDICALE_NAME, NOT_MAISON_MEDICALE_NAME, SERVICE_SOURCES, serviceType } from "./service-types.ts";

/** Phrases that the labels and method texts compose, per type and language. */
interface TypeWords {
  /** "the nearest pharmacy" */
  nearest: Localized;
  /** "to the nearest pharmacy" (French contracts "à le" into "au") */
  toNearest: Localized;
  /** "of a pharmacy" (after "within 500 m") */
  within: Localized;
  /** "Pharmacies" (capitalised, for "… per 10,000 residents") */
  plural: Localized;
}

const WORDS: Record<CoverageType, TypeWords> = {
  pharmacy: {
    nearest: { fr: "la pharmacie la plus proche", nl: "de dichtstbijzijnde apotheek", en: "the nearest pharmacy" },
    toNearest: {
      fr: "à la pharmacie la plus proche",
      nl: "tot de dichtstbijzijnde apotheek",
      en: "to the nearest pharmacy",
    },
    within: { fr: "d'une pharmacie", nl: "van een apotheek", en: "of a pharmacy" },
    plural: { fr: "Pharmacies", nl: "Apotheken", en: "Pharmacies" },
  },
  hospital_emergency: {
    nearest: {
      fr: "l'hôpital avec service d'urgences le plus proche",
      nl: "het dichtstbijzijnde ziekenhuis met spoedgevallendienst",
      en: "the nearest hospital with an emergency department",
    },
    toNearest: {
      fr: "à l'hôpital avec service d'urgences le plus proche",
      nl: "tot het dichtstbijzijnde ziekenhuis met spoedgevallendienst",
      en: "to the nearest hospital with an emergency department",
    },
    within: {
      fr: "d'un hôpital avec service d'urgences",
      nl: "van een ziekenhuis met spoedgevallendienst",
      en: "of a hospital with an emergency department",
    },
    plural: {
      fr: "Hôpitaux avec service d'urgences",
      nl: "Ziekenhuizen met spoedgevallendienst",
      en: "Hospitals with an emergency department",
    },
  },
  maison_medicale: {
    nearest: {
      fr: "la maison médicale la plus proche",
      nl: "het dichtstbijzijnde wijkgezondheidscentrum",
      en: "the nearest community health centre (maison médicale)",
    },
    toNearest: {
      fr: "à la maison médicale la plus proche",
      nl: "tot het dichtstbijzijnde wijkgezondheidscentrum",
      en: "to the nearest community health centre (maison médicale)",
    },
    within: {
      fr: "d'une maison médicale",
      nl: "van een wijkgezondheidscentrum",
      en: "of a community health centre (maison médicale)",
    },
    plural: {
      fr: "Maisons médicales",
      nl: "Wijkgezondheidscentra",
      en: "Community health centres (maisons médicales)",
    },
  },
  dentist: {
    nearest: { fr: "le dentiste le plus proche", nl: "de dichtstbijzijnde tandarts", en: "the nearest dentist" },
    toNearest: {
      fr: "au dentiste le plus proche",
      nl: "tot de dichtstbijzijnde tandarts",
      en: "to the nearest dentist",
    },
    within: { fr: "d'un dentiste", nl: "van een tandarts", en: "of a dentist" },
    plural: { fr: "Dentistes", nl: "Tandartsen", en: "Dentists" },
  },
};

const MONTHS: Record<keyof Localized, string[]> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function longDate(iso: string, language: keyof Localized): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const dayText = language === "fr" && day === 1 ? "1er" : String(day);
  return `${dayText} ${MONTHS[language][month - 1]} ${year}`;
}

function localized(make: (language: keyof Localized) => string): Localized {
  return { fr: make("fr"), nl: make("nl"), en: make("en") };
}

/**
 * The source sentence of every coverage method text: publisher, date, completeness grade and
 * vintage, what was counted, and what a low value can mean.
 */
function sourceText(type: CoverageType, count: number, date: string): Localized {
  const year = date.slice(0, 4);
  const d = (language: keyof Localized) => longDate(date, language);
  switch (type) {
    case "pharmacy":
      return {
        fr: `Source : registre AFMPS des pharmacies ouvertes au public, liste du ${d("fr")} — registre officiel (degré d'exhaustivité official-register), millésime ${year} : les ${count} pharmacies actives ; les pharmacies temporairement suspendues sont exclues. Les ouvertures, fermetures et déménagements postérieurs ne sont pas pris en compte.`,
        nl: `Bron: FAGG-register van de voor het publiek opengestelde apotheken, lijst van ${d("nl")} — officieel register (volledigheidsgraad official-register), jaargang ${year}: de ${count} actieve apotheken; tijdelijk geschorste apotheken zijn uitgesloten. Latere openingen, sluitingen en verhuizingen zijn niet verwerkt.`,
        en: `Source: AFMPS register of pharmacies open to the public, list of ${d("en")} — official register (completeness grade official-register), vintage ${year}: the ${count} active pharmacies; temporarily suspended pharmacies are excluded. Later openings, closures and moves are not reflected.`,
      };
    case "hospital_emergency":
      return {
        fr: `Source : Eurostat GISCO, services de santé (données du SPF Santé publique), date de référence ${d("fr")} — source officielle mais datée (degré d'exhaustivité official-dated), millésime ${year} : les ${count} sites hospitaliers avec service d'urgences (emergency = yes). Un site géocodé à moins de ${HOSPITAL_BORDER_TOLERANCE_M} m hors de la région (Cliniques universitaires Saint-Luc) est gardé car il dessert Bruxelles. Les fusions et changements de sites postérieurs ne sont pas pris en compte.`,
        nl: `Bron: Eurostat GISCO, gezondheidsvoorzieningen (gegevens van de FOD Volksgezondheid), referentiedatum ${d("nl")} — officieel maar gedateerd (volledigheidsgraad official-dated), jaargang ${year}: de ${count} ziekenhuissites met spoedgevallendienst (emergency = yes). Een site die minder dan ${HOSPITAL_BORDER_TOLERANCE_M} m buiten het gewest gegeocodeerd is (Cliniques universitaires Saint-Luc) blijft behouden omdat hij Brussel bedient. Latere fusies en wijzigingen van sites zijn niet verwerkt.`,
        en: `Source: Eurostat GISCO healthcare services (data of the FPS Public Health), reference date ${d("en")} — official but dated (completeness grade official-dated), vintage ${year}: the ${count} hospital sites with an emergency department (emergency = yes). A site geocoded less than ${HOSPITAL_BORDER_TOLERANCE_M} m outside the region (Cliniques universitaires Saint-Luc) is kept because it serves Brussels. Later mergers and site changes are not reflected.`,
      };
    case "maison_medicale":
      return {
        fr: `Source : OpenStreetMap, état vers le ${d("fr")} — cartographie collaborative, partielle (degré d'exhaustivité community-mapped-partial), millésime ${year} : les ${count} points (cliniques ou objets healthcare=*) dont le nom désigne une maison médicale, une maison ou un centre de santé ou un wijkgezondheidscentrum. Ce n'est pas la liste officielle des fédérations (FMM, VWGC) ni de l'INAMI : une valeur défavorable peut traduire une lacune de la carte, pas de l'offre.`,
        nl: `Bron: OpenStreetMap, toestand rond ${d("nl")} — vrijwillige kartering, onvolledig (volledigheidsgraad community-mapped-partial), jaargang ${year}: de ${count} punten (klinieken of objecten met healthcare=*) waarvan de naam een wijkgezondheidscentrum, maison médicale of gezondheidshuis aanduidt. Dit is niet de officiële lijst van de federaties (VWGC, FMM) of van het RIZIV: een ongunstige waarde kan op een leemte in de kaart wijzen, niet in het aanbod.`,
        en: `Source: OpenStreetMap, state of about ${d("en")} — community-mapped and partial (completeness grade community-mapped-partial), vintage ${year}: the ${count} points (clinics or healthcare=* features) whose name identifies a maison médicale, maison or centre de santé or wijkgezondheidscentrum. This is not the official list of the federations (FMM, VWGC) or of INAMI-RIZIV: an unfavourable value can mean a gap in the map, not in the offer.`,
      };
    case "dentist":
      return {
        fr: `Source : OpenStreetMap (amenity=dentist), état vers le ${d("fr")} — cartographie collaborative, partielle (degré d'exhaustivité community-mapped-partial), millésime ${year} : ${count} cabinets dentaires. Les dentistes de cabinets non cartographiés ou exerçant dans des centres médicaux manquent : une valeur défavorable peut traduire une lacune de la carte, pas de l'offre.`,
        nl: `Bron: OpenStreetMap (amenity=dentist), toestand rond ${d("nl")} — vrijwillige kartering, onvolledig (volledigheidsgraad community-mapped-partial), jaargang ${year}: ${count} tandartspraktijken. Tandartsen in niet-gekarteerde praktijken of in medische centra ontbreken: een ongunstige waarde kan op een leemte in de kaart wijzen, niet in het aanbod.`,
        en: `Source: OpenStreetMap (amenity=dentist), state of about ${d("en")} — community-mapped and partial (completeness grade community-mapped-partial), vintage ${year}: ${count} dental practices. Dentists in unmapped practices or working in medical centres are missing: an unfavourable value can mean a gap in the map, not in the offer.`,
      };
  }
}

const POPULATION_TEXT: Localized = {
  fr: `Habitants : population au 1er janvier ${POPULATION_YEAR} par secteur statistique (Statbel) ; chaque secteur compte en bloc, tous ses habitants étant placés à son point représentatif.`,
  nl: `Inwoners: bevolking op 1 januari ${POPULATION_YEAR} per statistische sector (Statbel); elke sector telt als geheel, al zijn inwoners worden op zijn representatieve punt geplaatst.`,
  en: `Residents: population on 1 January ${POPULATION_YEAR} per statistical sector (Statbel); each sector counts as a whole, all its residents being placed at its representative point.`,
};

const STRAIGHT_LINE_TEXT: Localized = {
  fr: "Distance à vol d'oiseau calculée en Lambert belge 72 (EPSG:31370) depuis le point représentatif du secteur (un point situé à coup sûr à l'intérieur du polygone du secteur, pas son centroïde). Ce n'est ni une distance à pied ni un temps de trajet : les coupures (voies ferrées, canal, autoroutes) sont ignorées, et les services hors de la région ne sont pas comptés, sauf un hôpital juste au-delà de la limite.",
  nl: "Afstand in vogelvlucht, berekend in Belgische Lambert 72 (EPSG:31370) vanaf het representatieve punt van de sector (een punt dat zeker binnen de polygoon van de sector ligt, niet het zwaartepunt). Het is geen wandelafstand of reistijd: barrières (spoorlijnen, kanaal, autosnelwegen) worden genegeerd, en voorzieningen buiten het gewest tellen niet mee, behalve een ziekenhuis net over de grens.",
  en: "Straight-line distance computed in Belgian Lambert 72 (EPSG:31370) from the sector's representative point (a point guaranteed to lie inside the sector polygon, not its centroid). It is neither a walking distance nor a travel time: barriers (railways, the canal, motorways) are ignored, and services outside the region are not counted, except a hospital just across the border.",
};

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function sentences(...parts: Localized[]): Localized {
  return localized((language) => parts.map((p) => p[language]).join(" "));
}

/** The family's indicators in reading order: ids, labels, units, polarity and method texts. */
export function coverageDefinitions(
  counts: Map<CoverageType, number>,
  dates: Record<string, string>,
): IndicatorDefinition[] {
  const list: IndicatorDefinition[] = [];
  const vintage = (type: CoverageType) => Number(dates[serviceType(type).source]!.slice(0, 4));
  for (const type of COVERAGE_TYPES) {
    const w = WORDS[type];
    const source = sourceText(type, counts.get(type) ?? 0, dates[serviceType(type).source]!);
    const base = {
      family: "coverage" as const,
      year: vintage(type),
      sources: [serviceType(type).source, SOURCES.sectors],
      status: "published" as const,
    };
    list.push({
      ...base,
      id: distanceId(type),
      label: { fr: `Distance ${w.toNearest.fr}`, nl: `Afstand ${w.toNearest.nl}`, en: `Distance ${w.toNearest.en}` },
      unit: "metres",
      polarity: "higher_is_worse",
      method: sentences(
        {
          fr: `Distance en mètres, arrondie au mètre, du point représentatif du secteur ${w.toNearest.fr} ; calculée pour chaque secteur, y compris ceux sans habitants.`,
          nl: `Afstand in meter, afgerond op de meter, van het representatieve punt van de sector ${w.toNearest.nl}; berekend voor elke sector, ook die zonder inwoners.`,
          en: `Distance in metres, rounded to the metre, from the sector's representative point ${w.toNearest.en}; computed for every sector, including those without residents.`,
        },
        STRAIGHT_LINE_TEXT,
        source,
      ),
    });
    for (const radius of COVERAGE_RADII_M) {
      // Written out rather than toLocaleString, whose output depends on the ICU data of the runtime.
      const r = { fr: groupThousands(radius, " "), nl: groupThousands(radius, "."), en: groupThousands(radius, ",") };
      list.push({
        ...base,
        id: shareWithinId(radius, type),
        label: {
          fr: `Part des habitants à ${r.fr} m ou moins ${w.within.fr}`,
          nl: `Aandeel inwoners binnen ${r.nl} m ${w.within.nl}`,
          en: `Share of residents within ${r.en} m ${w.within.en}`,
        },
        unit: "percent",
        polarity: "higher_is_better",
        method: sentences(
          {
            fr: `Pourcentage des habitants du territoire dont le point représentatif du secteur est à ${r.fr} m ou moins ${w.within.fr} (distance arrondie au mètre, comme ${distanceId(type)}). Numérateur : habitants de ces secteurs ; dénominateur : habitants de tous les secteurs du territoire ; les secteurs sans habitants ne pèsent rien. Un territoire sans habitants n'a pas de valeur (no_residents).`,
            nl: `Percentage van de inwoners van het gebied van wie het representatieve punt van de sector op hoogstens ${r.nl} m ${w.within.nl} ligt (afstand afgerond op de meter, zoals ${distanceId(type)}). Teller: inwoners van die sectoren; noemer: inwoners van alle sectoren van het gebied; sectoren zonder inwoners wegen niet mee. Een gebied zonder inwoners heeft geen waarde (no_residents).`,
            en: `Percentage of the territory's residents whose sector representative point is within ${r.en} m ${w.within.en} (distance rounded to the metre, as in ${distanceId(type)}, at most ${r.en} m). Numerator: residents of those sectors; denominator: residents of all the territory's sectors; sectors without residents weigh nothing. A territory without residents has no value (no_residents).`,
          },
          STRAIGHT_LINE_TEXT,
          POPULATION_TEXT,
          source,
        ),
      });
    }
    list.push({
      ...base,
      id: meanDistanceId(type),
      label: {
        fr: `Distance moyenne ${w.toNearest.fr} (pondérée par la population)`,
        nl: `Gemiddelde afstand ${w.toNearest.nl} (gewogen naar bevolking)`,
        en: `Mean distance ${w.toNearest.en} (population-weighted)`,
      },
      unit: "metres",
      polarity: "higher_is_worse",
      method: sentences(
        {
          fr: `Moyenne, sur les secteurs du territoire et pondérée par leurs habitants, de la distance (arrondie au mètre) entre le point représentatif du secteur et ${w.nearest.fr} (indicateur ${distanceId(type)}). Numérateur : somme des habitants × distance (personnes-mètres) ; dénominateur : habitants. Un territoire sans habitants n'a pas de valeur (no_residents).`,
          nl: `Gemiddelde over de sectoren van het gebied, gewogen naar hun inwoners, van de afstand (afgerond op de meter) van het representatieve punt van de sector ${w.toNearest.nl} (indicator ${distanceId(type)}). Teller: som van inwoners × afstand (persoon-meter); noemer: inwoners. Een gebied zonder inwoners heeft geen waarde (no_residents).`,
          en: `Mean over the territory's sectors, weighted by their residents, of the distance (rounded to the metre) from the sector's representative point ${w.toNearest.en} (indicator ${distanceId(type)}). Numerator: sum of residents × distance (person-metres); denominator: residents. A territory without residents has no value (no_residents).`,
        },
        STRAIGHT_LINE_TEXT,
        POPULATION_TEXT,
        source,
      ),
    });
    list.push({
      ...base,
      id: servicesPerId(type),
      label: {
        fr: `${w.plural.fr} pour 10 000 habitants`,
        nl: `${w.plural.nl} per 10.000 inwoners`,
        en: `${w.plural.en} per 10,000 residents`,
      },
      unit: "per_10000",
      polarity: "higher_is_better",
      method: sentences(
        {
          fr: `Nombre de points situés dans le territoire (un point appartient au secteur dont le polygone le contient) pour 10 000 habitants. Numérateur : nombre de points ; dénominateur : habitants. Les services juste au-delà de la limite desservent aussi les habitants : à lire avec les indicateurs de distance. Un territoire sans habitants n'a pas de valeur (no_residents).`,
          nl: `Aantal punten in het gebied (een punt hoort bij de sector waarvan de polygoon het bevat) per 10.000 inwoners. Teller: aantal punten; noemer: inwoners. Voorzieningen net over de grens bedienen ook de inwoners: lees samen met de afstandsindicatoren. Een gebied zonder inwoners heeft geen waarde (no_residents).`,
          en: `Number of points located in the territory (a point belongs to the sector whose polygon contains it) per 10,000 residents. Numerator: number of points; denominator: residents. Services just across the border serve the residents too: read together with the distance indicators. A territory without residents has no value (no_residents).`,
        },
        POPULATION_TEXT,
        source,
      ),
    });
  }
  const baseSources = [...new Set(COVERAGE_TYPES.map((t) => serviceType(t).source))];
  list.push({
    id: BASE_OFFER_ID,
    family: "coverage",
    label: {
      fr: "Offre de base à 1 000 m ou moins (nombre de types de services)",
      nl: "Basisaanbod binnen 1.000 m (aantal soorten voorzieningen)",
      en: "Base offer within 1,000 m (number of service types)",
    },
    unit: "count",
    polarity: "higher_is_better",
    // One year per indicator: the most recent vintage among its sources; the method states each one.
    year: Math.max(...COVERAGE_TYPES.map(vintage)),
    method: sentences(
      {
        fr: `Nombre de types de l'offre de base — pharmacie, hôpital avec service d'urgences, maison médicale, dentiste — ayant au moins un point à 1 000 m ou moins du point représentatif du secteur (de 0 à 4). Pour un secteur : ce nombre entier ; pour un territoire plus grand : sa moyenne sur les secteurs pondérée par les habitants (numérateur : somme des habitants × nombre ; dénominateur : habitants). Combine des sources d'exhaustivité et de millésime différents : pharmacies AFMPS (registre officiel, ${vintage("pharmacy")}), urgences GISCO (officiel daté, ${vintage("hospital_emergency")}), maisons médicales et dentistes OpenStreetMap (cartographie collaborative partielle, ${vintage("maison_medicale")}) ; une valeur basse peut traduire une lacune de la carte plutôt que de l'offre (partial_source).`,
        nl: `Aantal soorten van het basisaanbod — apotheek, ziekenhuis met spoedgevallendienst, wijkgezondheidscentrum, tandarts — met minstens één punt op hoogstens 1.000 m van het representatieve punt van de sector (0 tot 4). Voor een sector: dat gehele getal; voor een groter gebied: het naar inwoners gewogen gemiddelde over de sectoren (teller: som van inwoners × aantal; noemer: inwoners). Combineert bronnen van verschillende volledigheid en jaargang: FAGG-apotheken (officieel register, ${vintage("pharmacy")}), GISCO-spoeddiensten (officieel gedateerd, ${vintage("hospital_emergency")}), OpenStreetMap-wijkgezondheidscentra en -tandartsen (vrijwillige kartering, onvolledig, ${vintage("maison_medicale")}); een lage waarde kan op een leemte in de kaart wijzen eerder dan in het aanbod (partial_source).`,
        en: `Number of base-offer types — pharmacy, hospital with an emergency department, community health centre (maison médicale), dentist — with at least one point at most 1,000 m from the sector's representative point (0 to 4). For a sector: that integer; for a larger territory: its mean over the sectors weighted by residents (numerator: sum of residents × count; denominator: residents). Combines sources of different completeness and vintage: AFMPS pharmacies (official register, ${vintage("pharmacy")}), GISCO emergency departments (official but dated, ${vintage("hospital_emergency")}), OpenStreetMap maisons médicales and dentists (community-mapped, partial, ${vintage("maison_medicale")}); a low value can mean a gap in the map rather than in the offer (partial_source).`,
      },
      STRAIGHT_LINE_TEXT,
      POPULATION_TEXT,
    ),
    sources: [...baseSources, SOURCES.sectors],
    status: "published",
  });
  return list;
}

/** The method's settings, published next to the figures. */
export function coverageParameters(): MethodParameter[] {
  const setting = (
    parameter: string,
    value: number | string,
    explanation: string,
    source_id: string | null = null,
  ): MethodParameter => ({ family: "coverage", parameter, value, status: "setting", explanation, source_id });
  return [
    ...COVERAGE_RADII_M.map((radius) =>
      setting(
        `share_radius_${radius}_m`,
        radius,
        `Straight-line distance (Lambert 72 metres, inclusive) of the ${shareWithinId(radius, "<type>")} indicators.`,
      ),
    ),
    setting(
      "base_offer_radius_m",
      BASE_OFFER_RADIUS_M,
      `A base-offer type counts for a sector when one of its points is at most this far from the sector's representative point.`,
    ),
    setting("base_offer_types", COVERAGE_TYPES.join(";"), "Service types of the base offer."),
    setting(
      "hospital_border_tolerance_m",
      HOSPITAL_BORDER_TOLERANCE_M,
      "Hospital sites outside every Brussels sector but this close to the region are kept (they serve Brussels); other points outside the sectors are dropped.",
      SERVICE_SOURCES.gisco,
    ),
    setting(
      "osm_duplicate_radius_m",
      DUPLICATE_RADIUS_M,
      "Two OpenStreetMap points of one type with the same normalised name this close are counted once.",
      SERVICE_SOURCES.osmPoi,
    ),
    setting(
      "maison_medicale_name_pattern",
      MAISON_MEDICALE_NAME.source,
      "Case-insensitive pattern a clinic or healthcare=* name must match to count as a maison médicale.",
      SERVICE_SOURCES.osmPoi,
    ),
    setting(
      "maison_medicale_name_exclusion",
      NOT_MAISON_MEDICALE_NAME.source,
      "Case-insensitive pattern that excludes a matching name (school health service PSE, alternative medicine).",
      SERVICE_SOURCES.osmPoi,
    ),
    setting(
      "pharmacy_cross_check_radius_m",
      PHARMACY_CROSS_CHECK_M,
      "Radius of the AFMPS / OpenStreetMap pharmacy cross-check (a quality note only).",
      SERVICE_SOURCES.osmPharmacies,
    ),
    setting(
      "max_dropped_point_share",
      MAX_DROPPED_SHARE,
      "Plausibility limit: at most this share of a service source's points may be dropped (outside every Brussels sector, or counted twice); above it the run stops and names the file. " +
        "The real sources lose at most about 3 % (OpenStreetMap health points: 4 outside the region, 1 duplicate); a file whose points mostly fall outside has wrong coordinates.",
    ),
    setting(
      `min_region_share_within_${REGION_FLOOR_RADIUS_M}m_pct`,
      MIN_REGION_SHARE_WITHIN_PCT,
      `Plausibility limit: every service type must reach at least this percentage of the region's residents within ${REGION_FLOOR_RADIUS_M.toLocaleString("en")} m, else the run stops and names the source file (a region-wide 0 means misplaced or missing points, not a real absence). ` +
        "The lowest real value is about 39 % (hospitals with an emergency department).",
    ),
  ];
}
