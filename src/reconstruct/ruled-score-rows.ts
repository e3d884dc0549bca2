import type { Cell } from "../layout/grid.js";
import { indicatorColumns } from "../template/project.js";
import { classify } from "./classify.js";

/**
 * A scoring sheet whose rows print a scoring rule between the 三级 name and its 分值 and 得分, each
 * group's name carrying its points (投入(15分) | 预算配置(15分) | 三级 name | rule | 5 | 5 | reason),
 * read from a text cut below its header. No cell names a level the template knows, so the rows are
 * known by their shape: two names with points, a name, a text, two figures, an empty reason.
 */

/** The columns such a sheet's rows fill (一级 | 二级 | 三级 | 评分标准 | 分值 | 得分), in the template's spellings. */
export const RULED_SCORED_HEADER = (["level1", "level2", "level3", "method", "weight", "score"] as const).map((key) => indicatorColumns.find((c) => c.key === key)!.exact[0]!);

/** A group's name ending in its points, in any bracket a sheet prints them in (规划(15分), 投 入【15分】). */
const NAME_WITH_POINTS = /^([^\d(（【[]{1,16}?)\s*[(（【[]\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）】\]]$/;
/** The points alone, where a cell's second line was cut into a cell of its own (`投 入` / `(15分)`). */
export const POINTS_ALONE = /^[(（【[]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[)）】\]]$/;
/** Longest 三级 name (a sentence is the rule). */
const MAX_ITEM_NAME = 16;

/** The cells from `at` with a points-alone cell joined to the name before it; blanks kept. */
function joinedCells(cells: readonly Cell[], at: number, limit: number): string[] {
  const out: string[] = [];
  for (let i = at; i < cells.length && out.length < limit; i++) {
    const t = cells[i]!.text.trim();
    if (POINTS_ALONE.test(t) && out.length > 0 && out.at(-1) !== "" && !NAME_WITH_POINTS.test(out.at(-1)!)) out[out.length - 1] = out.at(-1)! + t;
    else out.push(t);
  }
  return out;
}

function isNumber(text: string): boolean {
  return classify(text).kind === "number";
}

/**
 * Do the cells from `at` open such a sheet's rows: 一级 with points, 二级 (its points printed or
 * not), a short 三级 name, a rule, 分值, 得分, an empty reason (or empty columns), then the next
 * row's name, or its 序号 and name where the sheet numbers its rows (序号 | 一级 (N) | 二级 | …, its
 * first 序号 cut off with the header)? The points as a scoring sheet's: the 一级's no more than 100,
 * the 二级's no more than the 一级's, the 分值 no more than its group's, the 得分 no more than its 分值.
 */
export function opensRuledScoredRows(cells: readonly Cell[], at: number): boolean {
  const c = joinedCells(cells, at, 12);
  if (c.length < 8) return false;
  const [l1, l2, name, rule, weight, score] = c as [string, string, string, string, string, string];
  const m1 = NAME_WITH_POINTS.exec(l1) ?? GROUP_WITH_BARE_POINTS.exec(l1);
  const m2 = NAME_WITH_POINTS.exec(l2);
  if (m1 === null || l2 === "" || isNumber(l2) || [...l2].length > MAX_ITEM_NAME + 6) return false;
  if (name === "" || isNumber(name) || [...name].length > MAX_ITEM_NAME || NAME_WITH_POINTS.test(name)) return false;
  if (rule === "" || isNumber(rule) || !isNumber(weight) || !isNumber(score)) return false;
  // After the 得分: empty cells, then the next row's name, or its 序号 and name.
  let k = 6;
  while (k < c.length && c[k] === "") k++;
  if (k === 6 || k >= c.length) return false;
  const numbered = SEQ.test(c[k]!);
  if (numbered) k++;
  if (k >= c.length || c[k] === "" || isNumber(c[k]!)) return false;
  // (Unnumbered rows end with one empty reason; a 二级 without points is settled by a 序号 only.)
  if (!numbered && (k !== 7 || m2 === null)) return false;
  const p1 = Number(m1[2]);
  const p2 = m2 === null ? p1 : Number(m2[2]);
  return p1 <= 100 && p2 <= p1 && Number(weight) <= p2 && Number(score) <= Number(weight);
}

/** A 序号: a whole number. */
export const SEQ = /^\d{1,3}$/;
/** A group's name with its points in brackets, no 分 printed (决策(10)). */
const GROUP_WITH_BARE_POINTS = /^([^\d(（【[]{1,16}?)\s*[(（【[]\s*(\d{1,3}(?:\.\d{1,2})?)\s*[)）】\]]$/;

/** Does `text` add its points to the name the row's last cell holds (`投 入` then `(15分)`)? */
export function joinsPointsToName(row: readonly Cell[], text: string): boolean {
  const last = row.at(-1);
  return last !== undefined && POINTS_ALONE.test(text.trim()) && last.text.trim() !== "" && !isNumber(last.text) && !NAME_WITH_POINTS.test(last.text.trim());
}

/**
 * A sheet that prints each item's 分值 right after its name and its 得分 last, its explanation and
 * rule between (序号 | 一级 | 二级 (N分) | 三级 | 分值 | 指标解释 | 评分标准 | 备注 | 自评, the 民生工程
 * sheets): its columns, in the template's spellings (备注, left empty, is no column a row fills).
 */
export const WEIGHT_FIRST_HEADER = (["level1", "level2", "level3", "weight", "note", "method", "score"] as const).map((key) => indicatorColumns.find((c) => c.key === key)!.exact[0]!);

/**
 * Do the cells from `at` open such a sheet's rows, its header and first 序号 cut off: 一级, 二级 with
 * points, a short 三级 name, 分值, the explanation and the rule, empty 备注, 得分, then the next 序号,
 * name and 分值? The points as a scoring sheet's (分值 no more than its group's, 得分 no more than 分值).
 */
export function opensWeightFirstRows(cells: readonly Cell[], at: number): boolean {
  const c = joinedCells(cells, at, 14).filter((t, i, all) => t !== "" || all[i - 1] !== "" );
  const [l1, l2, name, weight, note, rule] = c as [string, string, string, string, string, string];
  if (c.length < 11) return false;
  if (l1 === "" || isNumber(l1) || [...l1].length > MAX_ITEM_NAME) return false;
  const m2 = NAME_WITH_POINTS.exec(l2);
  if (m2 === null || name === "" || isNumber(name) || [...name].length > MAX_ITEM_NAME || !isNumber(weight)) return false;
  if (note === "" || isNumber(note) || rule === "" || isNumber(rule)) return false;
  let k = 6;
  while (k < c.length && c[k] === "") k++;
  const score = c[k];
  const seq = c[k + 1];
  const nextName = c[k + 2];
  if (score === undefined || !isNumber(score) || seq === undefined || !SEQ.test(seq) || nextName === undefined || nextName === "" || isNumber(nextName)) return false;
  return Number(weight) <= Number(m2[2]) && Number(score) <= Number(weight);
}

/**
 * Such a row's cells in the header's columns: the names before the 分值 set right (the merged 一级
 * and 二级 the row omits on the left), the 得分 last; the explanation and the rule only where the row
 * prints both (one text alone does not say which it is: left out).
 */
export function placeWeightFirstRow(row: readonly Cell[]): Cell[] | null {
  const w = row.findIndex((c) => isNumber(c.text));
  if (w < 1 || w > 3 || w === row.length - 1 || !isNumber(row.at(-1)!.text)) return null;
  const blank = (at: Cell) => ({ text: "", source: at.source });
  const names = row.slice(0, w);
  const texts = row.slice(w + 1, -1);
  const padded = [...Array.from({ length: 3 - names.length }, () => blank(row[0]!)), ...names];
  const [note, method] = texts.length === 2 ? texts as [Cell, Cell] : [blank(row[w]!), blank(row[w]!)];
  return [...padded, row[w]!, note, method, row.at(-1)!];
}
