/**
 * A data_quality note's explanation in the site's three languages. The note keeps `detail` in
 * English (the column reusers already query) and carries the French and Dutch texts beside it.
 */
import type { Language, Localized } from "../../src/core/languages.ts";
import type { DataQualityNote } from "./indicator-model.ts";

export type QualityDetail = Pick<DataQualityNote, "detail" | "detail_fr" | "detail_nl">;

export function qualityDetail(text: Localized): QualityDetail {
  return { detail: text.en, detail_fr: text.fr, detail_nl: text.nl };
}

/** The same, from one template that writes the text for a language. */
export function qualityDetailIn(write: (language: Language) => string): QualityDetail {
  return qualityDetail({ fr: write("fr"), nl: write("nl"), en: write("en") });
}

/** The explanation in one language. */
export function detailIn(detail: QualityDetail, language: Language): string {
  return language === "en" ? detail.detail : language === "fr" ? detail.detail_fr : detail.detail_nl;
}
