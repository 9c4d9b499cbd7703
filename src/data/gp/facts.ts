/** The published GP facts (table gp_facts) for the GP page and the profiles, read once per build. */
import { gp_facts } from "../../core/tables/gp_facts.ts";
import { readTable } from "../observatory-data.ts";
import type { GpFact } from "../../lib/gp/facts.ts";

export function gpFacts(): readonly GpFact[] {
  return readTable(gp_facts);
}

/** The statements the GP page and the profiles single out, in the transcriptions' own wording. */
export const KEY_FACTS = {
  /** Regional GP count: the OSS 2017 study and the Vivalis 2025 cartography. */
  gpCount: ["regional_figures", "active GPs in the Brussels-Capital Region"],
  gpDensity: ["regional_figures", "GPs per 1000 inhabitants"],
  federalNorm: [
    "regional_figures",
    "federal norm (90 GPs per 100 000 inhabitants) expressed as number of GPs for Brussels",
  ],
  notAccepting: ["regional_figures", "GPs no longer accepting new patients (%)"],
  noRegister: ["shortage_statements", "availability of updated GP counts since the OSS 2018 study"],
  shortageCommunes: [
    "shortage_statements",
    "commune named as containing quartier(s) 'en grande pénurie' of GPs (installation premium 30,000 EUR for young GPs settling from 1 January 2020)",
  ],
} as const;
