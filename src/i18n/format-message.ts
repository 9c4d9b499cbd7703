/** Fills `{name}` placeholders; shared by the build-time translator and the browser's. */
export function formatMessage(text: string, params: Record<string, string | number> = {}): string {
  if (!text.includes("{")) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translator over a table of messages already chosen for one language (the browser gets only those it needs). */
export function translatorFrom(table: Record<string, string>, language: string): Translate {
  return (key, params = {}) => {
    const text = table[key];
    if (text === undefined) throw new Error(`Missing ${language} translation for "${key}"`);
    return formatMessage(text, params);
  };
}

/** The messages a page embedded for its script with src/components/ClientMessages.astro. */
export function readClientMessages(root: Document, id: string): Record<string, string> {
  const element = root.getElementById(id);
  if (!element?.textContent) throw new Error(`the page has no #${id} messages`);
  return JSON.parse(element.textContent) as Record<string, string>;
}
