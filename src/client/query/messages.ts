/**
 * The workspace's UI strings in the browser. The page hands over only its language's
 * `query.*` messages (src/i18n/messages/query.json) in a data attribute, not the whole site's.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function clientTranslator(messages: Record<string, string>): Translate {
  return (key, params = {}) => {
    const text = messages[key];
    if (text === undefined) throw new Error(`Missing translation for "${key}"`);
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}
