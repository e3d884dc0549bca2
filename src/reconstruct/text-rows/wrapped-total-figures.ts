import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { totalLabels } from "../../template/project.js";

/**
 * A total row's 分值 and 得分 wrapped in their narrow cells by a converter laying a page out with
 * spaces (`pdftotext -layout`): `总分   10 97.` with `0 4` on the line below, the cells' second
 * lines. Read alone the row is 10 and 97 (a guess an auditor takes for the form's); the next row
 * is nothing but one short piece of digits for each of the row's figures, which no other row of a
 * form is, and the pieces end the figures in turn: 100 and 97.4. Joined only where that is so and
 * the joined figures are a total's (分值 ≤ 100, 得分 ≤ 分值); otherwise nothing is joined and the
 * pieces stay a row of their own, which the reconstructor leaves unplaced.
 */
export function joinWrappedTotalFigures(rows: readonly Row[]): Row[] {
  return joinWithNext(rows, joinTails);
}

/** Each row and the one after it made one where `join` reads them so; every other row as read. */
function joinWithNext(rows: readonly Row[], join: (row: Row, next: Row) => Row | null): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const joined = next ? join(row, next) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(row);
  }
  return out;
}

/** A figure, whole or ending on its point: `10`, `97.`, `96`. */
const FIGURE = /^\d{1,3}(?:\.\d*)?$/;
/** A cell's second line of a figure: a few digits, or a decimal part. */
const TAIL = /^(?:\d{1,2}|\.\d{1,2})$/;
const WHOLE = /^\d{1,3}(?:\.\d{1,2})?$/;

function joinTails(row: Row, next: Row): Row | null {
  const cells = row.cells.filter((c) => c.text.trim() !== "");
  const tails = next.cells.filter((c) => c.text.trim() !== "");
  if (cells.length !== 3 || tails.length !== 2) return null;
  if (!totalLabels.includes(labelKey(cells[0]!.text))) return null;
  const figures = cells.slice(1);
  if (!figures.every((c) => FIGURE.test(c.text.trim())) || !tails.every((c) => TAIL.test(c.text.trim()))) return null;
  const texts = figures.map((c, k) => c.text.trim() + tails[k]!.text.trim());
  if (!texts.every((t) => WHOLE.test(t))) return null;
  const [weight, score] = texts.map(Number) as [number, number];
  if (weight > 100 || score > weight) return null;
  const joined = figures.map((c, k): Cell => ({ ...c, text: texts[k]!, parts: [c.source, tails[k]!.source] }));
  const at = row.cells.indexOf(figures[0]!);
  return { ...row, cells: [...row.cells.slice(0, at), ...joined, ...row.cells.slice(row.cells.indexOf(figures[1]!) + 1)] };
}

/**
 * A total row's 得分 drawn on the line below its 分值 (`pdftotext -raw` draws a wide cell's text
 * before a narrow one's wrapped figure): `总分 100` / `94.17`. Read alone, the row's one figure is
 * taken for either column; the line below that is nothing but one figure no greater than it is the
 * score of the same row (no other row of a form is a lone figure after the total). Joined only
 * so; any other line below leaves the row as read.
 */
export function joinTotalScoreBelow(rows: readonly Row[]): Row[] {
  return joinWithNext(rows, scoreBelow);
}

const POINTS = /^\d{1,3}(?:\.\d{1,2})?$/;

function scoreBelow(row: Row, next: Row): Row | null {
  const cells = row.cells.filter((c) => c.text.trim() !== "");
  const below = next.cells.filter((c) => c.text.trim() !== "");
  if (cells.length !== 2 || below.length !== 1) return null;
  if (!totalLabels.includes(labelKey(cells[0]!.text))) return null;
  const weight = cells[1]!.text.trim();
  const score = below[0]!.text.trim();
  if (!POINTS.test(weight) || !POINTS.test(score)) return null;
  if (Number(weight) > 100 || Number(score) > Number(weight)) return null;
  return { ...row, cells: [...row.cells, below[0]!] };
}
