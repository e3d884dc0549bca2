/**
 * One page image → a LayoutPage, the same positioned input the PDF reader gives: rulings found
 * in the pixels become segments, and OCR text becomes runs, each placed where it was read.
 *
 * Order of work: flatten and binarise; measure and undo the skew; find the rulings; let the
 * layout's own lattice cut the table into cells (the same code a PDF goes through); decide a
 * quarter or half turn from the cells' text; OCR each non-blank cell on its own crop, then the
 * text outside the tables line by line.
 */
import type { Lang } from "../../messages.js";
import { scanMessages } from "./messages.js";
import { findTables } from "../../layout/find-tables.js";
import type { BBox, LayoutPage, TextRun } from "../../layout/geometry.js";
import { binariseSplit, binariseWhitePaper, type Binarised } from "../image/binarise.js";
import { crop, toPgm, isBilevel, rotateQuarter, rotateSmallPoint, rotateSmallSplit, thickenSplit, type GrayImage } from "../image/gray.js";
import { stripPool } from "../image/strips.js";
import { eraseRulings, findRulingsSplit, rulingsToSegments, type PixelRuling } from "../image/rulings.js";
import type { ScanSettings } from "../image/settings.js";
import { estimateSkewSplit } from "../image/skew.js";
import { evenLines, joinedToPage, joinLines, lineBands, LINE_SETTINGS } from "../image/text-lines.js";
import { semicolonsByInk, type InkBox } from "../ocr/semicolons.js";
import { looksNumeric, recognise, recogniseCell, rereadNumber, type OcrReading } from "../ocr/recognise.js";
import { isTemplateLabel, snapFundsLabelUnit, snapTitle, snapToVocabulary, snapYearLine } from "../ocr/snap.js";
import { snapFundRowLabels, snapFundsHeaderRow, snapGoalColumns, snapHeaderRow, snapIndicatorLevels } from "../ocr/header-row.js";
import { snapTotalRow } from "../ocr/total-row.js";
import { snapLabelColumn } from "../ocr/label-column.js";
import { isDash, isEllipsis, leadingComparator, type BinaryCrop } from "../ocr/glyphs.js";
import { faxFives } from "../ocr/fax-digits.js";
import { undoubled } from "../ocr/doubled.js";
import { fillsInkBetter, leavesInkUnread } from "../ocr/unread-ink.js";
import { pairByPlace, wantsSecondReading, type SecondChar } from "../ocr/second-reading.js";
import { yieldToWorkers, type OcrCancel, type OcrPool } from "../ocr/tesseract.js";

/** A run with what OCR said about it. */
export interface OcrRun extends TextRun {
  confidence: number;
  /** Set when the text was changed after reading: the reading, and why. */
  corrected?: { from: string; reason: string };
  /** Other readings of a numeric cell that differed (for the arithmetic check). */
  alternatives?: { text: string; confidence: number }[];
  /** Each character's confidence, for the text as read (`str` may be changed after: then they are not its). */
  chars?: { text: string; confidences: number[]; second?: (SecondChar | null)[] };
  /**
   * A number's cell read again other ways, made only when asked: the correct stage asks for the
   * numbers its arithmetic check doubts on a form whose sums fail (src/correct/reread.ts).
   */
  reread?: () => Promise<{ text: string; confidence: number }[]>;
}

export interface ScannedPage {
  layout: LayoutPage & { runs: OcrRun[] };
  /** Degrees of skew undone. */
  skew: number;
  /** Quarter turns clockwise applied to make the page upright. */
  turns: number;
  ocrCalls: number;
}

interface Prepared {
  img: GrayImage;
  bin: Binarised;
  rulings: PixelRuling[];
  clean: Uint8Array;
  /** The flattened page: what the crops are cut from. */
  ocrImage: GrayImage;
  /** A bilevel page before its strokes were thickened (numbers are read on it too); null otherwise. */
  plain: GrayImage | null;
  cells: BBox[];
  tables: BBox[];
}

async function fromBinarised(img: GrayImage, bin: Binarised, plain: GrayImage | null, dpi: number, scale: number, page: number, s: ScanSettings): Promise<Prepared> {
  const rulings = await findRulingsSplit(bin.ink, bin.width, bin.height, dpi, s, stripPool());
  const clean = eraseRulings(bin.ink, bin.width, bin.height, rulings);
  // Painting the rulings white before OCR was tried and lost text that touches a border
  // (m01: 67 → 45 fields); crops are trimmed to ink inside the borders instead.
  // Tesseract reads the flattened gray: a hard threshold of the whole page (at half or at the
  // ink level) broke thin strokes and cost more fields than it saved (p01 71 → 21 and 63).
  const ocrImage: GrayImage = bin.flat;
  const segments = rulingsToSegments(rulings, scale);
  const found = findTables({ page, width: img.width * scale, height: img.height * scale, runs: [], segments, rects: [] }, { flavour: "lattice" });
  const cells = found.tables.flatMap((t) => t.cells.map((c) => c.bbox));
  return { img, bin, rulings, clean, ocrImage, plain, cells, tables: found.tables.map((t) => t.bbox) };
}

/** Ink of a flattened image (paper ≈ 255): what is darker than `ratio` of white. */
function inkOf(img: GrayImage, ratio: number): BinaryCrop {
  const data = new Uint8Array(img.width * img.height);
  const level = ratio * 255;
  for (let i = 0; i < data.length; i++) data[i] = img.data[i]! < level ? 1 : 0;
  return { width: img.width, height: img.height, data };
}

function hasInkFrom(b: BinaryCrop, x0: number): boolean {
  for (let y = 0; y < b.height; y++) for (let x = x0; x < b.width; x++) if (b.data[y * b.width + x]) return true;
  return false;
}

/** Width and height of the ink at or after column `x0` (null when there is none). */
function inkSpanFrom(b: BinaryCrop, x0: number): { width: number; height: number } | null {
  let [left, right, top, bottom] = [Infinity, -1, Infinity, -1];
  for (let y = 0; y < b.height; y++) {
    for (let x = x0; x < b.width; x++) {
      if (!b.data[y * b.width + x]) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? null : { width: right - left + 1, height: bottom - top + 1 };
}

const NO_WORD = /^[^\p{L}\p{N}]*$/u;
/** A fax's reading is measured against its ink's width (../ocr/unread-ink.ts) when the ink is at least this share of the page's line height. */
const TEXT_HIGH = 0.6;
const HAS_CJK = /[\u3400-\u9fff]/u;

/** On a photo's page, a Chinese reading below this confidence is read again at ocrDpi (ReadPageOptions.photo). */
const PHOTO_REREAD_BELOW = 0.9;
/**
 * …when it is no longer than this: the re-read is for labels, names and units (合计, 合规率).
 * A goal text of a hundred characters or a wide smudge read as junk cost as much again as every
 * label of the page together, and a long text is matched at 5 % character error anyway.
 */
const PHOTO_REREAD_MAX_CHARS = 24;
// A reading that is exactly one of the template's labels (项目名称, 预算执行率, 经济效益指标) is
// not read again: a second reading could only make it surer or turn it into another word.

/** A dash or a comparator is not worth an OCR call; its confidence is that of a clear shape. */
const SHAPE_CONFIDENCE = 0.9;

function binaryCrop(p: Prepared, r: [number, number, number, number]): BinaryCrop {
  const w = r[2] - r[0];
  const h = r[3] - r[1];
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) data.set(p.clean.subarray((r[1] + y) * p.img.width + r[0], (r[1] + y) * p.img.width + r[2]), y * w);
  return { width: w, height: h, data };
}

/**
 * Ink bounding box inside a pixel rectangle of `ink`, and the number of bands of ink rows.
 * Bands lower than `thin.share` of the tallest band, counted at most `thin.lineCap` pixels tall,
 * are left out (no `thin`: every band is kept). On a fax a speck far above d-fax-p05's 1% made
 * the crop two lines, read 轴, and specks and a ruling's stub around 参与人员满意度 made it 作品
 * (`ScanSettings.faxMinBandShare`). The cap: lines that touch are one band several lines tall,
 * beside which a last line of one character is low (d-fax-p01's deviation lost its 成 so).
 */
export function inkBox(ink: Uint8Array, width: number, r: [number, number, number, number], thin?: { share: number; lineCap: number }): { box: [number, number, number, number]; count: number; bands: number } | null {
  const [x0, y0, x1, y1] = r;
  const found: { y0: number; y1: number; x0: number; x1: number; count: number }[] = [];
  let band: (typeof found)[number] | null = null;
  let blankRows = 0;
  for (let y = y0; y < y1; y++) {
    let rowInk = 0;
    let minX = Infinity;
    let maxX = -1;
    const row = y * width;
    for (let x = x0; x < x1; x++) {
      if (ink[row + x] === 1) {
        rowInk++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
      }
    }
    if (rowInk > 0) {
      if (!band) found.push((band = { y0: y, y1: y + 1, x0: minX, x1: maxX + 1, count: 0 }));
      band.y1 = y + 1;
      band.x0 = Math.min(band.x0, minX);
      band.x1 = Math.max(band.x1, maxX + 1);
      band.count += rowInk;
      blankRows = 0;
    } else if (band && ++blankRows >= 2) band = null;
  }
  if (found.length === 0) return null;
  const tallest = Math.max(...found.map((b) => b.y1 - b.y0));
  const kept = thin ? found.filter((b) => b.y1 - b.y0 >= thin.share * Math.min(tallest, thin.lineCap)) : found;
  return {
    box: [Math.min(...kept.map((b) => b.x0)), kept[0]!.y0, Math.max(...kept.map((b) => b.x1)), kept[kept.length - 1]!.y1],
    count: kept.reduce((n, b) => n + b.count, 0),
    bands: kept.length,
  };
}

interface Crop {
  /** Pixel rectangle read. */
  rect: [number, number, number, number];
  bands: number;
  ink: number;
  /** Height and width of the ink inside. */
  inkHeight: number;
  inkWidth: number;
}

/** The part of a cell worth reading: inside its borders, trimmed to its ink; null when blank. */
function cellCrop(p: Prepared, cell: BBox, scale: number, dpi: number, s: ScanSettings, fax = false): Crop | null {
  const inset = (s.cellInset * dpi) / 72;
  const x0 = Math.max(0, Math.round(cell[0] / scale + inset));
  const y0 = Math.max(0, Math.round(cell[1] / scale + inset));
  const x1 = Math.min(p.img.width, Math.round(cell[2] / scale - inset));
  const y1 = Math.min(p.img.height, Math.round(cell[3] / scale - inset));
  if (x1 - x0 < 4 || y1 - y0 < 4) return null;
  const found = inkBox(p.clean, p.img.width, [x0, y0, x1, y1], fax ? { share: s.faxMinBandShare, lineCap: (s.faxLineCap * dpi) / 72 } : undefined);
  if (!found) return null;
  const area = (x1 - x0) * (y1 - y0);
  const [bx0, by0, bx1, by1] = found.box;
  const blob = (s.minInkBlob * dpi) / 72;
  if (found.count < s.blankInkShare * area || (bx1 - bx0 < blob && by1 - by0 < blob)) return null;
  const m = Math.round(dpi / 40);
  return { rect: [Math.max(x0, bx0 - m), Math.max(y0, by0 - m), Math.min(x1, bx1 + m), Math.min(y1, by1 + m)], bands: found.bands, ink: found.count, inkHeight: by1 - by0, inkWidth: bx1 - bx0 };
}

/** Lines of text outside every table: bands of ink rows, split where a wide gap opens. */
function outsideLines(p: Prepared, scale: number, dpi: number, s: ScanSettings): Crop[] {
  const { width: w, height: h } = p.img;
  const mask = new Uint8Array(p.clean);
  const margin = Math.ceil(dpi / 36);
  for (const t of p.tables) {
    const x0 = Math.max(0, Math.floor(t[0] / scale) - margin);
    const y0 = Math.max(0, Math.floor(t[1] / scale) - margin);
    const x1 = Math.min(w, Math.ceil(t[2] / scale) + margin);
    const y1 = Math.min(h, Math.ceil(t[3] / scale) + margin);
    for (let y = y0; y < y1; y++) mask.fill(0, y * w + x0, y * w + x1);
  }
  // The form's own text outside its tables (title, year, unit, page number) lies within the
  // tables' width; beside them are the page's edges, where shadows and specks of an unevenly lit
  // scan made every row one band of ink, and the title was lost.
  if (p.tables.length > 0) {
    const side = Math.round((s.outsideSideMargin * dpi) / 72);
    const left = Math.max(0, Math.floor(Math.min(...p.tables.map((t) => t[0])) / scale) - side);
    const right = Math.min(w, Math.ceil(Math.max(...p.tables.map((t) => t[2])) / scale) + side);
    for (let y = 0; y < h; y++) {
      mask.fill(0, y * w, y * w + left);
      mask.fill(0, y * w + right, (y + 1) * w);
    }
  }
  const rowInk = new Uint32Array(h);
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0, i = y * w; x < w; x++, i++) n += mask[i]!;
    rowInk[y] = n;
  }
  const gap = Math.max(1, Math.round((s.outsideLineGap * dpi) / 72));
  const minInk = Math.max(8, Math.round(dpi / 20));
  const bands: [number, number][] = [];
  let start = -1;
  let last = -1;
  for (let y = 0; y <= h; y++) {
    const has = y < h && rowInk[y]! > 0;
    if (has) {
      if (start < 0) start = y;
      last = y;
    } else if (start >= 0 && y - last > gap) {
      bands.push([start, last + 1]);
      start = -1;
    }
  }
  const out: Crop[] = [];
  const blob = (s.minInkBlob * dpi) / 72;
  for (const [y0, y1] of bands) {
    const bh = y1 - y0;
    if (bh < blob) continue;
    // Columns of ink within the band, split at gaps wider than three line heights.
    const colInk = new Uint8Array(w);
    for (let y = y0; y < y1; y++) for (let x = 0, i = y * w; x < w; x++, i++) if (mask[i]) colInk[x] = 1;
    const split = Math.max(3 * bh, dpi / 4);
    let cs = -1;
    let cl = -1;
    for (let x = 0; x <= w; x++) {
      const has = x < w && colInk[x] === 1;
      if (has) {
        if (cs < 0) cs = x;
        cl = x;
      } else if (cs >= 0 && x - cl > split) {
        const found = inkBox(mask, w, [cs, y0, cl + 1, y1]);
        if (found && found.count >= minInk && cl + 1 - cs >= blob) {
          const m = Math.round(dpi / 40);
          out.push({ rect: [Math.max(0, cs - m), Math.max(0, y0 - m), Math.min(w, cl + 1 + m), Math.min(h, y1 + m)], bands: 1, ink: found.count, inkHeight: found.box[3] - found.box[1], inkWidth: found.box[2] - found.box[0] });
        }
        cs = -1;
      }
    }
  }
  return out;
}

/** The upright check's plan: the turns it chooses between, and the one-line crops it reads both ways. */
interface UprightPlan {
  sideways: boolean;
  candidates: number[];
  samples: Crop[];
}

/**
 * Quarter turns that make the page upright. The cells' text runs along their long side: if most
 * one-line cells are tall and narrow the page lies on its side. Which of the two ways up is
 * decided by OCR confidence on a few cells read both ways (`uprightTurns`).
 */
function uprightPlan(p: Prepared, scale: number, dpi: number, s: ScanSettings): UprightPlan {
  const crops = p.cells.map((c) => cellCrop(p, c, scale, dpi, s)).filter((c): c is Crop => c !== null);
  if (crops.length === 0) return { sideways: false, candidates: [0, 2], samples: [] };
  let wide = 0;
  let tall = 0;
  for (const c of crops) {
    const w = c.rect[2] - c.rect[0];
    const h = c.rect[3] - c.rect[1];
    if (w > 1.8 * h) wide++;
    else if (h > 1.8 * w) tall++;
  }
  const sideways = tall > 1.5 * wide && tall >= 3;
  // Samples: one-line crops the candidates would read as lines, densest ink first — Chinese
  // labels rather than numbers, whose digits read almost as well upside down (0, 8, 6/9).
  const samples = crops
    .filter((c) => {
      const w = c.rect[2] - c.rect[0];
      const h = c.rect[3] - c.rect[1];
      return c.bands <= (sideways ? 99 : 1) && (sideways ? h > 3 * w : w > 3 * h);
    })
    .sort((a, b) => density(b) - density(a))
    .slice(0, UPRIGHT_SAMPLES);
  return { sideways, candidates: sideways ? [1, 3] : [0, 2], samples };
}

/**
 * The samples read turned by `t` quarter turns: posted at once, before the jobs waiting (the
 * cells wait for the answer). Turned by 0 they are read with the crop and options the cell
 * reader uses, so an upright page's samples are not read twice.
 */
function readSamples(p: Prepared, plan: UprightPlan, t: number, dpi: number, s: ScanSettings, pool: OcrPool): Promise<OcrReading>[] {
  return plan.samples.map((c) => recognise(pool, rotateQuarter(crop(p.ocrImage, ...c.rect), t), { psm: s.psmLine, dpi, ocrDpi: s.ocrDpi, tag: "upright", urgent: true }));
}

/** The quarter turns that make the page upright, and the OCR calls it took; `first`: the first candidate's readings, already posted. */
async function uprightTurns(p: Prepared, plan: UprightPlan, first: Promise<OcrReading>[] | null, dpi: number, s: ScanSettings, pool: OcrPool): Promise<{ turns: number; calls: number }> {
  if (plan.samples.length === 0) return { turns: plan.sideways ? 1 : 0, calls: 0 };
  let best = plan.candidates[0]!;
  let bestConf = -1;
  let calls = 0;
  for (const [i, t] of plan.candidates.entries()) {
    const readings = await Promise.all(i === 0 && first ? first : readSamples(p, plan, t, dpi, s, pool));
    calls += readings.length;
    const conf = readings.reduce((a, r) => a + r.confidence, 0) / readings.length;
    if (conf > bestConf) {
      bestConf = conf;
      best = t;
    }
    // Labels read this surely are the right way up: text upside down or mirrored never is.
    if (conf >= s.uprightSureConfidence) break;
  }
  return { turns: best, calls };
}

const UPRIGHT_SAMPLES = 3;

function density(c: Crop): number {
  return c.ink / ((c.rect[2] - c.rect[0]) * (c.rect[3] - c.rect[1]));
}

function turnBinarised(bin: Binarised, turns: number): Binarised {
  const flat = rotateQuarter(bin.flat, turns);
  const ink = rotateQuarter({ width: bin.width, height: bin.height, data: bin.ink }, turns);
  return { flat, ink: ink.data, width: flat.width, height: flat.height };
}

export interface ReadPageOptions {
  page: number;
  dpi: number;
  /** Layout units per pixel (points per pixel). */
  scale: number;
  settings: ScanSettings;
  pool: OcrPool;
  /** Language of `corrected.reason` (default zh). */
  lang?: Lang | undefined;
  /**
   * A phone photo's flattened page (../image/photo.ts): drawn at 200 dpi or more for the rulings'
   * sake from a photo of ≈ 150–170 dpi. A cell chi_sim reads below 0.9 there is read again at
   * `ocrDpi` (150), and the surer reading kept: at 200 dpi the sharpened blur was read 合计 as
   * 人台计 (0.64; 合计 0.73 at 150), 资金使用合规率 as 合规训 (0.80; 0.92), 数据准确率 as 数据准确音.
   * Reading every crop at 150 put those right but lost others (满意度 as 消意度, 9.2 as 92):
   * fields 95.3 → 94.7 % over the six photos; read again only when unsure, 97.0 %.
   */
  photo?: boolean;
  /**
   * A fax's own resolution, its page enlarged before reading (../image/fax.ts): a 3 read in a
   * number is looked at for a 5 that lost its stem (../ocr/fax-digits.ts), and a character read
   * twice in ink too narrow for both is read once (../ocr/doubled.ts; measured on faxes only).
   */
  faxDpi?: number;
  /**
   * A fax's semicolons as its cleaner found them in the ink (a dot over a comma), in this page's
   * pixels: a comma read where one stands is read ； (../ocr/semicolons.ts).
   */
  faxSemicolons?: readonly InkBox[];
  /**
   * Called once every cell's and line's OCR job of the page is posted to the pool: the caller
   * may then take the main thread for the next page (../scan/index.ts).
   */
  posted?: () => void;
}

function darkPixels(img: GrayImage): Uint8Array {
  const out = new Uint8Array(img.width * img.height);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! < 128 ? 1 : 0;
  return out;
}

/** Step timings on stderr when JIXIAO_DEBUG_SCAN is set. */
function timer(page = 0): (label: string) => void {
  if (!process.env.JIXIAO_DEBUG_SCAN) return () => {};
  let t = performance.now();
  return (label) => {
    const now = performance.now();
    process.stderr.write(`[scan] p${page} ${label}: ${(now - t).toFixed(0)} ms, at ${now.toFixed(0)}\n`);
    t = now;
  };
}

/** Reads one page image. */
export async function readPageImage(input: GrayImage, o: ReadPageOptions): Promise<ScannedPage> {
  const { dpi, settings: s, pool, page } = o;
  const clock = timer(page);
  clock("start");
  let img = input;
  // Skew from a plain threshold (the rulings dominate the profile); binarise once, upright.
  // The passes over every pixel have their rows spread over the strip helpers (../image/strips.ts).
  const skew = await estimateSkewSplit(darkPixels(img), img.width, img.height, s.maxSkew, stripPool());
  // The fax's semicolons, found on the page as it came: moved with it when it is deskewed (and
  // dropped below when the page is turned).
  let semicolons = o.faxSemicolons ?? [];
  if (Math.abs(skew) >= s.minSkewToCorrect) {
    semicolons = semicolons.map((m) => {
      const [x, y] = rotateSmallPoint(img.width, img.height, skew, (m[0] + m[2]) / 2, (m[1] + m[3]) / 2);
      const [hw, hh] = [(m[2] - m[0]) / 2, (m[3] - m[1]) / 2];
      return [x - hw, y - hh, x + hw, y + hh] as const;
    });
    img = await rotateSmallSplit(img, skew, stripPool());
  }
  await yieldToWorkers();
  // A fax's enlarged page has white paper by construction: no paper levels to estimate.
  const bin = o.faxDpi !== undefined ? binariseWhitePaper(img, s) : await binariseSplit(img, s, dpi, stripPool());
  let plain: GrayImage | null = null;
  if (isBilevel(input)) {
    plain = bin.flat;
    bin.flat = await thickenSplit(bin.flat, stripPool());
  }
  clock("binarise+skew");
  await yieldToWorkers();
  let p = await fromBinarised(img, bin, plain, dpi, o.scale, page, s);
  clock("rulings+lattice");
  await yieldToWorkers();
  // OCR calls made while this page was read (a scan reads its pages one at a time; files read
  // at once in one process would count each other's too).
  const callsBefore = pool.calls;

  /**
   * Every cell and every line outside the tables of `p`, posted to the pool in one sweep; the
   * runs fill in as the readings come. `firstReadings`: cells already read with the cell
   * reader's crop and options (the upright check's samples), not read again.
   */
  const readCells = (p: Prepared, firstReadings: Map<string, Promise<OcrReading>>, cancel: OcrCancel) => {
    const runs: OcrRun[] = [];
    const toRun = (c: Crop, r: OcrReading, oneRun: boolean, snapped: { text: string; from?: string }, reread?: OcrRun["reread"]) => {
      const sc = o.scale;
      const [cx, cy] = c.rect;
      const lines = oneRun || r.lines.length === 0 ? [{ text: snapped.text, bbox: [0, 0, c.rect[2] - cx, c.rect[3] - cy] as [number, number, number, number], confidence: r.confidence }] : r.lines;
      for (const l of lines) {
        const bbox: BBox = [(cx + l.bbox[0]) * sc, (cy + l.bbox[1]) * sc, (cx + l.bbox[2]) * sc, (cy + l.bbox[3]) * sc];
        // A run's height stands for its font size (lines of a cell are grouped by overlap).
        const fontSize = Math.max(1, (bbox[3] - bbox[1]) / Math.max(1, oneRun ? c.bands : 1));
        const run: OcrRun = { str: l.text, page, bbox, fontName: "ocr", fontSize, confidence: Math.round(l.confidence * 1000) / 1000 };
        if (snapped.from !== undefined) run.corrected = { from: snapped.from, reason: scanMessages(o.lang).reasonLabelSnapped };
        if (r.alternatives) run.alternatives = r.alternatives;
        if (reread && lines.length === 1) run.reread = reread;
        const chars = lines === r.lines ? l.chars : r.lines.map((x) => x.text).join("") === l.text && r.lines.every((x) => x.chars) ? r.lines.flatMap((x) => x.chars!) : undefined;
        if (chars && chars.length === Array.from(l.text).length) {
          run.chars = { text: l.text, confidences: chars };
          const second = r.lines.length === 1 ? r.lines[0]!.second : undefined;
          if (second && second.length === chars.length) run.chars.second = second;
        }
        runs.push(run);
      }
    };

    const crops = p.cells.map((cell) => cellCrop(p, cell, o.scale, dpi, s, o.faxDpi !== undefined));
    // The page's line height: the median height of one-line cells' ink.
    const oneLineHeights = crops.filter((c): c is Crop => c !== null && c.bands === 1).map((c) => c.inkHeight).sort((a, b) => a - b);
    const lineHeight = oneLineHeights[Math.floor(oneLineHeights.length / 2)] ?? 0;
    // Each cell's runs, for the header-row check once every cell is read.
    const cellRuns = new Map<number, OcrRun[]>();
    // The sweep below cuts and posts every cell without a pause (0.1–0.3 s of the main thread on
    // a photo page): meanwhile the workers' finished jobs cannot be answered with new ones, so each
    // slot is given more of them at once, as while the main thread is on another page.
    const wasDeep = pool.deepened;
    pool.deepen(true);
    const cellJobs = crops.map(async (c, ci) => {
      if (!c) return;
      const bin = binaryCrop(p, c.rect);
      const textHeight = (c.rect[3] - c.rect[1]) / Math.max(1, c.bands);
      if (c.bands <= 1 && isDash(bin, textHeight)) {
        toRun(c, { lines: [], text: "—", confidence: SHAPE_CONFIDENCE }, true, { text: "—" });
        return;
      }
      if (c.bands <= 1 && isEllipsis(bin, lineHeight)) {
        toRun(c, { lines: [], text: "……", confidence: SHAPE_CONFIDENCE }, true, { text: "……" });
        return;
      }
      // A cell of several lines is read as one line: its lines laid end to end (text-lines.ts).
      // One band as tall as two lines is lines that touch (a fax's thickened strokes): cut too.
      const touching = c.bands <= 1 && lineHeight > 0 && c.inkHeight >= LINE_SETTINGS.maxLineHeightRatio * lineHeight;
      const bands = c.bands >= 2 || touching ? lineBands(p.clean, p.img.width, c.rect, lineHeight) : [];
      const oneLine = bands.length <= 1 && (c.bands <= 1 || bands.length === 1);
      const joinedImage = evenLines(bands) ? joinLines(p.ocrImage, bands, s.lineJoinGap) : null;
      const psm = oneLine || joinedImage ? s.psmLine : s.psmBlock;
      const lineH = oneLine ? c.inkHeight : textHeight;
      const short = (w: number) => (oneLine && w <= s.numberMaxEms * lineH) || (joinedImage !== null && joinedImage.width <= s.numberMaxEms * joinedImage.height);
      const cellOpts = { tag: "cell", cancel, psm, dpi, ocrDpi: s.ocrDpi, numericReread: s.numericReread, psmLine: s.psmLine, sure: s.numericSureConfidence, engSure: s.engNumberConfidence, cjkSure: s.cjkSureConfidence, inkLevel: s.inkRatio * 255 };
      const image = joinedImage ?? crop(p.ocrImage, ...c.rect);
      const plain = p.plain && !joinedImage ? crop(p.plain, ...c.rect) : null;
      // chi_sim cannot read ≥ ≤: told by shape, and the rest of the cell read on its own.
      const shapes = oneLine ? bin : joinedImage ? inkOf(joinedImage, s.inkRatio) : null;
      const cmp = shapes ? leadingComparator(shapes, { fax: o.faxDpi !== undefined }) : null;
      // A comparator alone in its cell (a template with a column for 指标性质).
      if (cmp && shapes && !hasInkFrom(shapes, cmp.end)) {
        toRun(c, { lines: [], text: cmp.glyph, confidence: SHAPE_CONFIDENCE }, true, { text: cmp.glyph });
        return;
      }
      if (cmp) {
        // On a fax, the rest's ink width: a number read with a digit too many is read again (../ocr/recognise.ts overfillEms).
        const restInk = o.faxDpi && oneLine ? inkSpanFrom(shapes!, cmp.end) : null;
        const rest = await recogniseCell(pool, crop(image, cmp.end, 0, image.width, image.height), { ...cellOpts, short: short(image.width - cmp.end), ...(restInk ? { overfillEms: restInk.width / restInk.height } : {}), ...(plain ? { plain: crop(plain, cmp.end, 0, plain.width, plain.height) } : {}) });
        if (/^\d/.test(rest.text)) {
          const text = o.faxDpi ? faxFives(shapes!, cmp.glyph + rest.text) : cmp.glyph + rest.text;
          toRun(c, { ...rest, text, lines: [] }, true, { text });
          return;
        }
      }
      // One glyph narrower than it is tall is no Chinese character (they are square): a digit.
      const narrow = oneLine && c.inkWidth <= s.digitMaxAspect * c.inkHeight;
      // A one-line cell's ink width tells how many digits a number in it has (recognise.ts: fitsInk).
      const inkEms = oneLine && c.bands <= 1 && c.inkHeight > 0 ? { inkEms: c.inkWidth / c.inkHeight } : {};
      const readBefore = !joinedImage ? firstReadings.get(c.rect.join(",")) : undefined;
      let reading = await recogniseCell(pool, image, { ...cellOpts, short: short(image.width), narrow, ...inkEms, ...(plain ? { plain } : {}), ...(readBefore ? { first: readBefore } : {}) });
      if (o.photo && reading.confidence < PHOTO_REREAD_BELOW && HAS_CJK.test(reading.text) && Array.from(reading.text).length <= PHOTO_REREAD_MAX_CHARS && !isTemplateLabel(reading.text)) {
        const again = await recognise(pool, image, { psm, dpi, ocrDpi: s.ocrDpi, downscaleAbove: 1, tag: "photo", cancel });
        if (again.confidence > reading.confidence) reading = again;
      }
      const cellMarks = semicolons.filter((m) => m[0] >= c.rect[0] && m[2] <= c.rect[2] && m[1] >= c.rect[1] && m[3] <= c.rect[3]);
      if (cellMarks.length > 0) reading = semicolonsByInk(reading, joinedImage ? joinedToPage(bands, s.lineJoinGap) : (x, y) => [c.rect[0] + x, c.rect[1] + y], cellMarks);
      if (process.env.JIXIAO_DEBUG_SCAN_DIR) {
        const { writeFileSync } = await import("node:fs");
        writeFileSync(`${process.env.JIXIAO_DEBUG_SCAN_DIR}/p${page}-${c.rect.join("_")}-${reading.text.replace(/[\s/]/g, "_").slice(0, 20)}.pgm`, toPgm(image));
      }
      // Marks with no letter, digit or character in them, read unsure, are specks and bits of a
      // ruling at the crop's edge (~ -~), not text; a real dash or slash is read sure.
      if (!reading.text || (NO_WORD.test(reading.text) && reading.confidence < s.lowConfidence)) return;
      // A fax's one-line reading of Chinese characters far fewer than its ink holds (群众满意度 read
      // 调度) is read again at the page's own resolution, and that reading taken when its characters
      // fit the ink better (../ocr/unread-ink.ts). Only ink as tall as a line of text is measured
      // so (a dash's flat ink, read 一, is many of its heights wide).
      let readAgain = false;
      const textHigh = lineHeight > 0 && c.inkHeight >= TEXT_HIGH * lineHeight;
      if (o.faxDpi && psm === s.psmLine && textHigh && inkEms.inkEms !== undefined && leavesInkUnread(reading.text, inkEms.inkEms)) {
        const again = await recognise(pool, image, { psm, dpi, tag: "fewer", cancel });
        if (fillsInkBetter(reading.text, again.text, inkEms.inkEms)) {
          reading = again;
          readAgain = true;
        }
      }
      const readText = reading.lines.length > 0 ? reading.lines.map((l) => l.text).join("") : reading.text;
      const joinedText = o.faxDpi && oneLine ? undoubled(faxFives(bin, readText), inkEms.inkEms) : readText;
      const unit = snapFundsLabelUnit(joinedText);
      const snapped = unit.from !== undefined ? unit : reading.confidence < s.snapBelowConfidence ? snapToVocabulary(joinedText) : { text: joinedText };
      // A fax's short cell with a Chinese character read unsure is read again at the page's own
      // resolution, and what that reading puts at each character's place kept beside it for the
      // correct stage to weigh (../ocr/second-reading.ts; snapped labels need none).
      const line = reading.lines.length === 1 ? reading.lines[0]! : null;
      if (o.faxDpi && !readAgain && psm === s.psmLine && snapped.from === undefined && line && line.text === joinedText && wantsSecondReading(line)) {
        const again = await recognise(pool, image, { psm, dpi, tag: "second", cancel });
        reading = { ...reading, lines: [{ ...line, second: pairByPlace(line, again) }] };
      }
      // A number (or a short cell read as no Chinese: a score's 15 read `]`) can be read again
      // other ways if the form's arithmetic doubts it; its crop is kept for that.
      const numberLike = oneLine && snapped.from === undefined && (looksNumeric(joinedText) || (short(image.width) && !HAS_CJK.test(joinedText)));
      const reread = numberLike ? () => rereadNumber(pool, image, { dpi, inkLevel: s.inkRatio * 255, psm: s.psmLine }) : undefined;
      const first = runs.length;
      toRun(c, reading, joinedImage !== null || snapped.from !== undefined || reading.lines.length <= 1, snapped.from !== undefined ? snapped : { text: joinedText }, reread);
      cellRuns.set(ci, runs.slice(first));
    });
    const outsideJobs = outsideLines(p, o.scale, dpi, s).map(async (c) => {
      const reading = await recognise(pool, crop(p.ocrImage, ...c.rect), { psm: s.psmLine, dpi, ocrDpi: s.ocrDpi, tag: "outside", cancel });
      if (process.env.JIXIAO_DEBUG_SCAN_DIR) {
        const { writeFileSync } = await import("node:fs");
        writeFileSync(`${process.env.JIXIAO_DEBUG_SCAN_DIR}/out-p${page}-${c.rect.join("_")}-${reading.text.replace(/[\s/]/g, "_").slice(0, 20)}.pgm`, toPgm(crop(p.ocrImage, ...c.rect)));
      }
      // Specks and page furniture read as one or two unsure characters, or as unsure marks with
      // no letter, digit or character in them (~ -~ under a table's last row), are not text.
      if (!reading.text || (reading.confidence < s.minOutsideConfidence && (Array.from(reading.text).length <= 2 || NO_WORD.test(reading.text)))) return;
      const year = snapYearLine(reading.text);
      const title = year.from !== undefined ? year : snapTitle(reading.text);
      const snapped = title.from !== undefined ? title : reading.confidence < s.snapBelowConfidence ? snapToVocabulary(reading.text) : { text: reading.text };
      toRun(c, reading, true, snapped.from !== undefined ? snapped : { text: reading.text });
    });
    pool.deepen(wasDeep);
    const done = Promise.all([...cellJobs, ...outsideJobs]).then(() => {});
    // Awaited once the page's way up is known; a sweep given up may fail meanwhile (cancelled).
    done.catch(() => {});
    return { runs, cellRuns, done };
  };

  // The page is read as it lies while its upright check reads its samples: most pages are
  // upright, and the workers would otherwise wait for the check's answer (two rounds of three
  // samples when the first is unsure: 0.1–0.7 s a page, with the other cores idle) before any
  // cell was posted. The samples' readings are the cells' first readings. When the check turns
  // the page, the cells not yet read are dropped and the turned page is read.
  const plan = uprightPlan(p, o.scale, dpi, s);
  const asIs = plan.candidates[0] === 0 && plan.samples.length > 0 ? readSamples(p, plan, 0, dpi, s, pool) : null;
  let cancel: OcrCancel = { cancelled: false };
  let sweep = asIs ? readCells(p, new Map(plan.samples.map((c, i) => [c.rect.join(","), asIs[i]!])), cancel) : null;
  const upright = await uprightTurns(p, plan, asIs, dpi, s, pool);
  clock("upright");
  if (upright.turns !== 0 || !sweep) {
    if (sweep) pool.cancel(cancel);
    if (upright.turns !== 0) {
      semicolons = [];
      const turned = turnBinarised(bin, upright.turns);
      p = await fromBinarised(turned.flat, turned, plain && rotateQuarter(plain, upright.turns), dpi, o.scale, page, s);
    }
    cancel = { cancelled: false };
    sweep = readCells(p, new Map(), cancel);
  }
  // The next page is taken (long stretches of the main thread) once this page's way up is known:
  // taken as soon as the guessed sweep was posted, its steps held back the check's answer, and
  // an upside-down page's cells were nearly all read the wrong way up meanwhile
  // (s-p05-200-turn180: 120 → 282 calls on its first page, CPU 12.7 → 17.9 s, load 17).
  o.posted?.();
  await sweep.done;
  const { runs, cellRuns } = sweep;
  // Labels misread beyond snapping a lone cell, put right by the row or column they stand in.
  const headerCells = [...cellRuns].filter(([, rs]) => rs.length === 1).map(([ci, rs]) => ({ bbox: p.cells[ci]!, run: rs[0]!, text: rs[0]!.str }));
  for (const [i, label] of [...snapHeaderRow(headerCells), ...snapFundsHeaderRow(headerCells), ...snapFundRowLabels(headerCells), ...snapIndicatorLevels(headerCells), ...snapTotalRow(headerCells), ...snapLabelColumn(headerCells), ...snapGoalColumns(headerCells)]) {
    const run = headerCells[i]!.run;
    run.corrected = { from: run.corrected?.from ?? run.str, reason: scanMessages(o.lang).reasonHeaderRow };
    run.str = label;
  }
  const ocrCalls = pool.calls - callsBefore;
  clock(`ocr (${ocrCalls} calls)`);
  runs.sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);

  return {
    layout: {
      page,
      width: p.img.width * o.scale,
      height: p.img.height * o.scale,
      runs,
      segments: rulingsToSegments(p.rulings, o.scale),
      rects: [],
    },
    skew,
    turns: upright.turns,
    ocrCalls,
  };
}
