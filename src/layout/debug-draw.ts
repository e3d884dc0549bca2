/**
 * Debug pictures of the layout (pdfplumber's display): each page's text boxes, the detected
 * rulings (synthetic ones dashed), intersections, cells with their spans, and for unruled text
 * the stream steps (header rows, column boundaries, chains of wrapped lines), as a PNG. Backs
 * `--debug-layout DIR`. Drawn from the positioned page alone, so it needs no PDF renderer.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PageLayout } from "./find-tables.js";
import type { LayoutPage } from "./geometry.js";
import type { DocumentLayout } from "./to-grid.js";

export interface DrawOptions {
  /** Pixels per point. */
  scale?: number;
  /** Draw each run's text inside its box (needs a CJK font on the system to be legible). */
  drawText?: boolean;
}

/** Draws one page with its layout and writes a PNG to `outPath`. */
export async function drawLayout(page: LayoutPage, result: PageLayout, outPath: string, opts: DrawOptions = {}): Promise<void> {
  const { createCanvas } = await import("@napi-rs/canvas");
  const k = opts.scale ?? 2;
  const canvas = createCanvas(Math.ceil(page.width * k), Math.ceil(page.height * k));
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(k, k);

  // Cells: filled by table, labelled with row/col and spans.
  const palette = ["rgba(0,160,80,0.10)", "rgba(0,90,200,0.10)", "rgba(200,120,0,0.10)"];
  result.tables.forEach((t, ti) => {
    for (const c of t.cells) {
      const [x0, y0, x1, y1] = c.bbox;
      ctx.fillStyle = c.rowSpan > 1 || c.colSpan > 1 ? "rgba(160,0,200,0.12)" : palette[ti % palette.length]!;
      ctx.fillRect(x0 + 1, y0 + 1, x1 - x0 - 2, y1 - y0 - 2);
      ctx.fillStyle = "rgba(120,0,160,0.9)";
      ctx.font = "5px sans-serif";
      const spans = `${c.rowSpan > 1 ? ` r${c.rowSpan}` : ""}${c.colSpan > 1 ? ` c${c.colSpan}` : ""}`;
      ctx.fillText(`${c.row},${c.col}${spans}${c.openTop ? " ↑" : ""}${c.openBottom ? " ↓" : ""}`, x0 + 2, y0 + 6);
    }
    ctx.strokeStyle = "rgba(0,0,255,0.6)";
    ctx.lineWidth = 0.6;
    ctx.strokeRect(t.bbox[0] - 2, t.bbox[1] - 2, t.bbox[2] - t.bbox[0] + 4, t.bbox[3] - t.bbox[1] + 4);
  });

  // Text boxes.
  ctx.lineWidth = 0.3;
  for (const r of page.runs) {
    const [x0, y0, x1, y1] = r.bbox;
    ctx.strokeStyle = "rgba(90,90,90,0.8)";
    ctx.strokeRect(x0, y0, x1 - x0, y1 - y0);
    if (opts.drawText !== false) {
      ctx.fillStyle = "#333333";
      ctx.font = `${Math.max(3, (y1 - y0) * 0.75)}px sans-serif`;
      ctx.fillText(r.str, x0, y1 - (y1 - y0) * 0.2, x1 - x0);
    }
  }
  // Stream tables: each region's header row (violet), column boundaries (green, dashed: from a
  // header; dotted: from text alignment or the previous page) and the chains of wrapped lines (cyan).
  for (const t of result.tables) {
    for (const g of t.stream ?? []) {
      if (g.header) {
        ctx.strokeStyle = "rgba(140,0,200,0.9)";
        ctx.lineWidth = 0.8;
        ctx.strokeRect(t.bbox[0] - 3, g.header.top - 1, t.bbox[2] - t.bbox[0] + 6, g.header.bottom - g.header.top + 2);
      }
      ctx.strokeStyle = "rgba(0,150,60,0.9)";
      ctx.lineWidth = 0.7;
      ctx.setLineDash(g.from === "header" ? [4, 2] : [1, 2]);
      for (const x of g.boundaries) line(ctx, "v", x, Math.max(g.top, t.bbox[1]), Math.min(g.bottom, t.bbox[3]));
      ctx.setLineDash([]);
      ctx.strokeStyle = "rgba(0,170,200,0.7)";
      ctx.lineWidth = 0.4;
      for (const b of g.chains) ctx.strokeRect(b[0] - 0.5, b[1] - 0.5, b[2] - b[0] + 1, b[3] - b[1] + 1);
    }
  }

  // Text outside tables.
  ctx.strokeStyle = "rgba(255,140,0,0.9)";
  ctx.lineWidth = 0.6;
  for (const l of result.outside) ctx.strokeRect(l.bbox[0] - 1, l.bbox[1] - 1, l.bbox[2] - l.bbox[0] + 2, l.bbox[3] - l.bbox[1] + 2);

  // Rulings: merged edges, and the synthetic ones layout added (dashed) from each table.
  ctx.strokeStyle = "rgba(230,0,0,0.85)";
  ctx.lineWidth = 0.8;
  for (const e of result.edges) line(ctx, e.orientation, e.pos, e.start, e.end);
  ctx.setLineDash([3, 2]);
  ctx.strokeStyle = "rgba(255,120,0,0.95)";
  for (const t of result.tables) for (const e of t.edges) if (e.synthetic) line(ctx, e.orientation, e.pos, e.start, e.end);
  ctx.setLineDash([]);
  ctx.fillStyle = "rgba(0,0,255,0.8)";
  for (const p of result.intersections) {
    ctx.beginPath();
    ctx.arc(p.x, p.y, 1.2, 0, Math.PI * 2);
    ctx.fill();
  }
  await writeFile(outPath, await canvas.encode("png"));
}

type Ctx = { beginPath(): void; moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; stroke(): void };

function line(ctx: Ctx, o: "h" | "v", pos: number, a: number, b: number): void {
  ctx.beginPath();
  if (o === "h") {
    ctx.moveTo(a, pos);
    ctx.lineTo(b, pos);
  } else {
    ctx.moveTo(pos, a);
    ctx.lineTo(pos, b);
  }
  ctx.stroke();
}

/** Writes `page-001.png`, … into `dir` for every page of a document layout; returns the paths. */
export async function writeDebugLayout(pages: readonly LayoutPage[], layout: DocumentLayout, dir: string, opts: DrawOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const [i, page] of pages.entries()) {
    const result = layout.pages[i];
    if (!result) continue;
    const path = join(dir, `page-${String(page.page).padStart(3, "0")}.png`);
    await drawLayout(page, result, path, opts);
    out.push(path);
  }
  return out;
}
