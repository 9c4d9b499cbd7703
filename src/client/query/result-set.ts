/**
 * A query's result, gathered from DuckDB's stream: its columns (name, DuckDB type, kind), the
 * row count, the first rows ready to display, and every row again for the CSV and the chart.
 * Rows stay in Arrow's compact batches; only the displayed ones become JavaScript values.
 */
import type { Data, RecordBatch } from "apache-arrow";
import type { QueryStream } from "../duckdb-client.ts";
import { cellReader, type Cell } from "./cells.ts";
import { columnKind, sqlTypeName, type ArrowTypeLike, type ColumnKind } from "./column-types.ts";
import { RESULT_BYTE_LIMIT } from "./limits.ts";

/** Rows shown in the table (the CSV has them all). */
export const DISPLAY_LIMIT = 10_000;
/** Rows kept in memory: beyond, reading stops so that a runaway result cannot exhaust the tab. */
export const KEEP_LIMIT = 1_000_000;

/** The result's batches went over RESULT_BYTE_LIMIT: nothing of it is kept. */
export class ResultTooLargeError extends Error {
  override name = "ResultTooLargeError";
  constructor(readonly limit: number) {
    super(`The result is larger than ${limit} bytes`);
  }
}

export interface ResultColumn {
  name: string;
  type: string;
  kind: ColumnKind;
}

export interface ResultSet {
  columns: ResultColumn[];
  /** Rows kept: the whole result unless `truncated`. */
  rowCount: number;
  /** The result had more than KEEP_LIMIT rows and only the first ones were kept. */
  truncated: boolean;
  /** The first DISPLAY_LIMIT rows. */
  displayed: Cell[][];
  /** Every kept row, converted as it is read. */
  rows(): Generator<Cell[]>;
}

/**
 * Reads `stream` to its end (or to KEEP_LIMIT rows), telling `onProgress` how many rows came.
 * Rejects with ResultTooLargeError as soon as the batches read weigh more than RESULT_BYTE_LIMIT,
 * before any of their values becomes a JavaScript string; leaving the loop closes the query.
 */
export async function collectResult(
  stream: QueryStream,
  onProgress: (rows: number) => void = () => {},
): Promise<ResultSet> {
  const fields = stream.schema.fields;
  const columns = fields.map((field) => ({
    name: field.name,
    type: sqlTypeName(field.type as ArrowTypeLike),
    kind: columnKind(field.type as ArrowTypeLike),
  }));
  const readers = fields.map((field) => cellReader(field.type as ArrowTypeLike));
  const batches: RecordBatch[] = [];
  const displayed: Cell[][] = [];
  let rowCount = 0;
  let bytes = 0;
  let truncated = false;
  for await (const batch of stream) {
    bytes += batchBytes(batch);
    if (bytes > RESULT_BYTE_LIMIT) throw new ResultTooLargeError(RESULT_BYTE_LIMIT);
    const keep = Math.min(batch.numRows, KEEP_LIMIT - rowCount);
    const kept = keep < batch.numRows ? batch.slice(0, keep) : batch;
    batches.push(kept);
    for (const row of batchRows(kept, readers, DISPLAY_LIMIT - displayed.length)) displayed.push(row);
    rowCount += keep;
    onProgress(rowCount);
    if (keep < batch.numRows) {
      truncated = true;
      break;
    }
  }
  return {
    columns,
    rowCount,
    truncated,
    displayed,
    *rows() {
      for (const batch of batches) yield* batchRows(batch, readers, Infinity);
    },
  };
}

/** The bytes of a batch's buffers: values, string and list offsets, null masks, children, dictionaries. */
export function batchBytes(batch: RecordBatch): number {
  return dataBytes(batch.data);
}

function dataBytes(data: Data): number {
  let bytes = 0;
  for (const buffer of [data.values, data.valueOffsets, data.nullBitmap, data.typeIds] as (
    ArrayBufferView | undefined
  )[])
    bytes += buffer?.byteLength ?? 0;
  for (const child of data.children) bytes += dataBytes(child);
  for (const part of data.dictionary?.data ?? []) bytes += dataBytes(part);
  return bytes;
}

function* batchRows(batch: RecordBatch, readers: ((value: unknown) => Cell)[], limit: number): Generator<Cell[]> {
  const vectors = readers.map((_, index) => batch.getChildAt(index));
  const count = Math.min(batch.numRows, limit);
  for (let row = 0; row < count; row++) yield readers.map((read, index) => read(vectors[index]?.get(row)));
}
