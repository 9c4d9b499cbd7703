import { postcodes } from "../../src/core/tables/postcodes.ts";
import type { RowOf, Table } from "../../src/core/table-schema.ts";
import { declaredTable } from "./declared-table.ts";

/** Postcodes located through real addresses (rows built by scripts/territory/postcodes.ts). */
export function postcodesTable(rows: RowOf<typeof postcodes>[]): Table {
  return declaredTable(
    postcodes,
    {
      fr: "Codes postaux et territoires qu'ils couvrent, déduits d'adresses réelles portant un code postal et des coordonnées (pharmacies du registre AFMPS, toutes situations) situées dans leur secteur statistique : une ligne par code postal, commune et quartier, avec le nombre d'adresses. Il n'existe pas de table officielle des codes postaux dans les sources ; un code postal peut déborder d'une commune, et un quartier sans adresse du registre n'apparaît pas.",
      nl: "Postcodes en de gebieden die ze dekken, afgeleid uit echte adressen met postcode en coördinaten (apotheken van het FAGG-register, alle statussen), gelegen in hun statistische sector: één rij per postcode, gemeente en wijk, met het aantal adressen. De bronnen bevatten geen officiële postcodetabel; een postcode kan over een gemeentegrens gaan, en een wijk zonder adres in het register ontbreekt.",
      en: "Postcodes and the areas they cover, derived from real addresses carrying a postcode and coordinates (pharmacies of the AFMPS register, any status) located in their statistical sector: one row per postcode, commune and quartier, with the number of addresses. The sources hold no official postcode table; a postcode can cross a commune border, and a quartier with no address in the register is missing.",
    },
    {
      postcode: { fr: "Code postal (quatre chiffres)", nl: "Postcode (vier cijfers)", en: "Postcode (four digits)" },
      commune_code: {
        fr: "Code INS de la commune où se trouvent les adresses",
        nl: "NIS-code van de gemeente waar de adressen liggen",
        en: "NIS code of the commune the addresses lie in",
      },
      quartier_code: {
        fr: "Code du quartier du Monitoring où se trouvent les adresses",
        nl: "Code van de wijk (Wijkmonitoring) waar de adressen liggen",
        en: "Monitoring quartier code the addresses lie in",
      },
      addresses: {
        fr: "Nombre d'adresses de ce code postal situées dans cette commune et ce quartier",
        nl: "Aantal adressen met deze postcode in deze gemeente en wijk",
        en: "Number of addresses with this postcode located in this commune and quartier",
      },
      source_id: {
        fr: "Source des adresses",
        nl: "Bron van de adressen",
        en: "Source of the addresses",
      },
    },
    rows,
  );
}
