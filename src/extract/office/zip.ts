/**
 * Bounded reading of zip packages (OOXML). Sizes come from the central directory and are checked
 * before anything is inflated, and inflation itself stops at the declared size (and the limits),
 * so a member that lies about its size cannot cost more than it declared either. Packages are
 * written with fflate (fixtures, the rebuilt workbook handed to exceljs).
 */
import { inflateRawSync } from "node:zlib";
import { officeSettings } from "./settings.js";

export type ZipProblem =
  | { kind: "limit-exceeded"; detail: string }
  | { kind: "damaged"; detail: string }
  /** Traditional PKWARE or AES encryption of the members. */
  | { kind: "encrypted"; detail: string };

export class ZipError extends Error {
  override readonly name = "ZipError";
  constructor(readonly problem: ZipProblem) {
    super(problem.detail);
  }
}

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export function zipLimits(maxBytes?: number): ZipLimits {
  return {
    maxEntries: officeSettings.maxZipEntries,
    maxEntryBytes: officeSettings.maxEntryBytes,
    maxTotalBytes: Math.min(officeSettings.maxTotalBytes, maxBytes ?? Infinity),
  };
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

function damaged(detail: string): ZipError {
  return new ZipError({ kind: "damaged", detail });
}

/** The central directory. Throws ZipError `damaged` when it cannot be found or read. */
export function zipEntries(bytes: Uint8Array, maxEntries = officeSettings.maxZipEntries): ZipEntry[] {
  // The end record sits within the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (e >= stop && u32(bytes, e) !== 0x06054b50) e--;
  if (e < stop) throw damaged("no end of central directory");
  let count = u16(bytes, e + 10);
  let offset = u32(bytes, e + 16);
  if (u32(bytes, e - 20) === 0x07064b50) {
    const z = Number(u32(bytes, e - 12));
    if (u32(bytes, z) === 0x06064b50) {
      count = Number(u32(bytes, z + 32));
      offset = Number(u32(bytes, z + 48));
    }
  }
  if (count > maxEntries) throw new ZipError({ kind: "limit-exceeded", detail: `${count} members (limit ${maxEntries})` });
  const out: ZipEntry[] = [];
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== 0x02014b50) throw damaged("central directory cut short");
    const flags = u16(bytes, o + 8);
    const method = u16(bytes, o + 10);
    let compressedSize = u32(bytes, o + 20);
    let size = u32(bytes, o + 24);
    const nameLen = u16(bytes, o + 28);
    const extraLen = u16(bytes, o + 30);
    const commentLen = u16(bytes, o + 32);
    let localOffset = u32(bytes, o + 42);
    const name = new TextDecoder("utf-8").decode(bytes.subarray(o + 46, o + 46 + nameLen));
    // ZIP64 sizes in the extra field.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      let x = o + 46 + nameLen;
      const end = x + extraLen;
      while (x + 4 <= end) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 0x0001) {
          let p = x + 4;
          const big = (): number => {
            const v = u32(bytes, p) + u32(bytes, p + 4) * 2 ** 32;
            p += 8;
            return v;
          };
          if (size === 0xffffffff) size = big();
          if (compressedSize === 0xffffffff) compressedSize = big();
          if (localOffset === 0xffffffff) localOffset = big();
        }
        x += 4 + len;
      }
    }
    out.push({ name, method, flags, compressedSize, size, localOffset });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Member names, without inflating anything; null when the bytes are no readable zip. */
export function zipNames(bytes: Uint8Array): string[] | null {
  try {
    return zipEntries(bytes).map((e) => e.name);
  } catch {
    return null;
  }
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const o = entry.localOffset;
  if (u32(bytes, o) !== 0x04034b50) throw damaged(`${entry.name}: no local header`);
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name}: cut short`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.slice();
  if (entry.method !== 8) throw damaged(`${entry.name}: compression method ${entry.method}`);
  try {
    // zlib stops as soon as the output would pass the limit (native, and ten times faster than a JS inflater).
    // One output chunk of about the declared size: no concatenation of thousands of small ones.
    const chunkSize = Math.max(64 * 1024, Math.min(entry.size + 1024, 16 * 1024 * 1024));
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, limit), chunkSize });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) {
      throw new ZipError({ kind: "limit-exceeded", detail: `${entry.name} inflates past ${limit} bytes (declared ${entry.size})` });
    }
    throw damaged(`${entry.name}: ${e.message || "invalid deflate data"}`);
  }
}

/**
 * Inflates the members `want` accepts. Throws ZipError: `limit-exceeded` when a member or the
 * total passes the limits, `damaged` when the package cannot be read, `encrypted` for members
 * encrypted inside the zip.
 */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = zipLimits()): Map<string, Uint8Array> {
  const entries = zipEntries(bytes, limits.maxEntries).filter((e) => want(e.name));
  let declared = 0;
  for (const e of entries) {
    if (e.flags & 1) throw new ZipError({ kind: "encrypted", detail: `${e.name} is encrypted` });
    if (e.size > limits.maxEntryBytes) throw new ZipError({ kind: "limit-exceeded", detail: `${e.name} inflates to ${e.size} bytes (limit ${limits.maxEntryBytes})` });
    declared += e.size;
    if (declared > limits.maxTotalBytes) throw new ZipError({ kind: "limit-exceeded", detail: `members inflate to more than ${limits.maxTotalBytes} bytes` });
  }
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of entries) {
    // The central directory holds the true size even for streamed zips, so inflating past it is a lie (a bomb): stop there.
    const data = inflateEntry(bytes, e, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total, e.size));
    total += data.length;
    out.set(e.name, data);
  }
  return out;
}

/** A member's text (UTF-8, BOM dropped). */
export function utf8(bytes: Uint8Array): string {
  const s = new TextDecoder("utf-8").decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
