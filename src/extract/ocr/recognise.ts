/**
 * One crop → its text lines with boxes and a confidence, through the shared worker pool.
 * Numeric-looking text is read a second time restricted to digits, and the surer reading wins.
 */
import { downscale, downscaleArea, pad, toPgm, upscaleSmooth, type GrayImage } from "../image/gray.js";
import type { OcrCancel, OcrLang, OcrPool } from "./tesseract.js";
import { pairSymbols, type TSymbol } from "./char-confidence.js";
import type { SecondChar } from "./second-reading.js";

export interface OcrLine {
  text: string;
  /** In the crop's pixels (before padding). */
  bbox: [number, number, number, number];
  /** 0–1. */
  confidence: number;
  /** Each character's own confidence (0–1), one per code point of `text` (`./char-confidence.ts`). */
  chars?: number[];
  /** Each character's box in the crop's pixels, as `bbox` (null: no symbol), one per code point of `text`. */
  boxes?: ([number, number, number, number] | null)[];
  /** What a second reading put at each character's place (null: nothing there), one per code point (`./second-reading.ts`). */
  second?: (SecondChar | null)[];
}

export interface OcrReading {
  lines: OcrLine[];
  text: string;
  confidence: number;
  /** Other readings of a numeric cell read more than once, where they differ (for the arithmetic check). */
  alternatives?: { text: string; confidence: number }[];
}

export interface RecogniseOptions {
  psm: string;
  dpi: number;
  /** White border added around the crop, pixels. */
  padding?: number;
  whitelist?: string;
  /** Crops of higher resolution are scaled down to this before reading. */
  ocrDpi?: number;
  /** Model to read with (chi_sim unless said). */
  lang?: OcrLang;
  /**
   * Crops are brought down to `ocrDpi` only from above this multiple of it (default 1.5: 200 dpi
   * scans read better as they are); set, they are brought down by exact area (`downscaleArea`).
   */
  downscaleAbove?: number;
  /** What the call is for, in the JIXIAO_DEBUG_OCR log (first, eng, sharp, whitelist, vote, photo, psm13 …). */
  tag?: string;
  /** Read before the pool's waiting jobs (a page's upright check: ./tesseract.ts). */
  urgent?: boolean;
  /** Dropped if still waiting when this is cancelled (a page read on a guess of its way up: ../scan/page.ts). */
  cancel?: OcrCancel;
}

const PAD = 12;
/**
 * Left and right the border is thinner: a one-line read runs the LSTM along the whole width,
 * margins included, so a wide margin costs time on every short cell (4 px read the same text).
 */
const PAD_X = 4;

interface TWord {
  text: string;
  confidence: number;
  symbols?: TSymbol[];
}
interface TLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  words: TWord[];
}
interface TPage {
  text: string;
  confidence: number;
  blocks: { paragraphs: { lines: TLine[] }[] }[] | null;
}

const CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef";
const SPACE_BETWEEN = [
  // Tesseract writes spaces between CJK characters; they carry no meaning there.
  new RegExp(`(?<=[${CJK}]) (?=[${CJK}\\d(（])`, "gu"),
  new RegExp(`(?<=[\\d)）]) (?=[${CJK}])`, "gu"),
  // …and inside numbers: 3 0 → 30, 8 .7 → 8.7, 9 0 % → 90%.
  /(?<=\d) (?=[\d.,%])/g,
  /(?<=[.,]) (?=\d)/g,
];

export function tidyOcrText(s: string): string {
  // Trimmed first: tesseract ends a line with a newline, which kept the rules anchored at the
  // end ($) from ever matching (传染病报告及时率 . kept its speck).
  let t = s.replace(/\s+/g, " ").trim();
  for (const re of SPACE_BETWEEN) t = t.replace(re, "");
  return (
    unpairedQuotesAsCommas(t)
      // A full-width bracket read as an angle bracket: 满意度指标〈10分）.
      .replace(/〈/g, "（")
      .replace(/〉/g, "）")
      // A bracket read twice before a number (产出指标（《50分)): the second is no text.
      .replace(/([（(])\s*[《〈<（(](?=\s*\d)/g, "$1")
      // A name's points in brackets, a bracket read as a brace or an angle bracket on a fax
      // (产出指标{50分), 满意度指标(10分》): the 一级 name then kept its points and was no name.
      .replace(/[{《](?=\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）}》])/gu, "(")
      .replace(/(?<=[(（]\s*\d{1,3}(?:\.\d+)?\s*分)\s*[}》]/gu, ")")
      // Punctuation inside a number: 22，362。40 → 22,362.40.
      .replace(/(?<=\d)[，](?=\d{3}(?!\d))/g, ",")
      .replace(/(?<=\d)[。“”"'‘’·:：;；](?=\d)/g, ".")
      // A department code before its name with the dash read as 一: 240一嘉兴市 → 240-嘉兴市.
      .replace(/^(\d{3,})\s*[一—－]\s*(?=[\u3400-\u9fff])/u, "$1-")
      // An ASCII point or hyphen after the last character is a speck at the cell's edge (a fax:
      // 传染病报告及时率., 问题响应时疗-); Chinese ends a sentence with 。 and has no trailing hyphen.
      .replace(/(?<=[\u3400-\u9fff])\s*[.\-]$/u, "")
      // A closing quote ending the line with none opened before it is a speck beyond the text
      // (d-fax-p01's project name: 防控经费 ” from a dot at the cell's right edge).
      .replace(/(?<=[\u3400-\u9fff])\s*”$/u, (q: string, at: number, all: string) => (all.slice(0, at).includes("“") ? q : ""))
      // …and an opening quote starting the line with none closed after it is a speck before the
      // text (d-fax-real-r02's actual 程度较高 read “ 程度较高: a dot at the cell's left edge).
      .replace(/^“\s*(?=[\u3400-\u9fff])/u, (q: string, _at: number, all: string) => (all.slice(q.length).includes("”") ? q : ""))
      .trim()
  );
}

const QUOTE_BETWEEN = /(?<=[\u3400-\u9fff]) ?[“”] ?(?=[\u3400-\u9fff\d])/gu;
const OPENING_BEFORE_STOP = / ?“ ?(?=[。，；、])/gu;

/**
 * A curly quote between two characters that pairs with no other is a comma: a fax's ， at 150 dpi
 * is a dot with a short tail, read ” (d-fax-p01's goal text: 增强”规范…, 管理”降低…, eleven of them,
 * 8 % of its characters wrong against 4.5 % with them as commas). A “ followed by a ” is a quotation
 * and both stay.
 */
function unpairedQuotesAsCommas(t: string): string {
  if (!/[“”]/u.test(t)) return t;
  // An opening quote before a stop or a comma opens nothing: a speck (d-fax-p01: 公开工作“。).
  t = t.replace(OPENING_BEFORE_STOP, "");
  const paired = new Set<number>();
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "“") open = i;
    else if (t[i] === "”" && open >= 0) {
      // A quotation is a term or a name (“放管服”, “网站及微信、微博公众号发布工作完成率”): a
      // pair spanning a sentence's clauses is two commas read as quotes (d-fax-p01: 项目“为城乡
      // 居民…服务，提高…屏障”做好).
      if (!/[，。；]/u.test(t.slice(open + 1, i))) paired.add(open).add(i);
      open = -1;
    }
  }
  // Tesseract writes spaces around the quote (增强 ” 规范): they go with it.
  return t.replace(QUOTE_BETWEEN, (q: string, at: number) => (paired.has(at + q.indexOf(q.trim())) ? q : "，"));
}

/** Mean word confidence (0–1), each word weighted by its length. */
function lineConfidence(words: TWord[], fallback: number): number {
  let n = 0;
  let sum = 0;
  for (const w of words) {
    const len = Math.max(1, Array.from(w.text.trim()).length);
    n += len;
    sum += len * w.confidence;
  }
  return (n > 0 ? sum / n : fallback) / 100;
}

export async function recognise(pool: OcrPool, img: GrayImage, opts: RecogniseOptions): Promise<OcrReading> {
  const read = await recogniseAs(pool, img, opts);
  // Tesseract's line finder sometimes finds no line at all in a clear one-line crop (bold type
  // thickened on a bilevel scan: 一级指标 and 调整后预算数 came back empty with PSM 7 and 6); PSM
  // 13 reads the crop as one raw line without looking for lines first.
  if (read.lines.length === 0 && opts.psm === "7") return recogniseAs(pool, img, { ...opts, psm: "13", tag: `${opts.tag ?? ""}+psm13` });
  return read;
}

async function recogniseAs(pool: OcrPool, img: GrayImage, opts: RecogniseOptions): Promise<OcrReading> {
  const p = opts.padding ?? PAD;
  const px = opts.padding ?? PAD_X;
  // chi_sim misreads digits of high-resolution crops (1,993.82 as 15993582 at 300 dpi, right
  // at 150): crops are brought down to the resolution it reads best, which is also faster.
  const f = opts.ocrDpi && opts.dpi > opts.ocrDpi * (opts.downscaleAbove ?? DOWNSCALE_ABOVE) ? opts.ocrDpi / opts.dpi : 1;
  if (f < 1) img = opts.downscaleAbove !== undefined ? downscaleArea(img, f) : downscale(img, f);
  const params: Record<string, string> = {
    tessedit_pageseg_mode: opts.psm,
    tessedit_char_whitelist: opts.whitelist ?? "",
    user_defined_dpi: String(Math.round(opts.dpi * f)),
    // Tesseract's own debug prints (a blank crop's statistics) would land on our stdout.
    debug_file: "/dev/null",
    // Tesseract reads every line it is unsure of a second time inverted (white on black), which
    // doubled the LSTM's work on a blurred photo's lines; a crop here is always dark on light.
    tessedit_do_invert: "0",
  };
  const image = toPgm(pad(img, px, p));
  const t0 = performance.now();
  const res = await pool.run(params, async (w, options) => {
    const t1 = performance.now();
    const r = await w.recognize(image, options, { text: true, blocks: true });
    if (process.env.JIXIAO_DEBUG_OCR) process.stderr.write(`[ocr] ${opts.lang ?? "chi_sim"} ${opts.tag ?? "-"} ${img.width}x${img.height} wl=${opts.whitelist ? 1 : 0} run ${(performance.now() - t1).toFixed(0)} wait ${(t1 - t0).toFixed(0)} at ${t1.toFixed(0)}\n`);
    return r;
  }, opts.lang ?? "chi_sim", opts.urgent === true, opts.cancel);
  const page = res.data as unknown as TPage;
  const lines: OcrLine[] = [];
  for (const b of page.blocks ?? []) {
    for (const para of b.paragraphs) {
      for (const l of para.lines) {
        const text = tidyOcrText(l.text);
        if (!text) continue;
        const syms = pairSymbols(text, l.words.flatMap((w) => w.symbols ?? []));
        const toCrop = (b: { x0: number; y0: number; x1: number; y1: number }): [number, number, number, number] => [Math.max(0, b.x0 - px) / f, Math.max(0, b.y0 - p) / f, Math.max(0, b.x1 - px) / f, Math.max(0, b.y1 - p) / f];
        lines.push({
          text,
          bbox: toCrop(l.bbox),
          confidence: lineConfidence(l.words, l.confidence),
          chars: syms.map((sym) => (sym ? Math.round(sym.confidence) / 100 : 0)),
          boxes: syms.map((sym) => (sym?.bbox ? toCrop(sym.bbox) : null)),
        });
      }
    }
  }
  const text = lines.map((l) => l.text).join("\n");
  let n = 0;
  let sum = 0;
  for (const l of lines) {
    const len = Math.max(1, Array.from(l.text).length);
    n += len;
    sum += len * l.confidence;
  }
  return { lines, text, confidence: n > 0 ? sum / n : 0 };
}

/** Text that is a number, or a number with the usual OCR confusions (l or 工 for 1, O for 0). */
const NUMERIC_LIKE = /^[\s\d.,，。%％\-—lIiOoSsBZz|:：;；'’“”工丁〇口了]+$/u;
const CLEAN_NUMBER = /^-?\d[\d,]*(\.\d+)?%?$/;

export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && NUMERIC_LIKE.test(t) && /\d/.test(t);
}

export function isCleanNumber(text: string): boolean {
  return CLEAN_NUMBER.test(text.replace(/\s+/g, ""));
}

export const DIGIT_WHITELIST = "0123456789.,%-";

export interface CellOptions extends RecogniseOptions {
  numericReread: boolean;
  psmLine: string;
  /** A clean number chi_sim reads at or above this confidence is not read again. */
  sure?: number;
  /** The crop is one line short enough to be a number: eng is asked first. */
  short?: boolean;
  /** eng's reading is taken when it is a clean number at or above this confidence. */
  engSure?: number;
  /** chi_sim's reading of a short crop with Chinese in it is kept at or above this confidence. */
  cjkSure?: number;
  /** The crop's ink is one glyph narrower than a Chinese character. */
  narrow?: boolean;
  /**
   * A one-line crop's ink width in ink heights: a number read with fewer glyphs than that width
   * holds lost one (a blurred 26 or 20 whose digits touch, read 6 and 0 surely), so it is not
   * sure, and a reading whose glyphs fill the width wins over one whose do not.
   */
  inkEms?: number;
  /** Gray level below which a pixel is ink: eng reads a crop thresholded there when it failed on the gray. */
  inkLevel?: number;
  /**
   * A bilevel page's crop before its strokes were thickened. Thickening helps chi_sim with
   * Chinese but closes a 3 into an 8 and a 5 into a 6 once the thin strokes are gone, so a
   * number there is also read by eng on this crop, as it is and enlarged, and the readings vote.
   */
  plain?: GrayImage;
  /**
   * The crop's first reading when it was already made with these options (the upright check
   * reads a page's densest one-line cells as the cell reader would): not read again.
   */
  first?: OcrReading | Promise<OcrReading>;
  /**
   * A fax's number after a comparator: its ink width in digit heights. A clean number whose
   * glyphs overfill it by most of a digit is read again by eng at `ocrDpi` (d-fax-p01's ≥85% read
   * ≥835% by chi_sim and by eng at 300 dpi, 85% by eng at 150), and that reading taken when it fits.
   */
  overfillEms?: number;
}

const HAS_CJK = /[\u3400-\u9fff]/u;

/**
 * Reads a crop with chi_sim. eng reads it again when chi_sim's text looks numeric but is not a
 * clean number read with confidence, and when a short one-line crop was read unsure (chi_sim
 * reads lone digits as look-alike characters, 5 as 区 or 3 as 汪, with almost no confidence,
 * while it reads a unit beside digits, 14月 or 27条, with confidence — where eng would read 148
 * and 27%). eng's clean number wins unless chi_sim read a clean number with more confidence; the
 * other reading is kept in `alternatives` for the arithmetic check.
 */
export async function recogniseCell(pool: OcrPool, img: GrayImage, opts: CellOptions): Promise<OcrReading> {
  const read = await recogniseOnce(pool, img, opts);
  if (opts.overfillEms !== undefined && overfillsInk(read.text, opts.overfillEms)) return overfilled(pool, img, read, opts.overfillEms, opts);
  return opts.plain ? voteBilevel(pool, read, opts.plain, opts) : read;
}

/** A number read with a digit too many (`CellOptions.overfillEms`): eng at `ocrDpi`, taken when its glyphs fit the ink. */
async function overfilled(pool: OcrPool, img: GrayImage, read: OcrReading, ems: number, opts: CellOptions): Promise<OcrReading> {
  const low = await recognise(pool, img, { ...forEng(opts), ocrDpi: opts.ocrDpi, psm: opts.psmLine, lang: "eng", tag: "overfill" });
  const t = low.text.replace(/\s+/g, "");
  if (!isCleanNumber(t) || low.confidence < (opts.engSure ?? 0.6) || overfillsInk(t, ems) || !fitsInk(t, ems)) return read;
  return { ...low, text: t, lines: [], alternatives: [{ text: read.text, confidence: read.confidence }, ...(read.alternatives ?? []).filter((x) => x.text !== t && x.text !== read.text)] };
}

/**
 * Enlargements a bilevel crop is read at, besides its own size. Measured on the bilevel TIFF's
 * 46 number cells: eng read 30 right as they are, 30 at 1.5×, 28 at 2×, 24 thickened; the vote
 * of these three and the usual reading 35. The readings that lose stay as alternatives, and the
 * arithmetic check takes them where the form's sums confirm them.
 */
const BILEVEL_SCALES = [1, 1.5, 2];

/** The options for eng: it reads digits best at the scan's own resolution (a lone 5 at 150 dpi comes back as 3). */
function forEng(opts: CellOptions): Omit<CellOptions, "ocrDpi"> {
  const { ocrDpi: _chiDpi, ...engOpts } = opts;
  void _chiDpi;
  return engOpts;
}

/** Weight of one reading in a vote, besides its confidence: agreement counts more than certainty. */
const VOTE_WEIGHT = 0.5;

async function voteBilevel(pool: OcrPool, read: OcrReading, plain: GrayImage, opts: CellOptions): Promise<OcrReading> {
  const t = read.text.replace(/\s+/g, "");
  const numberish = looksNumeric(t) || (opts.short === true && (!HAS_CJK.test(t) || read.confidence < (opts.cjkSure ?? 0.5)));
  if (!numberish) return read;
  const engOpts = forEng(opts);
  const readings = await Promise.all(
    BILEVEL_SCALES.map(async (f) => {
      const image = f === 1 ? plain : upscaleSmooth(plain, f);
      const r = await recognise(pool, image, { ...engOpts, psm: opts.psmLine, dpi: Math.round(opts.dpi * f), lang: "eng", tag: "vote" });
      return { text: r.text.replace(/\s+/g, ""), confidence: r.confidence };
    }),
  );
  readings.push({ text: t, confidence: read.confidence }, ...(read.alternatives ?? []));
  return voteReadings(readings) ?? read;
}

/**
 * The clean number most readings agree on (each counts its confidence plus a fixed weight, so
 * agreement counts more than certainty; ties go to the first reading), with the others kept as
 * alternatives; null when no reading is a clean number. Its confidence is the best agreeing
 * reading's, times the share of readings that agree.
 */
export function voteReadings(readings: readonly { text: string; confidence: number }[]): OcrReading | null {
  const votes = new Map<string, number>();
  for (const r of readings) if (isCleanNumber(r.text)) votes.set(r.text, (votes.get(r.text) ?? 0) + VOTE_WEIGHT + r.confidence);
  if (votes.size === 0) return null;
  let best = "";
  let bestVotes = -1;
  for (const [text, v] of votes) if (v > bestVotes) [best, bestVotes] = [text, v];
  const agree = readings.filter((r) => r.text === best);
  const others = new Map<string, number>();
  for (const r of readings) if (r.text && r.text !== best && !others.has(r.text)) others.set(r.text, r.confidence);
  const confidence = Math.round(Math.max(...agree.map((r) => r.confidence)) * (agree.length / readings.length) * 1000) / 1000;
  return { lines: [], text: best, confidence, ...(others.size > 0 ? { alternatives: [...others].map(([text, c]) => ({ text, confidence: c })) } : {}) };
}

async function recogniseOnce(pool: OcrPool, img: GrayImage, opts: CellOptions): Promise<OcrReading> {
  const read = await (opts.first ?? recognise(pool, img, opts));
  // A number wrapped in a narrow cell (10590 / 0.48) is one number.
  const first = read.lines.length > 1 ? { ...read, text: read.lines.map((l) => l.text).join("") } : read;
  if (!opts.numericReread) return read;
  const a = first.text.replace(/\s+/g, "");
  const numeric = looksNumeric(first.text);
  const aFits = fitsInk(a, opts.inkEms);
  if (numeric && isCleanNumber(a) && aFits && first.confidence >= (opts.sure ?? 0.88)) return { ...first, text: a, lines: read.lines.length > 1 ? [] : first.lines };
  // A lone character read in a glyph too narrow to be Chinese (了 for a 7) is not sure either.
  const loneInNarrow = opts.narrow === true && Array.from(a).length === 1 && HAS_CJK.test(a);
  const unsureShort = opts.short === true && (first.confidence < (opts.cjkSure ?? 0.5) || !HAS_CJK.test(a) || loneInNarrow);
  if (!numeric && !unsureShort) return read;
  const psm = read.lines.length > 1 ? opts.psm : opts.psmLine;
  const engOpts = forEng(opts);
  let digits = await recognise(pool, img, { ...engOpts, psm, lang: "eng", tag: "eng" });
  let b = digits.text.replace(/\s+/g, "");
  // A lone % (a unit column) is eng's too: chi_sim reads it 9%.
  if (b === "%" && digits.confidence >= (opts.engSure ?? 0.6)) return { ...digits, text: b, lines: [], ...(a ? { alternatives: [{ text: a, confidence: first.confidence }] } : {}) };
  const engFailed = !isCleanNumber(b) || digits.confidence < (opts.engSure ?? 0.6);
  // Faint digits that touch (a photo's 20) are read as one by both models on the gray.
  const bothShort = !engFailed && !aFits && !fitsInk(b, opts.inkEms);
  if ((engFailed || bothShort) && opts.inkLevel) {
    // A lone blurred digit (a 7 read as 时 and as "if") reads right black on white.
    const level = opts.inkLevel;
    const sharp = await recognise(pool, { ...img, data: img.data.map((v) => (v < level ? 0 : 255)) }, { ...engOpts, psm, lang: "eng", tag: "sharp" });
    const t = sharp.text.replace(/\s+/g, "");
    if (isCleanNumber(t) && sharp.confidence >= (opts.engSure ?? 0.6) && (engFailed || fitsInk(t, opts.inkEms))) {
      digits = sharp;
      b = t;
    }
  }
  if (!isCleanNumber(b) || digits.confidence < (opts.engSure ?? 0.6)) {
    if (!numeric) return read;
    digits = await recognise(pool, img, { ...engOpts, psm, whitelist: DIGIT_WHITELIST, lang: "eng", tag: "whitelist" });
    b = digits.text.replace(/\s+/g, "");
    if (!b || !isCleanNumber(b)) return read;
  }
  // Whitelisted readings often come back with confidence 0: it says nothing then.
  const dConf = digits.confidence > 0 ? digits.confidence : first.confidence * DISAGREEING_CONFIDENCE;
  if (a === b) return { ...first, lines: [], text: b, confidence: Math.max(first.confidence, digits.confidence) };
  // A reading that leaves part of the ink unread loses to one that fills it, however sure.
  const bFits = fitsInk(b, opts.inkEms);
  const keepFirst = isCleanNumber(a) && (aFits !== bFits ? aFits : first.confidence > dConf);
  const pick = keepFirst ? { ...first, text: a } : { ...digits, text: b, confidence: keepFirst ? first.confidence : numeric ? Math.min(dConf, first.confidence) : dConf };
  const other = keepFirst ? { text: b, confidence: dConf } : { text: a, confidence: first.confidence };
  return a ? { ...pick, lines: [], alternatives: [other] } : { ...pick, lines: [] };
}

/**
 * Ink width of a number's glyphs, in digit heights (measured on the photo and scan fixtures: a
 * lone digit ≈ 0.55, 26 ≈ 1.25, 100 ≈ 1.8); a digit's advance is ≈ 0.65.
 */
const GLYPH_EMS: Readonly<Record<string, number>> = { ".": 0.25, ",": 0.25, "%": 0.9, "-": 0.5 };
const DIGIT_EMS = 0.65;
const FIRST_DIGIT_EMS = 0.55;
/** Unread ink wider than most of a digit means a glyph was lost. */
const LOST_GLYPH_EMS = 0.45;

/** Whether the glyphs of `text` fill the crop's ink width (true when the width is not known or the text is no number). */
export function fitsInk(text: string, inkEms: number | undefined): boolean {
  if (inkEms === undefined || !isCleanNumber(text)) return true;
  return inkEms < glyphEms(text) + LOST_GLYPH_EMS;
}

/** The ink width a number's glyphs take, in digit heights. */
function glyphEms(text: string): number {
  let ems = FIRST_DIGIT_EMS - DIGIT_EMS;
  for (const ch of text) ems += GLYPH_EMS[ch] ?? DIGIT_EMS;
  return ems;
}

/** Whether a clean number's glyphs need more ink than the crop holds by most of a digit (a digit read twice or made up). */
export function overfillsInk(text: string, inkEms: number): boolean {
  return isCleanNumber(text) && glyphEms(text) > inkEms + LOST_GLYPH_EMS;
}

/**
 * Resolution chi_sim reads a number's crop at when it is read again (`rereadNumber`): between the
 * 150 dpi it reads a page's cells at and the 300 of a fax's enlarged page. On d-fax-real-r02 a
 * fax's 29.00 whose 9 lost part of its bowl was read 28.00 at 150 and 29.00 at 200.
 */
export const REREAD_DPI = 200;

export interface RereadOptions {
  /** The crop's resolution. */
  dpi: number;
  /** Gray level below which a pixel is ink (the crop is read black on white at it). */
  inkLevel: number;
  psm: string;
  cancel?: OcrCancel;
}

/**
 * A number's cell read two more ways, for the arithmetic check to weigh when the form's sums do
 * not hold (src/correct/reread.ts asks, only for the numbers the check doubts): eng on the crop
 * black on white at its own resolution, and chi_sim at `REREAD_DPI` (when the crop's resolution is
 * above it: below, chi_sim's first reading was made at its own). The clean numbers read, each
 * once (the value as read may be among them: the check passes over it).
 * Measured on d-fax-real-r02's two misread numbers: a 29.00 read 25.00 (chi_sim 28.00, eng 25.00
 * on the gray) reads 29.00 both ways; a score 15 whose 1 has a serif foot, read `]` by chi_sim and
 * `lo` by eng on the gray, reads 15 by eng black on white.
 */
export async function rereadNumber(pool: OcrPool, img: GrayImage, o: RereadOptions): Promise<{ text: string; confidence: number }[]> {
  const level = o.inkLevel;
  const sharp = { ...img, data: img.data.map((v) => (v < level ? 0 : 255)) };
  const cancel = o.cancel ? { cancel: o.cancel } : {};
  const ways = await Promise.all([
    recognise(pool, sharp, { psm: o.psm, dpi: o.dpi, lang: "eng", tag: "reread", ...cancel }),
    // A crop of REREAD_DPI or less was read by chi_sim as it is already.
    ...(o.dpi > REREAD_DPI ? [recognise(pool, img, { psm: o.psm, dpi: o.dpi, ocrDpi: REREAD_DPI, downscaleAbove: 1, tag: "reread", ...cancel })] : []),
  ]);
  const out = new Map<string, number>();
  for (const r of ways) {
    const t = r.text.replace(/\s+/g, "");
    if (isCleanNumber(t) && !out.has(t)) out.set(t, r.confidence);
  }
  return [...out].map(([text, confidence]) => ({ text, confidence }));
}

/** Share of the first reading's confidence given to a whitelisted reading that disagrees and reports none. */
const DISAGREEING_CONFIDENCE = 0.75;

/**
 * Crops are scaled down only from well above the OCR resolution: 300 dpi crops read better at
 * 150, while 200 dpi crops read worse at 150 than as they are.
 */
const DOWNSCALE_ABOVE = 1.5;
