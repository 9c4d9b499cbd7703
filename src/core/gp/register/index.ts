/**
 * Bring-your-own GP supply: read a practice register (CSV or XLSX), locate its practices in the
 * published geography, and compute the shortage indicators as the pipeline publishes them. Pure
 * TypeScript shared by the browser page and the pipeline (OBS_GP_SUPPLY and the registry route).
 */
export { readRegisterFile } from "./read-register.ts";
export { locateRegister, parseNumber, REGISTER_RANGES, type LocatedPractice } from "./locate.ts";
export {
  quartierAnchors,
  registerGeography,
  registerGeographyFromTables,
  sectorLocator,
  topologyLocator,
  REGISTER_LEVELS,
  type RegisterGeography,
  type RegisterLocator,
  type RegisterSector,
} from "./geography.ts";
export {
  describeIssue,
  fillMessage,
  localisedIssueValues,
  RegisterError,
  REGISTER_MESSAGES,
  REGISTER_VALUE_WORDS,
  valueWordKey,
  REGISTER_MESSAGE_PREFIX,
  type RegisterIssue,
  type RegisterIssueCode,
} from "./issues.ts";
export {
  DEFAULT_SHORTAGE_PARAMETERS,
  PARAMETER_KEYS,
  shortageParametersFromUrl,
  shortageParametersToUrl,
  type RegisterParameters,
} from "./parameters.ts";
export {
  figureOf,
  registerShortageResult,
  shortageFromRegister,
  townPractices,
  REGISTER_INDICATORS,
  type RegisterIndicator,
  type RegisterShortage,
  type RegisterTerritoryShortage,
} from "./shortage.ts";
export { REGISTER_COLUMNS, type RegisterRow, type RegisterTable } from "./table.ts";
/** For what-if edits on the page: a moved or added practice gets its Lambert 72 metres from here. */
export { lambert72, wgs84FromLambert72 } from "../../lambert72.ts";
