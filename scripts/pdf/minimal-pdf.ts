/**
 * A small hand-written PDF writer for fixtures Chromium cannot make: the form table drawn with
 * stroked lines (inside `q … cm … Q` transforms) and its text in a NON-embedded CJK font
 * (STSong-Light, UniGB-UCS2-H), as iText and reportlab write them. pdf.js reads such text only
 * with the package's cMaps. Also: image-only pages (no text layer).
 *
 * Layout: fixed column widths, characters one em wide, rows as tall as their text; a row that
 * does not fit goes to the next page, where the table goes on with a top border (as Word prints
 * it) and, inside the indicator block, the indicator header repeated.
 */
import { deflateSync } from "node:zlib";
import type { Layout, LRow } from "../lib/layout.js";

export interface MinimalStyle {
  landscape: boolean;
  fontSize: number;
  /** Repeat the indicator header row at the top of a continued page. */
  repeatHeader: boolean;
  pageNumbers: boolean;
  /**
   * Draw every border as short pieces (3–9 pt) that overlap, touch or leave hairline gaps and
   * wobble a few tenths of a point, as some word processors and PDF printers write them.
   */
  pieces?: boolean;
}

/** Deterministic jitter for `pieces` (no Rng here: the fixture must not depend on call order elsewhere). */
let pieceSeed = 1;
function pieceNoise(): number {
  pieceSeed = (pieceSeed * 1103515245 + 12345) % 2147483648;
  return pieceSeed / 2147483648;
}

/** A straight line as short pieces: `m … l` pairs along it. */
function piecewise(x0: number, y0: number, x1: number, y1: number): string {
  const len = Math.hypot(x1 - x0, y1 - y0);
  const out: string[] = [];
  const f = (n: number) => n.toFixed(2);
  let t = 0;
  while (t < len) {
    const step = 3 + 6 * pieceNoise();
    const end = Math.min(len, t + step);
    const wob = () => (pieceNoise() - 0.5) * 0.6;
    const ax = x0 + ((x1 - x0) * t) / len;
    const ay = y0 + ((y1 - y0) * t) / len;
    const bx = x0 + ((x1 - x0) * end) / len;
    const by = y0 + ((y1 - y0) * end) / len;
    const horizontal = y0 === y1;
    out.push(`${f(ax)} ${f(ay + (horizontal ? wob() : 0))} m ${f(bx)} ${f(by + (horizontal ? wob() : 0))} l`);
    // Pieces overlap a little, touch, or leave a hairline gap.
    t = end + (pieceNoise() - 0.6) * 1.2;
  }
  return out.join(" ");
}

interface PdfObj {
  body: string | Buffer;
}

/** Objects in order, a cross-reference table, a trailer: enough of PDF for these fixtures. */
export class PdfWriter {
  objs: PdfObj[] = [];
  add(body: string | Buffer): number {
    this.objs.push({ body });
    return this.objs.length;
  }
  set(id: number, body: string | Buffer): void {
    this.objs[id - 1] = { body };
  }
  reserve(): number {
    return this.add("null");
  }
  stream(dict: string, data: Buffer, compress = true): number {
    const d = compress ? deflateSync(data) : data;
    const head = `<< ${dict}${compress ? " /Filter /FlateDecode" : ""} /Length ${d.length} >>\nstream\n`;
    return this.add(Buffer.concat([Buffer.from(head, "latin1"), d, Buffer.from("\nendstream", "latin1")]));
  }
  build(rootId: number): Buffer {
    const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "latin1")];
    let offset = parts[0]!.length;
    const offsets: number[] = [];
    this.objs.forEach((o, i) => {
      offsets.push(offset);
      const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), typeof o.body === "string" ? Buffer.from(o.body, "latin1") : o.body, Buffer.from("\nendobj\n", "latin1")]);
      parts.push(b);
      offset += b.length;
    });
    const xref = [`xref\n0 ${this.objs.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objs.length + 1} /Root ${rootId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
    return Buffer.concat(parts);
  }
}

export function ucs2Hex(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff) continue;
    out += cp.toString(16).padStart(4, "0");
  }
  return `<${out}>`;
}

/** Wraps text into lines of at most `perLine` characters (one em each). */
function wrap(text: string, perLine: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(""));
  return lines.length ? lines : [];
}

interface Placed {
  row: number;
  col: number;
  span: number;
  rowSpan: number;
  lines: string[];
}

export function layoutToMinimalPdf(layouts: Layout[], style: MinimalStyle): Buffer {
  const [W, H] = style.landscape ? [842, 595] : [595, 842];
  const margin = 40;
  const fs = style.fontSize;
  const lead = fs * 1.25;
  const pad = 3;
  const pages: string[][] = [[]];
  let y = H - margin; // PDF space, top of the free area
  const ops = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push([]);
    y = H - margin;
  };
  const text = (x: number, baseline: number, s: string, size = fs) => {
    if (!s) return;
    ops().push(`BT /F1 ${size} Tf ${x.toFixed(2)} ${baseline.toFixed(2)} Td ${ucs2Hex(s)} Tj ET`);
  };

  for (const [fi, layout] of layouts.entries()) {
    if (fi > 0) {
      if (y < H / 2) newPage();
      else y -= 30;
    }
    const tableW = W - 2 * margin;
    const weights = layout.ncols === 9 ? [7, 12, 12, 17, 12, 10, 6, 6, 18] : layout.ncols === 10 ? [6, 10, 11, 15, 7, 11, 10, 12, 7, 11] : [6, 9, 10, 14, 6, 8, 6, 9, 7, 7, 18];
    const sum = weights.reduce((a, b) => a + b, 0);
    const xs = [margin];
    for (const w of weights) xs.push(xs[xs.length - 1]! + (w / sum) * tableW);
    // Outside rows (title, year, report number) and table rows.
    const tableRows: LRow[] = [];
    for (const row of layout.rows) {
      if (row.kind === "title" || row.kind === "year" || row.kind === "reportNo") {
        const s = row.cells.map((c) => c.text).filter(Boolean).join(" ");
        const size = row.kind === "title" ? fs + 5 : fs;
        const width = [...s].length * size;
        const x = row.kind === "reportNo" ? W - margin - width : (W - width) / 2;
        y -= size * 1.4;
        text(x, y + size * 0.25, s, size);
      } else tableRows.push(row);
    }
    y -= 4;
    // Lines and heights of every row.
    const placed: Placed[] = [];
    tableRows.forEach((row, r) => {
      for (const c of row.cells) {
        const w = xs[c.col + c.span]! - xs[c.col]! - 2 * pad;
        placed.push({ row: r, col: c.col, span: c.span, rowSpan: c.rowSpan, lines: wrap(c.text, Math.max(1, Math.floor(w / fs))) });
      }
    });
    const heights = tableRows.map((_, r) => {
      const own = placed.filter((p) => p.row === r && p.rowSpan === 1).map((p) => p.lines.length * lead + 2 * pad);
      return Math.max(lead + 2 * pad, ...own);
    });
    for (const p of placed.filter((q) => q.rowSpan > 1)) {
      const need = p.lines.length * lead + 2 * pad;
      const have = heights.slice(p.row, p.row + p.rowSpan).reduce((a, b) => a + b, 0);
      if (need > have) heights[p.row + p.rowSpan - 1]! += need - have;
    }
    // Row positions, page by page.
    const rowPage: number[] = [];
    const rowTop: number[] = [];
    const indHead = tableRows.findIndex((r) => r.kind === "indHead");
    const bottomLimit = margin + 20;
    tableRows.forEach((row, r) => {
      if (y - heights[r]! < bottomLimit) {
        newPage();
        if (style.repeatHeader && indHead >= 0 && r > indHead + 1 && row.kind !== "tail") {
          // Repeat the indicator header (columns 1…) at the top of the continued table.
          const hp = pages.length - 1;
          const top = y;
          const h = heights[indHead]!;
          const head = tableRows[indHead]!;
          for (const c of head.cells) {
            if (c.col === 0) continue;
            drawCell(pages[hp]!, xs[c.col]!, top, xs[c.col + c.span]!, top - h, { top: true, bottom: true }, wrap(c.text, Math.max(1, Math.floor((xs[c.col + c.span]! - xs[c.col]! - 2 * pad) / fs))), fs, lead, pad, true, style.pieces);
          }
          // The vertical label column continues beside the repeated header.
          pages[hp]!.push(`q 0.8 w ${xs[0]!.toFixed(2)} ${top.toFixed(2)} m ${xs[0]!.toFixed(2)} ${(top - h).toFixed(2)} l S Q`);
          y -= h;
        }
      }
      rowPage.push(pages.length - 1);
      rowTop.push(y);
      y -= heights[r]!;
    });
    // Cells, split into one fragment per page they cross.
    for (const p of placed) {
      const x0 = xs[p.col]!;
      const x1 = xs[p.col + p.span]!;
      const last = p.row + p.rowSpan - 1;
      let r = p.row;
      let first = true;
      while (r <= last) {
        const page = rowPage[r]!;
        let end = r;
        while (end + 1 <= last && rowPage[end + 1] === page) end++;
        const top = rowTop[r]!;
        const bottom = rowTop[end]! - heights[end]!;
        const isLast = end === last;
        drawCell(pages[page]!, x0, top, x1, bottom, { top: first, bottom: isLast }, first ? p.lines : [], fs, lead, pad, p.span > 1 || p.lines.length === 1, style.pieces);
        first = false;
        r = end + 1;
      }
    }
  }
  if (style.pageNumbers) {
    pages.forEach((p, i) => {
      const s = `-${i + 1}-`;
      p.push(`BT /F1 9 Tf ${(W / 2 - s.length * 2.5).toFixed(2)} 24 Td ${ucs2Hex(s)} Tj ET`);
    });
  }

  const w = new PdfWriter();
  const catalog = w.reserve();
  const pagesId = w.reserve();
  const font = addStSong(w);
  const kids: number[] = [];
  for (const p of pages) {
    const content = w.stream("", Buffer.from(p.join("\n"), "latin1"));
    kids.push(w.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  w.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return w.build(catalog);
}

/** One cell fragment: borders as stroked lines in the cell's own coordinate system (q … cm … Q). */
function drawCell(
  out: string[],
  x0: number,
  top: number,
  x1: number,
  bottom: number,
  sides: { top: boolean; bottom: boolean },
  lines: string[],
  fs: number,
  lead: number,
  pad: number,
  centre: boolean,
  pieces = false,
): void {
  const w = x1 - x0;
  const h = top - bottom;
  const f = (n: number) => n.toFixed(2);
  out.push(`q 1 0 0 1 ${f(x0)} ${f(bottom)} cm 0.8 w`);
  const seg = (ax: number, ay: number, bx: number, by: number) => (pieces ? piecewise(ax, ay, bx, by) : `${f(ax)} ${f(ay)} m ${f(bx)} ${f(by)} l`);
  const path: string[] = [seg(0, 0, 0, h), seg(w, 0, w, h)];
  if (sides.top) path.push(seg(0, h, w, h));
  if (sides.bottom) path.push(seg(0, 0, w, 0));
  out.push(path.join(" ") + " S");
  const block = lines.length * lead;
  let base = h / 2 + block / 2 - fs * 0.95;
  for (const l of lines) {
    const lw = [...l].length * fs;
    const x = centre ? Math.max(pad, (w - lw) / 2) : pad;
    out.push(`BT /F1 ${fs} Tf ${f(x)} ${f(base)} Td ${ucs2Hex(l)} Tj ET`);
    base -= lead;
  }
  out.push("Q");
}

/** A PDF whose pages carry only drawn lines and a grey image: no text layer (a scan stand-in). */
export function imageOnlyPdf(pagesCount = 1): Buffer {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pagesId = w.reserve();
  const px = Buffer.alloc(64 * 64, 0);
  for (let i = 0; i < px.length; i++) px[i] = (i * 7) % 256;
  const img = w.stream("/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8", px);
  const kids: number[] = [];
  for (let i = 0; i < pagesCount; i++) {
    const content = w.stream("", Buffer.from("q 400 0 0 400 100 300 cm /Im1 Do Q 1 w 100 300 m 500 300 l S 100 300 400 400 re S", "latin1"));
    kids.push(w.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${img} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  w.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return w.build(catalog);
}

/** The non-embedded STSong-Light font (UniGB-UCS2-H) every page of a minimal PDF uses; returns the Type0 font's id. */
function addStSong(w: PdfWriter): number {
  const desc = w.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
  const cid = w.add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${desc} 0 R /DW 1000 >>`);
  return w.add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
}

/**
 * A long text-layer PDF made in milliseconds (for the many-pages test): every page one line of
 * text, `line(page)`, inside a ruled box, so each page has both text and rulings to read.
 */
export function textPagesPdf(pageCount: number, line: (page: number) => string): Buffer {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pagesId = w.reserve();
  const font = addStSong(w);
  const kids: number[] = [];
  for (let i = 1; i <= pageCount; i++) {
    const ops = `q 0.8 w 60 700 m 535 700 l 60 730 m 535 730 l 60 700 m 60 730 l 535 700 m 535 730 l S Q\nBT /F1 12 Tf 66 710 Td ${ucs2Hex(line(i))} Tj ET`;
    const content = w.stream("", Buffer.from(ops, "latin1"));
    kids.push(w.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  w.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return w.build(catalog);
}
