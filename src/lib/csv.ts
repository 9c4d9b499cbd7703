/**
 * CSV for downloads, at build time and in the browser: RFC 4180 quoting and a byte-order mark so
 * that spreadsheet programs read the accents right.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? "" : String(cell);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
