/**
 * The map of the 19 communes with those a statement names coloured: a picture of who was named,
 * not a measurement, so two plain fills and no scale. The page's table gives the same content.
 */
import type { Language } from "../../core/languages.ts";
import { createTranslator } from "../../i18n/translate.ts";
import { renderMapSvg, type LegendItem } from "../../lib/map/svg.ts";
import { levelBorders, levelPaths } from "../map/data.ts";
import { territories } from "../site-data.ts";

/** Orange of ColorBrewer's Dark2 (contrast 3.1:1 on white for the shape), and a light grey. */
const NAMED_FILL = "#d95f02";
const NOT_NAMED_FILL = "#eeeeee";

export function communeNamingMap(
  language: Language,
  named: readonly string[],
): { svg: string; legendItems: LegendItem[] } {
  const t = createTranslator(language);
  const names = new Map(territories("commune").map((c) => [c.code, c.name[language]]));
  const paths = levelPaths("commune").filter((p) => names.has(p.code));
  const isNamed = (code: string) => named.includes(code);
  const count = (wanted: boolean) => paths.filter((p) => isNamed(p.code) === wanted).length;
  const svg = renderMapSvg({
    id: "gp-communes-map",
    title: t("gp.communes.mapTitle"),
    description: t("gp.communes.mapDescription", { count: paths.length }),
    areas: paths.map((p) => ({
      code: p.code,
      d: p.d,
      fill: isNamed(p.code) ? NAMED_FILL : NOT_NAMED_FILL,
      label: `${names.get(p.code)!}: ${isNamed(p.code) ? t("gp.yes") : t("gp.no")}`,
    })),
    // The grey communes would merge without their borders.
    borders: [{ kind: "commune", d: levelBorders("commune") }],
  });
  return {
    svg,
    legendItems: [
      { fill: NAMED_FILL, label: t("gp.communes.named", { count: count(true) }) },
      { fill: NOT_NAMED_FILL, label: t("gp.communes.notNamed", { count: count(false) }) },
    ],
  };
}
