/**
 * The one rasteriser of every PNG export (figures, the explorer map, the tool maps): the print
 * picture (src/lib/figure/print-figure.ts) drawn on a canvas at print resolution and saved.
 */
import { composePrintSvg, type PrintFigureInput } from "../lib/figure/print-figure.ts";
import { saveBlob } from "./save-blob.ts";

/** Pixels across of the two PNG sizes offered: print (17 cm at 300 dpi) and twice that. */
export const PNG_WIDTHS = [2000, 4000] as const;

/** "name.png", or "name@2x.png" for the high-resolution size. */
export function pngFileName(stem: string, width: number): string {
  return `${stem}${width > PNG_WIDTHS[0] ? "@2x" : ""}.png`;
}

/** Composes the figure with its texts and saves it as a PNG `width` pixels wide. */
export async function savePrintPng(input: PrintFigureInput, width: number, fileName: string): Promise<void> {
  const composed = composePrintSvg(input);
  saveBlob(await rasterise(composed.svg, width, (width * composed.height) / composed.width), fileName);
}

/** An SVG drawn on a canvas at the given pixel size, as a PNG blob (img-src allows blob: URLs). */
export async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width);
    canvas.height = Math.round(height);
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
