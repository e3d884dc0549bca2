import type { Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { titlePattern, totalLabels } from "../../template/project.js";
import { COMPARISON_SIGNS, POINTS_FIGURE as FIGURE, TABLE_LABELS, cellText as text, indicatorHeadColumns, joinedLines } from "./indicator-runs.js";

/**
 * A row's 偏差原因 a converter printed below the row, a piece of its narrow column a line
 * (`pdftotext -raw`: `监督检查单位数 ≥1400家 1119家 4 3.2` / `个别单位配合不够` / `，将加强沟通协调`
 * / `质量指标`). Read by lines the pieces are rows of their own and the row has no 偏差原因. Under an
 * indicator head whose last columns are 得分 and 偏差原因, they are the row's last cell where the text settles
 * it: the row ends on its points and score (no 偏差原因 of its own), the pieces are lines of one
 * cell that are no figure and no label of the table, two or more (one piece could be the rest of a
 * name wrapped below its values), and what follows them opens another row whole: a label of the
 * table (一级/二级 name, 总分), a row with its own name and figures, a title, or the end. Pieces
 * before anything else (a completion line: they may be a name and target) are left as read.
 */

/** Fewest pieces taken: one line alone may be a wrapped name's rest. */
const MIN_PIECES = 2;
/** Most pieces taken. */
const MAX_PIECES = 8;
/** Fewest cells of a whole row that follows: name, target, completion, points, score. */
const WHOLE_ROW_CELLS = 5;
/** A cell opening on a comparison sign or a digit: a value, not a name. */
const VALUE_OPENING = new RegExp(`^(?:${COMPARISON_SIGNS}|\\d)`);

/** A row that ends on its points and score: two figures last, a cell before them. */
function endsOnPoints(row: Row): boolean {
  const t = row.cells.map(text);
  return t.length >= 3 && FIGURE.test(t[t.length - 1]!) && FIGURE.test(t[t.length - 2]!);
}

const isLabel = (t: string): boolean => TABLE_LABELS.has(labelKey(t));
const TOTALS: ReadonlySet<string> = new Set(totalLabels.map(labelKey));

function isPiece(row: Row | undefined): boolean {
  if (!row || row.cells.length !== 1) return false;
  const t = text(row.cells[0]!);
  return t !== "" && !FIGURE.test(t) && !isLabel(t) && !titlePattern.test(t);
}

/** Does the line open another row whole (or end the table)? */
function opensAnotherRow(row: Row | undefined): boolean {
  if (!row) return true;
  const t = row.cells.map(text);
  if (isLabel(t[0]!) || t.some((s) => titlePattern.test(s))) return true;
  if (t.length < WHOLE_ROW_CELLS || FIGURE.test(t[0]!) || VALUE_OPENING.test(t[0]!)) return false;
  return t.some((s, k) => FIGURE.test(s) && FIGURE.test(t[k + 1] ?? ""));
}

/** Does the indicator head end on 得分 then 偏差原因 (no 评分标准 or other column after the score, whose pieces these may be)? */
function headHasDeviation(row: Row): boolean {
  const columns = (indicatorHeadColumns(row) ?? []).filter((c) => c !== null);
  return columns[columns.length - 1] === "deviation" && columns[columns.length - 2] === "score";
}

export function joinDeviationBelowRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let withDeviation = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (indicatorHeadColumns(row)) withDeviation = headHasDeviation(row);
    else if (row.cells.some((c) => titlePattern.test(text(c)))) withDeviation = false;
    if (!withDeviation || !endsOnPoints(row) || TOTALS.has(labelKey(text(row.cells[0]!)))) {
      out.push(row);
      continue;
    }
    let end = i + 1;
    while (end - i - 1 < MAX_PIECES && isPiece(rows[end])) end++;
    const pieces = end - i - 1;
    if (pieces < MIN_PIECES || !opensAnotherRow(rows[end])) {
      out.push(row);
      continue;
    }
    out.push({ ...row, cells: [...row.cells, joinedLines(rows, i + 1, pieces)] });
    i = end - 1;
  }
  return out;
}
