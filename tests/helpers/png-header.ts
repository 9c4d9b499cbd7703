/**
 * Reads a PNG's size from its IHDR chunk (the first chunk after the 8-byte signature), so tests can
 * check an image's pixel width without decoding it. https://www.w3.org/TR/png-3/#11IHDR
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || SIGNATURE.some((byte, i) => bytes[i] !== byte)) {
    throw new Error(`not a PNG: starts with ${Array.from(bytes.slice(0, 8), (b) => b.toString(16)).join(" ")}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.slice(12, 16));
  if (chunk !== "IHDR") throw new Error(`PNG's first chunk is ${chunk}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
