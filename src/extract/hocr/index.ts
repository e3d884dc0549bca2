/**
 * hOCR and ALTO XML from other OCR engines → the same layout stage as everything else: each
 * word becomes a text run with its box and confidence; separators and graphical elements thin
 * enough to be lines become rulings, so a ruled table gets the lattice; with no rulings the
 * words are laid out by position (stream flavour).
 *
 * Read with fast-xml-parser with entity expansion off (no billion laughs; the five XML entities
 * and numeric references are decoded by hand) and with limits on size and on element count.
 */
import { scanMessages } from "../scan/messages.js";
import { parseXml as parseOrderedXml, type XNode } from "../safe-xml.js";
import type { BBox, LayoutPage, Segment } from "../../layout/geometry.js";
import { layoutPages } from "../../layout/to-grid.js";
import type { Diagnostic } from "../../schema/index.js";
import type { Extraction, ReaderContext } from "../extraction.js";
import { attachConfidence, type ConfidentRun } from "../scan/confidence.js";

export interface XmlOcrLimits {
  /** Largest XML read, bytes. */
  maxBytes: number;
  /** Most elements read. */
  maxElements: number;
}

export const defaultXmlOcrLimits: XmlOcrLimits = { maxBytes: 50 * 1024 * 1024, maxElements: 2_000_000 };

/** Below this word confidence (0–1) a value is listed for a person to check. */
const LOW_CONFIDENCE = 0.6;
/** A separator thinner than this many points is a ruling. */
const MAX_RULING_THICKNESS = 4;
/** Resolution assumed when the file gives none and the page is not A4-like. */
const FALLBACK_DPI = 300;

export class XmlOcrError extends Error {
  constructor(
    message: string,
    readonly code: "limit-exceeded" | "unreadable-file" = "unreadable-file",
  ) {
    super(message);
  }
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
  });
}

function parseXml(bytes: Uint8Array, limits: XmlOcrLimits): XNode[] {
  if (bytes.length > limits.maxBytes) throw new XmlOcrError(`the XML is ${bytes.length} bytes (limit ${limits.maxBytes})`, "limit-exceeded");
  const text = new TextDecoder("utf-8").decode(bytes);
  // A cheap upper bound on elements before building the tree.
  let tags = 0;
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i + 1)) if (++tags > limits.maxElements) throw new XmlOcrError(`the XML has more than ${limits.maxElements} elements`, "limit-exceeded");

  try {
    return parseOrderedXml(text);
  } catch (err) {
    throw new XmlOcrError(`the XML cannot be read: ${(err as Error).message}`);
  }
}

function tagOf(n: XNode): string | null {
  for (const k of Object.keys(n)) if (k !== ":@" && k !== "#text") return k;
  return null;
}
function attrs(n: XNode): Record<string, string> {
  return (n[":@"] as Record<string, string> | undefined) ?? {};
}
function children(n: XNode): XNode[] {
  const t = tagOf(n);
  return t ? ((n[t] as XNode[] | undefined) ?? []) : [];
}
function textOf(n: XNode): string {
  if (typeof n["#text"] === "string" || typeof n["#text"] === "number") return decodeEntities(String(n["#text"]));
  return children(n).map(textOf).join("");
}
function localName(tag: string): string {
  const i = tag.indexOf(":");
  return i >= 0 ? tag.slice(i + 1) : tag;
}

/** Resolution from the page size in pixels when an A4/Letter page is likely. */
function guessDpi(w: number, h: number): number {
  const long = Math.max(w, h);
  const short = Math.min(w, h);
  return long / short > 1.25 && long / short < 1.55 ? long / 11.69 : FALLBACK_DPI;
}

interface RawPage {
  page: number;
  width: number;
  height: number;
  dpi: number | null;
  words: { str: string; bbox: BBox; confidence: number; size: number | null }[];
  lines: BBox[];
}

function thinLine(b: BBox, maxThick: number): Segment | null {
  const w = b[2] - b[0];
  const h = b[3] - b[1];
  if (h <= maxThick && w > 4 * h) return { x0: b[0], y0: (b[1] + b[3]) / 2, x1: b[2], y1: (b[1] + b[3]) / 2, lineWidth: Math.max(h, 0.5), kind: "stroke" };
  if (w <= maxThick && h > 4 * w) return { x0: (b[0] + b[2]) / 2, y0: b[1], x1: (b[0] + b[2]) / 2, y1: b[3], lineWidth: Math.max(w, 0.5), kind: "stroke" };
  return null;
}

/** The `title` property list of an hOCR element: `bbox 1 2 3 4; x_wconf 95`. */
function hocrProps(title: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of (title ?? "").split(";")) {
    const t = part.trim();
    const sp = t.indexOf(" ");
    if (sp > 0) m.set(t.slice(0, sp), t.slice(sp + 1).trim());
  }
  return m;
}
function hocrBox(p: Map<string, string>): BBox | null {
  const v = p.get("bbox")?.split(/\s+/).map(Number);
  return v && v.length === 4 && v.every(Number.isFinite) ? ([v[0], v[1], v[2], v[3]] as BBox) : null;
}

function readHocrPages(root: XNode[]): RawPage[] {
  const pages: RawPage[] = [];
  let cur: RawPage | null = null;
  const walk = (nodes: XNode[], lineSize: number | null) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag) continue;
      const a = attrs(n);
      const cls = ` ${a["class"] ?? ""} `;
      const props = hocrProps(a["title"]);
      if (cls.includes(" ocr_page ")) {
        const b = hocrBox(props) ?? [0, 0, 0, 0];
        const res = props.get("scan_res")?.split(/\s+/).map(Number)[0];
        cur = { page: pages.length + 1, width: b[2], height: b[3], dpi: res && res > 20 ? res : null, words: [], lines: [] };
        pages.push(cur);
        walk(children(n), null);
        continue;
      }
      if (!cur) {
        walk(children(n), lineSize);
        continue;
      }
      const page: RawPage = cur;
      if (cls.includes(" ocrx_word ")) {
        const b = hocrBox(props);
        const str = textOf(n).trim();
        const conf = Number(props.get("x_wconf"));
        if (b && str) page.words.push({ str, bbox: b, confidence: Number.isFinite(conf) ? Math.min(1, Math.max(0, conf / 100)) : 1, size: lineSize });
        continue;
      }
      if (cls.includes(" ocr_separator ") || cls.includes(" ocr_linedrawing ")) {
        const b = hocrBox(props);
        if (b) page.lines.push(b);
      }
      const xs = Number(props.get("x_size"));
      walk(children(n), /ocr_(line|textfloat|header|caption)/.test(cls) && Number.isFinite(xs) ? xs : lineSize);
    }
  };
  walk(root, null);
  return pages;
}

/** ALTO lengths in pixels: `pixel` as is, `mm10` and `inch1200` through the resolution. */
function altoUnitToPx(unit: string, dpi: number): number {
  if (unit === "mm10") return dpi / 254;
  if (unit === "inch1200") return dpi / 1200;
  return 1;
}

function readAltoPages(root: XNode[]): RawPage[] {
  let unit = "pixel";
  const pages: RawPage[] = [];
  const find = (nodes: XNode[], visit: (n: XNode, name: string) => boolean) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag) continue;
      if (visit(n, localName(tag))) find(children(n), visit);
    }
  };
  find(root, (n, name) => {
    if (name === "MeasurementUnit") {
      unit = textOf(n).trim() || unit;
      return false;
    }
    if (name !== "Page") return true;
    const a = attrs(n);
    const dpi0 = null;
    const f0 = altoUnitToPx(unit, 300);
    const width = Number(a["WIDTH"] ?? 0) * f0;
    const height = Number(a["HEIGHT"] ?? 0) * f0;
    const page: RawPage = { page: pages.length + 1, width, height, dpi: dpi0, words: [], lines: [] };
    pages.push(page);
    const box = (x: XNode): BBox | null => {
      const b = attrs(x);
      const v = [b["HPOS"], b["VPOS"], b["WIDTH"], b["HEIGHT"]].map(Number);
      if (!v.every(Number.isFinite)) return null;
      return [v[0]! * f0, v[1]! * f0, (v[0]! + v[2]!) * f0, (v[1]! + v[3]!) * f0];
    };
    find(children(n), (x, nm) => {
      if (nm === "String") {
        const b = box(x);
        const str = decodeEntities(attrs(x)["CONTENT"] ?? "").trim();
        const wc = Number(attrs(x)["WC"]);
        if (b && str) page.words.push({ str, bbox: b, confidence: Number.isFinite(wc) ? Math.min(1, Math.max(0, wc)) : 1, size: null });
        return false;
      }
      if (nm === "GraphicalElement") {
        const b = box(x);
        if (b) page.lines.push(b);
        return false;
      }
      return true;
    });
    return false;
  });
  return pages;
}

function toExtraction(kind: "hocr" | "alto", raw: RawPage[], ctx: ReaderContext): Extraction {
  const diagnostics: Diagnostic[] = [];
  const limited = raw.slice(0, ctx.limits.maxPages);
  if (raw.length > limited.length) diagnostics.push({ code: "limit-exceeded", severity: "warning", message: scanMessages(ctx.lang).pagesLimited(raw.length, limited.length) });
  if (limited.length === 0) return { grid: null, kind, pages: 0, diagnostics: [...diagnostics, { code: "no-text", severity: "warning", message: scanMessages(ctx.lang).noText }] };
  const scales = new Map<number, number>();
  const pages: LayoutPage[] = [];
  const runsByPage = new Map<number, ConfidentRun[]>();
  for (const p of limited) {
    const dpi = p.dpi ?? guessDpi(p.width, p.height);
    const s = 72 / dpi;
    scales.set(p.page, s);
    const runs: ConfidentRun[] = p.words.map((w) => {
      const bbox: BBox = [w.bbox[0] * s, w.bbox[1] * s, w.bbox[2] * s, w.bbox[3] * s];
      return { str: w.str, page: p.page, bbox, fontName: kind, fontSize: (w.size ?? w.bbox[3] - w.bbox[1]) * s, confidence: w.confidence };
    });
    const segments = p.lines
      .map((b) => thinLine([b[0] * s, b[1] * s, b[2] * s, b[3] * s], MAX_RULING_THICKNESS))
      .filter((x): x is Segment => x !== null);
    runsByPage.set(p.page, runs);
    pages.push({ page: p.page, width: p.width * s, height: p.height * s, runs, segments, rects: [] });
  }
  const layout = layoutPages(pages, {}, raw.length);
  diagnostics.push(...attachConfidence(layout.grid, runsByPage, { lowConfidence: LOW_CONFIDENCE, lang: ctx.lang, scaleOf: (page) => scales.get(page) ?? 1 }));
  return { grid: layout.grid, kind, pages: raw.length, diagnostics };
}

function failure(kind: "hocr" | "alto", err: unknown, lang: ReaderContext["lang"]): Extraction {
  const msg = (err as Error)?.message ?? String(err);
  const code = err instanceof XmlOcrError ? err.code : "unreadable-file";
  return { grid: null, kind, pages: null, diagnostics: [{ code, severity: "error", message: scanMessages(lang).ocrFileUnreadable(kind === "hocr" ? "hOCR" : "ALTO", msg) }] };
}

export function readHocr(bytes: Uint8Array, ctx: ReaderContext, limits: XmlOcrLimits = defaultXmlOcrLimits): Extraction {
  try {
    return toExtraction("hocr", readHocrPages(parseXml(bytes, { ...limits, maxBytes: Math.min(limits.maxBytes, ctx.limits.maxBytes) })), ctx);
  } catch (err) {
    return failure("hocr", err, ctx.lang);
  }
}

export function readAlto(bytes: Uint8Array, ctx: ReaderContext, limits: XmlOcrLimits = defaultXmlOcrLimits): Extraction {
  try {
    return toExtraction("alto", readAltoPages(parseXml(bytes, { ...limits, maxBytes: Math.min(limits.maxBytes, ctx.limits.maxBytes) })), ctx);
  } catch (err) {
    return failure("alto", err, ctx.lang);
  }
}
