import type { DataQualityNote } from "../indicator-model.ts";
import type { QualityDetail } from "../quality-detail.ts";
import { REGION_CODE, type TerritorialModel } from "../../territory/territorial-model.ts";

/** Collects the quality notes, at the model's region level or at its sector level. */
export class QualityNotes {
  readonly list: DataQualityNote[] = [];
  private readonly regionLevel: string;
  private readonly sectorLevel: string;

  constructor(model: TerritorialModel) {
    this.regionLevel = model.levels.find((l) => l.kind === "region")!.id;
    this.sectorLevel = model.levels.find((l) => l.kind === "sector")!.id;
  }

  region(source_id: string, issue: string, detail: QualityDetail): void {
    this.list.push({
      source_id,
      level: this.regionLevel,
      territory_code: REGION_CODE,
      indicator_id: null,
      issue,
      ...detail,
    });
  }

  /** A note about one point: its sector, or null when the point is in none. */
  sector(source_id: string, sector: string | null, issue: string, detail: QualityDetail): void {
    this.list.push({
      source_id,
      level: this.sectorLevel,
      territory_code: sector,
      indicator_id: null,
      issue,
      ...detail,
    });
  }
}
