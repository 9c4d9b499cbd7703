import { services } from "../../src/core/tables/services.ts";
import type { Table } from "../../src/core/table-schema.ts";
import { HOSPITAL_BORDER_TOLERANCE_M } from "../indicators/coverage/service-candidates.ts";
import { SERVICE_SOURCES } from "../indicators/coverage/service-types.ts";
import type { ServicePoint } from "../indicators/coverage/services.ts";
import { declaredTable } from "./declared-table.ts";

/** The service points of the coverage indicators; the description dates each source. */
export function servicesTable(points: ServicePoint[], referenceDates: Record<string, string>): Table {
  const year = (source: string) => referenceDates[source]!.slice(0, 4);
  const [afmps, gisco, osm] = [year(SERVICE_SOURCES.afmps), year(SERVICE_SOURCES.gisco), year(SERVICE_SOURCES.osmPoi)];
  const tolerance = HOSPITAL_BORDER_TOLERANCE_M;
  return declaredTable(
    services,
    {
      fr: `Points de service utilisés pour les indicateurs de couverture : pharmacies actives (registre AFMPS, ${afmps}), sites hospitaliers et hôpitaux avec service d'urgences (Eurostat GISCO, ${gisco}), maisons médicales et dentistes (OpenStreetMap, ${osm}, cartographie collaborative partielle). Un site hospitalier avec urgences générales figure deux fois : comme hospital et comme hospital_emergency ; les urgences spécialisées (Institut Jules Bordet, cancer ; HUDERF, enfants) ne figurent que comme hospital (table de référence emergency-departments.csv). Les pharmacies OpenStreetMap juste au-delà de la limite régionale, utilisées pour les distances, n'y figurent pas (voir data_quality).`,
      nl: `Voorzieningen die voor de dekkingsindicatoren gebruikt worden: actieve apotheken (FAGG-register, ${afmps}), ziekenhuissites en ziekenhuizen met spoedgevallendienst (Eurostat GISCO, ${gisco}), wijkgezondheidscentra en tandartsen (OpenStreetMap, ${osm}, gedeeltelijke vrijwillige kartering). Een ziekenhuissite met algemene spoeddienst staat er twee keer in: als hospital en als hospital_emergency; gespecialiseerde spoeddiensten (Jules Bordet Instituut, kanker; HUDERF, kinderen) staan er enkel als hospital in (referentietabel emergency-departments.csv). De OpenStreetMap-apotheken net over de gewestgrens, gebruikt voor de afstanden, staan er niet in (zie data_quality).`,
      en: `Service points used by the coverage indicators: active pharmacies (AFMPS register, ${afmps}), hospital sites and hospitals with an emergency department (Eurostat GISCO, ${gisco}), community health centres (maisons médicales) and dentists (OpenStreetMap, ${osm}, community-mapped and partial). A hospital site with a general emergency department appears twice: as hospital and as hospital_emergency; specialised emergency departments (Institut Jules Bordet, cancer; HUDERF, children) appear as hospital only (reference table emergency-departments.csv). The OpenStreetMap pharmacies just beyond the regional border, used for distances, are not listed (see data_quality).`,
    },
    {
      service_id: {
        fr: "Identifiant stable : type, source et identifiant de la source (autorisation AFMPS, id GISCO) ou coordonnées OSM arrondies",
        nl: "Stabiele id: type, bron en id in de bron (FAGG-vergunning, GISCO-id) of afgeronde OSM-coördinaten",
        en: "Stable id: type, source and the source's own id (AFMPS authorization, GISCO id) or rounded OSM coordinates",
      },
      type: {
        fr: "Type de service : pharmacy, hospital_emergency, hospital, maison_medicale, dentist",
        nl: "Soort voorziening: pharmacy, hospital_emergency, hospital, maison_medicale, dentist",
        en: "Service type: pharmacy, hospital_emergency, hospital, maison_medicale, dentist",
      },
      name: {
        fr: "Nom tel que dans la source (vide si la source n'en donne pas)",
        nl: "Naam zoals in de bron (leeg als de bron er geen geeft)",
        en: "Name as in the source (empty if the source has none)",
      },
      lon: {
        fr: "Longitude (WGS84, EPSG:4326)",
        nl: "Lengtegraad (WGS84, EPSG:4326)",
        en: "Longitude (WGS84, EPSG:4326)",
      },
      lat: {
        fr: "Latitude (WGS84, EPSG:4326)",
        nl: "Breedtegraad (WGS84, EPSG:4326)",
        en: "Latitude (WGS84, EPSG:4326)",
      },
      x_l72: {
        fr: "X en mètres Lambert belge 72 (EPSG:31370)",
        nl: "X in meter Belgische Lambert 72 (EPSG:31370)",
        en: "X in Belgian Lambert 72 metres (EPSG:31370)",
      },
      y_l72: {
        fr: "Y en mètres Lambert belge 72 (EPSG:31370)",
        nl: "Y in meter Belgische Lambert 72 (EPSG:31370)",
        en: "Y in Belgian Lambert 72 metres (EPSG:31370)",
      },
      sector_code: {
        fr: "Secteur statistique dont le polygone contient le point (secteur du point représentatif le plus proche pour les hôpitaux gardés juste hors de la région)",
        nl: "Statistische sector waarvan de polygoon het punt bevat (sector met het dichtstbijzijnde representatieve punt voor ziekenhuizen net buiten het gewest)",
        en: "Statistical sector whose polygon contains the point (nearest sector point for hospitals kept just outside the region)",
      },
      quartier_code: {
        fr: "Quartier du Monitoring de ce secteur",
        nl: "Wijk (Wijkmonitoring) van die sector",
        en: "Monitoring quartier of that sector",
      },
      commune_code: {
        fr: "Commune (code INS) de ce secteur",
        nl: "Gemeente (NIS-code) van die sector",
        en: "Commune (NIS code) of that sector",
      },
      location: {
        fr: `in_sector, ou outside_region_kept (hôpital à moins de ${tolerance} m de la région, gardé car il dessert Bruxelles)`,
        nl: `in_sector, of outside_region_kept (ziekenhuis binnen ${tolerance} m van het gewest, behouden omdat het Brussel bedient)`,
        en: `in_sector, or outside_region_kept (hospital within ${tolerance} m of the region, kept because it serves Brussels)`,
      },
      source_id: { fr: "Source (table sources)", nl: "Bron (tabel sources)", en: "Source (sources table)" },
      completeness: {
        fr: "Degré d'exhaustivité de la source : official-register, official-dated, community-mapped-partial",
        nl: "Volledigheidsgraad van de bron: official-register, official-dated, community-mapped-partial",
        en: "Completeness grade of the source: official-register, official-dated, community-mapped-partial",
      },
      reference_date: {
        fr: "Date de référence de la source (AAAA-MM-JJ)",
        nl: "Referentiedatum van de bron (JJJJ-MM-DD)",
        en: "Reference date of the source (YYYY-MM-DD)",
      },
    },
    points.map((s) => ({
      service_id: s.service_id,
      type: s.type,
      name: s.name,
      lon: s.lon,
      lat: s.lat,
      x_l72: s.x_l72,
      y_l72: s.y_l72,
      sector_code: s.sector_code,
      quartier_code: s.quartier_code,
      commune_code: s.commune_code,
      location: s.location,
      source_id: s.source_id,
      completeness: s.completeness,
      reference_date: s.reference_date,
    })),
  );
}
