/**
 * Which communes and quartiers a postcode covers. No postcode table is among the raw data, so the
 * answer is read off real addresses that carry a postcode and coordinates (the AFMPS register's
 * pharmacies): each address point is located in its statistical sector, and each postcode is
 * published with the communes and quartiers of its addresses and how many fall in each.
 */
import type { RowOf } from "../../src/core/table-schema.ts";
import type { postcodes } from "../../src/core/tables/postcodes.ts";
import type { DataQualityNote } from "../indicators/indicator-model.ts";
import { qualityDetailIn } from "../indicators/quality-detail.ts";
import { originText } from "../raw/origin-text.ts";
import { compareCodes } from "../lib/compare-codes.ts";
import { round } from "../lib/round.ts";
import { containingSector, sectorShapes } from "./sector-locator.ts";
import type { TerritorialModel } from "./territorial-model.ts";

export interface PostcodedAddress {
  postcode: string;
  lon: number;
  lat: number;
  /** Where it is in its file, for the quality notes. */
  origin: string;
}

/**
 * One row per postcode, commune and quartier with the number of addresses located there, sorted
 * by postcode then code; an address outside every sector is left out with a data-quality note.
 */
export function postcodeRows(
  model: TerritorialModel,
  addresses: readonly PostcodedAddress[],
  sourceId: string,
): { rows: RowOf<typeof postcodes>[]; quality: DataQualityNote[] } {
  const quartierLevel = model.levels.find((l) => l.kind === "quartier")!.id;
  const communeLevel = model.levels.find((l) => l.kind === "commune")!.id;
  const regionLevel = model.levels.find((l) => l.kind === "region")!.id;
  const shapes = sectorShapes(model);
  const codes = new Map(model.sectors.map((s) => [s.code, s.codes]));
  const counts = new Map<string, { postcode: string; commune: string; quartier: string; n: number }>();
  const outside: PostcodedAddress[] = [];
  for (const address of addresses) {
    const sector = containingSector(shapes, address.lon, address.lat);
    if (sector === null) {
      outside.push(address);
      continue;
    }
    const at = codes.get(sector)!;
    const key = `${address.postcode}|${at[communeLevel]}|${at[quartierLevel]}`;
    const entry = counts.get(key) ?? {
      postcode: address.postcode,
      commune: at[communeLevel]!,
      quartier: at[quartierLevel]!,
      n: 0,
    };
    entry.n += 1;
    counts.set(key, entry);
  }
  const rows = [...counts.values()]
    .sort(
      (a, b) =>
        compareCodes(a.postcode, b.postcode) ||
        compareCodes(a.commune, b.commune) ||
        compareCodes(a.quartier, b.quartier),
    )
    .map((e) => ({
      postcode: e.postcode,
      commune_code: e.commune,
      quartier_code: e.quartier,
      addresses: e.n,
      source_id: sourceId,
    }));
  const regionCode = model.territories.get(regionLevel)![0]!.code;
  const quality: DataQualityNote[] = outside.length
    ? [
        {
          source_id: sourceId,
          level: regionLevel,
          territory_code: regionCode,
          indicator_id: null,
          issue: "outside_region",
          ...qualityDetailIn((language) => {
            const list = outside
              .map((a) => `${originText(a.origin, language)} (${a.postcode}; ${round(a.lon, 6)}, ${round(a.lat, 6)})`)
              .join("; ");
            return {
              fr: `${outside.length} adresse(s) avec un code postal se trouvent hors de tout secteur statistique et sont laissées hors de la table postcodes : ${list}.`,
              nl: `${outside.length} adres(sen) met een postcode liggen buiten elke statistische sector en blijven buiten de tabel postcodes: ${list}.`,
              en: `${outside.length} address(es) with a postcode lie outside every statistical sector and are left out of the postcodes table: ${list}.`,
            }[language];
          }),
        },
      ]
    : [];
  return { rows, quality };
}
