import type { Localized } from "../../../src/core/languages.ts";
import type { IndicatorDefinition } from "../indicator-model.ts";

/** Each definition with its series note appended to its method (FR, NL, EN). */
export function withMethodNotes(
  definitions: readonly IndicatorDefinition[],
  notes: ReadonlyMap<string, Localized>,
): IndicatorDefinition[] {
  return definitions.map((d) => {
    const note = notes.get(d.id);
    if (!note) return d;
    return { ...d, method: { fr: d.method.fr + note.fr, nl: d.method.nl + note.nl, en: d.method.en + note.en } };
  });
}
