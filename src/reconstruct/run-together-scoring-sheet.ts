import type { Cell, Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { indicatorColumns, totalLabels, trailerLabels, type IndicatorColumn } from "../template/project.js";
import { toSimplified } from "../normalise/script.js";
import { isTitle, otherFormName } from "./row-classifier.js";
import { WORD_STARTS } from "./run-together.js";
import { splitMidlineTitles } from "./midline-title.js";
import { readPointsOnlyStream } from "./points-only-sheet.js";
import { readNumberedRuleFirst } from "./numbered-rule-first-sheet.js";
import { commonDepartmentIndicators, ruleOpenings } from "../template/department.js";

/**
 * Rows this module made whose 二级 and 三级 names ran into their rule with nothing to tell where they
 * end (a numbered rule-first sheet run together): the names stay in the rule's cell, and no name above
 * is carried into the row. Kept here, not on the Grid's Row: it is the reader's finding, not the layout's.
 */
const rowsWithNamesUnsettled = new WeakSet<Row>();
export const namesUnsettled = (row: Row): boolean => rowsWithNamesUnsettled.has(row);

/**
 * A department's scoring sheet (部门整体支出绩效评价指标表, columns 一级指标 | 分值 | 二级指标 | 分值 |
 * 三级指标 | 分值 | 评价标准 | 指标说明 | 得分) whose cells ran together, as a document site's preview
 * gives it:
 *
 *     …指标表一级指标分值二级指标分值三级指标分值评价标准指标说明得分投入13预算配置13在职人员控制率5按
 *     100%衡量。…减完即止。在职人员控制率=(在职人员数/编制数)100%,…5“三公经费”变动率8…X100%8过程61…
 *
 * Cut where its rows start, each row is nothing the run-together reader can align: a row's names and
 * their points, then two long texts full of figures of their own (100%, 0.5分, 2015年), then its
 * score, and the next row's names run into that score. But the sheet's shape tells the cells apart
 * (linear-scoring-sheet.ts reads the same sheet where spaces part its tokens):
 *
 * - a name (一级, 二级 or 三级: a short run of words, no clause in it) is followed by its points, a
 *   bare number above 0 and no larger than the points of the name before it in the row; a row's
 *   names are, from the right, 三级, 二级, 一级 (the merged cells it leaves out are on its left);
 * - after the names come the text columns, then the score: the first bare number, no larger than
 *   the 三级's points, that is no figure of the text (no %, 分, 年 or unit after it, no operator
 *   before it) and after which the next row's first name and its points follow (or the page ends);
 * - the 评分标准 ends, and the 指标说明 begins, where the text restates the 三级 name and defines it
 *   (`在职人员控制率=(在职人员数/编制数)…`: the name, or its last characters, then = and a formula);
 *   without such a definition, after the first clause that ends a rule (…减完为止。) when the next
 *   clause ends none.
 *
 * Used only under a header of exactly that shape run together (each level's name followed by its
 * points, 评价标准 with or without 指标说明, the score last); the page may have lost the header's
 * first character (`级指标分值二级指标…`), and the levels' names may be bare (一级分值二级分值…). Rows of any other shape are left as they were.
 */
export function regroupRunTogetherScoringSheets(rows: readonly Row[]): Row[] {
  let out: Row[] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const found = isOneRun(row) ? headerAt(rows, r) : null;
    const header = found?.header ?? null;
    if (!found || !header) {
      out?.push(row);
      continue;
    }
    // The stream: the text after the header, then the rows cut from the same run-together page up to the table's end.
    const source = row.cells[0]!.source;
    let stream = found.stripped ? withoutSpaces(found.text.slice(header.end)) : found.text.slice(header.end);
    let last = r + found.rows - 1;
    while (last + 1 < rows.length && isOneRun(rows[last + 1]!) && !endsTable(runText(rows[last + 1]!))) {
      last++;
      stream += found.stripped ? withoutSpaces(runText(rows[last]!)) : runText(rows[last]!);
    }
    // (What a sheet's reader finds after the table's end in its stream: a total, a closing part, given back as a run of its own.)
    const afterTable: string[] = [];
    const read =
      header.kind === "points-only" ? pointsOnlyCells(stream, header.roles, afterTable) : header.kind === "numbered-rule-first" ? numberedRuleFirstCells(stream, header.roles, afterTable) : header.kind === "points-after-names" ? readStream(stream, header.roles) : header.kind === "rule-first" ? readRuleFirstStream(stream, header.roles, afterTable) : readNumberedStream(stream, header.roles, header.kind === "numbered");
    // (A stream that gives no row with its points and score is no such sheet: left as it was.)
    if (!read.some((cells) => cells.some((c, k) => c !== "" && header.roles[k] === "score"))) {
      out?.push(row);
      continue;
    }
    out ??= rows.slice(0, r);
    // (A header of two rows: its first, the columns' names, was passed on as it was.)
    if (header.firstRowBefore) out.pop();
    const before = found.text.slice(0, header.start);
    // (A linear row's text before the header goes back to its tokens.)
    const beforeCells = (row.boundaries === "spaces" ? before.split(/\s+/) : [before]).filter((t) => t.trim() !== "").map((text) => ({ text, source }));
    // (A title printed mid-line before the header, as another table's last figures run into it, is cut out as splitMidlineTitles does.)
    if (beforeCells.length > 0) out.push(...splitMidlineTitles([{ cells: beforeCells, boundaries: row.boundaries, ...(row.pageBreakBefore ? { pageBreakBefore: true } : {}) }]));
    out.push({ cells: header.names.map((text) => ({ text, source })), boundaries: "exact" });
    // (A numbered rule-first row whose names nothing ended: its names stay unread, none carried into it.)
    const unsettled = (cells: string[]) => header.kind === "numbered-rule-first" && cells[header.roles.indexOf("level2")] === "" && cells[header.roles.indexOf("level3")] === "";
    for (const cells of read) {
      const made: Row = { cells: cells.map((text) => ({ text, source }) satisfies Cell), boundaries: "exact" };
      if (unsettled(cells)) rowsWithNamesUnsettled.add(made);
      out.push(made);
    }
    for (const text of afterTable) out.push({ cells: [{ text, source }], boundaries: "none" });
    r = last;
  }
  return out ?? [...rows];
}

/** Most lines a header's cells were broken over (`序号一级 指标` / `二级 指标` / `三级 指标` / `指标分值…`). */
const MAX_HEADER_ROWS = 4;

/**
 * The header that starts in row `r`: in the row itself, over the row before it (a header of two
 * rows), or over the rows after it where each header cell kept its own line break (the rows' text
 * joined without their spaces, and the stream after it too: such a page's spaces are its cells' wraps).
 */
function headerAt(rows: readonly Row[], r: number): { header: Header | null; text: string; rows: number; stripped: boolean } | null {
  const row = rows[r]!;
  // (Every header's row holds a level's name, or the start of it, in either script: most rows are passed at once.)
  if (!row.cells.some((c) => /[级級]/.test(c.text))) return null;
  const one = findHeader(runText(row)) ?? findTwoRowHeader(rows[r - 1], row);
  if (one) return { header: one, text: runText(row), rows: 1, stripped: false };
  const spaced = spacedHeader(runText(row));
  if (spaced) return { header: spaced, text: runText(row), rows: 1, stripped: true };
  let text = withoutSpaces(runText(row));
  const firstLength = text.length;
  for (let span = 2; span <= MAX_HEADER_ROWS && r + span - 1 < rows.length && isOneRun(rows[r + span - 1]!); span++) {
    text += withoutSpaces(runText(rows[r + span - 1]!));
    const header = findHeader(text);
    // (Only a header that reaches past its first row: a linear header on one line parts its cells by spaces, as its rows do.)
    if (header && header.start < firstLength && header.end > firstLength) return { header, text, rows: span, stripped: true };
  }
  return null;
}

/** The text without its spaces, but those between two figures (`3 2`: two numbers). */
function withoutSpaces(text: string): string {
  return text.replace(/(?<!\d)\s+|\s+(?!\d)/g, "");
}

/**
 * A header spaced into its column names on a line whose rows then run together (`一级指标 得分 二级指标 …
 * 得分 投入16预算配置16在职人员控制率8按…`, a preview of a linear copy): found without the spaces, its
 * place given back on the line as printed. Only where what follows it is a name run into its points;
 * a header on a line of its own, or before rows spaced into cells, is the linear reader's.
 */
function spacedHeader(text: string): Header | null {
  const at: number[] = [];
  let bare = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    at.push(i);
    bare += text[i];
  }
  const header = findHeader(bare);
  if (!header || header.end >= bare.length) return null;
  const end = at[header.end]!;
  const next = text.slice(end).trim().split(/\s+/)[0] ?? "";
  if (!/^[\u4e00-\u9fff“"]{2,}\d{1,3}(?:[\u4e00-\u9fff“"]|$)/.test(next)) return null;
  return { ...header, start: at[header.start]!, end };
}

/** A row that is one run of text: run-together, or a linear line (its tokens joined back by a space). */
function isOneRun(row: Row): boolean {
  return (row.boundaries === "none" && row.cells.length === 1) || row.boundaries === "spaces";
}

function runText(row: Row): string {
  return row.cells.map((c) => c.text).join(" ");
}

/** A column of the header as this pass reads it. */
export type Role = IndicatorColumn | "level1Weight" | "level2Weight";

const spellings = (key: IndicatorColumn) =>
  indicatorColumns
    .filter((c) => c.key === key)
    .flatMap((c) => c.exact)
    .sort((a, b) => b.length - a.length);
const POINTS_HEAD = `(?:${[...spellings("weight"), ...spellings("score")].sort((a, b) => b.length - a.length).join("|")})`;
const TEXT_HEAD = `(?:${[...spellings("method"), ...spellings("note")].sort((a, b) => b.length - a.length).join("|")})`;
const SCORE_HEAD = `(?:${spellings("score").join("|")})`;
/**
 * The header run together: each level's name and its points, one or two text columns, the score.
 * (一 may be lost from the header's first name, as a preview that cut the title's line before it gives it.)
 */
// (The levels' names may be printed bare, 一级 | 分值 | 二级 | 分值 | 三级, as the indicator columns' spellings have them.)
const HEADER = new RegExp(`一?级(?:指标)?(${POINTS_HEAD})二级(?:指标)?(${POINTS_HEAD})三级(?:指标)?(${POINTS_HEAD})((?:${TEXT_HEAD}){1,2})(${SCORE_HEAD})`);
const TEXT_HEAD_AT = new RegExp(`^${TEXT_HEAD}`);

/**
 * The other sheet (Anhui's 部门整体支出绩效评价自评表): 序号 | 一级 | 二级 | 三级 | 指标分值 | 指标解释 |
 * 指标说明及评分标准 | 自评得分, the group names carrying their points (规划(15分)), each row numbered.
 * (序号 may have been cut onto the line before, with the unit's label: `单位序号`.)
 */
const NUMBERED_HEADER = new RegExp(`(?:序号)?一级(?:指标)?二级(?:指标)?三级(?:指标)?(${POINTS_HEAD})((?:${TEXT_HEAD}){1,2})(${SCORE_HEAD})`);

export interface Header {
  start: number;
  end: number;
  names: string[];
  roles: Role[];
  /**
   * How a row gives its names: each followed by its points (`points-after-names`), or group names
   * carrying their points (规划(15分)) before the 三级 name and its points, each row numbered
   * (`numbered`, 序号) or not (`grouped`).
   */
  kind: "points-after-names" | "numbered" | "grouped" | "rule-first" | "points-only" | "numbered-rule-first";
  /** The header's first row is the row before (the columns' names over the levels'). */
  firstRowBefore?: boolean;
}

/** Where the header stands in a row's text, the names it prints and what each column holds; null when none. */
function findHeader(text: string): Header | null {
  const simple = simplified(text);
  if (!simple.includes("二级")) return null;
  const m = HEADER.exec(simple);
  if (!m) return findNumberedHeader(simple) ?? findRuleFirstHeader(simple) ?? findPointsOnlyHeader(simple) ?? findNumberedRuleFirstHeader(simple);
  const texts: string[] = [];
  for (let rest = m[4]!; rest !== ""; ) {
    const head = TEXT_HEAD_AT.exec(rest)![0];
    texts.push(head);
    rest = rest.slice(head.length);
  }
  const textRoles = texts.map((t) => indicatorColumns.find((c) => c.exact.includes(t))!.key);
  // The rule first, then what the indicator means: the order the definition cut below reads.
  if (textRoles[0] !== "method" || (textRoles.length === 2 && textRoles[1] !== "note")) return null;
  const names = ["一级指标", m[1]!, "二级指标", m[2]!, "三级指标", m[3]!, ...texts, m[5]!];
  const roles: Role[] = ["level1", "level1Weight", "level2", "level2Weight", "level3", "weight", ...textRoles, "score"];
  return { start: m.index, end: m.index + m[0].length, names, roles, kind: "points-after-names" };
}

function findNumberedHeader(simple: string): Header | null {
  const m = NUMBERED_HEADER.exec(simple);
  if (!m) return null;
  const texts = textHeads(m[2]!);
  const textRoles = texts.map((t) => indicatorColumns.find((c) => c.exact.includes(t))!.key);
  const names = ["序号", "一级指标", "二级指标", "三级指标", m[1]!, ...texts, m[3]!];
  const roles: Role[] = ["seq", "level1", "level2", "level3", "weight", ...textRoles, "score"];
  return { start: m.index, end: m.index + m[0].length, names, roles, kind: "numbered" };
}

/**
 * A header of two rows (Sichuan's sheet): 绩效指标 | 指标分值 | 指标解释 | 计分标准 | 自评得分 | 备注 over
 * 一级 | 二级 | 三级, the levels under 绩效指标; the group names carry their points, no row is numbered.
 */
const COLUMNS_ROW = new RegExp(`^(?:绩效指标)?(${POINTS_HEAD})((?:${TEXT_HEAD}){1,2})(${SCORE_HEAD})(备注)?$`);
const LEVELS_ROW = /^一级(?:指标)?二级(?:指标)?三级(?:指标)?/;

function findTwoRowHeader(before: Row | undefined, row: Row): Header | null {
  if (!before || !isOneRun(before)) return null;
  const levels = LEVELS_ROW.exec(simplified(runText(row)));
  const columns = levels ? COLUMNS_ROW.exec(simplified(runText(before)).replace(/\s/g, "")) : null;
  if (!levels || !columns) return null;
  const texts = textHeads(columns[2]!);
  const textRoles = texts.map((t) => indicatorColumns.find((c) => c.exact.includes(t))!.key);
  const remark = columns[4] ? [columns[4]] : [];
  const names = ["一级指标", "二级指标", "三级指标", columns[1]!, ...texts, columns[3]!, ...remark];
  const roles: Role[] = ["level1", "level2", "level3", "weight", ...textRoles, "score", ...remark.map((): Role => "remark")];
  return { start: 0, end: levels[0].length, names, roles, kind: "grouped", firstRowBefore: true };
}

function textHeads(run: string): string[] {
  const texts: string[] = [];
  for (let rest = run; rest !== ""; ) {
    const head = TEXT_HEAD_AT.exec(rest)![0];
    texts.push(head);
    rest = rest.slice(head.length);
  }
  return texts;
}

/** The text in simplified script, position for position (a character that maps to more is left as printed). */
export function simplified(text: string): string {
  const s = toSimplified(text);
  return s.length === text.length ? s : text;
}

/** Text that ends the sheet: a total, a closing part of the form, a new title or another form's (a 基础数据表 after it). */
export function endsTable(text: string): boolean {
  const key = labelKey(text.slice(0, 12));
  return totalLabels.some((l) => key.startsWith(l)) || trailerLabels.some((l) => key.startsWith(l)) || isTitle(text) || otherFormName(text) !== null;
}

/** A name (a short run of words, no clause), then its points and what follows them. */
const NAME_THEN_DIGITS = /^([^\d\s,，;；。:：=＝<>≤≥%％.．、()（）[\]【】]{2,20}?)(\d+(?:\.\d{1,2})?)(?![\d.])/;
/** A figure's unit or sign right after a number: the number is the text's, not points or a score. */
const FIGURE_UNIT = /^(?:[%％分年月日号万亿元人次个件项天台套场所户名本册条篇期批米吨辆座家份周栋张倍亩度岁]|公里|小时)/;
/** …unless the unit's character opens a word (人员, 年度, 项目: a name after points, 10人员编制控制率). */
function figureAfter(printed: string): boolean {
  // (On the simplified script: 個, 萬, 本部門 are 个, 万, 本部门.)
  const after = simplified(printed.slice(0, 6));
  return FIGURE_UNIT.test(after) && !TEXT_STARTS.some((w) => after.startsWith(w));
}
/** …and the words a sheet's 指标解释 opens with (本部门及所属单位…, 本单位…). */
const TEXT_STARTS = [...WORD_STARTS, "本部门", "本单位"];
/** An operator right before a number: the number is a formula's. */
const OPERATOR_BEFORE = /[=＝<>≤≥+＋\-－−/／×*~～至]$/;
/** Largest bare number that is a cell's points. */
const MAX_POINTS = 100;

/** A name and its points at `at`, or null. `ceiling`: the points of the row's name before it. */
function nameAt(s: string, at: number, ceiling: number): { name: string; points: string; end: number } | null {
  const m = NAME_THEN_DIGITS.exec(s.slice(at));
  if (!m) return null;
  const name = m[1]!;
  if ((name.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) return null;
  const digits = m[2]!;
  const after = s.slice(at + m[0].length);
  let points = digits;
  if (/^[%％]/.test(after)) {
    // The points run into a percent that opens the text (`预算完成率5100%计满分`): the points, then the figure.
    const split = splitPointsFromPercent(digits);
    if (split === null) return null;
    points = split;
  } else if (figureAfter(after)) return null;
  const value = Number(points);
  if (!(value > 0 && value <= Math.min(MAX_POINTS, ceiling))) return null;
  return { name, points, end: at + name.length + points.length };
}

/**
 * Digits run into a percent after them (`5100`): the points before a figure of at most 100 with no
 * leading zero, `100` first; null when the digits are a percent alone (≤ 100) or the split is not one.
 */
function splitPointsFromPercent(digits: string): string | null {
  if (digits.includes(".") || Number(digits) <= 100) return null;
  const splits: string[] = [];
  for (let k = 1; k <= 3 && k < digits.length; k++) {
    const figure = digits.slice(k);
    if (!/^[1-9]/.test(figure) || Number(figure) > 100 || Number(digits.slice(0, k)) > MAX_POINTS) continue;
    splits.push(digits.slice(0, k));
  }
  const hundred = splits.find((p) => digits.slice(p.length) === "100");
  return hundred ?? (splits.length === 1 ? splits[0]! : null);
}

/** The first number after `from` that is the row's score (see the comment at the top); null when none. */
function scoreAfter(s: string, from: number, weight: number): { at: number; end: number } | null {
  for (const m of s.slice(from).matchAll(/\d+(?:\.\d{1,2})?/g)) {
    const at = from + m.index!;
    const end = at + m[0].length;
    if (at - from < 2 || /\d$/.test(s.slice(0, at)) || Number(m[0]) > weight) continue;
    // (A point before the number is a decimal point only after a digit: `…100%.5预算控制率` is a stop misread.)
    if (OPERATOR_BEFORE.test(s.slice(0, at)) || (/[.．]$/.test(s.slice(0, at)) && /\d[.．]$/.test(s.slice(0, at)))) continue;
    const after = s.slice(end);
    if (figureAfter(after)) continue;
    if (after === "" || nameAt(s, end, MAX_POINTS) !== null || LAST_NAME.test(after) || endsTable(after)) return { at, end };
  }
  return null;
}

/** A name the page ends on, its points cut off: the last row of an excerpt. */
const LAST_NAME = /^[\u4e00-\u9fff“”"]{2,20}$/;

/** The sheet's rows from the stream, each as the header's columns (blank where merged). */
function readStream(s: string, roles: readonly Role[]): string[][] {
  const rows: string[][] = [];
  let at = 0;
  while (at < s.length) {
    const names: Array<{ name: string; points: string }> = [];
    for (;;) {
      if (names.length === 3) break;
      const n = nameAt(s, at, names.length === 0 ? MAX_POINTS : Number(names.at(-1)!.points));
      if (!n) break;
      names.push({ name: n.name, points: n.points });
      at = n.end;
    }
    const weight = names.length > 0 ? Number(names.at(-1)!.points) : MAX_POINTS;
    const score = scoreAfter(s, at, weight);
    const text = s.slice(at, score ? score.at : s.length);
    if (names.length === 0 && score === null) {
      // What is left after the last row: a name the page cut off, or text that belongs to no row.
      if (LAST_NAME.test(text.trim())) rows.push(buildRow([{ name: text.trim(), points: "" }], "", "", roles));
      break;
    }
    rows.push(buildRow(names, text, score ? s.slice(score.at, score.end) : "", roles));
    if (!score) break;
    at = score.end;
  }
  return rows;
}

function buildRow(names: ReadonlyArray<{ name: string; points: string }>, text: string, score: string, roles: readonly Role[]): string[] {
  const cells = roles.map(() => "");
  const put = (role: Role, value: string) => {
    const k = roles.indexOf(role);
    if (k >= 0) cells[k] = value;
  };
  const levels: Array<[Role, Role]> = [
    ["level3", "weight"],
    ["level2", "level2Weight"],
    ["level1", "level1Weight"],
  ];
  [...names].reverse().forEach((n, k) => {
    put(levels[k]![0], n.name);
    put(levels[k]![1], n.points);
  });
  const level3 = names.at(-1)?.name ?? "";
  if (roles.includes("note")) {
    const cut = noteStart(text, level3);
    put("method", cut === null ? text : text.slice(0, cut));
    if (cut !== null) put("note", text.slice(cut));
  } else put("method", text);
  put("score", score);
  return cells;
}

/** Shortest end of the 三级 name restated before a definition's `=`. */
const MIN_RESTATED = 2;
/** Most characters between a clause's end and the restated name (`。“在公经费”变动率=`: the name's opening misread). */
const RESTATED_GAP = 4;

/**
 * Where the 指标说明 begins: at the first `=` that opens a formula (a bracket or words after it, not
 * a figure: `预算控制率=0,得5分` is the rule's) right after the 三级 name or its last characters; from
 * the clause's end just before them, if one is near.
 */
function definitionStart(text: string, level3: string): number | null {
  const name = simplified(level3).replace(/\s/g, "");
  if ([...name].length < MIN_RESTATED) return null;
  const s = simplified(text);
  for (const m of s.matchAll(/[=＝](?=[(（\u4e00-\u9fff“"‘])/g)) {
    let k = 0;
    while (k < name.length && k < m.index! && s[m.index! - 1 - k] === name[name.length - 1 - k]) k++;
    if (k < MIN_RESTATED) continue;
    const start = m.index! - k;
    if (start === 0) continue;
    const clause = s.slice(Math.max(0, start - RESTATED_GAP), start).search(/[。；;，,.][^。；;，,.]*$/);
    return clause >= 0 ? Math.max(0, start - RESTATED_GAP) + clause + 1 : start;
  }
  return null;
}

/** A scoring rule's last clause (…减完为止。, …不得分, …记0分;). */
const RULE_END = /(为止|即止|不得分|得满分|计满分|不计分|[得计扣减记]\d+(?:\.\d+)?分|扣分)[。.;；,，]?$/;

/**
 * Where the rule ends: after the first clause that ends one (…减完为止。, …不得分 run into the next
 * words where a page's space was lost) when nothing after it speaks of points any more.
 */
function ruleEnd(text: string): number | null {
  const s = simplified(text);
  // (A point is a stop where no figure follows it: …减完为止.本单位…, not 0.5分.)
  const ends = [...s.matchAll(/[。；;]|[.．](?!\d)|(?<=不得分|为止|即止|得满分|计满分)(?=[\u4e00-\u9fff])/g)].map((m) => m.index! + m[0].length);
  for (const at of ends) {
    if (at < s.length && RULE_END.test(s.slice(0, at)) && !SCORING_WORDS.test(s.slice(at))) return at;
  }
  return null;
}

/** Where the 指标说明 begins after the 评分标准: the earlier of a rule's end and the 三级 name's definition. */
function noteStart(text: string, level3: string): number | null {
  const cuts = [definitionStart(text, level3), ruleEnd(text)].filter((c): c is number => c !== null);
  return cuts.length > 0 ? Math.min(...cuts) : null;
}

/** A group name with its points in brackets (规划 (15分), 基础信息【3分】): the 一级 or 二级 of a numbered sheet's row. */
// (Its opening bracket may be lost, as a page wrapped it: 部门预算管理80分); or both, the points bare: 规划15分.)
const GROUP_NAME = /^([^\d,，;；。:：=＝<>≤≥%％、()（）[\]【】]{1,20}?)\s*(?:[(（【[]?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）】\]]|(\d{1,3}(?:\.\d{1,2})?)分(?![值数]))/;

/** A row's start in a numbered sheet: its group names (with their points), then its 三级 name and points; null when none. */
function numberedRowStart(s: string, at: number): { groups: string[]; name: string; points: string; end: number } | null {
  const groups: string[] = [];
  let ceiling = MAX_POINTS;
  let pos = at;
  for (let g = GROUP_NAME.exec(s.slice(pos)); g && groups.length < 2; g = GROUP_NAME.exec(s.slice(pos))) {
    const points = g[2] ?? g[3]!;
    if ((g[1]!.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2 || Number(points) > ceiling) break;
    groups.push(g[0]!.trim());
    ceiling = Number(points);
    pos += g[0]!.length;
  }
  const n = nameAt(s, pos, ceiling);
  return n ? { groups, name: n.name.trim(), points: n.points, end: n.end } : null;
}

/**
 * The rows of a numbered sheet from the stream: each row opens with its number, the next row's
 * number runs into the row's score (…(3分)33年度工作计划明确性3…: score 3, row 3), so the score is
 * the digits before the next number, no larger than the 三级's points, with a row's start after them.
 */
function readNumberedStream(printed: string, roles: readonly Role[], numbered = true): string[][] {
  // (A space a dump left between a row's score and the next row's number, `…(3分)3 2工作计划`, parts nothing.)
  const s = printed.replace(/(?<=\d)[ \t\u3000]+(?=\d)/g, "");
  const rows: string[][] = [];
  let k = 1;
  let at = 0;
  if (numbered && !s.startsWith(String(k))) return rows;
  if (numbered) at = String(k).length;
  for (;;) {
    const start = numberedRowStart(s, at);
    if (!start) break;
    // The first row opens the sheet's groups: its 一级 and 二级 names both (where a layout printed a
    // merged name mid-group, the stream is no row after row).
    if (k === 1 && start.groups.length < 2) return [];
    const next = numbered ? String(k + 1) : "";
    let score: { at: number; end: number } | null = null;
    for (const m of s.slice(start.end).matchAll(/\d+(?:\.\d{1,2})?/g)) {
      const from = start.end + m.index!;
      const digits = m[0];
      if (from - start.end < 2 || /\d$/.test(s.slice(0, from)) || OPERATOR_BEFORE.test(s.slice(0, from))) continue;
      const end = from + digits.length;
      // Unnumbered, the score is a bare number with a row's start after it (…。9目标实现10…).
      if (!numbered) {
        if (Number(digits) <= Number(start.points) && !figureAfter(s.slice(end)) && (end === s.length || numberedRowStart(s, end))) {
          score = { at: from, end };
          break;
        }
        continue;
      }
      // The score, then the next row's number and its start; or the score ending the page.
      if (digits.endsWith(next) && digits.length > next.length) {
        const points = digits.slice(0, -next.length);
        if (Number(points) <= Number(start.points) && !points.startsWith(".") && !points.endsWith(".") && numberedRowStart(s, end)) {
          score = { at: from, end: from + points.length };
          break;
        }
      }
      if (end === s.length && Number(digits) <= Number(start.points)) {
        score = { at: from, end };
        break;
      }
    }
    const text = s.slice(start.end, score ? score.at : s.length);
    rows.push(numberedRow(String(k), start, text, score ? s.slice(score.at, score.end) : "", roles));
    if (!score) break;
    k++;
    at = score.end + (numbered ? String(k).length : 0);
  }
  return rows;
}

function numberedRow(seq: string, start: { groups: string[]; name: string; points: string }, text: string, score: string, roles: readonly Role[]): string[] {
  const cells = roles.map(() => "");
  const put = (role: Role, value: string) => {
    const k = roles.indexOf(role);
    if (k >= 0) cells[k] = value;
  };
  if (roles.includes("seq")) put("seq", seq);
  // The group names a row prints are its lowest: one is its 二级, two its 一级 and 二级.
  const levels: Role[] = start.groups.length === 2 ? ["level1", "level2"] : ["level2"];
  start.groups.forEach((g, i) => put(levels[i]!, g));
  put("level3", start.name);
  put("weight", start.points);
  const texts = roles.filter((r) => TEXT_COLUMNS.has(r));
  if (texts.length === 2 && texts[0] === "note") {
    const cut = scoringSentence(text);
    put("note", cut === null ? text : text.slice(0, cut));
    if (cut !== null) put("method", text.slice(cut));
  } else if (texts.length === 2) {
    const cut = noteStart(text, start.name);
    put("method", cut === null ? text : text.slice(0, cut));
    if (cut !== null) put("note", text.slice(cut));
  } else if (texts[0]) put(texts[0], text);
  put("score", score);
  return cells;
}

const TEXT_COLUMNS = new Set<Role>(["method", "note"]);

/** Words of a scoring rule: points (3分, (1分)), 得分, 扣分, 满分. */
const SCORING_WORDS = /\d+(?:\.\d+)?分|得分|扣分|满分|不得分|计分/;

/**
 * Where the 评分标准 begins after the 指标解释 (what the indicator means, then how it is scored):
 * at the first sentence, or item of a numbered list (1、…), that speaks of points.
 */
function scoringSentence(text: string): number | null {
  const s = simplified(text);
  const starts = [0, ...[...s.matchAll(/[。；;]|(?<![\d.])(?=[1-9][、.．](?!\d))/g)].map((m) => m.index! + m[0].length)];
  for (const [k, at] of starts.entries()) {
    if (at === 0 || at >= s.length) continue;
    const end = starts.find((x, j) => j > k && x > at) ?? s.length;
    if (SCORING_WORDS.test(s.slice(at, end))) return at;
  }
  return null;
}

/**
 * The sheet that prints the rule before the points (Hunan's 部门整体支出绩效评价 sheet): 一级 | 二级 |
 * 三级 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明, the group names carrying their points (投入(15分),
 * 预算配置(15分)). Run together, a row is its group names, its 三级 name and rule with nothing
 * between, then its 分值 and 得分 run into one run of digits (`…减完即止。55“三公经费”变动率…`):
 *
 * - the points end the rule: digits after a clause's end (。；) or a rule's last word (…2分, 为止), no
 *   unit or range after them, cut into a 分值 no larger than the group's points and a 得分 no larger
 *   than the 分值 in exactly one way (55 → 5 | 5, 1510 → 15 | 10), followed by the next row or the end;
 * - the 三级 name ends where the rule restates it or its opening words (`预算调整率预算调整率=0…`), where a known common
 *   indicator's name ends (template/department.ts), where a numbered list (①, 1、) or a rule's opening
 *   (按100%, 没有…) begins after a short name; where none says, the name is not guessed: the text is the rule's;
 * - a 扣分原因 printed after a score below its points runs to where the next row surely starts (deviationBefore);
 *   else it cannot be told from the next row's name and is not read.
 */
const WEIGHT_HEAD = `(?:${spellings("weight").join("|")})`;
const AFTER_SCORE_HEAD = `(?:${[...spellings("deviation"), ...spellings("remark")].sort((a, b) => b.length - a.length).join("|")})`;
const RULE_FIRST_HEADER = new RegExp(`一?级(?:指标)?二级(?:指标)?三级(?:指标)?((?:${TEXT_HEAD}){1,2})(${WEIGHT_HEAD})(${SCORE_HEAD})(${AFTER_SCORE_HEAD})?`);

export function findRuleFirstHeader(simple: string): Header | null {
  const m = RULE_FIRST_HEADER.exec(simple);
  if (!m) return null;
  const texts = textHeads(m[1]!);
  const textRoles = texts.map((t) => indicatorColumns.find((c) => c.exact.includes(t))!.key);
  if (textRoles[0] !== "method" || (textRoles.length === 2 && textRoles[1] !== "note")) return null;
  const after = m[4] ? [m[4]] : [];
  const names = ["一级指标", "二级指标", "三级指标", ...texts, m[2]!, m[3]!, ...after];
  const roles: Role[] = ["level1", "level2", "level3", ...textRoles, "weight", "score", ...after.map((a): Role => indicatorColumns.find((c) => c.exact.includes(a))!.key)];
  return { start: m.index, end: m.index + m[0].length, names, roles, kind: "rule-first" };
}

/**
 * The sheet of names and points only (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分, no text column; see
 * points-only-sheet.ts for how its rows are read).
 */
const POINTS_ONLY_HEADER = new RegExp(`一?级(?:指标)?(${POINTS_HEAD})二级(?:指标)?(${POINTS_HEAD})三级(?:指标)?(${WEIGHT_HEAD})(${SCORE_HEAD})(?!${TEXT_HEAD})`);

function findPointsOnlyHeader(simple: string): Header | null {
  const m = POINTS_ONLY_HEADER.exec(simple);
  if (!m) return null;
  const names = ["一级指标", m[1]!, "二级指标", m[2]!, "三级指标", m[3]!, m[4]!];
  const roles: Role[] = ["level1", "level1Weight", "level2", "level2Weight", "level3", "weight", "score"];
  return { start: m.index, end: m.index + m[0].length, names, roles, kind: "points-only" };
}

/** A points-only sheet's rows as the header's columns (blank where merged); what follows them goes to `afterTable`. */
function pointsOnlyCells(s: string, roles: readonly Role[], afterTable: string[]): string[][] {
  const read = readPointsOnlyStream(s);
  if (read === null) return [];
  const rows = read.rows.map((row) => {
    const cells = roles.map(() => "");
    const put = (role: Role, value: string) => {
      cells[roles.indexOf(role)] = value;
    };
    if (row.level1) (put("level1", row.level1.name), put("level1Weight", row.level1.points));
    if (row.level2) (put("level2", row.level2.name), put("level2Weight", row.level2.points));
    if (row.level3) (put("level3", row.level3.name), put("weight", row.level3.weight), put("score", row.level3.score));
    return cells;
  });
  let rest = read.rest;
  // (A name the page ended on, its points cut off, is the level below the groups opened last: a 一级's 二级, a 二级's 三级.)
  const last = rows.at(-1);
  const open = read.rows.at(-1);
  const name = LAST_NAME.exec(rest.trim());
  if (last && open && open.level3 === null && name) {
    last[roles.indexOf(open.level2 ? "level3" : "level2")] = name[0];
    rest = "";
  }
  if (rest.trim() !== "") afterTable.push(rest);
  return rows;
}

/**
 * A numbered sheet that prints its rule before its points (序号 | 一级 | 二级 | 三级 | 指标说明 | 分值 | 评分; see
 * numbered-rule-first-sheet.ts). Its points columns may be a header of two rows run together (指标 | 县级 | 市级
 * over 分值 | 评分 | 评分: `指标县级市级分值评分评分`): the words up to row 1's number, naming a 分值 and a score.
 */
const NUMBERED_RULE_FIRST_HEADER = new RegExp(`(?:序号)?一级(?:指标)?二级(?:指标)?三级(?:指标)?((?:${TEXT_HEAD}){1,2})([\u4e00-\u9fff]{2,16}?)(?=1(?!\d))`);
const WEIGHT_WORD = new RegExp(`^${WEIGHT_HEAD}$`);
const SCORE_WORD = new RegExp(`^${SCORE_HEAD}$`);

/**
 * The points columns' names from the words before row 1: printed as they are (分值得分), or a header of two rows
 * run together, the upper row's words then the lower's, two characters each (指标县级市级 | 分值评分评分: 指标分值,
 * 县级评分, 市级评分); the first that names a 分值 and the first that names a score after it, or null.
 */
function pointsHeads(run: string): { weight: string; score: string } | null {
  const words = (text: string) => text.match(/../g) ?? [];
  const readings: string[][] = [words(run)];
  if (run.length % 4 === 0) {
    const upper = words(run.slice(0, run.length / 2));
    const lower = words(run.slice(run.length / 2));
    readings.push(upper.map((w, i) => w + lower[i]!));
  }
  for (const heads of readings) {
    const w = heads.findIndex((h) => WEIGHT_WORD.test(h));
    const sc = heads.findIndex((h, i) => i > w && SCORE_WORD.test(h));
    if (w >= 0 && sc > w) return { weight: heads[w]!, score: heads[sc]! };
  }
  return null;
}

function findNumberedRuleFirstHeader(simple: string): Header | null {
  const m = NUMBERED_RULE_FIRST_HEADER.exec(simple);
  const heads = m ? pointsHeads(m[2]!) : null;
  if (!m || !heads) return null;
  // (The text column holds the rows' rules, whatever its head says (指标说明): named for what it holds.)
  const names = ["一级指标", "分值", "二级指标", "三级指标", "评分标准", heads.weight, heads.score];
  const roles: Role[] = ["level1", "level1Weight", "level2", "level3", "method", "weight", "score"];
  return { start: m.index, end: m.index + m[0].length, names, roles, kind: "numbered-rule-first" };
}

/** Longest text the last row of a numbered rule-first sheet keeps when no points end it (an excerpt cut there). */
const MAX_LAST_ROW = 200;

function numberedRuleFirstCells(s: string, roles: readonly Role[], afterTable: string[]): string[][] {
  const rows = readNumberedRuleFirst(s);
  // (The text before a row's points ends in a rule's last word, …得2分: its rule, whatever the column's head.)
  const textRole: Role = "method";
  return rows.map((row, i) => {
    const cells = roles.map(() => "");
    const put = (role: Role, value: string) => {
      const k = roles.indexOf(role);
      if (k >= 0) cells[k] = value;
    };
    let rule = row.rule;
    // (A last row no points end: what comes after its first clause may be the rest of the page, passed on.)
    if (i === rows.length - 1 && row.weight === "" && rule.length > MAX_LAST_ROW) {
      afterTable.push(rule.slice(MAX_LAST_ROW));
      rule = rule.slice(0, MAX_LAST_ROW);
    }
    put("level1", row.level1);
    put("level1Weight", row.level1Weight);
    put("level2", row.level2);
    put("level3", row.level3);
    put(textRole, rule);
    put("weight", row.weight);
    put("score", row.score);
    return cells;
  });
}

/** What may stand right before a row's points: a clause's end, or a rule's last word. */
const BEFORE_POINTS = /(?:[。；;.．!！]|为止|即止|满分|不得分|[\d.]分)$/;
/** What may not follow a number that is a row's points: a list's or a range's mark, a bracket. */
const NOT_AFTER_POINTS = /^[、.．)）\-－~～—至:：,，%％]/;
/** A well-formed 分值 or 得分 (no leading zero, at most two decimals). */
const POINTS = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;

/** A run of digits cut into 分值 | 得分 in the one way that keeps 0 < 分值 ≤ ceiling and 得分 ≤ 分值; null when none or several. */
export function splitWeightScore(digits: string, ceiling: number): [string, string] | null {
  const spaced = digits.trim().split(/\s+/);
  const cuts = spaced.length === 2 ? [spaced as [string, string]] : [...Array(Math.max(0, digits.length - 1)).keys()].map((k): [string, string] => [digits.slice(0, k + 1), digits.slice(k + 1)]);
  const kept = cuts.filter(([w, s]) => POINTS.test(w) && POINTS.test(s) && Number(w) > 0 && Number(w) <= Math.min(ceiling, MAX_POINTS) && Number(s) <= Number(w));
  return kept.length === 1 ? kept[0]! : null;
}

/** The row's 分值 and 得分 after `from`, that end its rule (see above); null when none. */
function pointsAfter(s: string, from: number, ceiling: number): { at: number; end: number; weight: string; score: string } | null {
  for (const m of s.slice(from).matchAll(/\d+(?:\.\d{1,2})?(?:[ \t\u3000]+\d+(?:\.\d{1,2})?)?/g)) {
    const at = from + m.index!;
    const end = at + m[0].length;
    const before = s.slice(Math.max(0, at - 4), at);
    const after = s.slice(end);
    if (at - from < 3 || !BEFORE_POINTS.test(before) || NOT_AFTER_POINTS.test(after) || figureAfter(after)) continue;
    const split = splitWeightScore(m[0], ceiling);
    if (!split) continue;
    if (after === "" || endsTable(after) || /^[\u4e00-\u9fff“"‘《]/.test(after)) return { at, end, weight: split[0], score: split[1] };
  }
  return null;
}

/** Punctuation or figures: what no 三级 name of such a sheet holds. */
const NOT_IN_NAME = /[，,。；;：:、=＝<>≤≥≦≧%％\d①-⑳()（）]/;
/** A numbered list's first mark (①, (1), 1、). */
const LIST_MARK = /[①-⑳]|[(（][1-9][)）]|(?<![\d.])[1-9][、.．](?!\d)/;
/** Fewest opening characters a rule restates to tell where the name ended. */
const RESTATED_OPENING = 3;
/** Longest names a row's text is cut after. */
const MAX_NAME = 24;
/** A name's character that goes on after a known name (支付进度 → 支付进度率, 资金结余 → 资金结余率). */
const NAME_GOES_ON = /^[率性度数额量和及与的]/;
const KNOWN_NAMES = [...commonDepartmentIndicators].sort((a, b) => b.length - a.length);

/** Where a row's 三级 name ends and its rule begins (see above); null when nothing in the text says. */
export function ruleFirstNameEnd(text: string): number | null {
  const s = simplified(text);
  const nameLike = (k: number) => k >= 2 && k <= MAX_NAME && k < s.length && !NOT_IN_NAME.test(s.slice(0, k));
  // The rule restates the name: the shortest opening said twice.
  for (let k = 2; k <= MAX_NAME && 2 * k <= s.length; k++) if (nameLike(k) && s.startsWith(s.slice(0, k), k)) return k;
  const cuts: number[] = [];
  // …or restates the name's opening words (`工作计划完整性工作计划内容齐全…`; three characters at least:
  // `组织建设党组织健全` restates no name).
  const again = s.indexOf(s.slice(0, RESTATED_OPENING), RESTATED_OPENING);
  if (again >= 0 && nameLike(again)) cuts.push(again);
  const mark = LIST_MARK.exec(s);
  if (mark && nameLike(mark.index)) cuts.push(mark.index);
  for (let k = 2; k <= MAX_NAME && k < s.length; k++) if (nameLike(k) && ruleOpenings.some((o) => o.test(s.slice(k)))) cuts.push(k);
  const known = KNOWN_NAMES.find((n) => s.startsWith(n) && s.length > n.length && !NAME_GOES_ON.test(s.slice(n.length)));
  if (known) cuts.push(known.length);
  return cuts.length > 0 ? Math.min(...cuts) : null;
}

/** The rows of a rule-first sheet from the stream, each as the header's columns (blank where merged). */
export function readRuleFirstStream(s: string, roles: readonly Role[], afterTable: string[]): string[][] {
  const rows: string[][] = [];
  let at = 0;
  let ceiling = MAX_POINTS;
  while (at < s.length) {
    if (rows.length > 0 && endsTable(s.slice(at))) {
      afterTable.push(s.slice(at));
      break;
    }
    // A row that lost points may print its 扣分原因 after its score, before the next row's start.
    const previous = rows.at(-1);
    if (previous && roles.includes("deviation") && Number(previous[roles.indexOf("score")]) < Number(previous[roles.indexOf("weight")])) {
      const reason = deviationBefore(s, at, pointsAfter(s, at, MAX_POINTS)?.at ?? s.length);
      if (reason > 0) {
        previous[roles.indexOf("deviation")] = s.slice(at, at + reason);
        at += reason;
      }
    }
    const groups: Array<{ text: string; points: number }> = [];
    let pos = at;
    for (let g = GROUP_NAME.exec(s.slice(pos)); g && groups.length < 2; g = GROUP_NAME.exec(s.slice(pos))) {
      const points = Number(g[2] ?? g[3]!);
      if ((g[1]!.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2 || points > (groups.at(-1)?.points ?? MAX_POINTS)) break;
      groups.push({ text: g[0]!.trim(), points });
      pos += g[0]!.length;
    }
    // (The first row opens the sheet's groups, its 一级 and 二级 both: else the stream is no such sheet.)
    if (rows.length === 0 && groups.length < 2) return [];
    if (groups.length > 0) ceiling = groups.at(-1)!.points;
    const points = pointsAfter(s, pos, ceiling);
    const text = s.slice(pos, points ? points.at : s.length);
    if (text.trim() === "" && !points) break;
    const cells = roles.map(() => "");
    const put = (role: Role, value: string) => {
      const k = roles.indexOf(role);
      if (k >= 0) cells[k] = value;
    };
    const levels: Role[] = groups.length === 2 ? ["level1", "level2"] : ["level2"];
    groups.forEach((g, i) => put(levels[i]!, g.text));
    const cut = ruleFirstNameEnd(text);
    // (A last row the page cut inside its name: a short run of words, no rule.)
    const name = cut !== null ? text.slice(0, cut) : !points && LAST_NAME.test(text.trim()) ? text.trim() : "";
    const rule = text.slice(name.length);
    put("level3", name);
    if (roles.includes("note")) {
      const noteAt = noteStart(rule, name);
      put("method", noteAt === null ? rule : rule.slice(0, noteAt));
      if (noteAt !== null) put("note", rule.slice(noteAt));
    } else put("method", rule);
    if (points) {
      put("weight", points.weight);
      put("score", points.score);
    }
    rows.push(cells);
    if (!points) break;
    at = points.end;
  }
  return rows;
}

/** A group's name and its points in brackets (过 程(40分)): a row's start, wherever it stands. */
const BRACKETED_GROUP = /^[\u4e00-\u9fff“”"\s]{2,20}?[(（【]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[)）】]/;
/** Longest 扣分原因 looked for before the next row. */
const MAX_REASON = 120;

/**
 * Where the next row starts after a 扣分原因 printed right after the score (`…54因超支扣1分“三公经费”变动率
 * “三公经费”变动率≦0…`): the first place, past a clause of the reason, where a row starts as surely as text
 * tells it: a group's name with its points in brackets, a common indicator's name, or a 三级 name its rule
 * restates at once; before the row's own points (`until`). 0 when none.
 */
export function deviationBefore(s: string, at: number, until: number): number {
  const text = simplified(s.slice(at, Math.min(until, at + MAX_REASON + 2 * MAX_NAME)));
  for (let p = 2; p <= MAX_REASON && p < text.length; p++) {
    const rest = text.slice(p);
    if (BRACKETED_GROUP.test(rest)) return p;
    if (KNOWN_NAMES.some((n) => rest.startsWith(n) && rest.length > n.length && !NAME_GOES_ON.test(rest.slice(n.length)))) return p;
    for (let k = RESTATED_OPENING; k <= MAX_NAME && 2 * k <= rest.length; k++) {
      if (!NOT_IN_NAME.test(rest.slice(0, k)) && rest.startsWith(rest.slice(0, k), k)) return p;
    }
  }
  return 0;
}
