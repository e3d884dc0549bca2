/**
 * A small reader of OLE compound files (the container of .doc, .wps, .xls and of encrypted
 * OOXML packages): the names of its streams, and the first bytes of one. Enough to tell what the
 * file is and whether it is encrypted; the content itself is LibreOffice's job.
 */

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

const END_OF_CHAIN = 0xfffffffe;
/** Sector chains longer than this are loops or damage. */
const MAX_CHAIN = 1 << 20;

export interface OleEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export interface OleFile {
  entries: OleEntry[];
  /** The first `max` bytes of the named stream, or null when there is none. */
  stream(name: string, max: number): Uint8Array | null;
}

/** Reads the directory; null when the bytes are not a readable compound file. */
export function readOle(bytes: Uint8Array): OleFile | null {
  if (!isOle(bytes)) return null;
  const sectorSize = 1 << u16(bytes, 0x1e);
  const miniSize = 1 << u16(bytes, 0x20);
  if (sectorSize !== 512 && sectorSize !== 4096) return null;
  const sectorAt = (n: number): number => (n + 1) * sectorSize;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(bytes, 0x4c + 4 * i);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  let difat = u32(bytes, 0x44);
  for (let guard = 0; difat < END_OF_CHAIN - 4 && guard < 10_000; guard++) {
    const o = sectorAt(difat);
    if (o + sectorSize > bytes.length) break;
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per; i++) {
      const s = u32(bytes, o + 4 * i);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
    difat = u32(bytes, o + 4 * per);
  }
  const perSector = sectorSize / 4;
  const fatNext = (n: number): number => {
    const fs = fatSectors[Math.floor(n / perSector)];
    if (fs === undefined) return END_OF_CHAIN;
    return u32(bytes, sectorAt(fs) + 4 * (n % perSector));
  };
  const chain = (start: number, maxSectors: number): number[] => {
    const out: number[] = [];
    for (let s = start; s < 0xfffffffa && out.length < Math.min(maxSectors, MAX_CHAIN); s = fatNext(s)) {
      if (sectorAt(s) >= bytes.length) break;
      out.push(s);
    }
    return out;
  };
  const readChain = (start: number, max: number): Uint8Array => {
    const sectors = chain(start, Math.ceil(max / sectorSize));
    const out = new Uint8Array(Math.min(max, sectors.length * sectorSize));
    sectors.forEach((s, i) => {
      const from = sectorAt(s);
      const part = bytes.subarray(from, Math.min(bytes.length, from + sectorSize, from + out.length - i * sectorSize));
      out.set(part, i * sectorSize);
    });
    return out;
  };

  const dirBytes = readChain(u32(bytes, 0x30), 4 * 1024 * 1024);
  const entries: OleEntry[] = [];
  for (let o = 0; o + 128 <= dirBytes.length; o += 128) {
    const nameLen = u16(dirBytes, o + 0x40);
    const type = dirBytes[o + 0x42] ?? 0;
    if (type === 0 || nameLen < 2 || nameLen > 64) continue;
    let name = "";
    for (let i = 0; i < nameLen - 2; i += 2) name += String.fromCharCode(u16(dirBytes, o + i));
    entries.push({ name, type, start: u32(dirBytes, o + 0x74), size: u32(dirBytes, o + 0x78) });
  }
  const cutoff = u32(bytes, 0x38) || 4096;
  const root = entries.find((e) => e.type === 5);
  let miniStream: Uint8Array | null = null;
  let miniFat: Uint8Array | null = null;

  return {
    entries,
    stream(name: string, max: number): Uint8Array | null {
      const e = entries.find((x) => x.type === 2 && x.name === name);
      if (!e) return null;
      const want = Math.min(max, e.size);
      if (e.size >= cutoff) return readChain(e.start, want);
      if (!root) return null;
      miniStream ??= readChain(root.start, root.size);
      miniFat ??= readChain(u32(bytes, 0x3c), u32(bytes, 0x40) * sectorSize);
      const out = new Uint8Array(want);
      let at = 0;
      for (let s = e.start, guard = 0; s < 0xfffffffa && at < want && guard < MAX_CHAIN; s = u32(miniFat, 4 * s), guard++) {
        const part = miniStream.subarray(s * miniSize, s * miniSize + Math.min(miniSize, want - at));
        out.set(part, at);
        at += part.length;
        if (part.length === 0) break;
      }
      return out.subarray(0, at);
    },
  };
}

export type OleKind = "encrypted-ooxml" | "doc" | "xls" | "unknown";

/** What an OLE file holds, by its stream names. */
export function oleKind(ole: OleFile): OleKind {
  const names = new Set(ole.entries.map((e) => e.name));
  if (names.has("EncryptionInfo") && names.has("EncryptedPackage")) return "encrypted-ooxml";
  if (names.has("WordDocument")) return "doc";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  return "unknown";
}

/** Is a legacy Word or Excel file password-protected (FIB fEncrypted; a FILEPASS record)? */
export function legacyEncrypted(ole: OleFile): boolean {
  const kind = oleKind(ole);
  if (kind === "encrypted-ooxml") return true;
  if (kind === "doc") {
    const fib = ole.stream("WordDocument", 64);
    return !!fib && fib.length >= 12 && (u16(fib, 0x0a) & 0x0100) !== 0;
  }
  if (kind === "xls") {
    const wb = ole.stream("Workbook", 64 * 1024) ?? ole.stream("Book", 64 * 1024);
    if (!wb) return false;
    // FILEPASS (0x2F) comes among the first records of the workbook globals, before any sheet.
    for (let o = 0, n = 0; o + 4 <= wb.length && n < 400; n++) {
      const type = u16(wb, o);
      if (type === 0x002f) return true;
      if (type === 0x0085 || type === 0x000a) return false; // BOUNDSHEET, EOF: past where it would be
      o += 4 + u16(wb, o + 2);
    }
  }
  return false;
}
