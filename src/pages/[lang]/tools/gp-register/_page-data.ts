/**
 * What the register page's script needs from the published data, embedded in the page at build
 * time: the territory names of each level in the page's language (the table's and the area card's
 * rows), the bassin borders, and the affine map from Lambert 72 to the map's SVG units fitted on
 * the sectors' published points (src/lib/tools/gp-register-projection.ts).
 */
import type { Language } from "../../../../core/languages.ts";
import { levelBorders } from "../../../../data/map/data.ts";
import { readCsvTable, readTopology } from "../../../../data/observatory-data.ts";
import { territories } from "../../../../data/site-data.ts";
import { regionProjection } from "../../../../lib/map/geometry.ts";
import { GP_REGISTER_LEVELS, type GpRegisterLevel, type LevelNames } from "../../../../lib/tools/gp-register.ts";
import { fitAffine, type Affine } from "../../../../lib/tools/gp-register-projection.ts";

export interface GpRegisterPageData {
  levels: Record<GpRegisterLevel, LevelNames>;
  bassinBorder: string;
  affine: Affine;
}

export function gpRegisterPageData(language: Language): GpRegisterPageData {
  const levels = Object.fromEntries(
    GP_REGISTER_LEVELS.map((level) => {
      const list = territories(level);
      return [level, { codes: list.map((t) => t.code), names: list.map((t) => t.name[language]) }];
    }),
  ) as Record<GpRegisterLevel, LevelNames>;
  const projection = regionProjection(readTopology("region"));
  const pairs = readCsvTable("sectors").map((s) => {
    const [px, py] = projection([Number(s.point_lon), Number(s.point_lat)])!;
    return { x: Number(s.point_x_l72), y: Number(s.point_y_l72), px, py };
  });
  const affine = fitAffine(pairs).map((v) => Number(v.toPrecision(12))) as unknown as Affine;
  return { levels, bassinBorder: levelBorders("bassin"), affine };
}
