/**
 * Where a service point is in its file ("row 9 (id 1510)", "feature 708", "record 3 (authorization
 * 210708)", as the raw readers write it) in the language of a quality note.
 */
import type { Language } from "../../src/core/languages.ts";
import { InvariantError } from "../lib/errors.ts";

const WORDS: Record<Language, Record<string, string>> = {
  fr: { row: "ligne", feature: "élément", record: "enregistrement", id: "id", authorization: "autorisation" },
  nl: { row: "rij", feature: "object", record: "record", id: "id", authorization: "vergunning" },
  en: { row: "row", feature: "feature", record: "record", id: "id", authorization: "authorization" },
};

const PATTERN = /^(row|feature|record) (\d+)(?: \((id|authorization) (\d+)\))?$/;

export function originText(origin: string, language: Language): string {
  const match = PATTERN.exec(origin);
  // A reader that writes another form must be added here, not published half in English.
  if (!match) throw new InvariantError(`service origin "${origin}" has no translation (scripts/raw/origin-text.ts)`);
  const [, place, number, key, id] = match;
  const words = WORDS[language];
  return `${words[place!]} ${number}${key ? ` (${words[key]} ${id})` : ""}`;
}
