/** The "cite this" sentence of a chart whose title already says what, where and when. */
import type { Language } from "../../core/languages.ts";
import { figureCitationText, pageUrl } from "../../lib/data/citation.ts";
import { currentRelease } from "./release.ts";

export interface ChartCitation {
  text: string;
  /** The permalink as printed when the build had no site origin (the script completes it). */
  relativeUrl: string | undefined;
}

export function chartCitation(
  language: Language,
  subject: string,
  sources: string,
  relativeUrl: string,
  site: URL | undefined,
): ChartCitation {
  const url = pageUrl(relativeUrl, site);
  const release = currentRelease();
  return {
    text: figureCitationText(language, { subject, area: "", year: "", sources, release, url }, "map"),
    relativeUrl: url === relativeUrl ? relativeUrl : undefined,
  };
}
