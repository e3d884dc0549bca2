/**
 * Image files → grayscale pages: PNG and JPEG through @napi-rs/canvas (native decoders), TIFF
 * (every page of a multi-page file) through utif2. The resolution is taken from the file when it
 * says (TIFF tags); otherwise the caller estimates it from the page size.
 */
import type { GrayImage } from "./gray.js";
import { colourToGray } from "./colour.js";
import { scanSettings } from "./settings.js";

export class ImageReadError extends Error {
  constructor(
    readonly code: "not-an-image" | "unreadable-image" | "limit-exceeded",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type ImageFormat = "png" | "jpeg" | "tiff";

export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a)) return "tiff";
  return null;
}

export interface DecodeLimits {
  maxPixels: number;
  maxPages: number;
}

export interface DecodedImages {
  pages: GrayImage[];
  /** Pages in the file (TIFF may hold more than `maxPages`). */
  pageCount: number;
}

async function decodeCanvas(bytes: Uint8Array, limits: DecodeLimits): Promise<GrayImage> {
  const { loadImage, createCanvas } = await import("@napi-rs/canvas");
  let img;
  try {
    img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw new ImageReadError("unreadable-image", `the image cannot be decoded: ${(err as Error).message}`, { cause: err });
  }
  const { width, height } = img;
  if (!width || !height) throw new ImageReadError("unreadable-image", "the image has no pixels");
  if (width * height > limits.maxPixels) throw new ImageReadError("limit-exceeded", `the image has ${width * height} pixels (limit ${limits.maxPixels})`);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  // Seal ink dropped before OCR, where it was kept for the diagnostics.
  return colourToGray(rgba, width, height, 4, scanSettings());
}

function tagNumber(v: unknown): number | null {
  // utif2 keeps rationals as [[num, den]] or [num/den] depending on the tag's type.
  if (Array.isArray(v) && v.length > 0) {
    const first = v[0] as unknown;
    if (Array.isArray(first) && typeof first[0] === "number" && typeof first[1] === "number" && first[1] !== 0) return first[0] / first[1];
    if (typeof first === "number") return first;
  }
  return null;
}

async function decodeTiff(bytes: Uint8Array, limits: DecodeLimits): Promise<DecodedImages> {
  const UTIF = (await import("utif2")).default as typeof import("utif2");
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds;
  try {
    ifds = UTIF.decode(buf);
  } catch (err) {
    throw new ImageReadError("unreadable-image", `the TIFF cannot be read: ${(err as Error).message}`, { cause: err });
  }
  // Sub-images (thumbnails, EXIF) are not pages: keep directories with their own pixels.
  const pages = ifds.filter((d) => d["t256"] !== undefined && d["t257"] !== undefined);
  const out: GrayImage[] = [];
  for (const ifd of pages.slice(0, limits.maxPages)) {
    const w = tagNumber(ifd["t256"]) ?? 0;
    const h = tagNumber(ifd["t257"]) ?? 0;
    if (w * h > limits.maxPixels) throw new ImageReadError("limit-exceeded", `a TIFF page has ${w * h} pixels (limit ${limits.maxPixels})`);
    try {
      UTIF.decodeImage(buf, ifd);
    } catch (err) {
      throw new ImageReadError("unreadable-image", `a TIFF page cannot be decoded: ${(err as Error).message}`, { cause: err });
    }
    const rgba = UTIF.toRGBA8(ifd);
    const img = colourToGray(rgba, ifd.width, ifd.height, 4, scanSettings());
    const xres = tagNumber(ifd["t282"]);
    const unit = tagNumber(ifd["t296"]) ?? 2;
    if (xres && xres > 20) img.dpi = unit === 3 ? xres * 2.54 : xres;
    out.push(img);
  }
  if (out.length === 0) throw new ImageReadError("unreadable-image", "the TIFF holds no page image");
  return { pages: out, pageCount: pages.length };
}

/** Decodes a PNG, JPEG or TIFF into grayscale pages. Throws ImageReadError. */
export async function decodeImageFile(bytes: Uint8Array, limits: DecodeLimits): Promise<DecodedImages> {
  const format = imageFormat(bytes);
  if (!format) throw new ImageReadError("not-an-image", "the file is not a PNG, JPEG or TIFF image");
  if (format === "tiff") return decodeTiff(bytes, limits);
  return { pages: [await decodeCanvas(bytes, limits)], pageCount: 1 };
}
