/**
 * Reading printed numbers (contract, "Numbers"): amounts, weights, scores and rates.
 * A number is never invented: what cannot be read is `unreadable`, with its text.
 */

export type NumberReading =
  | { kind: "empty" }
  | { kind: "number"; value: number; decimals: number; percent: boolean; unit: string | null }
  | { kind: "unreadable"; text: string };

/** Units that may follow a printed number (money, score, and the counting units of forms.md). */
export const NUMBER_UNITS: readonly string[] = [
  "万元",
  "亿元",
  "千元",
  "百万元",
  "元",
  "万",
  "亿",
  "分",
  "人次",
  "小时",
  "公里",
  "个",
  "次",
  "场",
  "篇",
  "份",
  "人",
  "天",
  "亩",
  "户",
  "家",
  "项",
  "件",
  "年",
];

/** Cells that mean "nothing printed here". */
const EMPTY_RE = /^(?:[-—–－―‐‑‒─]+|[/／\\＼]|无)$/u;
const WS_EDGES = /^[\s\u200B]+|[\s\u200B]+$/gu;
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ["“", "”"],
  ["‘", "’"],
];
/** The same units in traditional characters (a conversion site's text): read as their simplified names. */
const TRADITIONAL_UNITS: ReadonlyMap<string, string> = new Map([
  ["萬元", "万元"],
  ["億元", "亿元"],
  ["百萬元", "百万元"],
  ["萬", "万"],
  ["億", "亿"],
  ["個", "个"],
  ["場", "场"],
  ["項", "项"],
  ["戶", "户"],
  ["小時", "小时"],
]);
const UNIT_ALT = [...NUMBER_UNITS, ...TRADITIONAL_UNITS.keys()].sort((a, b) => b.length - a.length).join("|");
/** sign, digits (grouped by commas in threes, or not), optional fraction, then % or a unit. */
const NUMBER_RE = new RegExp(
  `^([+\\-\\u2212]?)[ ]?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?|\\.(\\d+))[ ]?(%|${UNIT_ALT})?$`,
  "u",
);

/**
 * A character a page lost, shown as `?` (or the replacement character) right after a figure whose
 * digits are complete: a fraction of two digits, as amounts, rates and scores are printed
 * (`3,724,055.00?`, `9.68?`). The mark stands after the last digit, not in a digit's place, so the
 * figure is read without it. After a whole number (`12?`) it may stand for a lost digit: unreadable.
 */
const LOST_MARK_AFTER_FIGURE = /^([+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})[?\uFFFD]$/u;

/** ASCII digits with an optional fraction, short enough to be a finite double: NUMBER_RE's simplest case. */
const PLAIN_NUMBER = /^\d{1,20}(?:\.\d{1,20})?$/;

/**
 * Digits no form prints as a figure: zeros leading another digit (`00`, `05`), the second line of
 * a figure a narrow cell wrapped (`1000000.` / `00`). Read as 0 or 5 they would be guesses.
 */
const PIECE_OF_FIGURE = /^0\d/;

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, " ");
}

function trimWs(s: string): string {
  return s.replace(WS_EDGES, "");
}

/**
 * Reads a printed number.
 * - empty: null, blank, `—` `-` `/` `－` `–` `——` `\` (any run of dashes), `无` as the whole cell;
 * - number: `1,000,000`, `1000000.00`, `100.00%` (value 100, percent), full-width digits,
 *   `318.6万元` (unit 万元), `20分` (unit 分), `10元`, a leading `+` or `-`, surrounding white
 *   space and quotes; `decimals` is the count of digits printed after the decimal point;
 * - unreadable: anything else (`l0`, `1O0%`, `12a`), with the text as given.
 * Never throws. The value is parsed from the digit string, so it is the nearest double to the
 * printed decimal.
 */
export function readNumber(text: string | null | undefined): NumberReading {
  if (text === null || text === undefined) return { kind: "empty" };
  const raw = String(text);
  // Most cells print plain digits (1000000, 95.5): read them without the general pattern.
  if (PLAIN_NUMBER.test(raw) && !PIECE_OF_FIGURE.test(raw)) {
    const dot = raw.indexOf(".");
    return { kind: "number", value: Number(raw), decimals: dot < 0 ? 0 : raw.length - dot - 1, percent: false, unit: null };
  }
  let s = trimWs(toHalfWidth(raw));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of QUOTE_PAIRS) {
      if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) {
        s = trimWs(s.slice(open.length, s.length - close.length));
        changed = true;
      }
    }
  }
  // A spreadsheet text marker: '0123
  const marked = s.startsWith("'");
  if (marked) s = trimWs(s.slice(1));
  if (s === "" || EMPTY_RE.test(s)) return { kind: "empty" };
  s = s.replace(LOST_MARK_AFTER_FIGURE, "$1");
  const m = NUMBER_RE.exec(s);
  // (A spreadsheet's text marker says the zeros are the cell's own: '0123 is 123.)
  if (!m || (!marked && PIECE_OF_FIGURE.test(m[2] as string))) return { kind: "unreadable", text: raw };
  const sign = m[1] === "" || m[1] === "+" ? "" : "-";
  const body = (m[2] as string).replace(/,/gu, "");
  const fraction = m[3] ?? m[4] ?? "";
  const suffix = m[5];
  const literal = body.startsWith(".") ? `0${body}` : body.endsWith(".") ? body.slice(0, -1) : body;
  let value = Number(sign + literal);
  if (Object.is(value, -0)) value = 0;
  if (!Number.isFinite(value)) return { kind: "unreadable", text: raw };
  return {
    kind: "number",
    value,
    decimals: fraction.length,
    percent: suffix === "%",
    unit: suffix === undefined || suffix === "%" ? null : (TRADITIONAL_UNITS.get(suffix) ?? suffix),
  };
}

/** The digits printed after the decimal point of a readable number; null when none can be read. */
export function printedDecimals(text: string): number | null {
  const r = readNumber(text);
  return r.kind === "number" ? r.decimals : null;
}
