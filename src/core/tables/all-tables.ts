/** Every published table's declaration, in one list: the pipeline and its tests check them all. */
import { bassins } from "./bassins.ts";
import { clss } from "./clss.ts";
import { codebook } from "./codebook.ts";
import { communes } from "./communes.ts";
import { data_quality } from "./data_quality.ts";
import { fragility } from "./fragility.ts";
import { fragility_robustness } from "./fragility_robustness.ts";
import { gp_facts } from "./gp_facts.ts";
import { indicator_catalog } from "./indicator_catalog.ts";
import { indicators } from "./indicators.ts";
import { indicator_trends } from "./indicator_trends.ts";
import { indicators_wide } from "./indicators_wide.ts";
import { indicators_latest } from "./indicators_latest.ts";
import { levels } from "./levels.ts";
import { method_parameters } from "./method_parameters.ts";
import { postcodes } from "./postcodes.ts";
import { quartiers } from "./quartiers.ts";
import { region } from "./region.ts";
import { sectors } from "./sectors.ts";
import { services } from "./services.ts";
import { sources } from "./sources.ts";
import { territories } from "./territories.ts";
import type { TableSchema } from "../table-schema.ts";

export const TABLE_SCHEMAS: readonly TableSchema[] = [
  bassins,
  clss,
  codebook,
  communes,
  data_quality,
  fragility,
  fragility_robustness,
  gp_facts,
  indicator_catalog,
  indicators,
  indicator_trends,
  indicators_wide,
  indicators_latest,
  levels,
  method_parameters,
  postcodes,
  quartiers,
  region,
  sectors,
  services,
  sources,
  territories,
];
