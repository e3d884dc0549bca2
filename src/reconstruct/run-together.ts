import { cutRestatedCompletion } from "./restated-completion.js";
import type { Cell } from "../layout/grid.js";
import { bareLevel1Names, NUMBERED_NAME_WORD, qualitativeValues, yearOnYearOpenings } from "../template/project.js";
import { changeWords, scoringRuleAt } from "../template/department.js";
import { splitTargetWordCuts } from "./split-target-cells.js";
import { patternKey } from "../normalise/fold-width.js";
import { toTraditional } from "../normalise/script.js";
import { UNIT_SCALE, UNITS } from "./classify.js";
import { fundSumsCost } from "./fund-sums.js";
import { BARE_RATE } from "./align.js";
import { listedTargetStart } from "./listed-name-target.js";
import { cutRestatedOpenings } from "./restated-opening.js";
import { FLOAT_SLACK } from "./tolerances.js";

/** Words that begin with a unit's character: after a number they start the next cell (…3.07本项目…). */
export const WORD_STARTS = ["本项目", "本年", "本次", "项目", "年度", "年底", "月底", "日前", "分别", "部分", "部门", "名称", "期间", "处理", "类别", "种类", "间隔", "人员", "人均", "次年", "次数", "天然", "场所", "场地", "个别", "元旦", "户籍", "条件", "套餐", "台账"];

/** A scale printed after an amount (150万, 2.4亿): the amount's, as 万元 is, though no unit cell alone. */
const AMOUNT_SCALES = ["万", "亿", "亿元"];

/** Units that follow a number: cut off the text after digits, longest first. */
const UNIT_WORDS = [...UNITS.split("|"), ...AMOUNT_SCALES].sort((a, b) => b.length - a.length);

/** A unit with its scale before it (175万平方米, 12万人次): one unit after the figure, as 万元 is. */
const SCALED_UNIT = new RegExp(`^(?:${UNIT_SCALE})(?:${UNITS.split("|").sort((a, b) => b.length - a.length).join("|")})`);

/** Whether text after a figure is a unit the run keeps with it: one of UNIT_WORDS, or a scaled unit. */
function isRunUnit(key: string): boolean {
  return UNIT_WORDS.includes(key) || (SCALED_UNIT.exec(key)?.[0] === key);
}

/**
 * Shape 4 (run-together cells): a row's cells were concatenated with nothing between them.
 * The row is cut into atoms small enough that every true cell boundary falls between two of them
 * — each digit, sign and percent on its own, text runs cut before and after words the template
 * knows — and the alignment joins atoms back into cells by what the columns expect.
 */


/** Words whose edges are likely cell edges inside a run of text. */
const BOUNDARY_WORDS = [...qualitativeValues, ...changeWords, "不少于", "不低于", "不超过", "不高于", "小于", "大于", "低于", "高于", "达到", "以上", "以内", "以下"].sort(
  (a, b) => b.length - a.length,
);

/** 定性 or 定量 right after a name's last character, before what is no name's word (see splitTextRun). */
const NATURE_AFTER_NAME = /^[性率度数量值](?:定性|定量)(?!指标|评价|分析|描述|考核|研究)/;

/** The last character of a deadline (月底前, 年底前, 6月30日前): the value's word after it is the deadline's. */
const DEADLINE_END = "前";

/** What after a value's word (及时, 满意, 完成) makes it a name's (及时性, 满意度, 完成率). */
const NAME_WORD_ENDINGS = ["率", "性", "度", "数"];

/**
 * A value's word inside a name (不合格产品处置率, 达标排放率): the run goes on from it, with no
 * punctuation, to a name's last character (率, 性, 度) at the run's end, a few characters on.
 */
// (Or to the name's unit in brackets, as a 三级 name prints it: 任务完成时限(月), 兑付率(%).)
const NAME_TAIL = /^[\u4e00-\u9fff]{1,8}(?:[率性度]|[率性度]?[(（][^()（）]{1,4}[)）])$/;
function endsAsName(key: string, from: number): boolean {
  return NAME_TAIL.test(key.slice(from));
}

/**
 * Words a cell often begins with: a piece starts before them (按规定公开已公开 → 按规定公开 | 已公开;
 * …销售量同比2022年… → …销售量 | 同比2022年…, a target stated against another year).
 */
const PIECE_STARTS = ["按规定", "已", ...yearOnYearOpenings];

/**
 * Does this atom open a target stated against another year (同比, 较上年)? Such a target runs on to
 * the value it ends on, which the completion prints again (同比2022年销量显著提高 | 显著提高): the
 * copy may close it, as a comparator may open a copy (≤ | 2小时).
 */
export function opensYearOnYear(text: string): boolean {
  // (Asked of every atom of every reading a row is aligned in: the first character, in either script, first.)
  const t = text.trimStart();
  if (!YEAR_ON_YEAR_FIRST.has(t[0] ?? "")) return false;
  const key = patternKey(t);
  return yearOnYearOpenings.some((w) => key.startsWith(w));
}
const YEAR_ON_YEAR_FIRST = new Set(yearOnYearOpenings.flatMap((w) => [w[0]!, toTraditional(w[0]!)]));

/** A year as an atom prints it (2022年, 2022年度). */
export function isYearAtom(text: string): boolean {
  return /^(?:19|20)\d{2}年度?$/.test(text.trim());
}

/** A word of change right before its number (增372人次, 增收27万元): the value's first word, a piece start. */
const CHANGE_BEFORE_NUMBER = /^(?:增收|增长|增)$/;

/** A 三级 name's printed number (`任务2:`, `指标1:`): one piece with the name after it, not a digit atom. */
// (Closed by a point or 、 too, as units print it: 指标1.药品…; not a decimal point: 指标1.5.)
const NAME_NUMBER = new RegExp(`^${NUMBERED_NAME_WORD}\\s*\\d{1,2}\\s*(?:[:：、]|[.．](?![0-9]))`);

export function atomize(cell: Cell): Cell[] {
  const repeat = tandemRepeat(cell.text.trim());
  if (repeat) {
    const text = cell.text.trim();
    const piece = (t: string) => (t ? atomize({ text: t, source: cell.source }) : []);
    const unit = text.slice(repeat.start, repeat.start + repeat.length);
    return [...piece(text.slice(0, repeat.start)), ...Array.from({ length: repeat.count }, () => ({ text: unit, source: cell.source })), ...piece(text.slice(repeat.start + repeat.count * repeat.length))];
  }
  const numbered = NAME_NUMBER.exec(cell.text.trim());
  if (numbered) {
    const rest = atomize({ text: cell.text.trim().slice(numbered[0].length), source: cell.source });
    if (rest[0] && !/^[0-9%％≥≤=<>＞＜＝≦≧⩽⩾]/.test(rest[0].text)) rest[0] = { ...rest[0], text: numbered[0] + rest[0].text };
    else rest.unshift({ text: numbered[0], source: cell.source });
    return rest;
  }
  const text = cell.text.trim();
  const atoms: string[] = [];
  let afterDigits = false;
  let item = "";
  // The last list item number read in this text (1、…2、…): 0 before any.
  let lastItem = 0;
  // (≦ ≧ ⩽ ⩾ are the comparators' other glyphs, folded only by the normaliser.)
  for (const m of text.matchAll(/([0-9][0-9.,]*)|([%％≥≤=<>＞＜＝≦≧⩽⩾])|([^0-9%％≥≤=<>＞＜＝≦≧⩽⩾]+)/g)) {
    if (m[1]) {
      const listed = listItemAt(m[1], text.slice(m.index! + m[1].length), lastItem);
      if (listed) {
        if (listed.figures) atoms.push(listed.figures);
        item = listed.item;
        lastItem = Number(listed.item);
        afterDigits = false;
        continue;
      }
      // A year that opens the next cell's text (…9.342021年末测算…: 9.34 | 2021年末…) is no digits of the run.
      const year = yearOpeningText(m[1], text.slice(m.index! + m[1].length));
      if (year) atoms.push(m[1].slice(0, -4), year);
      else atoms.push(m[1]);
      item = "";
      afterDigits = true;
      continue;
    }
    if (m[2]) {
      atoms.push(m[2]);
      item = "";
      afterDigits = false;
      continue;
    }
    let run = m[3]!;
    // A unit right after a number belongs to it (18所, 520万元), not to the text that follows.
    const unitKey = patternKey(run);
    let unit = afterDigits ? UNIT_WORDS.find((u) => unitKey.startsWith(u) && !WORD_STARTS.some((w) => unitKey.startsWith(w))) : undefined;
    // (A scale with a unit after it goes whole: 175万平方米 is no 175万 before 平方米145万….)
    const scaled = unit && AMOUNT_SCALES.includes(unit) ? SCALED_UNIT.exec(unitKey)?.[0] : undefined;
    if (scaled && scaled.length > unit!.length && !WORD_STARTS.some((w) => unitKey.startsWith(w, unit!.length))) unit = scaled;
    if (unit) {
      atoms[atoms.length - 1] += run.slice(0, unit.length);
      run = run.slice(unit.length);
    }
    if (run) {
      const pieces = splitTextRun(run);
      if (item) pieces[0] = item + pieces[0]!;
      atoms.push(...pieces);
    }
    item = "";
    afterDigits = false;
  }
  // The target's opening words glued to the name, told by the completion's copy of them (restated-opening.ts).
  // A completion printed as the target's first words closing an atom of words: name | target | completion (restated-completion.ts).
  const cut = cutRestatedOpenings(atoms).flatMap(cutRestatedCompletion);
  return (CODED_COMPARATOR.test(text) ? withComparatorCodes(cut) : cut).map((t) => ({ text: t, source: cell.source }));
}

/**
 * A run of digits that ends on a year opening the text after it (`…36.29.342021年末初步测算…`: the
 * figures 36.2 | 9.34, then 2021年末…, a cell of words that begins with its year): the year, cut off
 * the run. Only where figures stand before it (a run of more than four digits) that make a number's
 * end (not a decimal point), and words, not a figure or the run's end, follow 年 — `≥3年` and a
 * year alone (`2022年`) stay as they are.
 */
function yearOpeningText(digits: string, after: string): string | null {
  if (digits.length <= 4 || !/^年[\u4e00-\u9fff]/.test(after) || /^年(?:度|月|底|末|初|内)?$/.test(after)) return null;
  const year = digits.slice(-4);
  if (!/^(?:19|20)\d{2}$/.test(year) || !/[0-9]$/.test(digits.slice(0, -4))) return null;
  return year;
}

/**
 * The code some systems print before a target's comparator in the 指标性质 column (`004 >=`,
 * `005 <=`: zero-led, three digits), run together with the name before it and the target after:
 * one cell, as the table prints it, not a figure of the row (…次数004 >=20次 is 次数 | 004 >= | 20次).
 */
const CODED_COMPARATOR = /0[0-9]{2}\s*[<>=＜＞＝≥≤]/;
function withComparatorCodes(atoms: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < atoms.length; k++) {
    if (/^0[0-9]{2}$/.test(atoms[k]!)) {
      let j = k + 1;
      let code = atoms[k]!;
      if (atoms[j]?.trim() === "") code += atoms[j++]!;
      let signs = "";
      while (j < atoms.length && /^[<>=＜＞＝≥≤]$/.test(atoms[j]!) && signs.length < 2) signs += atoms[j++]!;
      if (signs) {
        out.push(code + signs);
        k = j - 1;
        continue;
      }
    }
    out.push(atoms[k]!);
  }
  return out;
}

/**
 * A list's item number (`1、`, `2、`) opens the text after it, as units number a name, a target or a
 * criterion: it is no figure of the row. Run onto the figures before it, the item number is the
 * run's tail that continues the list or starts it anew: `档案归档21、39个` after `1、…2、…` is the
 * weight 2 and the target list's 1、; `17180151、附…` is 17180 | 15 | 1、附…. (With no list before
 * it, a tail is cut only as 1 and with at least two digits left: 11、 alone may be an eleventh item.)
 */
function listItemAt(digits: string, after: string, lastItem: number): { figures: string; item: string } | null {
  if (!after.startsWith("、") || !/^\d+$/.test(digits)) return null;
  // A figure (`39个`) may follow a list's item number only once a list is under way or it is 1.
  if (/^、[0-9]/.test(after) && lastItem === 0 && digits !== "1" && !(digits.length >= 3 && digits.endsWith("1"))) return null;
  const next = String(lastItem + 1);
  if (lastItem === 0) {
    if (digits.length >= 3 && digits.endsWith("1")) return { figures: digits.slice(0, -1), item: "1" };
    return { figures: "", item: digits };
  }
  if (digits === next || digits === "1") return { figures: "", item: digits };
  for (const tail of [next, "1"]) {
    const figures = digits.slice(0, -tail.length);
    if (digits.endsWith(tail) && figures && VALID_PART.test(figures)) return { figures, item: tail };
  }
  return { figures: "", item: digits };
}

/** A figure and the unit after it (1个月, 12.5公里): a copy of it may be followed by anything. */
// (Or a unit in Latin letters, 25TB25TB, 3KVA3KVA: a copy needs no Chinese then.)
const QUANTITY_COPY = /^[0-9][0-9.]*(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{1,4})$/;
const LATIN_QUANTITY = /^[0-9][0-9.]*[A-Za-z]{1,4}$/;

/** Whether the text after a quantity's copy goes on with its unit (3个 then 月: the unit 个月). */
function unitGoesOn(copy: string, text: string, end: number): boolean {
  const unit = copy.replace(/^[0-9.]+/, "");
  return UNIT_WORDS.some((u) => u.length > unit.length && u.startsWith(unit) && text.startsWith(u.slice(unit.length), end));
}

/** Shortest and longest text whose printing twice in a row is read as two cells (目标值 and 完成值). */
const REPEAT = { min: 2, max: 24 };

/**
 * A value printed twice or more in a row, before a figure or at the end (…符合相关标准符合相关标准10,
 * 12月底前完成12月底前完成): the target and the completion that met it, cells of their own — the
 * commonest row of a form, and one whose cut the columns alone cannot place (不超过 | 预算不超过预算).
 * Each copy becomes one atom; the copies left of the last two may still be joined to the name before
 * them (…专款专用专款专用专款专用 under 三级 | 目标值 | 完成值). The first such place, longest copy.
 */
function tandemRepeat(text: string): { start: number; length: number; count: number } | null {
  const n = text.length;
  if (n < 2 * REPEAT.min) return null;
  for (let end = 2 * REPEAT.min; end <= n; end++) {
    // (A figure with its unit printed twice, 1个月1个月, is the target and its completion before
    // anything: a dash for an empty cell, the deviation's words.)
    const anyAfter = end < n && !/[0-9]/.test(text[end]!);
    for (let len = Math.min(REPEAT.max, Math.floor(end / 2)); len >= REPEAT.min; len--) {
      const start = end - len;
      const unit = text.slice(start, end);
      if (anyAfter && (!QUANTITY_COPY.test(unit) || unitGoesOn(unit, text, end))) continue;
      if (text.slice(start - len, start) !== unit || !(/[\u4e00-\u9fff]/.test(unit) || LATIN_QUANTITY.test(unit))) continue;
      // A copy starts where a cell may: not inside a number (1|0次10次), not on a unit or a percent sign.
      if (/^[0-9.,%％]/.test(unit) && /[0-9.,]/.test(text[start - len - 1] ?? "")) continue;
      if (/^[%％.,]/.test(unit)) continue;
      let first = start - len;
      while (first - len >= 0 && text.slice(first - len, first) === unit) first -= len;
      return { start: first, length: len, count: (end - first) / len };
    }
  }
  return null;
}

/**
 * Where words printed twice in a row meet (医疗服务服务范围: 医疗服务 | 服务范围): a cell edge between the
 * copies, the one place a repeat inside running text can be cut without a figure after it.
 */
function doubledWordCuts(key: string): Set<number> {
  const cuts = new Set<number>();
  for (let at = REPEAT.min; at + REPEAT.min <= key.length; at++) {
    for (let len = REPEAT.min; len <= REPEAT.max && at - len >= 0 && at + len <= key.length; len++) {
      const unit = key.slice(at, at + len);
      if (key.slice(at - len, at) === unit && /[\u4e00-\u9fff]/.test(unit)) {
        cuts.add(at);
        break;
      }
    }
  }
  return cuts;
}

function splitTextRun(run: string): string[] {
  // A split target's direction and comparator run on after the name (…达标率正向等于, then the figure):
  // cells of their own, the comparator whole (split-target-cells.ts).
  const words = splitTargetWordCuts(patternKey(run));
  if (words.length > 0) {
    const edges = [...words, run.length];
    const name = words[0]! > 0 ? splitTextRun(run.slice(0, words[0])) : [];
    return [...name, ...edges.slice(0, -1).map((e, k) => run.slice(e, edges[k + 1]))];
  }
  // A listed name run into a listed target (人员控制、支出规范不超编、无违规支出): cut where the target
  // begins, the name's words before it kept together (规范 there ends the name, no value of its own).
  const target = listedTargetStart(patternKey(run));
  if (target !== null) return [...joinLastItem(splitWords(run.slice(0, target))), ...splitWords(run.slice(target))];
  return splitWords(run);
}

/** The pieces from the one holding the name's last 、 on, joined: the name's last item is one. */
function joinLastItem(pieces: string[]): string[] {
  const k = pieces.findLastIndex((p) => p.includes("、"));
  return k < 0 ? pieces : [...pieces.slice(0, k), pieces.slice(k).join("")];
}

function splitWords(run: string): string[] {
  const out: string[] = [];
  let i = 0;
  let buf = "";
  const key = patternKey(run);
  // Scoring rules and boundary words are matched on the key (simplified script: indices agree).
  const rules = /满分|扣分|分值|权重/.test(key);
  const doubled = doubledWordCuts(key);
  while (i < run.length) {
    if (buf && doubled.has(i)) {
      out.push(buf);
      buf = "";
    }
    // A whole scoring rule (完成目标得满分，未完成按比例扣分) is one piece: its own comma and the
    // boundary words inside it (完成, 达到) are not cell edges.
    if (rules) {
      scoringRuleAt.lastIndex = i;
      const rule = scoringRuleAt.exec(key);
      if (rule) {
        if (buf) out.push(buf);
        buf = "";
        out.push(run.slice(i, i + rule[0].length));
        i += rule[0].length;
        continue;
      }
    }
    // 定性 / 定量 in the 指标性质 column, run in after a name's last character and before the target
    // (…管理机制健全性定性优良中低差): a cell of its own. (Not 稳定性, 确定性: 定 there ends a word; nor
    // 定性指标, 定性评价, names of their own.)
    if (NATURE_AFTER_NAME.test(key.slice(Math.max(0, i - 1), i + 6)) && i > 0) {
      if (buf) out.push(buf);
      buf = "";
      out.push(run.slice(i, i + 2));
      i += 2;
      continue;
    }
    // Boundary words are found in simplified script too (不超過 is 不超过): one character for one.
    // …率, …性 or …度 after it makes a name's word (完成率, 及时性, 满意度: 完成率、控制率), no value.
    // (Nor after a deadline's 前: 12月底前完成, 年底前达到 are one value, the deadline and what is due by it.)
    const word = key[i - 1] === DEADLINE_END ? undefined : BOUNDARY_WORDS.find((w) => key.startsWith(w, i) && !NAME_WORD_ENDINGS.includes(key[i + w.length] ?? "") && !endsAsName(key, i + w.length));
    if (word) {
      if (buf) out.push(buf);
      buf = "";
      // The printed text, not the simplified key it was found on (及時 stays 及時).
      out.push(run.slice(i, i + word.length));
      i += word.length;
      continue;
    }
    const ch = run[i]!;
    // A target's opening (按规定公开) and what was done (已公开) may begin a piece; unlike the
    // boundary words, the text after them stays in it.
    if (buf && (PIECE_STARTS.some((w) => key.startsWith(w, i)) || CHANGE_BEFORE_NUMBER.test(key.slice(i, i + 4)))) {
      out.push(buf);
      buf = "";
    }
    buf += ch;
    i++;
    // Sentence punctuation ends a piece: text cells often end there.
    if (/[。；;！!？?]/.test(ch)) {
      out.push(buf);
      buf = "";
    }
  }
  if (buf) out.push(buf);
  return out;
}

const bareLevel1 = new Set(bareLevel1Names);

/**
 * Cuts a run-together label row (a header) at the labels it holds: `主管部门…实施单位…` or
 * `项目资金(元)年初预算数全年预算数…`. Longest label first at each position; text between labels
 * becomes a cell of its own.
 */
/** 指标 and the number of the 三级 name it opens (`指标1:`), at the text's start. */
const NUMBERED_AFTER_NAME = new RegExp(`^${NUMBERED_NAME_WORD}\\s*\\d{1,2}\\s*[:：]`);

export function splitAtLabels(cell: Cell, isLabel: (s: string) => boolean, maxLabelLength = 16): Cell[] {
  // (A bare 一级 name, 产出 or 效益, is a name only as a whole cell: inside run-together text it is
  // as often a word's start or a scrambled name's middle, 标产出指. Text before a label is a cell anyway.)
  const cutsAt = (s: string) => !bareLevel1.has(s) && isLabel(s);
  const text = cell.text.trim();
  const chars = [...text];
  const out: string[] = [];
  let buf = "";
  let i = 0;
  while (i < chars.length) {
    let matched = 0;
    for (let len = Math.min(maxLabelLength, chars.length - i); len >= 2; len--) {
      if (cutsAt(chars.slice(i, i + len).join(""))) {
        matched = len;
        break;
      }
    }
    // A label ending in 指标 right before a number and colon (`社会效益指标1:…`, printed `社会效益 指标1:…`)
    // leaves the 指标 to the numbered 三级 name after it when the label is one without it too.
    if (matched > 2 && NUMBERED_AFTER_NAME.test(chars.slice(i + matched - 2).join("")) && cutsAt(chars.slice(i, i + matched - 2).join(""))) matched -= 2;
    if (matched) {
      if (buf) out.push(buf);
      buf = "";
      // A bracketed note right after the label that names columns is the label's formula
      // (`总体支出进度(当年实际支出金额/项目当年下达额度)`), not cells of the row.
      const note = bracketAfter(chars, i + matched);
      const withNote = note > 0 && holdsLabel(chars.slice(i + matched + 1, i + matched + note - 1), cutsAt, maxLabelLength) ? note : 0;
      out.push(chars.slice(i, i + matched + withNote).join(""));
      i += matched + withNote;
    } else {
      buf += chars[i]!;
      i++;
    }
  }
  if (buf) out.push(buf);
  return out.map((t) => ({ text: t, source: cell.source }));
}

/** Does some stretch of `chars` spell a label? */
function holdsLabel(chars: readonly string[], isLabel: (s: string) => boolean, maxLabelLength: number): boolean {
  for (let i = 0; i < chars.length; i++) {
    for (let len = Math.min(maxLabelLength, chars.length - i); len >= 2; len--) if (isLabel(chars.slice(i, i + len).join(""))) return true;
  }
  return false;
}

/** The length of the bracketed text opening at `at` (its brackets included, none nested), or 0. */
function bracketAfter(chars: readonly string[], at: number): number {
  if (chars[at] !== "(" && chars[at] !== "（") return 0;
  for (let k = at + 1; k < chars.length && k - at <= 40; k++) {
    if (chars[k] === "(" || chars[k] === "（") return 0;
    if (chars[k] === ")" || chars[k] === "）") return k - at + 1;
  }
  return 0;
}

/** Most readings of one run of digits considered, and of one row (their product). */
export const runSettings = {
  maxSplitsPerRun: 150,
  /** Most numbers one run of digits is read as (a fund row holds at most eight). */
  maxParts: 8,
  maxReadingsPerRow: 600,
  /** Cost added for each decimal place beyond two (amounts in 万元 may carry more, rarely). */
  extraDecimal: 0.4,
  /** Cost of reading one run of digits as one more number. */
  extraPart: 0.3,
  /**
   * More per number when the run ends in a unit (200人 read as 20 | 0人): a figure and its unit are
   * printed as one, so the figures before the unit are seldom another cell's.
   */
  unitSplit: 0.7,
  /** Cost of each 0 read as a number of its own out of a longer run. */
  zeroPart: 0.3,
  /** Cost of a reading that does not end on the run's doubled decimal tail as two numbers (doubledDecimalTail). */
  twinTail: 0.5,
};

/**
 * The figure a run of digits ends on twice, when it carries a decimal point (…9.009.00, …22.5022.50,
 * …10.310.3): the 分值 and the 得分 printed alike, full marks, the commonest end of a row. Readings
 * that cut the tail otherwise (9.00 | 9.0 | 0) cost runSettings.twinTail. Null when there is none.
 */
function doubledDecimalTail(digits: string): string | null {
  for (let len = Math.floor(digits.length / 2); len >= 3; len--) {
    const tail = digits.slice(-len);
    if (digits.slice(-2 * len, -len) === tail && /^(?:0|[1-9]\d*)\.\d{1,2}$/.test(tail)) return tail;
  }
  return null;
}

const VALID_PART = /^(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$/;

/**
 * The ways a run of digits (`3749.903749.9010100.0`) splits into well-formed numbers: no leading
 * zeros, thousands separators in threes, at most four decimals. Fewer parts first.
 */
export function splitNumericRun(run: string, limit = runSettings.maxSplitsPerRun): string[][] {
  // Amounts and scores rarely print more than two decimals: try those readings first.
  const few = splitWith(run, limit, 2);
  if (few.length === 0) return splitWith(run, limit, 4);
  // A run of a row's figures one of which carries four decimals (a fund row's 12727.999622%: 127 |
  // 27.9996 | 22%; an indicator's completion, 32.999922.5022.50: 32.9999 | 22.50 | 22.50) has
  // readings of two decimals too, all wrong by the rate or by the points they leave: where the run is
  // long enough to hold such a figure and holds a point with three digits after it, those of more
  // decimals are tried after them, each decimal beyond two in an amount or points priced
  // (extraDecimal). (Once only before a rate; the points priced by their decimals tell them apart too.)
  if (run.length < MANY_DECIMALS_RUN || !/\.\d{3}/.test(run)) return few;
  // (The fewest numbers of like size first, as the walk keeps them: a handful is enough, and each
  // reading costs the row an alignment.)
  const seen = new Set(few.map((r) => r.join("|")));
  const more = splitWith(run, MANY_DECIMALS_KEPT, 4).filter((r) => !seen.has(r.join("|")));
  return [...few, ...more];
}

/** The shortest run whose readings of three or four decimals are tried beside those of two. */
const MANY_DECIMALS_RUN = 8;
/** How many readings of more decimals are kept. */
const MANY_DECIMALS_KEPT = 10;

/** How many more readings than are kept the walk collects before ranking them. */
const WALK_BREADTH = 40;

function splitWith(run: string, limit: number, maxDecimals: number): string[][] {
  const out: string[][] = [];
  const walk = (at: number, parts: string[]) => {
    if (out.length >= limit * WALK_BREADTH || parts.length > runSettings.maxParts) return;
    if (at === run.length) {
      out.push(parts);
      return;
    }
    for (let end = run.length; end > at; end--) {
      const part = run.slice(at, end);
      if (!VALID_PART.test(part)) continue;
      const dec = part.includes(".") ? part.length - part.indexOf(".") - 1 : 0;
      if (dec > maxDecimals) continue;
      // A part may not end where the next starts with "." or ",": those belong to this part.
      const next = run[end];
      if (next === "." || next === ",") continue;
      walk(end, [...parts, part]);
    }
  };
  walk(0, []);
  // Fewer numbers first; among as many, numbers of like size (a row's amounts are of one order:
  // 150|150|125.25|100|83.5, not 150150125.25|1008|3.5) — so the reading the columns want is among
  // those kept when a long run holds many numbers.
  // The kept readings are then given in the walk's order, fewer numbers first, as before: the order
  // decides between readings the row's alignment prices the same.
  const rank = (parts: string[]) => parts.length + SIZE_SPREAD * sizeSpread(parts);
  const kept = new Set(out.map((parts, k) => ({ k, r: rank(parts) })).sort((a, b) => a.r - b.r || a.k - b.k).slice(0, limit).map((x) => x.k));
  return out.filter((_, k) => kept.has(k)).sort((a, b) => a.length - b.length);
}

/** Weight of the size spread against one more number, when choosing which readings to keep. */
const SIZE_SPREAD = 0.5;

/** How unlike in size neighbouring numbers are: the sum of their differences in integer digits. */
function sizeSpread(parts: string[]): number {
  let spread = 0;
  for (let k = 1; k < parts.length; k++) spread += Math.abs(intDigits(parts[k]!) - intDigits(parts[k - 1]!));
  return spread;
}

function intDigits(part: string): number {
  return part.split(".")[0]!.replace(/,/g, "").length;
}

/** Marks which atoms are runs of digits (with the unit after them) that may hold several numbers. */
export function isNumericRun(text: string): boolean {
  return /^[0-9][0-9.,]+\D*$/.test(text);
}

/** Joins neighbouring digit atoms back into runs (atomize cuts every character). */
export function mergeDigitAtoms(atoms: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (prev && /^[0-9.,]+$/.test(prev.text) && /^[0-9.,]$/.test(a.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + a.text };
    } else out.push(a);
  }
  return out;
}

export interface Reading {
  cells: Cell[];
  /** What the cuts cost: a run read as several numbers needs the columns to want them. */
  cost: number;
}

/**
 * A 0 cut out of a run between other digits (5005001 | 0 | 0% for 500 | 500 | 100%) costs a little:
 * a form prints its zeros, but a reading that makes them out of a larger number's digits is the
 * likelier mistake. A 0 every reading of the run must cut (0500: 0 | 500) costs them all alike.
 */
function zeroParts(split: readonly string[]): number {
  if (split.length < 2) return 0;
  let n = 0;
  for (const p of split) if (/^0(?:\.0+)?(?![\d.])/.test(p)) n++;
  return runSettings.zeroPart * n;
}

const PERCENT_SIGN = /^[%％]$/;
const COMPARATOR_SIGN = /^(?:[≥≤=<>＞＜＝≧≦⩽⩾]|>=|<=)$/;
/** Is atoms[k] a comparator's figure closed by a percent sign (≥ | 100 | %)? */
function comparedPercent(atoms: readonly Cell[], k: number): boolean {
  return PERCENT_SIGN.test(atoms[k + 1]?.text ?? "") && COMPARATOR_SIGN.test(atoms[k - 1]?.text.trim() ?? "");
}

/** Every reading of a row: each digit run replaced by one of its splits. */
export function rowReadings(atoms: Cell[], whole: ReadonlySet<Cell> = new Set()): Reading[] {
  let readings: Reading[] = [{ cells: [], cost: 0 }];
  for (const [k, a] of atoms.entries()) {
    if (!isNumericRun(a.text) || whole.has(a)) {
      for (const r of readings) r.cells.push(a);
      continue;
    }
    const digits = /^[0-9.,]+/.exec(a.text)![0];
    const unit = a.text.slice(digits.length);
    // A value printed twice (11月底前完成 | 11月底前完成) is one atom whatever it opens with: only a
    // number and its unit are cut.
    if (unit && !isRunUnit(patternKey(unit))) {
      for (const r of readings) r.cells.push(a);
      continue;
    }
    const splits = splitNumericRun(digits, runSettings.maxSplitsPerRun).map((s) => (unit ? [...s.slice(0, -1), s[s.length - 1]! + unit] : s));
    if (splits.length === 0) {
      for (const r of readings) r.cells.push(a);
      continue;
    }
    const next: Reading[] = [];
    const twin = unit ? null : doubledDecimalTail(digits);
    for (const r of readings) {
      for (const s of splits) {
        if (next.length >= runSettings.maxReadingsPerRow) break;
        // (A run between a comparator and a percent sign is one figure with its unit, as 200人 is:
        // `=100%` is not =10 | 0%. Without the comparator a rate may end a fund row's run: 10001000100%.)
        const perPart = runSettings.extraPart + (unit || comparedPercent(atoms, k) ? runSettings.unitSplit : 0);
        const twinCost = twin && !(s.length >= 2 && s[s.length - 1] === twin && s[s.length - 2] === twin) ? runSettings.twinTail : 0;
        next.push({ cells: [...r.cells, ...s.map((t) => ({ ...a, text: t }))], cost: r.cost + perPart * (s.length - 1) + zeroParts(s) + twinCost });
      }
    }
    readings = next;
  }
  return readings;
}

/**
 * How believable a reading of a row's digits is, by the form's own arithmetic: costs added to the
 * alignment's, so that among readings that fit the columns equally the consistent one wins.
 */
export const readingPriors = {
  /** Against the form's rules: score above weight, weight above 100. */
  impossible: 3,
  /** Possible but rare: one indicator over half the points, a budget score off 分值 × 执行率. */
  unlikely: 1,
  /** 执行率 more than `rateSlack` points away from 执行数 ÷ 预算数. */
  rateMismatch: 2,
  rateSlack: 1,
  scoreSlack: 0.5,
  /** Amounts of one row printed with different numbers of decimals. */
  mixedDecimals: 0.5,
  /** Headerless rows: the target's own figure read as the 分值, with no completion (headerlessIndicatorPlausibility). */
  figureOfTarget: 1,
  /** A completion read with no target beside it (indicatorPlausibility). */
  completionWithoutTarget: 0.5,
  /** Headerless rows: a bare completion after a target that carries its percent sign (headerlessIndicatorPlausibility). */
  unitOfTargetOnly: 0.5,
  /** Headerless rows: a bare completion after a target counted in a unit (≤10次 | 2), not a percent (headerlessIndicatorPlausibility). */
  bareCountCompletion: 1,
};

function num(text: string | undefined): { value: number; decimals: number } | null {
  if (text === undefined) return null;
  const t = text.replace(/[,%％分元万]/g, "");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return { value: Number(t), decimals: t.includes(".") ? t.length - t.indexOf(".") - 1 : 0 };
}

function decimalsCost(n: { decimals: number } | null, allowed: number): number {
  return n && n.decimals > allowed ? runSettings.extraDecimal * (n.decimals - allowed) : 0;
}

/** What makes a reading of an indicator row's digits believable: score ≤ weight ≤ 100, few decimals. */
export function indicatorPlausibility(v: Map<string, string>): number {
  const w = num(v.get("weight"));
  const s = num(v.get("score"));
  // A 三级 name rarely ends on its own target's words (路面养护质量达到养护标准 | 达到养护标准 | 30):
  // a value printed twice is the target and the completion; a third copy may still end the name.
  const level3 = v.get("level3");
  const target = v.get("target");
  let named = 0;
  if (level3 && target && target.length >= 2 && level3.length > target.length && level3.endsWith(target)) named = readingPriors.unlikely;
  // A completion with no target before it: a form prints the target it measures against, so a
  // reading that leaves it out (101010.3 | 1 | 0.3 for 10 | 10 | 10.3 | 10.3) is the less likely.
  // (A compared value there is the target itself, which compared-target.ts moves.)
  const actualText = v.get("actual")?.trim();
  if (actualText && !target?.trim() && !COMPARED.test(actualText)) named += readingPriors.completionWithoutTarget;
  // Weights are nearly always whole numbers; scores carry up to two decimals.
  // (And points of more than two decimals are rarer still than points of two: 22.50 | 22.50, not 22.502 | 2.50.)
  let cost = named + decimalsCost(w, 0) + decimalsCost(w, 2) + decimalsCost(s, 2) + completionSpread(v.get("target"), v.get("actual"));
  if (w && /\.\d*0$/.test(v.get("weight") ?? "")) cost += runSettings.extraDecimal;
  if (w && w.value > 100) cost += readingPriors.impossible;
  // One indicator rarely carries more than half the points.
  else if (w && w.value > 50) cost += readingPriors.unlikely;
  if (w && s && s.value > w.value + FLOAT_SLACK) cost += readingPriors.impossible;
  // Points beside a 一级 name with no 二级 or 三级 name are that 一级's (管理指标30): never cut into an
  // indicator's 分值 and 得分.
  if (w && s && v.has("level1") && !v.has("level2") && !v.has("level3")) cost += readingPriors.impossible;
  return cost;
}

/**
 * A row read with no header to name its columns (an excerpt that starts mid-table): a figure right
 * after the target that equals the target's own figure (`=6万元65`: 6 | 5) is its completion — a
 * target met exactly is the commonest row — rather than a 分值 that happens to equal it, with the
 * row's last number its 得分. Priced, not forced: the row's other figures may still say otherwise.
 */
const COMPARED = /^[≥≤=<>＞＜＝≧≦]/;
const BARE_FIGURE = /^[0-9]+(?:\.[0-9]+)?$/;
const UNIT_AFTER_FIGURE = /[0-9][%％]$/;
const COUNT_AFTER_FIGURE = new RegExp(`[0-9](?:${UNITS.split("|").filter((u) => !/[%％]/.test(u)).join("|")})$`);
export function headerlessIndicatorPlausibility(v: Map<string, string>): number {
  const cost = indicatorPlausibility(v);
  let target = v.get("target")?.trim() || undefined;
  let actual = v.get("actual")?.trim() || undefined;
  // A compared value alone in the completion's column is the target (compared-target.ts moves it).
  if (!target && actual && COMPARED.test(actual)) [target, actual] = [actual, undefined];
  // The completion printed bare after a target that carries its unit (=100% | 100): the unit was
  // printed once, in a 度量单位 column of its own (= | 100 | % | 100), which the layout that has one reads.
  if (actual && target && BARE_FIGURE.test(actual) && UNIT_AFTER_FIGURE.test(target)) return cost + readingPriors.unitOfTargetOnly;
  // A count's unit (≤10次) is printed with the figure, in no column of its own a layout could read:
  // a completion counted alike is printed with it too (8次), so a bare figure after such a target is
  // sooner the row's points cut up (`≤10次 22.5` is no 2 | 2.5). A bare figure equal to the target's
  // is its completion, the unit shared (`=6万元65`: 6 | 5).
  if (actual && target && BARE_FIGURE.test(actual) && COUNT_AFTER_FIGURE.test(target) && Number(VALUE_FIGURE.exec(target)?.[1]?.replaceAll(",", "")) !== Number(actual)) return cost + readingPriors.bareCountCompletion;
  if (actual) return cost;
  const t = target ? VALUE_FIGURE.exec(target) : null;
  const w = num(v.get("weight"));
  if (!t || !w || !v.has("score")) return cost;
  return Number(t[1]!.replaceAll(",", "")) === w.value ? cost + readingPriors.figureOfTarget : cost;
}

/**
 * Cost per power of ten between neighbouring amounts of a fund row: its budgets and spending are of
 * one order (50 | 50 | 50, not 5050 | 50101 | 0), so of two readings that fit the columns alike the
 * one of like amounts wins. Amounts of 0 (nothing budgeted at first, nothing spent) are not compared.
 */
const AMOUNT_SPREAD = 0.3;

function amountSpread(amounts: ReadonlyArray<{ value: number } | null>): number {
  const present = amounts.filter((a): a is { value: number } => a !== null && a.value > 0);
  let spread = 0;
  for (let k = 1; k < present.length; k++) spread += Math.abs(Math.log10(present[k]!.value / present[k - 1]!.value));
  return AMOUNT_SPREAD * spread;
}

/**
 * A value's figure after its comparator (≥15000次 → 15000), or null when it opens with none; its
 * thousands separators are the figure's (23,333.56 is 23333.56, not 23).
 */
const VALUE_FIGURE = /^[≥≤=<>＞＜＝]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/;

/**
 * A completion is of its target's order (15000次 | 17180, not 171801 | 5): priced as the fund row's
 * amounts are, per power of ten between the two figures.
 */
function completionSpread(target: string | undefined, actual: string | undefined): number {
  const t = target ? VALUE_FIGURE.exec(target.trim()) : null;
  const a = actual ? VALUE_FIGURE.exec(actual.trim()) : null;
  if (!t || !a) return 0;
  const tv = Number(t[1]!.replaceAll(",", ""));
  const av = Number(a[1]!.replaceAll(",", ""));
  if (!(tv > 0 && av > 0)) return 0;
  return AMOUNT_SPREAD * Math.abs(Math.log10(av / tv));
}

/** The highest 执行率 a reading of run-together digits may give (percent). */
const MAX_RATE = 200;

/**
 * For a fund row: amounts with few decimals, 执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率.
 * `columns`, the funds header's column names where the caller has them, lets a reading be priced
 * against what the header prints (fundColumnsCost).
 */
export function fundPlausibility(v: Map<string, string>, columns?: readonly string[]): number {
  const amounts = ["initialBudget", "annualBudget", "executed"].map((k) => num(v.get(k)));
  let cost = amounts.reduce((n, a) => n + decimalsCost(a, 2), 0);
  // (A 0 is printed bare at any precision: nothing spent is `0` beside `2380.91`, no mixed printing.)
  const decimals = new Set(amounts.filter((a) => a !== null && a.value > 0).map((a) => a!.decimals));
  if (decimals.size > 1) cost += readingPriors.mixedDecimals;
  const w = num(v.get("weight"));
  const rate = num(v.get("rate"));
  const score = num(v.get("score"));
  if (w && w.value > 100) cost += readingPriors.impossible;
  cost += amountSpread(amounts);
  const budget = amounts[1] ?? amounts[0];
  const executed = amounts[2];
  if (rate && budget && executed && budget.value > 0) {
    if (Math.abs((100 * executed.value) / budget.value - rate.value) > readingPriors.rateSlack) cost += readingPriors.rateMismatch;
  } else if (rate && budget && budget.value === 0 && rate.value > 0) {
    // A budget of 0 cut out of the digits would escape the check: nothing spent of nothing is no rate.
    cost += readingPriors.rateMismatch;
  }
  // A rate beside a budget with no 执行数 to give it is what cutting a rate's own digits makes
  // (98.50% read as 9 | 8.50%): a form prints its rate where it prints what was spent.
  if (rate && budget && !executed) cost += readingPriors.unlikely;
  // Nor is a rate read beside 执行数 with no 预算数 to give it (12727.9996 | 22% for 127 | 27.9996 | 22%):
  // the budget's digits run into the spending's.
  if (rate && executed && !budget && executed.value > 0) cost += readingPriors.unlikely;
  // Money spent out of a budget of 0 is no reading either (a 0 cut out of 505010 …).
  if (budget && executed && budget.value === 0 && executed.value > 0) cost += readingPriors.rateMismatch;
  // Spending more than twice the budget is no reading of a form's digits.
  if (rate && rate.value > MAX_RATE) cost += readingPriors.impossible;
  // 分值 is a whole number of points.
  cost += decimalsCost(w, 0);
  if (w && rate && score && Math.abs((w.value * Math.min(rate.value, 100)) / 100 - score.value) > readingPriors.scoreSlack) cost += readingPriors.unlikely;
  if (w && score && score.value > w.value + FLOAT_SLACK) cost += readingPriors.impossible;
  // The 资金结构 table's sums (小计 = 年初 + 调整, 结余 = 小计 − 拨付): whole amounts run together tell no edges else.
  cost += fundSumsCost(v, readingPriors.rateMismatch);
  if (columns) cost += fundColumnsCost(v, columns);
  return cost;
}

/**
 * A fund row read against its header's columns. Where the header prints a 执行率 column, a form
 * that prints what was spent prints its rate beside it (0 where nothing was spent, often without
 * `%`): a reading that gives 执行数 and leaves the rate blank has cut the rate's digits into the
 * amounts (`2380.9100` read 2380.9 | 100 for 2380.91 | 0 | 0). A bare rate the amounts give, and
 * nothing spent beside a rate of 0, are evidence for the reading (negative costs, taken back from
 * what the alignment and the digit cut charged).
 */
export function fundColumnsCost(v: ReadonlyMap<string, string>, columns: readonly string[]): number {
  const blank = (k: string) => (v.get(k)?.trim() ?? "") === "";
  if (columns.includes("rate") && columns.includes("executed") && !blank("executed") && blank("rate")) return readingPriors.unlikely;
  let cost = 0;
  // A bare figure in the rate column (`0`, `100`) costs the alignment its doubt that it is a rate
  // (BARE_RATE); where it agrees with 执行数 ÷ 预算数 the doubt is gone, a sign left off.
  const rate = v.get("rate")?.trim() ?? "";
  const budget = num(v.get("annualBudget") ?? v.get("initialBudget"));
  const executed = num(v.get("executed"));
  if (/^\d+(?:\.\d+)?$/.test(rate) && budget && budget.value > 0 && executed && Math.abs((100 * executed.value) / budget.value - Number(rate)) <= readingPriors.rateSlack) cost -= BARE_RATE;
  // Nothing spent and a rate of 0 check each other: of the two 0s cut out of the run (zeroParts),
  // one is taken back. (Not beside a score above 0: nothing spent scores nothing, `…10001000100%20`
  // is no 100010001 | 0 | 0% | 20.)
  if (executed?.value === 0 && num(v.get("rate"))?.value === 0 && budget && budget.value > 0 && (num(v.get("score"))?.value ?? 0) === 0) cost -= runSettings.zeroPart;
  return cost;
}

