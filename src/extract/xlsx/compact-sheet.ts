/**
 * A worksheet's XML made small before the spreadsheet library sees it: rows without a value and
 * cells without a value are dropped (a sheet formatted down to row 1,048,576 costs one regular
 * expression pass, not a million row objects), rows and cells past the limits are cut, and the
 * parts that can make a library expand ranges cell by cell (merged ranges, data validations,
 * conditional formats) are taken out — merged ranges are returned and handled here.
 */

export interface CellRange {
  /** 1-based, inclusive. */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface CompactSheet {
  xml: string;
  merges: CellRange[];
  rows: number;
  cells: number;
  /** Rows or cells past the limits were dropped. */
  truncated: boolean;
}

export interface CompactLimits {
  maxRows: number;
  maxCells: number;
  maxMerges: number;
}

/** Column letters → 1-based index (A → 1, XFD → 16384). */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function parseRef(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { c: colIndex(m[1]!), r: Number(m[2]) } : null;
}

export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const p = parseRef(a ?? "");
  const q = parseRef(b ?? "");
  if (!p || !q) return null;
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

const ROW = /<((?:\w+:)?)row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;
const EMPTY_CELL = /<((?:\w+:)?)c\b[^>]*?(?:\/>|>\s*<\/\1c>)/g;
const CELL_OPEN = /<(?:\w+:)?c[\s>]/g;
const NO_REF = /<(?:\w+:)?c(?:>|\s(?![^>]*\br\s*=)[^>]*>)/;
const STRIP = /<((?:\w+:)?)(mergeCells|dataValidations|conditionalFormatting|extLst)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1\2>)/g;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*"([^"]+)"/g;

export function compactSheet(xml: string, limits: CompactLimits): CompactSheet {
  const merges: CellRange[] = [];
  let truncated = false;
  for (const m of xml.matchAll(MERGE)) {
    if (merges.length >= limits.maxMerges) {
      truncated = true;
      break;
    }
    const r = parseRange(m[1]!);
    if (r && (r.r2 > r.r1 || r.c2 > r.c1)) merges.push(r);
  }
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return { xml: xml.replace(STRIP, ""), merges, rows: 0, cells: 0, truncated };
  const start = open.index + open[0].length;
  const closeTag = `</${open[1]}sheetData>`;
  const end = open[2] === "/" ? start : xml.indexOf(closeTag, start);
  if (end < 0) return { xml: xml.replace(STRIP, ""), merges, rows: 0, cells: 0, truncated };

  const kept: string[] = [];
  let rows = 0;
  let cells = 0;
  let implied = 0;
  const data = xml.slice(start, end);
  ROW.lastIndex = 0;
  for (let m = ROW.exec(data); m; m = ROW.exec(data)) {
    const attrs = m[2] ?? "";
    const rAttr = /\br\s*=\s*"(\d+)"/.exec(attrs);
    implied = rAttr ? Number(rAttr[1]) : implied + 1;
    const whole = m[3] ?? "";
    const stripped = whole.replace(EMPTY_CELL, "");
    const n = stripped.match(CELL_OPEN)?.length ?? 0;
    // Cells without a reference take their place from the cells before them: keep those rows whole.
    const body = NO_REF.test(whole) ? whole : stripped;
    if (n === 0) continue;
    if (rows + 1 > limits.maxRows || cells + n > limits.maxCells) {
      truncated = true;
      break;
    }
    rows++;
    cells += n;
    // Rows that relied on their position get it written, since the empty rows before them are gone.
    const open = rAttr ? `<${m[1]}row${attrs}>` : `<${m[1]}row r="${implied}"${attrs}>`;
    kept.push(`${open}${body}</${m[1]}row>`);
  }
  const head = xml.slice(0, start).replace(STRIP, "");
  const tail = xml.slice(end).replace(STRIP, "");
  return { xml: head + kept.join("") + tail, merges, rows, cells, truncated };
}
