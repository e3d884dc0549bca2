/**
 * Checks a TIFF's structure before utif2 reads it. utif2 follows the chain of directories with
 * no memory of where it has been (a chain that loops never ends), reads as many values as an
 * entry claims (a count of four billion never ends either), and recurses into sub-directories
 * (SubIFDs, EXIF, GPS, a Nikon maker note holding a TIFF of its own). Each is checked here, with
 * a visited set, against the file's size.
 */
export interface TiffPage {
  width: number;
  height: number;
}

export type TiffReading = { ok: true; pages: TiffPage[] } | { ok: false; problem: string };

/** Tags whose value is an offset to further directories that utif2 reads. */
const SUB_DIRECTORY_TAGS = new Set([330, 34665, 34853, 50740, 61440]);
/** Bytes per value of each TIFF field type (1–13). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** Most directories of all kinds in one file (each page has one; sub-directories a few). */
const MAX_DIRECTORIES = 10_000;
/** Nested maker-note TIFFs read. */
const MAX_NESTING = 2;

export function isTiff(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a));
}

export function readTiffStructure(bytes: Uint8Array, nesting = 0): TiffReading {
  if (!isTiff(bytes)) return { ok: false, problem: "not a TIFF" };
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = bytes[0] === 0x49;
  const size = bytes.length;
  const u16 = (o: number) => (o >= 0 && o + 2 <= size ? v.getUint16(o, le) : -1);
  const u32 = (o: number) => (o >= 0 && o + 4 <= size ? v.getUint32(o, le) : -1);
  const visited = new Set<number>();
  const pages: TiffPage[] = [];

  /** Checks one directory (and what it points to); returns a problem or null. */
  const directory = (offset: number, top: boolean): string | null => {
    if (visited.has(offset)) return `directories refer to each other in a loop (offset ${offset})`;
    if (visited.size >= MAX_DIRECTORIES) return `more than ${MAX_DIRECTORIES} directories`;
    visited.add(offset);
    // A directory cut by the end of the file is read by utif2 as zeros: harmless, so not refused here.
    const n = Math.max(0, u16(offset));
    let width = 0;
    let height = 0;
    for (let i = 0; i < n; i++) {
      const e = offset + 2 + i * 12;
      const tag = u16(e);
      const type = u16(e + 2);
      const count = u32(e + 4);
      const unit = TYPE_SIZE[type] ?? 0;
      if (unit === 0) continue;
      const bytesNeeded = count * unit;
      // utif2 reads every value an entry claims, one at a time: more than the file holds is a lie that never ends.
      if (bytesNeeded > size) return `tag ${tag} claims ${count} values, more than the file holds`;
      const value = type === 3 ? u16(e + 8) : u32(e + 8);
      if (tag === 256) width = value;
      if (tag === 257) height = value;
      if (SUB_DIRECTORY_TAGS.has(tag)) {
        const base = bytesNeeded > 4 ? u32(e + 8) : e + 8;
        for (let j = 0; j < count; j++) {
          const sub = unit === 2 ? u16(base + 2 * j) : u32(base + unit * j);
          if (sub <= 0 || sub >= size) continue;
          const p = directory(sub, false);
          if (p) return p;
        }
      }
      if (tag === 37500 && (type === 7 || type === 1) && count > 10) {
        const at = u32(e + 8);
        const note = bytes.subarray(at, at + count);
        if (String.fromCharCode(...note.subarray(0, 5)) === "Nikon") {
          if (nesting >= MAX_NESTING) return "maker notes nested too deep";
          const inner = readTiffStructure(note.subarray(10), nesting + 1);
          if (!inner.ok && inner.problem !== "not a TIFF") return `maker note: ${inner.problem}`;
        }
      }
    }
    if (top && width && height) pages.push({ width, height });
    return null;
  };

  let ifd = u32(4);
  while (ifd > 0 && ifd < size) {
    const p = directory(ifd, true);
    if (p) return { ok: false, problem: p };
    const n = Math.max(0, u16(ifd));
    ifd = u32(ifd + 2 + n * 12);
  }
  return { ok: true, pages };
}
