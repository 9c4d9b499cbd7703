/** Hands a Blob to the browser as a download named `filename`, through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it once the browser has surely read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
