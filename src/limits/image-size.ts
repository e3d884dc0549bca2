/**
 * Image sizes read from file headers, before any decoder sees the file: a 50,000 × 50,000 page
 * costs a few bytes to declare and gigabytes to decode, and decoders allocate on faith.
 * PNG (IHDR), JPEG (SOF markers) and TIFF (every page's directory, see tiff-guard) are
 * understood; anything else gives no sizes.
 */
import { isTiff, readTiffStructure } from "./tiff-guard.js";

export interface ImageSize {
  width: number;
  height: number;
}

export function imageSizes(bytes: Uint8Array): ImageSize[] {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngSize(bytes);
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegSize(bytes);
  if (isTiff(bytes)) return tiffSizes(bytes);
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
  const r = readTiffStructure(bytes);
  return r.ok ? r.pages : [];
}
