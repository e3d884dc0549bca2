import { labelKey } from "../../template/labels.js";
import { headerFields, titlePattern } from "../../template/project.js";
import { isGoalsBlockHeading } from "../report-headings.js";
import { cutAtRowStarts, WRAP_SPACE } from "./flattened-form.js";
import { spacedFundRowCuts } from "./spaced-fund-rows.js";
import { withTwinGoals } from "./twin-goal-pieces.js";

/**
 * A form flattened onto one line is cut where its rows start after the page's wrapping spaces are
 * taken out (flattened-form.ts): a label wrapped or spaced out (年 度 资 金 总 额) still starts its
 * row. Where the line kept spaces between its cells (a PDF's text layer run onto one line by a
 * document site: `中央主管部门 医疗保障局 地方主管部门 …`), a label found inside a word
 * (主管部门 in 中央主管部门) starts its row where that word does: a dump parts cells by spaces, and
 * a row never begins inside one. Only where the whole word is a header label the template spells
 * so (中央主管部门, 县级主管部门): a scrambled vertical label's pieces run into a label (`一指二级指标`)
 * are no part of it, and a value run into a label stays its row's. A word that is a form's title
 * (`2022年度共享工程项目自评表`) after other words (a site's `返回上级 附表2`) is a row of its own.
 */

/** Longest qualifier before a label that is taken into the label's row. */
const MAX_QUALIFIER = 4;
const QUALIFIER = /^[\u4e00-\u9fff]+$/;
const HEADER_LABELS = new Set(headerFields.flatMap((f) => f.exact));

/** The line (its page number already gone) cut into rows, each cut at the start of the word it falls in. */
export function cutFlattenedLine(line: string): string[] {
  const flat = line.replace(WRAP_SPACE, "");
  const pieces = cutAtRowStarts(flat);
  if (pieces.length <= 1 || flat.length === line.length) return pieces;
  return snapToWords(line, flat, pieces);
}

/**
 * The pieces of `flat` (the line without its wrapping spaces) with each cut moved back to the start
 * of the word of `line` it falls in, when a short qualifier comes before it there. Pieces that do
 * not make up `flat` (a goals label put back whole, blanks dropped) are left as they are.
 */
export function snapToWords(line: string, flat: string, pieces: readonly string[]): string[] {
  if (pieces.join("") !== flat) return [...pieces];
  // Where each character of `flat` stands in `line`.
  const removed = new Uint8Array(line.length);
  for (const m of line.matchAll(WRAP_SPACE)) removed.fill(1, m.index!, m.index! + m[0].length);
  const at: number[] = [];
  // … and where each character of `line` left in `flat` stands there (-1 for a wrapping space).
  const flatAt = new Int32Array(line.length).fill(-1);
  for (let i = 0; i < line.length; i++) if (!removed[i]) flatAt[i] = at.push(i) - 1;
  if (at.length !== flat.length) return [...pieces];
  const cuts: number[] = [];
  let end = 0;
  for (const p of pieces.slice(0, -1)) cuts.push((end += p.length));
  const snapped = snapCuts(line, at, cuts);
  // A title standing as a word of its own (its unit and year run into it, no space) begins a row.
  // (A year printed apart before it, `2020 年市级…项目自评表`, is the title's; an entry of a table of
  // contents, `6、项目绩效目标自评表`, is no title.)
  for (const m of line.matchAll(/\S+/g)) {
    if (m[0].length > MAX_TITLE || LIST_ITEM.test(m[0]) || !titlePattern.test(labelKey(m[0]))) continue;
    // (A header label's value that spells a title, `项目名称: 2023年…项目支出绩效自评报告` on a report's
    // cover, is the label's: the label and its colon right before the word wait for it.)
    if (afterHeaderLabel(line.slice(0, m.index!))) continue;
    const year = YEAR_BEFORE.exec(line.slice(0, m.index!));
    // (A figure the word opens with that is no year, `94部门整体支出…`, ends the row before: a total's 得分.)
    const figure = year ? null : LEADING_FIGURE.exec(m[0]);
    const start = flatAt[year ? year.index : m.index! + (figure ? figure[0].length : 0)]!;
    if (start > 0 && !snapped.includes(start)) snapped.push(start);
  }
  // The form's own numbered heading in its goals block (`1.项目年度目标完成情况`) standing as a word
  // begins a row whole: not cut after its number where a goals label opens its words.
  for (const m of line.matchAll(/\S+/g)) {
    if (!isGoalsBlockHeading(m[0])) continue;
    const start = flatAt[m.index!]!;
    const end = start + m[0].length;
    for (let k = snapped.length - 1; k >= 0; k--) if (snapped[k]! > start && snapped[k]! < end) snapped.splice(k, 1);
    if (start > 0 && !snapped.includes(start)) snapped.push(start);
  }
  snapped.push(...rowEndCuts(line, flat, flatAt, snapped));
  // A fund row named in words of its own, between the figures of the row before and its own.
  snapped.push(...spacedFundRowCuts(line, flat, flatAt, snapped));
  snapped.sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const cut of snapped) {
    out.push(flat.slice(from, cut));
    from = cut;
  }
  out.push(flat.slice(from));
  // One goal text in both columns, read line by line across them: the text twice (twin-goal-pieces.ts).
  return withTwinGoals(line, at, out).filter((p) => p !== "");
}

/** A header label and its colon ending `before` (spaces after it), as the template spells the label. */
const LABEL_COLON_END = /([\u4e00-\u9fff()（）]{2,12})[:：]\s*$/;
const LONG_HEADER_LABELS = [...HEADER_LABELS].filter((l) => l.length >= 4);
function afterHeaderLabel(before: string): boolean {
  const label = LABEL_COLON_END.exec(before)?.[1];
  if (!label) return false;
  const key = labelKey(label);
  // (Text run on before the label, a cover's unit name: the label is its end. Not a bare 部门 or
  // 单位, which end a site's 发布部门 as well.)
  return LONG_HEADER_LABELS.some((l) => key.endsWith(l));
}

/** The indicator table's heading: the rows after it end at their scores. */
const INDICATOR_HEAD = /三级指标/;
/** A bare 分值 or 得分 standing as a word, then a word that opens with no figure, sign or unit. */
// (Not a target parted from its comparator, `= 5 千份`; a word opening as a unit does, 千份, 公里, is the figure's.)
const SCORE_THEN_TEXT = /(?<=^|\s)(?<![=≥≤<>＞＜＝]\s*)\d{1,3}(?:\.\d{1,2})?\s+(?=[^\s\d.,%％≥≤<>=＞＜＝万亿千百元人次个件项天年月日亩台套场所户名本册条篇期批分米吨辆座家份周栋张公平立小课学—-])/g;

/**
 * Where a row of the indicator table ends at its last figure standing as a word of its own
 * (`25TB 25TB 10 WIFI布点全覆盖 …`): the next word begins a row when a figure comes after it before
 * the next cut (a row's target or score; text with no figure after the points is the row's 偏差原因).
 * A dump that parted its cells by spaces says so; the page's wrapping spaces are gone from `flat`.
 */
function rowEndCuts(line: string, flat: string, flatAt: Int32Array, cuts: readonly number[]): number[] {
  const head = flat.search(INDICATOR_HEAD);
  if (head < 0) return [];
  const out: number[] = [];
  for (const m of line.matchAll(SCORE_THEN_TEXT)) {
    const at = flatAt[m.index! + m[0].length]!;
    if (at <= head || cuts.includes(at)) continue;
    const next = Math.min(...cuts.filter((c) => c > at), flat.length);
    if (/[0-9０-９]/.test(flat.slice(at, next))) out.push(at);
  }
  return out;
}

/** Longest word taken for a form's title. */
const MAX_TITLE = 40;
const LIST_ITEM = /^[0-9０-９]{1,2}[、.．]/;
/** Figures opening a word that are no year's (`94部门…`, `97.8部门…`; not `2020年度…`). */
const LEADING_FIGURE = /^[0-9０-９][0-9０-９.]*(?![0-9０-９.年])/;
// (In either width: a Word document's ２０２０.)
const YEAR_BEFORE = /(?:19|20|１９|２０)[0-9０-９]{2}\s+$/;

/** Each cut moved back to the start of the word of `line` it falls in, when that word is a header label with a short qualifier before it. */
function snapCuts(line: string, at: readonly number[], cuts: readonly number[]): number[] {
  return cuts.map((cut, k) => {
    const o = at[cut]!;
    let s = o;
    while (s > 0 && !/\s/.test(line[s - 1]!)) s--;
    const qualifier = line.slice(s, o);
    if (qualifier === "" || qualifier.length > MAX_QUALIFIER || !QUALIFIER.test(qualifier)) return cut;
    let e = o;
    while (e < line.length && !/\s/.test(line[e]!)) e++;
    if (!HEADER_LABELS.has(labelKey(line.slice(s, e)))) return cut;
    const back = cut - qualifier.length;
    // Never past the cut before it.
    return k > 0 && back <= cuts[k - 1]! ? cut : back;
  });
}
