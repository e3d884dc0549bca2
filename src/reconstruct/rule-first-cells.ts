import type { Cell, Row } from "../layout/grid.js";
import { endsTable, findRuleFirstHeader, readRuleFirstStream, simplified } from "./run-together-scoring-sheet.js";

/**
 * A rule-first scoring sheet (一级 | 二级 | 三级 | 评分标准 | 分值 | 自评得分 | 扣分原因…, the group names with
 * their points; run-together-scoring-sheet.ts) printed one cell a line with each long cell broken over
 * lines and nothing between cells (`投 入` / `(15分)` / `财政供养人员` / `控制率` / `按100%衡量。…` / `5` / `5`):
 * the lines are no cells, and no count of them tells a row. Its cells, joined in reading order, are the
 * sheet run together, and read as that stream is. Only where the lines are not the cells: a line that is a
 * group's points alone (`(15分)`), or more text lines between two rows' points than a row has cells
 * (two groups, a name, a rule, a 扣分原因). Returns null where there is no such sheet.
 */
export function ruleFirstSheetCells(cells: readonly Cell[]): { before: Cell[]; rows: Row[]; after: Cell[] } | null {
  for (let start = 0; start < cells.length; start++) {
    if (!/^一?[级級](?:指[标標])?$/.test(cells[start]!.text.trim()) && !/^一[级級]/.test(cells[start]!.text.trim())) continue;
    const found = headerFrom(cells, start);
    if (!found) continue;
    let end = found.end;
    while (end < cells.length && !(cells[end]!.text.trim() !== "" && endsTable(cells[end]!.text.trim()))) end++;
    const body = cells.slice(found.end, end).filter((c) => c.text.trim() !== "");
    if (!linesAreNotCells(body)) return null;
    const source = cells[start]!.source;
    const afterTable: string[] = [];
    const read = readRuleFirstStream(body.map((c) => c.text.trim()).join(""), found.header.roles, afterTable);
    if (!read.some((row) => row.some((c, k) => c !== "" && found.header.roles[k] === "score"))) return null;
    const rows: Row[] = [{ cells: found.header.names.map((text) => ({ text, source })), boundaries: "exact" }];
    for (const row of read) rows.push({ cells: row.map((text) => ({ text, source })), boundaries: "exact" });
    // (Text after the table in its own stream: given back as a run of its own, as the run-together reader does.)
    for (const text of afterTable) rows.push({ cells: [{ text, source }], boundaries: "none" });
    return { before: cells.slice(0, start), rows, after: cells.slice(end) };
  }
  return null;
}

/** Most header cells looked at (the sheet's seven, blank cells between them). */
const HEADER_CELLS = 16;

/** The rule-first header whose cells begin at `start`, and the cell after it. */
function headerFrom(cells: readonly Cell[], start: number): { header: NonNullable<ReturnType<typeof findRuleFirstHeader>>; end: number } | null {
  let text = "";
  let found: { header: NonNullable<ReturnType<typeof findRuleFirstHeader>>; end: number } | null = null;
  for (let k = start; k < cells.length && k < start + HEADER_CELLS; k++) {
    const cell = cells[k]!.text.replace(/\s/g, "");
    if (cell === "") continue;
    text += cell;
    const header = findRuleFirstHeader(simplified(text));
    // (The longest: a 扣分原因 column after the score is the header's too.)
    if (header && header.start === 0 && header.end === text.length) found = { header, end: k + 1 };
    else if (found) break;
  }
  return found;
}

/** A group's points alone on a line: the end of a group's name broken before its points. */
const POINTS_ALONE = /^[(（【[]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[)）】\]]$/;
/** A row's points: a bare number. */
const BARE = /^\d{1,3}(?:\.\d{1,2})?$/;
/** Most text cells a row has: two group names, its 三级 name, its rule, its 扣分原因. */
const ROW_TEXT_CELLS = 5;

function linesAreNotCells(body: readonly Cell[]): boolean {
  if (body.some((c) => POINTS_ALONE.test(c.text.trim()))) return true;
  let texts = 0;
  for (const c of body) {
    if (BARE.test(c.text.trim())) texts = 0;
    else if (++texts > ROW_TEXT_CELLS) return true;
  }
  return false;
}
