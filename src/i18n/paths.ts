import { isLanguage, languages, type Language } from "../core/languages.ts";

/** The same page in another language: /fr/quartiers/12/ → /nl/quartiers/12/. */
export function localizedPath(path: string, language: Language): string {
  const [, first, ...rest] = path.split("/");
  const tail = isLanguage(first) ? rest : [first, ...rest];
  return `/${[language, ...tail].filter((part) => part !== undefined && part !== "").join("/")}/`;
}

export function languageStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}
