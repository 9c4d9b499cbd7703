/** Static paths of the profile pages of one level (until one route serves every level). */
import { profileStaticPaths } from "../static-paths.ts";

export function profileRoutes(level: string) {
  return profileStaticPaths().filter(({ params }) => params.level === level).map(({ params }) => ({ params: { lang: params.lang, code: params.code } }));
}
