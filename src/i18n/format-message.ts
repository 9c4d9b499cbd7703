/** Fills `{name}` placeholders; shared by the build-time translator and the browser's. */
export function formatMessage(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** A translator over a table of messages already chosen for one language (the browser gets only those it needs). */
export function translatorFrom(table: Record<string, string>, language: string) {
  return (key: string, params: Record<string, string | number> = {}): string => {
    const text = table[key];
    if (text === undefined) throw new Error(`Missing ${language} translation for "${key}"`);
    return formatMessage(text, params);
  };
}
