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
import { GRID_SPACING_M, type SectorResidents } from "./population-grid.ts";
import { BASE_OFFER_DIGITS, MEAN_DISTANCE_STEP_M, SECTOR_DISTANCE_STEP_M, SHARE_STEP_PCT } from "./precision.ts";
import type { LevelSensitivity } from "./sensitivity.ts";
import { EMERGENCY_DEPARTMENTS_FILE } from "./emergency-departments.ts";
import type { TerritorialModel } from "../../territory/territorial-model.ts";
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
        fr: `Source : Eurostat GISCO, services de santé (données du SPF Santé publique), date de référence ${d("fr")} — source officielle mais datée (degré d'exhaustivité official-dated), millésime ${year} : les ${count} sites hospitaliers avec service d'urgences général (emergency = yes et classé général dans la table de référence ${EMERGENCY_DEPARTMENTS_FILE}) ; les urgences spécialisées de l'Institut Jules Bordet (cancer) et de l'Hôpital universitaire des enfants Reine Fabiola (enfants) sont listées mais exclues, car elles ne reçoivent pas tout le monde. Un site géocodé à moins de ${HOSPITAL_BORDER_TOLERANCE_M} m hors de la région (Cliniques universitaires Saint-Luc) est gardé car il dessert Bruxelles. Les fusions et changements de sites postérieurs ne sont pas pris en compte.`,
        nl: `Bron: Eurostat GISCO, gezondheidsvoorzieningen (gegevens van de FOD Volksgezondheid), referentiedatum ${d("nl")} — officieel maar gedateerd (volledigheidsgraad official-dated), jaargang ${year}: de ${count} ziekenhuissites met een algemene spoedgevallendienst (emergency = yes en als algemeen geklasseerd in de referentietabel ${EMERGENCY_DEPARTMENTS_FILE}); de gespecialiseerde spoeddiensten van het Jules Bordet Instituut (kanker) en het Universitair Kinderziekenhuis Koningin Fabiola (kinderen) staan in de lijst maar tellen niet mee, omdat ze niet iedereen opvangen. Een site die minder dan ${HOSPITAL_BORDER_TOLERANCE_M} m buiten het gewest gegeocodeerd is (Cliniques universitaires Saint-Luc) blijft behouden omdat hij Brussel bedient. Latere fusies en wijzigingen van sites zijn niet verwerkt.`,
        en: `Source: Eurostat GISCO healthcare services (data of the FPS Public Health), reference date ${d("en")} — official but dated (completeness grade official-dated), vintage ${year}: the ${count} hospital sites with a general emergency department (emergency = yes and classified general in the reference table ${EMERGENCY_DEPARTMENTS_FILE}); the specialised emergency departments of the Institut Jules Bordet (cancer) and the Queen Fabiola children's university hospital (children) are listed but excluded, because they do not receive everyone. A site geocoded less than ${HOSPITAL_BORDER_TOLERANCE_M} m outside the region (Cliniques universitaires Saint-Luc) is kept because it serves Brussels. Later mergers and site changes are not reflected.`,
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

/** How the residents are placed: the grid, its spacing and the sectors too small for it. */
function populationText(residents: readonly SectorResidents[]): Localized {
  const points = residents.reduce((sum, r) => sum + r.points.length, 0);
  const single = residents.filter((r) => r.representativeOnly).length;
  const n = { fr: groupThousands(points, " "), nl: groupThousands(points, "."), en: groupThousands(points, ",") };
  return {
    fr: `Habitants : population au 1er janvier ${POPULATION_YEAR} par secteur statistique (Statbel), répartie sur la surface du secteur : une grille régulière de points espacés de ${GRID_SPACING_M} m (Lambert 72), gardés s'ils tombent dans le polygone du secteur (${n.fr} points), chacun portant une part égale des habitants du secteur (densité uniforme dans le secteur) ; ${single ? `${single} secteurs trop petits pour un point de la grille gardent leur point représentatif` : "chaque secteur contient au moins un point de la grille"}. Les habitants ne sont pas vraiment répartis uniformément (parcs, voies ferrées) : d'où la sensibilité publiée.`,
    nl: `Inwoners: bevolking op 1 januari ${POPULATION_YEAR} per statistische sector (Statbel), gespreid over de oppervlakte van de sector: een regelmatig raster van punten op ${GRID_SPACING_M} m van elkaar (Lambert 72), behouden als ze in de polygoon van de sector vallen (${n.nl} punten), elk met een gelijk deel van de inwoners van de sector (uniforme dichtheid binnen de sector); ${single ? `${single} sectoren die te klein zijn voor een rasterpunt behouden hun representatieve punt` : "elke sector bevat minstens één rasterpunt"}. De inwoners zijn niet echt uniform gespreid (parken, spoorwegen): vandaar de gepubliceerde gevoeligheid.`,
    en: `Residents: population on 1 January ${POPULATION_YEAR} per statistical sector (Statbel), spread over the sector's area: a regular grid of points ${GRID_SPACING_M} m apart (Lambert 72), kept where they fall inside the sector polygon (${n.en} points), each carrying an equal share of the sector's residents (uniform density within the sector); ${single ? `${single} sectors too small for a grid point keep their representative point` : "every sector holds at least one grid point"}. Residents are not truly spread evenly (parks, railways): hence the published sensitivity.`,
  };
}

const STRAIGHT_LINE_TEXT: Localized = {
  fr: "Distance à vol d'oiseau calculée en Lambert belge 72 (EPSG:31370) depuis chaque point de la grille de population jusqu'au service le plus proche. Ce n'est ni une distance à pied ni un temps de trajet : les coupures (voies ferrées, canal, autoroutes) sont ignorées. Les pharmacies juste au-delà de la limite régionale (OpenStreetMap) comptent pour les distances ; les autres sources s'arrêtent à la limite (codes postaux bruxellois, ou la région), si bien que les urgences, maisons médicales et dentistes juste au-delà ne sont pas comptés, sauf un hôpital géocodé juste hors de la limite.",
  nl: "Afstand in vogelvlucht, berekend in Belgische Lambert 72 (EPSG:31370) van elk punt van het bevolkingsraster tot de dichtstbijzijnde voorziening. Het is geen wandelafstand of reistijd: barrières (spoorlijnen, kanaal, autosnelwegen) worden genegeerd. Apotheken net over de gewestgrens (OpenStreetMap) tellen mee voor de afstanden; de andere bronnen stoppen aan de grens (Brusselse postcodes, of het gewest), zodat spoeddiensten, wijkgezondheidscentra en tandartsen net over de grens niet meetellen, behalve een ziekenhuis dat net buiten de grens gegeocodeerd is.",
  en: "Straight-line distance computed in Belgian Lambert 72 (EPSG:31370) from every point of the population grid to the nearest service. It is neither a walking distance nor a travel time: barriers (railways, the canal, motorways) are ignored. Pharmacies just beyond the regional border (OpenStreetMap) count for distances; the other sources stop at the border (Brussels postcodes, or the region), so emergency departments, maisons médicales and dentists just beyond it are not counted, except a hospital geocoded just outside the border.",
};

/** Decimal number in the language's writing: 20.7 / 20,7. */
function decimal(value: number, language: keyof Localized): string {
  return language === "en" ? String(value) : String(value).replace(".", ",");
}

/**
 * The sensitivity sentence of a share or mean-distance indicator: per level, the largest and the
 * median move between the grid and one representative point per sector.
 */
function sensitivityText(
  list: readonly LevelSensitivity[] | undefined,
  unit: "points" | "metres",
  model: TerritorialModel,
): Localized {
  if (!list?.length) return { fr: "", nl: "", en: "" };
  const name = (level: string, code: string, language: keyof Localized) => {
    const territory = model.territories.get(level)!.find((t) => t.code === code)!;
    return language === "nl" ? territory.name_nl : territory.name_fr;
  };
  const u = {
    points: { fr: "points", nl: "procentpunten", en: "points" },
    metres: { fr: "m", nl: "m", en: "m" },
  }[unit];
  const part = (s: LevelSensitivity, language: keyof Localized) => {
    const level = model.levels.find((l) => l.id === s.level)!;
    const where = ` (${name(s.level, s.maxTerritory, language)})`;
    if (s.territories === 1) return `${level.label[language]} ${decimal(s.max, language)} ${u[language]}`;
    const words = {
      fr: `${level.plural.fr} : au plus ${decimal(s.max, "fr")} ${u.fr}${where}, médiane ${decimal(s.median, "fr")}`,
      nl: `${level.plural.nl}: hoogstens ${decimal(s.max, "nl")} ${u.nl}${where}, mediaan ${decimal(s.median, "nl")}`,
      en: `${level.plural.en}: at most ${decimal(s.max, "en")} ${u.en}${where}, median ${decimal(s.median, "en")}`,
    };
    return words[language];
  };
  const parts = (language: keyof Localized) => list.map((s) => part(s, language)).join("; ");
  return {
    fr: `Sensibilité au placement des habitants : en plaçant tous les habitants de chaque secteur en son point représentatif plutôt qu'en les répartissant sur le secteur, la valeur change de — ${parts("fr")}.`,
    nl: `Gevoeligheid voor de plaatsing van de inwoners: als alle inwoners van elke sector op zijn representatieve punt staan in plaats van over de sector gespreid, verandert de waarde met — ${parts("nl")}.`,
    en: `Sensitivity to where residents are placed: putting all of each sector's residents at its representative point instead of spreading them over the sector changes the value by — ${parts("en")}.`,
  };
}

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
  sensitivity: ReadonlyMap<string, readonly LevelSensitivity[]>,
  model: TerritorialModel,
  residents: readonly SectorResidents[],
): IndicatorDefinition[] {
  const list: IndicatorDefinition[] = [];
  const POPULATION_TEXT = populationText(residents);
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
          fr: `Distance moyenne en mètres ${w.toNearest.fr} depuis les points de la grille de population du secteur (la moyenne sur la surface du secteur), arrondie à ${SECTOR_DISTANCE_STEP_M} m ; calculée pour chaque secteur, y compris ceux sans habitants.`,
          nl: `Gemiddelde afstand in meter ${w.toNearest.nl} vanaf de punten van het bevolkingsraster van de sector (het gemiddelde over de oppervlakte van de sector), afgerond op ${SECTOR_DISTANCE_STEP_M} m; berekend voor elke sector, ook die zonder inwoners.`,
          en: `Mean distance in metres ${w.toNearest.en} from the points of the sector's population grid (the mean over the sector's area), rounded to ${SECTOR_DISTANCE_STEP_M} m; computed for every sector, including those without residents.`,
        },
        STRAIGHT_LINE_TEXT,
        POPULATION_TEXT,
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
            fr: `Pourcentage des habitants du territoire qui vivent à ${r.fr} m ou moins ${w.within.fr}, publié en points de pourcentage entiers${SHARE_STEP_PCT === 1 ? "" : ` (par pas de ${SHARE_STEP_PCT})`} : la précision que permet la sensibilité ci-dessous. Numérateur : habitants des points de la grille à ${r.fr} m ou moins, arrondis à l'habitant ; dénominateur : habitants de tous les secteurs du territoire. Un territoire sans habitants n'a pas de valeur (no_residents).`,
            nl: `Percentage van de inwoners van het gebied die op hoogstens ${r.nl} m ${w.within.nl} wonen, gepubliceerd in gehele procentpunten${SHARE_STEP_PCT === 1 ? "" : ` (in stappen van ${SHARE_STEP_PCT})`}: de precisie die de gevoeligheid hieronder toelaat. Teller: inwoners van de rasterpunten op hoogstens ${r.nl} m, afgerond op de inwoner; noemer: inwoners van alle sectoren van het gebied. Een gebied zonder inwoners heeft geen waarde (no_residents).`,
            en: `Percentage of the territory's residents who live within ${r.en} m ${w.within.en}, published in whole percentage points${SHARE_STEP_PCT === 1 ? "" : ` (in steps of ${SHARE_STEP_PCT})`}: the precision the sensitivity below allows. Numerator: residents of the grid points within ${r.en} m, rounded to the resident; denominator: residents of all the territory's sectors. A territory without residents has no value (no_residents).`,
          },
          STRAIGHT_LINE_TEXT,
          POPULATION_TEXT,
          sensitivityText(sensitivity.get(shareWithinId(radius, type)), "points", model),
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
          fr: `Distance moyenne des habitants du territoire ${w.toNearest.fr}, arrondie à ${MEAN_DISTANCE_STEP_M} m : moyenne sur les points de la grille de population, pondérée par les habitants qu'ils portent. Numérateur : somme des habitants × distance (personnes-mètres, arrondie) ; dénominateur : habitants. Un territoire sans habitants n'a pas de valeur (no_residents).`,
          nl: `Gemiddelde afstand van de inwoners van het gebied ${w.toNearest.nl}, afgerond op ${MEAN_DISTANCE_STEP_M} m: gemiddelde over de punten van het bevolkingsraster, gewogen naar de inwoners die ze dragen. Teller: som van inwoners × afstand (persoon-meter, afgerond); noemer: inwoners. Een gebied zonder inwoners heeft geen waarde (no_residents).`,
          en: `Mean distance of the territory's residents ${w.toNearest.en}, rounded to ${MEAN_DISTANCE_STEP_M} m: the mean over the points of the population grid, weighted by the residents they carry. Numerator: sum of residents × distance (person-metres, rounded); denominator: residents. A territory without residents has no value (no_residents).`,
        },
        STRAIGHT_LINE_TEXT,
        sensitivityText(sensitivity.get(meanDistanceId(type)), "metres", model),
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
        fr: `Nombre de types de l'offre de base — pharmacie, hôpital avec service d'urgences, maison médicale, dentiste — ayant au moins un point à 1 000 m ou moins, pour chaque point de la grille de population (de 0 à 4) ; pour un secteur ou un territoire : sa moyenne pondérée par les habitants, arrondie à ${BASE_OFFER_DIGITS} décimale (numérateur : somme des habitants × nombre, arrondie ; dénominateur : habitants). Combine des sources d'exhaustivité et de millésime différents : pharmacies AFMPS (registre officiel, ${vintage("pharmacy")}), urgences GISCO (officiel daté, ${vintage("hospital_emergency")}), maisons médicales et dentistes OpenStreetMap (cartographie collaborative partielle, ${vintage("maison_medicale")}) ; une valeur basse peut traduire une lacune de la carte plutôt que de l'offre (partial_source).`,
        nl: `Aantal soorten van het basisaanbod — apotheek, ziekenhuis met spoedgevallendienst, wijkgezondheidscentrum, tandarts — met minstens één punt op hoogstens 1.000 m, voor elk punt van het bevolkingsraster (0 tot 4); voor een sector of een gebied: het naar inwoners gewogen gemiddelde, afgerond op ${BASE_OFFER_DIGITS} decimaal (teller: som van inwoners × aantal, afgerond; noemer: inwoners). Combineert bronnen van verschillende volledigheid en jaargang: FAGG-apotheken (officieel register, ${vintage("pharmacy")}), GISCO-spoeddiensten (officieel gedateerd, ${vintage("hospital_emergency")}), OpenStreetMap-wijkgezondheidscentra en -tandartsen (vrijwillige kartering, onvolledig, ${vintage("maison_medicale")}); een lage waarde kan op een leemte in de kaart wijzen eerder dan in het aanbod (partial_source).`,
        en: `Number of base-offer types — pharmacy, hospital with an emergency department, community health centre (maison médicale), dentist — with at least one point at most 1,000 m away, for every point of the population grid (0 to 4); for a sector or a territory: its mean weighted by residents, rounded to ${BASE_OFFER_DIGITS} decimal (numerator: sum of residents × count, rounded; denominator: residents). Combines sources of different completeness and vintage: AFMPS pharmacies (official register, ${vintage("pharmacy")}), GISCO emergency departments (official but dated, ${vintage("hospital_emergency")}), OpenStreetMap maisons médicales and dentists (community-mapped, partial, ${vintage("maison_medicale")}); a low value can mean a gap in the map rather than in the offer (partial_source).`,
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
export function coverageParameters(
  sensitivity: ReadonlyMap<string, readonly LevelSensitivity[]>,
  residents: readonly SectorResidents[],
): MethodParameter[] {
  const setting = (
    parameter: string,
    value: number | string,
    explanation: Localized,
    source_id: string | null = null,
  ): MethodParameter => ({ family: "coverage", parameter, value, status: "setting", explanation, source_id });
  const derived = (parameter: string, value: string, explanation: Localized): MethodParameter => ({
    family: "coverage",
    parameter,
    value,
    status: "derived",
    explanation,
    // Derived from the sector populations and polygons, through both placements.
    source_id: SOURCES.sectors,
  });
  const points = residents.reduce((sum, r) => sum + r.points.length, 0);
  const single = residents.filter((r) => r.representativeOnly);
  const singleCodes = single.map((r) => r.code).join(", ");
  const floor = {
    fr: groupThousands(REGION_FLOOR_RADIUS_M, " "),
    nl: groupThousands(REGION_FLOOR_RADIUS_M, "."),
    en: groupThousands(REGION_FLOOR_RADIUS_M, ","),
  };
  return [
    setting("population_grid_spacing_m", GRID_SPACING_M, {
      fr:
        `Les habitants sont répartis sur chaque secteur : points d'une grille régulière de ${GRID_SPACING_M} m en Lambert 72 (en (i + 0,5) × ${GRID_SPACING_M} m), gardés s'ils tombent dans le polygone du secteur (règle pair-impair), ` +
        `chacun portant une part égale des habitants du secteur (densité uniforme dans le secteur, c'est-à-dire habitants répartis selon la surface). ${points} points ; ` +
        `${single.length} secteurs trop petits ou trop étroits pour un point de la grille gardent leur point représentatif (${singleCodes || "aucun"}).`,
      nl:
        `De inwoners worden over elke sector gespreid: punten van een regelmatig raster van ${GRID_SPACING_M} m in Lambert 72 (op (i + 0,5) × ${GRID_SPACING_M} m), behouden als ze in de polygoon van de sector vallen (even-oneven-regel), ` +
        `elk met een gelijk deel van de inwoners van de sector (uniforme dichtheid binnen de sector, dus inwoners verdeeld naar oppervlakte). ${points} punten; ` +
        `${single.length} sectoren die te klein of te smal zijn voor een rasterpunt behouden hun representatieve punt (${singleCodes || "geen"}).`,
      en:
        `Residents are spread over each sector: points of a regular ${GRID_SPACING_M} m grid in Lambert 72 (at (i + 0.5) × ${GRID_SPACING_M} m), kept where they fall inside the sector polygon (even-odd rule), ` +
        `each carrying an equal share of the sector's residents (uniform density within the sector, i.e. residents split by area). ${points} points; ` +
        `${single.length} sectors too small or thin for a grid point keep their representative point (${singleCodes || "none"}).`,
    }),
    setting("share_step_pct", SHARE_STEP_PCT, {
      fr: "Les parts d'habitants dans un rayon sont publiées arrondies à ce nombre de points de pourcentage : les lignes de sensibilité montrent des écarts de plusieurs points d'un placement à l'autre, des décimales seraient une fausse précision.",
      nl: "Aandelen inwoners binnen een straal worden gepubliceerd afgerond op dit aantal procentpunten: de gevoeligheidsrijen tonen verschuivingen van meerdere punten tussen plaatsingen, dus decimalen zouden valse precisie zijn.",
      en: "Shares of residents within a radius are published rounded to this many percentage points: the sensitivity rows show moves of several points between placements, so decimals would be false precision.",
    }),
    setting("mean_distance_step_m", MEAN_DISTANCE_STEP_M, {
      fr: "Les distances moyennes des habitants d'un territoire sont publiées arrondies à ce nombre de mètres.",
      nl: "Gemiddelde afstanden van de inwoners van een gebied worden gepubliceerd afgerond op dit aantal meter.",
      en: "Mean distances of a territory's residents are published rounded to this many metres.",
    }),
    setting("sector_distance_step_m", SECTOR_DISTANCE_STEP_M, {
      fr: "La distance moyenne d'un secteur est publiée arrondie à ce nombre de mètres.",
      nl: "De gemiddelde afstand van een sector wordt gepubliceerd afgerond op dit aantal meter.",
      en: "A sector's mean distance is published rounded to this many metres.",
    }),
    ...[...sensitivity].map(([id, levels]) => {
      const share = id.startsWith("share_");
      return derived(
        `sensitivity_${id}`,
        levels
          .map((l) =>
            l.territories === 1
              ? `${l.level} ${l.max}`
              : `${l.level} max ${l.max} (${l.maxTerritory}) median ${l.median}`,
          )
          .join("; "),
        {
          fr: `Différence absolue (${share ? "points de pourcentage" : "mètres"}) entre la valeur publiée (habitants répartis sur une grille de ${GRID_SPACING_M} m) et le même calcul avec tous les habitants de chaque secteur en son point représentatif, sur les territoires avec habitants de chaque niveau : la plus grande (et où) et la médiane.`,
          nl: `Absoluut verschil (${share ? "procentpunten" : "meter"}) tussen de gepubliceerde waarde (inwoners gespreid over een raster van ${GRID_SPACING_M} m) en dezelfde berekening met alle inwoners van elke sector op zijn representatieve punt, over de gebieden met inwoners van elk niveau: het grootste (en waar) en de mediaan.`,
          en: `Absolute difference (${share ? "percentage points" : "metres"}) between the published value (residents spread over a ${GRID_SPACING_M} m grid) and the same computation with all of each sector's residents at its representative point, over the territories with residents of each level: the largest (and where) and the median.`,
        },
      );
    }),
    ...COVERAGE_RADII_M.map((radius) =>
      setting(`share_radius_${radius}_m`, radius, {
        fr: `Distance à vol d'oiseau (mètres Lambert 72, bornes comprises) des indicateurs ${shareWithinId(radius, "<type>")}.`,
        nl: `Afstand in vogelvlucht (Lambert 72-meter, grens inbegrepen) van de indicatoren ${shareWithinId(radius, "<type>")}.`,
        en: `Straight-line distance (Lambert 72 metres, inclusive) of the ${shareWithinId(radius, "<type>")} indicators.`,
      }),
    ),
    setting("base_offer_radius_m", BASE_OFFER_RADIUS_M, {
      fr: "Un type de l'offre de base compte pour un point de la grille de population quand l'un de ses points de service est au plus à cette distance.",
      nl: "Een soort van het basisaanbod telt voor een punt van het bevolkingsraster als een van zijn voorzieningspunten hoogstens zo ver ervan ligt.",
      en: "A base-offer type counts for a point of the population grid when one of its service points is at most this far from it.",
    }),
    setting("base_offer_types", COVERAGE_TYPES.join(";"), {
      fr: "Types de service de l'offre de base.",
      nl: "Soorten voorzieningen van het basisaanbod.",
      en: "Service types of the base offer.",
    }),
    setting(
      "hospital_border_tolerance_m",
      HOSPITAL_BORDER_TOLERANCE_M,
      {
        fr: "Les sites hospitaliers hors de tout secteur bruxellois mais aussi proches de la région sont gardés (ils desservent Bruxelles) ; les autres points hors des secteurs sont écartés.",
        nl: "Ziekenhuissites buiten elke Brusselse sector maar zo dicht bij het gewest worden behouden (ze bedienen Brussel); de andere punten buiten de sectoren worden weggelaten.",
        en: "Hospital sites outside every Brussels sector but this close to the region are kept (they serve Brussels); other points outside the sectors are dropped.",
      },
      SERVICE_SOURCES.gisco,
    ),
    setting(
      "osm_duplicate_radius_m",
      DUPLICATE_RADIUS_M,
      {
        fr: "Deux points OpenStreetMap d'un même type portant le même nom normalisé et aussi proches sont comptés une seule fois.",
        nl: "Twee OpenStreetMap-punten van hetzelfde soort met dezelfde genormaliseerde naam die zo dicht bij elkaar liggen, worden één keer geteld.",
        en: "Two OpenStreetMap points of one type with the same normalised name this close are counted once.",
      },
      SERVICE_SOURCES.osmPoi,
    ),
    setting(
      "maison_medicale_name_pattern",
      MAISON_MEDICALE_NAME.source,
      {
        fr: "Motif (sans distinction de casse) auquel le nom d'une clinique ou d'un healthcare=* doit correspondre pour compter comme maison médicale.",
        nl: "Patroon (hoofdletterongevoelig) waaraan de naam van een kliniek of healthcare=* moet voldoen om als wijkgezondheidscentrum (maison médicale) te tellen.",
        en: "Case-insensitive pattern a clinic or healthcare=* name must match to count as a maison médicale.",
      },
      SERVICE_SOURCES.osmPoi,
    ),
    setting(
      "maison_medicale_name_exclusion",
      NOT_MAISON_MEDICALE_NAME.source,
      {
        fr: "Motif (sans distinction de casse) qui exclut un nom correspondant (service de promotion de la santé à l'école PSE, médecines alternatives).",
        nl: "Patroon (hoofdletterongevoelig) dat een overeenkomende naam uitsluit (schoolgezondheidsdienst PSE, alternatieve geneeskunde).",
        en: "Case-insensitive pattern that excludes a matching name (school health service PSE, alternative medicine).",
      },
      SERVICE_SOURCES.osmPoi,
    ),
    setting(
      "pharmacy_cross_check_radius_m",
      PHARMACY_CROSS_CHECK_M,
      {
        fr: "Rayon du contrôle croisé des pharmacies AFMPS / OpenStreetMap (une remarque de qualité seulement).",
        nl: "Straal van de kruiscontrole van de apotheken FAGG / OpenStreetMap (alleen een kwaliteitsopmerking).",
        en: "Radius of the AFMPS / OpenStreetMap pharmacy cross-check (a quality note only).",
      },
      SERVICE_SOURCES.osmPharmacies,
    ),
    setting("max_dropped_point_share", MAX_DROPPED_SHARE, {
      fr:
        "Limite de plausibilité : au plus cette part des points d'une source de services peut être écartée (hors de tout secteur bruxellois, ou comptée deux fois) ; au-delà, le traitement s'arrête et nomme le fichier. " +
        "Les sources réelles perdent au plus environ 3 % (points de santé OpenStreetMap : 4 hors de la région, 1 doublon) ; un fichier dont la plupart des points tombent dehors a de mauvaises coordonnées.",
      nl:
        "Plausibiliteitsgrens: hoogstens dit aandeel van de punten van een voorzieningenbron mag weggelaten worden (buiten elke Brusselse sector, of dubbel geteld); daarboven stopt de verwerking en noemt ze het bestand. " +
        "De echte bronnen verliezen hoogstens ongeveer 3 % (gezondheidspunten van OpenStreetMap: 4 buiten het gewest, 1 dubbel); een bestand waarvan de meeste punten erbuiten vallen, heeft verkeerde coördinaten.",
      en:
        "Plausibility limit: at most this share of a service source's points may be dropped (outside every Brussels sector, or counted twice); above it the run stops and names the file. " +
        "The real sources lose at most about 3 % (OpenStreetMap health points: 4 outside the region, 1 duplicate); a file whose points mostly fall outside has wrong coordinates.",
    }),
    setting(`min_region_share_within_${REGION_FLOOR_RADIUS_M}m_pct`, MIN_REGION_SHARE_WITHIN_PCT, {
      fr:
        `Limite de plausibilité : chaque type de service doit atteindre au moins ce pourcentage des habitants de la région à ${floor.fr} m ou moins, sinon le traitement s'arrête et nomme le fichier source (un 0 pour toute la région signifie des points mal placés ou manquants, pas une absence réelle). ` +
        "La plus basse valeur réelle est d'environ 39 % (hôpitaux avec service d'urgences).",
      nl:
        `Plausibiliteitsgrens: elk soort voorziening moet minstens dit percentage van de inwoners van het gewest binnen ${floor.nl} m bereiken, anders stopt de verwerking en noemt ze het bronbestand (een 0 voor het hele gewest betekent verkeerd geplaatste of ontbrekende punten, geen echte afwezigheid). ` +
        "De laagste echte waarde is ongeveer 39 % (ziekenhuizen met een spoedgevallendienst).",
      en:
        `Plausibility limit: every service type must reach at least this percentage of the region's residents within ${floor.en} m, else the run stops and names the source file (a region-wide 0 means misplaced or missing points, not a real absence). ` +
        "The lowest real value is about 39 % (hospitals with an emergency department).",
    }),
  ];
}
