/**
 * Unsharp masking for photographed pages (issue 21): a phone's slight blur (focus, shake)
 * spreads a 1–2 pixel ruling over 4–5 pixels at half its contrast, and a threshold then breaks
 * it into pieces (the lattice lost rows of the funds table). Adding back `amount` times the
 * difference between the page and a Gaussian blur of it restores the edges' contrast.
 */
import type { GrayImage } from "./gray.js";

function kernel(sigma: number): Float32Array {
  const r = Math.max(1, Math.ceil(3 * sigma));
  const k = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) sum += k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i]! /= sum;
  return k;
}

/** Separable Gaussian blur (edges clamped), as floats. */
export function gaussian(img: GrayImage, sigma: number): Float32Array {
  const { width: w, height: h, data } = img;
  const k = kernel(sigma);
  const r = (k.length - 1) / 2;
  const tmp = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += k[i + r]! * data[row + Math.min(w - 1, Math.max(0, x + i))]!;
      tmp[row + x] = s;
    }
  }
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += k[i + r]! * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x]!;
      out[y * w + x] = s;
    }
  }
  return out;
}

/** `img + amount · (img − blur(img, sigma))`, clamped to 0…255. */
export function unsharp(img: GrayImage, sigma: number, amount: number): GrayImage {
  if (sigma <= 0 || amount <= 0) return img;
  const soft = gaussian(img, sigma);
  const { data } = img;
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i]! + amount * (data[i]! - soft[i]!);
    out[i] = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
  }
  return { ...img, data: out };
}
