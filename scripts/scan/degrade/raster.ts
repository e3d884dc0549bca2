/**
 * An RGB page picture as plain bytes, and the pixel operations the degradations share: Gaussian
 * blur, Gaussian noise, a small turn (through the canvas, bilinear), JPEG encoding.
 */
import { createCanvas, loadImage } from "@napi-rs/canvas";
import type { Rng } from "../../lib/prng.js";

export interface Rgb {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row-major. */
  data: Uint8ClampedArray;
}

export async function loadRgb(png: Uint8Array): Promise<Rgb> {
  const img = await loadImage(Buffer.from(png));
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  return fromRgba(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height);
}

export function fromRgba(rgba: Uint8ClampedArray, width: number, height: number): Rgb {
  const data = new Uint8ClampedArray(width * height * 3);
  for (let i = 0, j = 0; j < data.length; i += 4, j += 3) {
    data[j] = rgba[i]!;
    data[j + 1] = rgba[i + 1]!;
    data[j + 2] = rgba[i + 2]!;
  }
  return { width, height, data };
}

function toCanvas(img: Rgb) {
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext("2d");
  const id = ctx.createImageData(img.width, img.height);
  for (let i = 0, j = 0; j < img.data.length; i += 4, j += 3) {
    id.data[i] = img.data[j]!;
    id.data[i + 1] = img.data[j + 1]!;
    id.data[i + 2] = img.data[j + 2]!;
    id.data[i + 3] = 255;
  }
  ctx.putImageData(id, 0, 0);
  return c;
}

/** Turned by `degrees` (counter-clockwise as seen) about the centre, paper white behind. */
export function rotate(img: Rgb, degrees: number): Rgb {
  const src = toCanvas(img);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.translate(img.width / 2, img.height / 2);
  ctx.rotate((-degrees * Math.PI) / 180);
  ctx.drawImage(src, -img.width / 2, -img.height / 2);
  return fromRgba(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height);
}

export async function encodeJpeg(img: Rgb, quality: number): Promise<Uint8Array> {
  return new Uint8Array(await toCanvas(img).encode("jpeg", quality));
}

/** Separable Gaussian blur of radius ≈ 3σ. */
/** A normalised Gaussian kernel of radius ⌈3σ⌉ (at least 1): weights for offsets −r…r. */
export function gaussianKernel(sigma: number): { r: number; kernel: number[] } {
  const r = Math.max(1, Math.ceil(3 * sigma));
  const k: number[] = [];
  let sum = 0;
  for (let i = -r; i <= r; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    k.push(v);
    sum += v;
  }
  return { r, kernel: k.map((v) => v / sum) };
}

export function blur(img: Rgb, sigma: number): Rgb {
  if (sigma <= 0) return img;
  const { r, kernel } = gaussianKernel(sigma);
  const { width: w, height: h } = img;
  const tmp = new Float32Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 3; c++) {
        let acc = 0;
        for (let i = -r; i <= r; i++) acc += kernel[i + r]! * img.data[(y * w + Math.min(w - 1, Math.max(0, x + i))) * 3 + c]!;
        tmp[(y * w + x) * 3 + c] = acc;
      }
    }
  }
  const out = new Uint8ClampedArray(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 3; c++) {
        let acc = 0;
        for (let i = -r; i <= r; i++) acc += kernel[i + r]! * tmp[(Math.min(h - 1, Math.max(0, y + i)) * w + x) * 3 + c]!;
        out[(y * w + x) * 3 + c] = acc;
      }
    }
  }
  return { width: w, height: h, data: out };
}

/** Gaussian noise of standard deviation `sigma` (0–255), the same on the three channels (sensor luminance noise). */
export function noise(img: Rgb, sigma: number, rng: Rng): Rgb {
  const out = new Uint8ClampedArray(img.data);
  for (let i = 0; i < out.length; i += 3) {
    // Box–Muller.
    const n = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next()) * sigma;
    out[i] = out[i]! + n;
    out[i + 1] = out[i + 1]! + n;
    out[i + 2] = out[i + 2]! + n;
  }
  return { ...img, data: out };
}

/** Luma (BT.601), 0 black … 255 white. */
export function luma(img: Rgb): Uint8Array {
  const out = new Uint8Array(img.width * img.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) out[i] = (img.data[j]! * 77 + img.data[j + 1]! * 150 + img.data[j + 2]! * 29) >> 8;
  return out;
}
