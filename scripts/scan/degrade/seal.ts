/**
 * An official round seal (公章) stamped over a page: a ring, a five-pointed star, the unit's name
 * along the upper arc and a word across the bottom, in red or blue ink. Real stamping leaves the
 * ink uneven — thin in patches, heavier at the rim — and the ink lies *over* the printed text:
 * composited by multiplication, so black strokes under it stay black (what a seal remover must
 * keep) and the paper under it takes the ink's colour.
 */
import { createCanvas } from "@napi-rs/canvas";
import type { Rng } from "../../lib/prng.js";
import type { Rgb } from "./raster.js";

export type SealInk = "red" | "blue";

/** Ink colours as a scanner sees them: vermilion stamp-pad red, blue stamp-pad ink. */
const INK: Record<SealInk, [number, number, number]> = { red: [214, 38, 48], blue: [38, 72, 178] };

export interface SealSpec {
  ink: SealInk;
  /** Outer diameter in millimetres (official seals are 38–42 mm, financial and section seals smaller). */
  diameterMm: number;
  /** Centre in pixels of the page. */
  centre: [number, number];
  /** Text along the upper arc (the unit's name). */
  name: string;
  /** Text across the bottom (专用章, 财务专用章 …); empty for none. */
  bottom: string;
  /** Degrees the stamp was turned as it was pressed. */
  turn: number;
  /** 0–1: how much ink reached the paper on average. */
  strength: number;
}

/** The seal's coverage (0–1) on a square of `size` pixels. */
function sealMask(spec: SealSpec, size: number): Float32Array {
  const c = createCanvas(size, size);
  const ctx = c.getContext("2d");
  ctx.fillStyle = "#000";
  ctx.strokeStyle = "#000";
  const r = size / 2;
  ctx.translate(r, r);
  ctx.rotate((spec.turn * Math.PI) / 180);
  ctx.lineWidth = size * 0.035;
  ctx.beginPath();
  ctx.arc(0, 0, r - ctx.lineWidth, 0, 2 * Math.PI);
  ctx.stroke();
  // The star.
  const star = size * 0.15;
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? star : star * 0.4;
    if (i === 0) ctx.moveTo(rr * Math.cos(a), rr * Math.sin(a));
    else ctx.lineTo(rr * Math.cos(a), rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
  // The name along the upper arc, each character upright to the rim.
  const chars = Array.from(spec.name);
  const font = size * (chars.length > 12 ? 0.1 : 0.13);
  ctx.font = `bold ${font}px "Noto Serif CJK SC", "Noto Sans CJK SC", serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const span = Math.min(250, chars.length * 22) * (Math.PI / 180);
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (chars.length === 1 ? span / 2 : (i * span) / (chars.length - 1));
    const rr = r * 0.72;
    ctx.save();
    ctx.translate(rr * Math.cos(a), rr * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
  });
  if (spec.bottom) {
    ctx.font = `bold ${size * 0.09}px "Noto Serif CJK SC", serif`;
    ctx.fillText(spec.bottom, 0, r * 0.5);
  }
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const out = new Float32Array(size * size);
  for (let i = 0; i < out.length; i++) out[i] = rgba[i * 4 + 3]! / 255;
  return out;
}

/** Smooth random field in [0, 1]: bilinear interpolation of a coarse grid of random values. */
function smoothField(size: number, cells: number, rng: Rng): Float32Array {
  const g = cells + 2;
  const grid = Array.from({ length: g * g }, () => rng.next());
  const out = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    const gy = (y / size) * cells;
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    for (let x = 0; x < size; x++) {
      const gx = (x / size) * cells;
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const a = grid[y0 * g + x0]! * (1 - fx) + grid[y0 * g + x0 + 1]! * fx;
      const b = grid[(y0 + 1) * g + x0]! * (1 - fx) + grid[(y0 + 1) * g + x0 + 1]! * fx;
      out[y * size + x] = a * (1 - fy) + b * fy;
    }
  }
  return out;
}

/** Stamps the seal onto the page (in place); returns its box in pixels. */
export function stampSeal(page: Rgb, spec: SealSpec, dpi: number, rng: Rng): [number, number, number, number] {
  const size = Math.round((spec.diameterMm / 25.4) * dpi);
  const mask = sealMask(spec, size);
  // Uneven ink: a coarse field (patches where the pad was dry) times fine grain.
  const patches = smoothField(size, 5, rng);
  const ink = INK[spec.ink];
  const x0 = Math.round(spec.centre[0] - size / 2);
  const y0 = Math.round(spec.centre[1] - size / 2);
  for (let y = 0; y < size; y++) {
    const py = y0 + y;
    if (py < 0 || py >= page.height) continue;
    for (let x = 0; x < size; x++) {
      const px = x0 + x;
      if (px < 0 || px >= page.width) continue;
      const m = mask[y * size + x]!;
      if (m === 0) continue;
      const a = Math.min(1, m * spec.strength * (0.7 + 0.45 * patches[y * size + x]!) * (0.85 + 0.3 * rng.next()));
      const i = (py * page.width + px) * 3;
      for (let c = 0; c < 3; c++) page.data[i + c] = page.data[i + c]! * (1 - a + (a * ink[c]!) / 255);
    }
  }
  return [x0, y0, x0 + size, y0 + size];
}
