/**
 * Image sizes read from file headers, before any decoder sees the file: a 50,000 × 50,000 page
 * costs a few bytes to declare and gigabytes to decode, and decoders allocate on faith.
 * PNG (IHDR), JPEG (SOF markers) and TIFF (every directory in the chain, a looping chain
 * included) are understood; anything else gives no sizes.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** Most TIFF directories followed (pages beyond maxPages are not decoded anyway). */
const MAX_TIFF_DIRECTORIES = 10_000;

export function imageSizes(bytes: Uint8Array): ImageSize[] {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngSize(bytes);
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegSize(bytes);
  if (bytes.length >= 8 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a))) {
    return tiffSizes(bytes);
  }
  return [];
}

/** The largest image declared, by pixel count; null when no size could be read. */
export function largestImage(bytes: Uint8Array): ImageSize | null {
  let best: ImageSize | null = null;
  for (const s of imageSizes(bytes)) if (!best || s.width * s.height > best.width * best.height) best = s;
  return best;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pngSize(bytes: Uint8Array): ImageSize[] {
  // Signature (8), chunk length (4), "IHDR" (4), then width and height, big-endian.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return [];
  const v = view(bytes);
  return [{ width: v.getUint32(16), height: v.getUint32(20) }];
}

function jpegSize(bytes: Uint8Array): ImageSize[] {
  const v = view(bytes);
  let o = 2;
  while (o + 4 <= bytes.length) {
    if (bytes[o] !== 0xff) return [];
    const marker = bytes[o + 1]!;
    if (marker === 0xff) {
      o++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      o += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return [];
    const len = v.getUint16(o + 2);
    // Start-of-frame markers (C0–CF except C4 DHT, C8 JPG, CC DAC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (o + 9 > bytes.length) return [];
      return [{ height: v.getUint16(o + 5), width: v.getUint16(o + 7) }];
    }
    if (len < 2) return [];
    o += 2 + len;
  }
  return [];
}

function tiffSizes(bytes: Uint8Array): ImageSize[] {
  const v = view(bytes);
  const le = bytes[0] === 0x49;
  const u16 = (o: number) => (o + 2 <= bytes.length ? v.getUint16(o, le) : 0);
  const u32 = (o: number) => (o + 4 <= bytes.length ? v.getUint32(o, le) : 0);
  const out: ImageSize[] = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd > 0 && ifd + 2 <= bytes.length && !seen.has(ifd) && seen.size < MAX_TIFF_DIRECTORIES) {
    seen.add(ifd);
    const n = u16(ifd);
    let width = 0;
    let height = 0;
    for (let i = 0; i < n; i++) {
      const e = ifd + 2 + i * 12;
      if (e + 12 > bytes.length) break;
      const tag = u16(e);
      if (tag !== 256 && tag !== 257) continue;
      const value = u16(e + 2) === 3 ? u16(e + 8) : u32(e + 8);
      if (tag === 256) width = value;
      else height = value;
    }
    if (width && height) out.push({ width, height });
    ifd = u32(ifd + 2 + n * 12);
  }
  return out;
}
