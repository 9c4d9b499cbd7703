/** The visible title of the embedded map: what is shown, at which level, for which year. */
import type { Translate } from "../../i18n/format-message.ts";

export function embedMapTitle(
  t: Translate,
  view: { legendTitle: string; year: number | string; fromYear: number | string | null },
  level: string,
): string {
  // A change map's legend title already names both years.
  return view.fromYear !== null
    ? t("embed.changeMapTitle", { title: view.legendTitle, level: t(`level.${level}`) })
    : t("embed.mapTitle", { title: view.legendTitle, level: t(`level.${level}`), year: view.year });
}
