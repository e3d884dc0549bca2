/**
 * Pen marks people add to a printed form (issue 21): a tick (√) beside a row, a signature and a
 * date written in a margin, in ballpoint blue or black. They are not part of the form: a reader
 * must keep them out of every field (and may report them). Drawn as a pen path on a mask, then
 * composited by multiplication like the seal, so printed text under a stroke stays dark.
 */
import { createCanvas } from "@napi-rs/canvas";
import type { Rng } from "../../lib/prng.js";
import type { Rgb } from "./raster.js";

export type PenInk = "blue" | "black";

/** Ballpoint inks as a scanner sees them. */
const INK: Record<PenInk, [number, number, number]> = { blue: [40, 60, 170], black: [45, 45, 55] };

export interface PenMark {
  what: "tick" | "signature" | "date";
  ink: PenInk;
  /** Top-left corner in pixels of the page. */
  at: [number, number];
  /** Height of the mark in millimetres (a tick ≈ 5, a signature ≈ 10, a date ≈ 5). */
  heightMm: number;
  /** The date's text (for `date`). */
  text?: string;
}

const mm = (v: number, dpi: number) => (v / 25.4) * dpi;

/** A mark's coverage (0–1) on a canvas of w × h pixels. */
function markMask(m: PenMark, w: number, h: number, dpi: number, rng: Rng): Float32Array {
  const c = createCanvas(w, h);
  const ctx = c.getContext("2d");
  ctx.strokeStyle = "#000";
  ctx.fillStyle = "#000";
  ctx.lineWidth = Math.max(1, mm(0.45, dpi));
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (m.what === "tick") {
    ctx.beginPath();
    ctx.moveTo(w * 0.05, h * 0.55);
    ctx.quadraticCurveTo(w * 0.25, h * 0.75, w * 0.35, h * 0.95);
    ctx.quadraticCurveTo(w * 0.55, h * 0.4, w * 0.95, h * 0.05);
    ctx.stroke();
  } else if (m.what === "signature") {
    // Cursive: loops along a baseline, each a little different, with a flourish under them.
    ctx.beginPath();
    const loops = 7;
    ctx.moveTo(0, h * 0.7);
    for (let i = 0; i < loops; i++) {
      const x = (w * 0.85 * (i + 0.5)) / loops;
      const top = h * (0.05 + 0.3 * rng.next());
      ctx.bezierCurveTo(x - w * 0.02, top, x + w * 0.06, top, x + w * 0.02, h * (0.65 + 0.1 * rng.next()));
    }
    ctx.quadraticCurveTo(w * 0.5, h * 1.05, w * 0.98, h * 0.8);
    ctx.stroke();
  } else {
    // A date in a slanted hand: the font's figures, leaning and jittered character by character.
    ctx.font = `${h * 0.9}px "Noto Sans Mono", sans-serif`;
    let x = 0;
    for (const ch of Array.from(m.text ?? "")) {
      ctx.save();
      ctx.translate(x, h * (0.85 + 0.06 * (rng.next() - 0.5)));
      ctx.transform(1, 0, -0.25, 1, 0, 0);
      ctx.rotate((rng.next() - 0.5) * 0.15);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
      x += ctx.measureText(ch).width * (0.9 + 0.2 * rng.next());
    }
  }
  const d = ctx.getImageData(0, 0, w, h).data;
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i++) out[i] = d[i * 4 + 3]! / 255;
  return out;
}

/** Draws a pen mark on the page; its box in pixels. */
export function penMark(page: Rgb, m: PenMark, dpi: number, rng: Rng): [number, number, number, number] {
  const h = Math.round(mm(m.heightMm, dpi));
  const w = m.what === "tick" ? h : m.what === "signature" ? Math.round(h * 3.5) : Math.round(h * 0.62 * Array.from(m.text ?? "").length + h * 0.3);
  const mask = markMask(m, w, h, dpi, rng);
  const ink = INK[m.ink];
  const [x0, y0] = m.at.map(Math.round) as [number, number];
  for (let y = 0; y < h; y++) {
    const py = y0 + y;
    if (py < 0 || py >= page.height) continue;
    for (let x = 0; x < w; x++) {
      const px = x0 + x;
      if (px < 0 || px >= page.width) continue;
      // A ballpoint lays its ink a little unevenly.
      const a = mask[y * w + x]! * (0.75 + 0.25 * rng.next());
      if (a === 0) continue;
      const i = (py * page.width + px) * 3;
      for (let c = 0; c < 3; c++) page.data[i + c] = page.data[i + c]! * (1 - a + (a * ink[c]!) / 255);
    }
  }
  return [x0, y0, x0 + w, y0 + h];
}
