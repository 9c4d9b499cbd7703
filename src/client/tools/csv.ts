/** Download links for the tools' CSV results (the CSV itself: src/lib/csv.ts). */
export { toCsv } from "../../lib/csv.ts";

/** Points a download link at fresh CSV content, releasing the previous object URL. */
export function setCsvLink(link: HTMLAnchorElement, csv: string, fileName: string): void {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  link.download = fileName;
}
