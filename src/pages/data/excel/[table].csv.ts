import type { APIRoute } from "astro";
import { tableExcelCsv } from "../../../data/downloads/spreadsheets.ts";
import { readManifest } from "../../../data/observatory-data.ts";
import { tableDownloads } from "../../../lib/data/downloads.ts";

/** /data/excel/<table>.csv: every published table in the Excel (Belgium/France) dialect. */
export const getStaticPaths = () =>
  tableDownloads(readManifest())
    .filter((table) => table.csv)
    .map(({ name }) => ({ params: { table: name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(tableExcelCsv(params.table!), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
