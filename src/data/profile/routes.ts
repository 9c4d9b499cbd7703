/** Static paths of the profile pages, their CSV files and their embed pages. */
import { languages } from "../../core/languages.ts";
import { PROFILE_LEVELS } from "../../core/levels.ts";
import { areas } from "./territory.ts";

/** Every language × territory of one level: /{lang}/{level}/{code}/ and /{lang}/{level}/{code}.csv. */
export function profileRoutes(level: string) {
  return languages.flatMap((lang) => areas(level).map((area) => ({ params: { lang, code: area.code } })));
}

/** Every language × level × territory: /{lang}/embed/profile/{level}/{code}/. */
export function embedRoutes() {
  return PROFILE_LEVELS.flatMap((level) => profileRoutes(level).map(({ params }) => ({ params: { ...params, level } })));
}

export function profileCsvPath(language: string, level: string, code: string): string {
  return `/${language}/${level}/${encodeURIComponent(code)}.csv`;
}

export function profileEmbedPath(language: string, level: string, code: string): string {
  return `/${language}/embed/profile/${level}/${encodeURIComponent(code)}/`;
}
