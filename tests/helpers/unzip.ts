import { crc32 as nodeCrc32, inflateRawSync } from "node:zlib";

/**
 * The entries of a ZIP archive (an XLSX workbook), read from its central directory, stored or
 * deflated; a checksum that does not match throws, naming the entry.
 */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error("no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`entry ${i}: no central directory header`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const localName = view.getUint16(offset + 26, true);
    const localExtra = view.getUint16(offset + 28, true);
    const raw = bytes.subarray(offset + 30 + localName + localExtra, offset + 30 + localName + localExtra + size);
    const data = method === 0 ? raw : inflateRawSync(raw);
    if (nodeCrc32(data) >>> 0 !== crc) throw new Error(`${name}: checksum mismatch`);
    files.set(name, new TextDecoder().decode(data));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[e]!);

/** A worksheet's cells by row, as the minimal writer writes them: inline strings and numbers; gaps as null. */
export function sheetRows(xml: string): (string | number | null)[][] {
  return [...xml.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(([, cells]) => {
    const row: (string | number | null)[] = [];
    for (const [, ref, body] of cells!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/g)) {
      let index = 0;
      for (const letter of ref!) index = index * 26 + letter.charCodeAt(0) - 64;
      while (row.length < index - 1) row.push(null);
      const text = /<t[^>]*>(.*?)<\/t>/s.exec(body!);
      row.push(text ? unescapeXml(text[1]!) : Number(/<v>(.*?)<\/v>/.exec(body!)![1]));
    }
    return row;
  });
}
