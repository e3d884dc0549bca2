import type { Cell, Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { totalLabels, trailerLabels, type IndicatorColumn } from "../template/project.js";
import { wholeScoringRule } from "../template/department.js";
import { toSimplified } from "../normalise/script.js";
import { isTitle } from "./row-classifier.js";
import { columnRoles } from "./row-view.js";
import { joinLabelTokens } from "./row-prepare.js";

/**
 * A department's scoring sheet in linear text whose lines are not its rows:
 *
 *     一级指标 得分 二级指标 得分 三级指标 得分 评价标准 指标说明 得分 投入
 *     16 预算配置
 *     16 在职人员控制率
 *     8 按100%为基准……得8分;
 *     每高出一个百分点减0.5分,减完为止. 本单位2018年底……
 *     8 三公经费变动率
 *
 * A copy taken from a PDF puts each cell's first line beside the points printed (vertically
 * centred) in the cell before it, so every line begins with the previous cell's points and a row
 * spans many lines. Read line by line, nothing lines up. But the sheet's cells come in reading
 * order, and its points are the only bare numbers: between two of them stands one name (一级,
 * 二级 or 三级, each followed by its points), or a row's text columns (评价标准 and 指标说明)
 * followed by its score, which ends the row. The merged cells a row omits are those on its left,
 * so a row's names are, from the right, its 三级, 二级 and 一级.
 *
 * This pass finds such a header in a linear row, takes the tokens after it as one stream, and
 * hands the reader one row per table row with the header's columns (blank where merged). It is
 * used only for a header whose columns are exactly 一级 | points | 二级 | points | 三级 | points |
 * text columns | 得分: where the points do not follow each name, the numbers do not delimit cells.
 */
export function regroupLinearScoringSheets(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let r = 0; r < rows.length; r++) {
    const printed = rows[r]!;
    // Column names a layout spaced out (一 级 指 标 得 分) are joined first, as the reader joins them.
    const row = printed.boundaries === "spaces" && printed.cells.some((c) => columnRoles(c.text).indicator !== null || c.text.length === 1) ? { ...printed, cells: joinLabelTokens(printed.cells) } : printed;
    const header = row.boundaries === "spaces" ? findHeader(row.cells) : null;
    // (Rows run together after the header, a name run into its points, `投入16预算配置16…`, are the
    // run-together reader's: run-together-scoring-sheet.ts.)
    if (!header || NAME_RUN_INTO_POINTS.test(row.cells[header.end]?.text ?? "")) {
      out.push(printed);
      continue;
    }
    const before = row.cells.slice(0, header.start);
    if (before.length > 0) out.push({ cells: before, boundaries: "spaces", ...(row.pageBreakBefore ? { pageBreakBefore: true } : {}) });
    out.push({ cells: row.cells.slice(header.start, header.end), boundaries: "exact" });
    // The stream: the tokens after the header, then every linear row up to the table's end.
    const tokens: Token[] = toTokens(row.cells.slice(header.end), false);
    let rest: Row | null = null;
    while (r + 1 < rows.length && rows[r + 1]!.boundaries === "spaces" && !endsTable(rows[r + 1]!)) {
      r++;
      // The total printed after the last row's score, on its line (`15 合计 100 95`), ends the table there.
      const cells = rows[r]!.cells;
      const total = cells.findIndex((c) => isTotalLabel(c.text));
      tokens.push(...toTokens(total < 0 ? cells : cells.slice(0, total), true));
      if (total >= 0) {
        rest = { cells: cells.slice(total), boundaries: "spaces" };
        break;
      }
    }
    out.push(...tableRows(tokens, header.roles));
    if (rest) out.push(rest);
  }
  return out;
}

/** A name run into its points and more (`投入16预算配置16…`): a row run together, not a token. */
const NAME_RUN_INTO_POINTS = /^[\u4e00-\u9fff“"]{2,}\d{1,3}(?:[\u4e00-\u9fff“"]|$)/;

/** A token of the stream: does it begin a piece of text (a line's first, or the first after points)? */
interface Token {
  cell: Cell;
  opensPiece: boolean;
  /** A bare number that is a cell's points (not a rule's figure). */
  points: boolean;
}

/** A column of the header as this pass reads it. */
type Role = IndicatorColumn | "level1Weight" | "level2Weight";

/** The text columns a row of the sheet may have between its 三级 points and its score. */
const TEXT_COLUMNS = new Set<Role>(["method", "note", "deviation"]);

/** The largest bare number that is a cell's points. */
const MAX_POINTS = 100;
const POINTS = /^\d{1,3}(?:\.\d{1,2})?$/;

function isPoints(text: string): boolean {
  return POINTS.test(text.trim()) && Number(text) <= MAX_POINTS;
}

/**
 * The header's run of column names in a linear row, with what each column holds: a 得分 or 分值
 * right after a level's name is that level's points, the last 得分 the row's score.
 */
function findHeader(cells: readonly Cell[]): { start: number; end: number; roles: Role[] } | null {
  const start = cells.findIndex((c) => columnRoles(c.text).indicator === "level1");
  if (start < 0) return null;
  let end = start;
  while (end < cells.length && columnRoles(cells[end]!.text).indicator !== null) end++;
  const names = cells.slice(start, end).map((c) => columnRoles(c.text).indicator!);
  const points = (n: IndicatorColumn | undefined) => n === "score" || n === "weight";
  const shape =
    names.length >= 8 &&
    names[0] === "level1" &&
    points(names[1]) &&
    names[2] === "level2" &&
    points(names[3]) &&
    names[4] === "level3" &&
    points(names[5]) &&
    names.at(-1) === "score" &&
    names.slice(6, -1).every((n) => TEXT_COLUMNS.has(n));
  if (!shape) return null;
  const roles: Role[] = names.map((n, i) => (i === 1 ? "level1Weight" : i === 3 ? "level2Weight" : i === 5 ? "weight" : n));
  return { start, end, roles };
}

/** A row after the sheet that is no part of it: a total, a closing part of the form, a new title. */
function endsTable(row: Row): boolean {
  const first = row.cells.find((c) => c.text.trim() !== "");
  if (!first) return false;
  const key = labelKey(first.text).replace(/[:：]$/, "");
  return isTotalLabel(first.text) || trailerLabels.includes(key) || isTitle(row.cells.map((c) => c.text).join(""));
}

function isTotalLabel(text: string): boolean {
  return totalLabels.includes(labelKey(text).replace(/[:：]$/, ""));
}

function toTokens(cells: readonly Cell[], newLine: boolean): Token[] {
  const out: Token[] = [];
  let opens = newLine;
  cells.forEach((cell, i) => {
    if (cell.text.trim() === "") return;
    // A number before a spaced-off percent sign (`100 %计满分`) is a rule's figure, no points.
    if (isPoints(cell.text) && !/^[%％]/.test(cells[i + 1]?.text.trim() ?? "")) {
      out.push({ cell, opensPiece: false, points: true });
      opens = true;
      return;
    }
    out.push({ cell, opensPiece: opens, points: false });
    opens = false;
  });
  return out;
}

/** A run of text tokens between two points: a name, or a row's text columns. */
interface Piece {
  tokens: Token[];
  text: string;
}

/** Punctuation no name holds: a piece with it is a row's text columns. */
const CLAUSE = /[,，;；。:：=<>≤≥]/;
/** Longest name of a level. */
const MAX_NAME = 20;

function isTextColumns(piece: Piece): boolean {
  return CLAUSE.test(piece.text) || [...piece.text].length > MAX_NAME || wholeScoringRule.test(toSimplified(piece.text));
}

/** The tokens' text as printed: tokens of one line joined by a space, a line's wrap joined by nothing. */
function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t, i) => (i > 0 && !t.opensPiece ? " " : "") + t.cell.text.trim()).join("");
}

/** Rows of the table from the stream, each with the header's columns. */
function tableRows(tokens: readonly Token[], roles: readonly Role[]): Row[] {
  const rows: Row[] = [];
  let names: Array<{ name: Piece; points: Cell | null }> = [];
  let texts: Piece | null = null;
  const emit = (score: Cell | null) => {
    if (names.length === 0 && !texts && !score) return;
    rows.push(buildRow(names, texts, score, roles));
    names = [];
    texts = null;
  };
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.points) {
      // Points with no name or text before them: the score of a row whose text columns are empty.
      const last = names.at(-1);
      if (last && last.points && !texts) emit(tokens[i]!.cell);
      else if (texts) emit(tokens[i]!.cell);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && !tokens[j]!.points) j++;
    const run = tokens.slice(i, j);
    const piece: Piece = { tokens: run, text: joinTokens(run) };
    const points = j < tokens.length ? tokens[j]!.cell : null;
    // After a 三级 name (the third name of a row) come the text columns, whatever they look like.
    if (names.length === 3 || isTextColumns(piece)) {
      texts = piece;
      emit(points);
    } else {
      names.push({ name: piece, points });
    }
    i = points ? j + 1 : j;
  }
  emit(null);
  return rows;
}

/** Where a 评分标准 ends and the 指标说明 printed after it begins: after a rule's last clause, at a space. */
const RULE_END = /(为止|不得分|得满分|计满分|不计分|[得计扣减]\d+(?:\.\d+)?分|扣分)[。.;；,，]?$/;

function buildRow(names: ReadonlyArray<{ name: Piece; points: Cell | null }>, texts: Piece | null, score: Cell | null, roles: readonly Role[]): Row {
  const cells: Cell[] = roles.map(() => ({ text: "", source: {} }));
  const firstSource = names[0]?.name.tokens[0]?.cell.source ?? texts?.tokens[0]?.cell.source ?? score?.source ?? {};
  for (const c of cells) c.source = firstSource;
  const put = (role: Role, text: string, source: Cell["source"]) => {
    const at = roles.indexOf(role);
    if (at >= 0) cells[at] = { text, source };
  };
  // From the right: 三级, 二级, 一级, each with its points.
  const levels: Array<[Role, Role]> = [
    ["level3", "weight"],
    ["level2", "level2Weight"],
    ["level1", "level1Weight"],
  ];
  [...names].reverse().forEach((n, k) => {
    const [name, points] = levels[k]!;
    put(name, n.name.text, n.name.tokens[0]!.cell.source);
    if (n.points) put(points, n.points.text, n.points.source);
  });
  if (texts) {
    const columns = roles.filter((r) => TEXT_COLUMNS.has(r));
    const parts = columns.length >= 2 ? cutTexts(texts.tokens) : [texts.tokens];
    parts.forEach((p, k) => {
      if (p.length > 0 && columns[k]) put(columns[k]!, joinTokens(p), p[0]!.cell.source);
    });
  }
  if (score) put("score", score.text, score.source);
  return { cells, boundaries: "exact" };
}

/**
 * The row's text columns cut in two: at the first space after which the text so far ends a scoring
 * rule and the next token does not end another clause of it.
 */
function cutTexts(tokens: readonly Token[]): Token[][] {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.opensPiece) continue;
    const ends = (t: readonly Token[]) => RULE_END.test(toSimplified(joinTokens(t)).replace(/\s+/g, ""));
    // (A clause after the rule's own space, `合规的计15分, 不合规的不得分`, is more of the rule.)
    if (ends(tokens.slice(0, k)) && !ends([tokens[k]!])) return [tokens.slice(0, k), tokens.slice(k)];
  }
  return [[...tokens]];
}
