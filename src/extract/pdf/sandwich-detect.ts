/**
 * Is a page a "sandwich" — a scanned page image under an invisible OCR text layer, as scanner
 * software and `ocrmypdf` write them? Told from the page's operator list: the text is drawn in
 * render mode 3 (neither filled nor stroked: `3 Tr`), and an image covers (nearly) the whole page.
 *
 * Pure: it takes the operator list pdf.js gives (the one the rulings are read from, so no second
 * pass over the content stream), the OPS numbers and the user space → page transform.
 */
import { IDENTITY, multiply, apply, type Matrix, type OperatorList } from "./rulings.js";

/** The pdf.js OPS numbers this module reads. */
export interface SandwichOpsCodes {
  save: number;
  restore: number;
  transform: number;
  setGState: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setTextRenderingMode: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageXObjectRepeat: number;
}

/** What a page draws, as far as telling a sandwich goes. */
export interface PageMarks {
  /** Text-showing operators drawn in render mode 3 (invisible) / in any other mode. */
  invisibleTextOps: number;
  visibleTextOps: number;
  /** Share of the page's area covered by its largest image (0–1). */
  imageCover: number;
  /** Where that image is drawn on the page (top-left origin, points); absent without an image. */
  imageBox?: [number, number, number, number];
}

export interface SandwichDetectSettings {
  /** Least share of the text operators drawn invisible (OCR layers draw all their text so). */
  minInvisibleShare: number;
  /** Least share of the page one image must cover (a scan is the whole page; a logo is not). */
  minImageCover: number;
}

const INVISIBLE = 3;

/** Box of the unit square (an image's space) under `m`, and the share of the page it covers. */
function imagePlace(m: Matrix, width: number, height: number): { box: [number, number, number, number]; share: number } {
  const pts = [apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)];
  const box: [number, number, number, number] = [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
  const x0 = Math.max(0, box[0]);
  const x1 = Math.min(width, box[2]);
  const y0 = Math.max(0, box[1]);
  const y1 = Math.min(height, box[3]);
  if (!(x1 > x0 && y1 > y0) || width <= 0 || height <= 0) return { box, share: 0 };
  return { box, share: ((x1 - x0) * (y1 - y0)) / (width * height) };
}

export function pageMarks(ops: OperatorList, OPS: SandwichOpsCodes, toPage: Matrix, page: { width: number; height: number }): PageMarks {
  let ctm: Matrix = IDENTITY;
  // The render mode is part of the graphics state: q/Q save and restore it.
  let mode = 0;
  const stack: { ctm: Matrix; mode: number }[] = [];
  const textOps = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);
  const marks: PageMarks = { invisibleTextOps: 0, visibleTextOps: 0, imageCover: 0 };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, mode });
    else if (fn === OPS.restore) {
      const s = stack.pop();
      if (s) ({ ctm, mode } = s);
    } else if (fn === OPS.transform && args) ctm = multiply(args.slice(0, 6) as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push({ ctm, mode });
      const m = args[0] as number[] | null;
      if (m && m.length >= 6) ctm = multiply(Array.from(m).slice(0, 6) as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) {
      const s = stack.pop();
      if (s) ({ ctm, mode } = s);
    } else if (fn === OPS.setTextRenderingMode && args) mode = Number(args[0]) || 0;
    else if (textOps.has(fn)) {
      if (mode === INVISIBLE) marks.invisibleTextOps++;
      else marks.visibleTextOps++;
    } else if (imageOps.has(fn)) {
      const placed = imagePlace(multiply(ctm, toPage), page.width, page.height);
      if (placed.share > marks.imageCover) {
        marks.imageCover = placed.share;
        marks.imageBox = placed.box;
      }
    }
  }
  return marks;
}

/** A page whose text is (almost) all invisible, drawn over an image that covers the page. */
export function isSandwichPage(m: PageMarks, s: SandwichDetectSettings): boolean {
  const text = m.invisibleTextOps + m.visibleTextOps;
  return text > 0 && m.invisibleTextOps / text >= s.minInvisibleShare && m.imageCover >= s.minImageCover;
}
