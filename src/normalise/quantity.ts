/**
 * Typed targets and actuals: `≥85%`, `不少于12场`, `百分之九十`, `30天以内` → a quantity with its
 * comparator, value and unit; anything else → qualitative with its text (the contract's
 * targetParsed / actualParsed).
 */
import type { Comparator, Indicator, ParsedValue } from "../schema/index.js";
import { toSimplified } from "./script.js";

export interface ParseQuantityOptions {
  /** The target's parsed value: a bare-number actual takes its unit. */
  unitFrom?: ParsedValue | null;
}

/** Comparator words and symbols printed before the number. Longest first where one contains another. */
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator | null]> = [
  ["大于等于", "≥"],
  ["大于或等于", "≥"],
  ["小于等于", "≤"],
  ["小于或等于", "≤"],
  ["不少于", "≥"],
  ["不低于", "≥"],
  ["不小于", "≥"],
  ["至少", "≥"],
  ["达到", "≥"],
  ["不超过", "≤"],
  ["不高于", "≤"],
  ["不大于", "≤"],
  ["不多于", "≤"],
  ["控制在", "≤"],
  ["低于", "<"],
  ["小于", "<"],
  ["少于", "<"],
  ["高于", ">"],
  ["超过", ">"],
  ["大于", ">"],
  ["多于", ">"],
  ["等于", "="],
  ["≥", "≥"],
  [">=", "≥"],
  ["≤", "≤"],
  ["<=", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
  ["约", null],
  ["≈", null],
];

/** Words printed after the number (and its unit). */
const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator | null]> = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
  ["左右", null],
];

/** Units printed after numbers; 百分比 is %. Matched longest first. */
const UNITS: readonly string[] = [
  "%", "‰", "百分比", "个百分点", "百分点",
  "个", "次", "场", "篇", "份", "人", "人次", "万人次", "天", "小时", "分钟", "秒",
  "元", "万元", "亿元", "元/人", "亩", "万亩", "公顷", "公里", "千米", "米", "厘米", "平方米", "平方公里", "立方米",
  "户", "项", "家", "件", "台", "套", "条", "期", "批", "所", "座", "辆", "吨", "万吨", "千克", "公斤",
  "册", "本", "部", "集", "章", "页", "幅", "张", "分", "年", "个月", "月", "日", "周", "个工作日", "工作日",
  "名", "处", "间", "株", "棵", "头", "只", "门", "课时", "学时", "期次", "班", "校", "村", "镇", "单", "笔", "类", "种",
  "m", "m2", "m²", "m3", "km", "kg", "t", "h",
].slice().sort((a, b) => b.length - a.length);

const UNIT_ALIASES: Readonly<Record<string, string>> = { 百分比: "%" };

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const CN_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?";
const ARABIC = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const PREFIX_RE = PREFIX_COMPARATORS.map(([w]) => escape(w)).join("|");
const SUFFIX_RE = SUFFIX_COMPARATORS.map(([w]) => escape(w)).join("|");
const UNIT_RE = UNITS.map(escape).join("|");

/** A character that can begin QUANTITY's number: a digit, or one of CN_NUMERAL's first class (taken from it, so the two agree). */
const NUMERAL_CHAR = new RegExp(`\\d|${CN_NUMERAL.slice(0, CN_NUMERAL.indexOf("]") + 1)}`, "u");

/**
 * The whole cell: an optional label (only together with a comparator), an optional comparator,
 * the number (Arabic, Chinese, or 百分之…), an optional 万/亿 multiplier, unit, comparator word, (含).
 */
const QUANTITY = new RegExp(
  `^(?<label>.*?)(?<comp>${PREFIX_RE})?(?<pct>百分之)?(?<num>${ARABIC}|${CN_NUMERAL})(?<mult>[万亿](?!元))?(?<unit>${UNIT_RE})?(?<suffix>${SUFFIX_RE})?(?:\\(含\\))?$`,
  "u",
);

/** Integer part of a Chinese numeral: 一百二十 → 120, 两千 → 2000, 三万 → 30000, 十二 → 12. */
function chineseInteger(text: string): number | null {
  let result = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch] ?? 0;
    } else if (ch in CN_SMALL) {
      // 十 alone or after 零 (一千零十) is one ten.
      section += (digit === null || digit === 0 ? 1 : digit) * (CN_SMALL[ch] ?? 1);
      digit = null;
    } else if (ch === "万") {
      result += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else if (ch === "亿") {
      result = (result + section + (digit ?? 0)) * 100_000_000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return result + section + (digit ?? 0);
}

/** A Chinese numeral as a decimal string: 零点五 → "0.5". */
function chineseNumeral(text: string): string | null {
  const [intText = "", fracText] = text.split("点");
  const whole = intText === "" ? 0 : chineseInteger(intText);
  if (whole === null) return null;
  if (fracText === undefined) return String(whole);
  let frac = "";
  for (const ch of fracText) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  return `${whole}.${frac}`;
}

/** Multiplies a decimal string by 10^k without binary rounding. */
function shiftDecimal(s: string, k: number): string {
  const [intPart = "0", frac = ""] = s.split(".");
  const digits = intPart + frac.padEnd(k, "0");
  const point = intPart.length + k;
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const tail = digits.slice(point).replace(/0+$/, "");
  return tail ? `${head}.${tail}` : head;
}

/** Full-width forms to ASCII and comparator look-alikes unified, white space dropped. */
function canonical(text: string): string {
  // A page in traditional characters prints the same words and units (不超過, 萬元, 個): read in
  // simplified, one character for one, so a unit comes out as the simplified form reads it (万元).
  const s = toSimplified(text.normalize("NFKC"));
  // One test for the four replacements below: most cells (85%, 完成, 12场) hold none of what they
  // change, and five passes over every target and actual would find nothing to do.
  if (!CANONICAL_WORK.test(s)) return s;
  return s
    .replace(/[≧⩾]/g, "≥")
    .replace(/[≦⩽]/g, "≤")
    .replace(/[﹦═]/g, "=")
    .replace(/\s+/g, "")
    .replace(/[。.;,、]+$/, "");
}

/** Something canonical() replaces: a comparator look-alike, white space, or a closing mark at the end. */
const CANONICAL_WORK = /[≧⩾≦⩽﹦═\s]|[。.;,、]$/;

/** `1、…；2、…`, `(1)…(2)…` or any `;`: several targets in one cell. */
function isSeveral(s: string): boolean {
  if (s.includes(";")) return true;
  const enumerators = s.match(/(?:^|[^\d.])\d+[、)]/g) ?? [];
  return enumerators.length >= 2 || /^\(?\d+[、)]/.test(s);
}

/**
 * Reads a target or actual cell. Null for a null or empty text; a quantity when the whole cell
 * is one number with an optional comparator and unit; otherwise qualitative with the text.
 */
export function parseQuantity(text: string | null, opts: ParseQuantityOptions = {}): ParsedValue | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const qualitative: ParsedValue = { kind: "qualitative", text: trimmed };
  const s = canonical(trimmed);
  if (s === "" || isSeveral(s)) return qualitative;
  // QUANTITY needs a number: without a digit or a Chinese numeral it cannot match, and its lazy
  // label makes it try every position of a long qualitative text (完成, 群众满意) before it fails.
  if (!NUMERAL_CHAR.test(s)) return qualitative;
  const m = QUANTITY.exec(s);
  const g = m?.groups;
  if (!g || g.num === undefined) return qualitative;
  const label = g.label ?? "";
  // A label is kept only before a comparator (满意度≥90%); never digits in it.
  if (label !== "" && (g.comp === undefined || /\d/.test(label))) return qualitative;

  let digits = /\d/.test(g.num) ? g.num.replace(/,/g, "") : chineseNumeral(g.num);
  if (digits === null) return qualitative;
  let unit: string | null = g.unit ?? null;
  if (g.mult === "万") digits = shiftDecimal(digits, 4);
  else if (g.mult === "亿") digits = shiftDecimal(digits, 8);
  if (g.pct !== undefined) {
    if (unit !== null && unit !== "%" && unit !== "百分比") return qualitative;
    unit = "%";
  }
  if (unit !== null) unit = UNIT_ALIASES[unit] ?? unit;

  const prefix = g.comp === undefined ? undefined : PREFIX_COMPARATORS.find(([w]) => w === g.comp)?.[1];
  const suffix = g.suffix === undefined ? undefined : SUFFIX_COMPARATORS.find(([w]) => w === g.suffix)?.[1];
  // 内 alone is a comparator only after a unit of time or count (30天内), not a bare number.
  if (g.suffix === "内" && unit === null) return qualitative;
  const comparator: Comparator | null = prefix !== undefined && prefix !== null ? prefix : suffix ?? prefix ?? null;

  const value = Number(digits);
  if (!Number.isFinite(value)) return qualitative;
  if (unit === null && opts.unitFrom?.kind === "quantity") {
    unit = opts.unitFrom.unit;
  }
  return { kind: "quantity", comparator, value, unit };
}

/** A copy of the indicator with `targetParsed` / `actualParsed` read from its texts (omitted when the text is null). */
export function attachParsed(indicator: Indicator): Indicator {
  const targetParsed = parseQuantity(indicator.target);
  const actualParsed = parseQuantity(indicator.actual, { unitFrom: targetParsed });
  // Field by field in schema order (no rest/spread: this runs for every indicator of every form).
  const out: Indicator = {
    level1: indicator.level1,
    level2: indicator.level2,
    level3: indicator.level3,
    target: indicator.target,
    actual: indicator.actual,
    weight: indicator.weight,
    score: indicator.score,
    deviation: indicator.deviation,
  };
  if (indicator.level1Weight !== undefined) out.level1Weight = indicator.level1Weight;
  if (indicator.method !== undefined) out.method = indicator.method;
  if (targetParsed) out.targetParsed = targetParsed;
  if (actualParsed) out.actualParsed = actualParsed;
  return out;
}
