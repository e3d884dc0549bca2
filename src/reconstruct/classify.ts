import { toSimplified } from "../normalise/script.js";
import { labelKey } from "../template/labels.js";
import { changeOpenings, changeWords } from "../template/department.js";
import { bareLevel1Names, budgetExecutionNames, level1Names, level2Names, NUMBERED_NAME_WORD, qualitativeValues } from "../template/project.js";
import { comparatorWords, directionWords } from "../template/split-target.js";

export type ContentKind =
  | "blank"
  | "number"
  | "percent"
  | "quantity"
  | "comparator"
  /** 正向 / 反向 alone: which way an indicator counts, the column of a target split into columns (split-target.ts). */
  | "direction"
  | "unit"
  | "level1"
  | "level2"
  | "level12"
  | "budgetExec"
  | "qualitative"
  /** Digits mixed with look-alike letters (`l0`, `1O0%`): a misprinted number. */
  | "numberish"
  | "text";

/** A 一级 or 二级 name (or a name that is both). */
export function isLevelKind(kind: ContentKind): boolean {
  return kind === "level1" || kind === "level2" || kind === "level12";
}

export interface Content {
  kind: ContentKind;
  /** For number/percent: the value read. */
  value?: number;
  /** Length of the text in characters, for text. */
  length: number;
  /** Text that holds comparators or percentages (`1、≥90%；2、按计划完成`): a target or actual, not a name. */
  quantityLike?: boolean;
  /** A short name ending in 指标 outside the vocabulary (长效管理指标): a likely 一级/二级 name. */
  levelLike?: boolean;
  /** A 三级 name numbered as printed (`指标3:…`). */
  numberedName?: boolean;
}

/** A scale printed between a figure and its unit (175万平方米, 12万人次). */
export const UNIT_SCALE = "万|亿";
export const UNITS =
  "%|％|百分比|个|次|场|篇|份|人次|人|天|小时|元|万元|亩|公里|户|项|家|件|台|套|条|期|批|批次|所|座|辆|平方米|㎡|立方米|吨|千米|米|册|本|分|年|月|日|周|处|类|种|部|集|期|名|位|支|栋|间|张|人天|课时|学时|元/人|%以上|%以下|组|剂次";
/**
 * A sentence holding a figure and a measure word that counts things (37个, 352户, 1.5公里): a target
 * or completion written out in words (`实施乡镇社区基层医疗机构37个。`). A name ends in no full stop.
 */
const COUNT_IN_SENTENCE = /\d(?:个|户|项|家|件|台|套|条|所|座|辆|册|栋|间|张|人次|名|处|亩|公里|平方米|吨).*。$/;
const DATE_VALUE = /^(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前|以前|内|完成)?$|^(?:19|20)\d{2}[.\/-]\d{1,2}(?:[.\/-]\d{1,2})?$/;
const UNIT_RE = new RegExp(`^(${UNITS})$`);
const BRACKETED_UNIT_RE = new RegExp(`^\\((${UNITS})\\)$`);
const NUM = String.raw`[+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER_RE = new RegExp(`^${NUM}(?:分|元|万元)?$`);
const PERCENT_RE = new RegExp(`^${NUM}\\s*[%％]$`);
/** The bound words a target opens on (不少于 5 个), as an alternation: the words of the comparators below, and of mid-table-row.ts and unit-paired-values.ts. */
export const BOUND_WORDS = "不少于|不低于|不超过|不高于|不大于|不小于";
const COMPARATOR_WORDS = `≥|≤|=|>|<|＞|＜|＝|>=|<=|${BOUND_WORDS}|达到|大于|小于|低于|高于|超过|约`;
/** A comparator word alone (不少于): a target's opening, cut off its figure — never a name. */
export const COMPARATOR_WORD_ONLY = new RegExp(`^(?:${BOUND_WORDS}|大于|小于|低于|高于)$`);
// A change against last year before the number (超上年2%, 增372人次, 增收27万元) makes a quantity too.
// (A unit per another, the second of one or two words: 元/人、天, 万元/年, 元/人·天, 个/村.)
const PER_UNIT = String.raw`(?:[/／][\u4e00-\u9fff]{1,2}(?:[、·・/／][\u4e00-\u9fff]{1,2})?)?`;
// (A unit may carry its scale before it: 175万平方米, 12万人次, 3亿元.)
const QUANTITY_RE = new RegExp(`^(?:${COMPARATOR_WORDS}|${changeOpenings.join("|")})?\\s*${NUM}\\s*(?:(?:${UNIT_SCALE})?(?:${UNITS})${PER_UNIT})?(?:以上|以内|以下)?$`);
/** A comparator, possibly behind the code some systems print for it (`004 >=`). */
// 定性 and 定量 stand in the 指标性质 column where ≥ = ≤ stand for a measured target (Sichuan layout).
const COMPARATOR_RE = /^(\d{3})?(≥|≤|=|>|<|＞|＜|＝|>=|<=|≧|≦|定性|定量)$/;
/** A comparator spelled out alone (大于等于, 等于), as the comparator's column of a split target prints it. */
const COMPARATOR_WORD_ALONE = new RegExp(`^(?:${[...comparatorWords].sort((a, b) => b.length - a.length).join("|")})$`);
const directionSet = new Set(directionWords);

const level1Set = new Set([...level1Names, ...bareLevel1Names]);
const level2Set = new Set(level2Names);
const budgetSet = new Set(budgetExecutionNames);
const qualitativeSet = new Set(qualitativeValues);
/** 超上年度, 增加 standing alone: a target stated as a change, valued like 达标. */
const changeWordSet = new Set(changeWords);

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` (and `trim()`) has
 * it: the tests below run on every cell many times a row, and a loop over code units that
 * usually stops at the first one costs less than a regular expression's call.
 */
export function isSpaceUnit(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `text.trim() !== ""` (`/\S/.test(text)`) without making a trimmed copy. */
export function hasText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceUnit(text.charCodeAt(i))) return true;
  return false;
}

/** A quote, and the dashes and slashes a blank cell is marked with (— - － – / ／ \). */
const BLANK_MARKS: ReadonlySet<number> = new Set([..."\"—-－–/／\\"].map((ch) => ch.charCodeAt(0)));

/** Nothing but white space, quotes and dashes or slashes (`—`, `-`, `/`): a cell left blank. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceUnit(c) && !BLANK_MARKS.has(c)) return false;
  }
  return true;
}

/** Strips markup and quoting that leak into cells, for classification only. */
export function plain(text: string): string {
  return toSimplified(text)
    .replace(/<[^>]*>/g, " ")
    .replace(/\$([^$]*)\$/g, (_, m: string) =>
      m.replace(/\\geq?/g, "≥").replace(/\\leq?/g, "≤").replace(/\\%/g, "%").replace(/[{}\\\s]|text/g, ""),
    )
    .replace(/[\uff01-\uff5e]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/>=|≧|⩾/g, "≥")
    .replace(/<=|≦|⩽/g, "≤")
    .replace(/^["“]+|["”]+$/g, "")
    .replace(/[\s\u3000]+/g, "")
    .trim();
}

/** A 三级 name numbered as printed: `指标1:`, `指标 12：`, `任务2:` (a department form's, Jiangxi); 指標 in traditional text; `指标:`, the template's label whose number the unit deleted. */
export const NUMBERED_NAME = new RegExp(`^\\s*${NUMBERED_NAME_WORD}\\s*(?:\\d+\\s*)?[:：]`);
/** A 一级 cell holding only its points, `(50分)`: the name was lost. */
export const LOST_LEVEL1_NAME = /^\((\d{1,3}(?:\.\d+)?)分\)$/;
/**
 * The same points with no brackets (`30分`), as a page that prints them bare gives them: alone on
 * a line of a page whose lines are rows, the 一级 cell of a group whose name was lost.
 */
export const LOST_LEVEL1_NAME_BARE = /^(\d{1,3}(?:\.\d+)?)分$/;

/** Splits a level-1 name printed with its weight: 产出指标(50分) → 产出指标, 50. */
export function level1WithWeight(key: string): { name: string; weight: number } | null {
  // 产出目标(50分): the department form's spelling of a 一级 name carries its weight the same way.
  // (产出目标 is a whole name: the name before 指标 must hold a character, these need none.)
  const m = /^(.+?指标|产出目标|效果目标)\((\d+(?:\.\d+)?)分?\)$/.exec(key);
  if (m) return { name: m[1]!, weight: Number(m[2]) };
  // Or with no brackets, 产出指标50分, as some templates print them and as a page that lost its
  // brackets gives them: only a 一级 name of the template so (a 二级's points, 数量指标15分, are
  // printed bare beside it by a scoring sheet), the 分 telling the points.
  const bare = BARE_POINTS_AFTER_NAME.exec(key);
  return bare && level1Set.has(bare[1]!) ? { name: bare[1]!, weight: Number(bare[2]) } : null;
}

/**
 * A 一级 group's name as the template spells it, its points gone however printed (产出指标(40分),
 * 产出指标40分): what the template's 二级 names under it are looked up by.
 */
export function groupName(text: string): string {
  const key = labelKey(text);
  return level1WithWeight(key)?.name ?? key.replace(/\(.*\)$/, "");
}

/** A name, then its points with no brackets: 产出指标50分. */
const BARE_POINTS_AFTER_NAME = /^(.+?)(\d+(?:\.\d+)?)分$/;

/** A name, then a note in brackets that holds no figure (必填, 必填硬性指标): the name is read without it. */
export const LEVEL_NOTE = /^(.+?)\(([^()0-9]{1,10})\)$/;

/**
 * Words with no figure, then a note in brackets with no figure (工程合格率(%), 投入资金(≥万元),
 * 面积(平方米)): a 三级 name that states the unit its values are counted in. A value holds a figure
 * (≥95%) or is a word of the vocabulary (达标); neither ends on such a note.
 */
const NAME_UNIT_NOTE = /^([^0-9()]*[\u4e00-\u9fff][^0-9()]*)\([^()0-9]{1,6}\)$/;

/** The text without a name's unit note (NAME_UNIT_NOTE), what the marks of a value are looked for in. */
function withoutUnitNote(p: string): string {
  const m = NAME_UNIT_NOTE.exec(p);
  return m ? m[1]! : p;
}

const contentCache = new Map<string, Content>();
const CONTENT_CACHE_LIMIT = 20_000;

export function classify(text: string): Content {
  const hit = contentCache.get(text);
  if (hit) return hit;
  const c = computeContent(text);
  if (contentCache.size >= CONTENT_CACHE_LIMIT) contentCache.clear();
  contentCache.set(text, c);
  return c;
}

/**
 * Every Content built with the same keys in the same order (those a kind has not are undefined):
 * the price rules read `kind`, `value` and the flags of every cell against every column, and a
 * read over objects of one shape is cheaper than over the six shapes the kinds had.
 */
function content(kind: ContentKind, length: number, value?: number, numberedName?: boolean, quantityLike?: boolean, levelLike?: boolean): Content {
  return { kind, value, length, quantityLike, levelLike, numberedName };
}

function computeContent(text: string): Content {
  if (isBlankText(text)) return content("blank", 0);
  const p = plain(text);
  const key = labelKey(text);
  const length = [...p].length;
  if (NUMBER_RE.test(p)) return content("number", length, Number(p.replace(/[,+分元万]/g, "")));
  if (PERCENT_RE.test(p)) return content("percent", length, Number(p.replace(/[,+%％\s]/g, "")));
  if (COMPARATOR_RE.test(p) || COMPARATOR_WORD_ALONE.test(p)) return content("comparator", length);
  if (directionSet.has(p)) return content("direction", length);
  // (In brackets too, `(万元)`: a name's unit of measure parted from it by a space, no value.)
  if (UNIT_RE.test(p) || BRACKETED_UNIT_RE.test(p)) return content("unit", length);
  if (QUANTITY_RE.test(p)) return content("quantity", length);
  if (/^[0-9lIoOSB.,%]+$/.test(p) && /[0-9]/.test(p) && /[lIoOSB]/.test(p)) return content("numberish", length);
  // A 一级/二级 name may carry a note in brackets, no points in it (数量指标(必填), 成本指标(必填硬性指标)).
  const named = LEVEL_NOTE.exec(key)?.[1] ?? key;
  const l1 = level1Set.has(named) || level1WithWeight(key) !== null;
  const l2 = level2Set.has(named);
  if (l1 && l2) return content("level12", length);
  if (l1) return content("level1", length);
  if (l2) return content("level2", length);
  if (budgetSet.has(key)) return content("budgetExec", length);
  if (qualitativeSet.has(key) || changeWordSet.has(key)) return content("qualitative", length);
  return content(
    "text",
    length,
    undefined,
    NUMBERED_NAME.test(p),
    // A date (`2021年12月31日`, `12月底前`) is what a 时效 indicator's target and actual hold.
    // And a sentence stating a count (COUNT_IN_SENTENCE).
    // (A name's unit of measure in brackets, 工程合格率(%), 投入资金(≥万元), is no value's mark.)
    /[≥≤<>=%]|不少于|不低于|不超过|不高于/.test(withoutUnitNote(p)) || DATE_VALUE.test(p) || COUNT_IN_SENTENCE.test(p),
    // A scoring sheet's 一级/二级 names carry their points (规划(15分), 基础信息(3分)).
    // (Or bare, as some templates print them: 规划15分, 规划 15分.)
    /^[\u4e00-\u9fff]{2,10}指标$/.test(key) || /^[\u4e00-\u9fff]{2,10}\(?\d+(\.\d+)?分\)?$/.test(key),
  );
}
