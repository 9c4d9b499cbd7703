import { required } from "../table-schema.ts";

/** The columns every territory table shares: names, and what the territory counts. */
export const NAME_COLUMNS = [required("name_fr", "VARCHAR"), required("name_nl", "VARCHAR")] as const;
/** Sectors have no English name; the coarser territories do (the French one where there is none). */
export const NAME_EN_COLUMN = required("name_en", "VARCHAR");
export const POPULATION_COLUMN = required("population", "INTEGER");
export const SECTOR_COUNT_COLUMN = required("n_sectors", "INTEGER");
