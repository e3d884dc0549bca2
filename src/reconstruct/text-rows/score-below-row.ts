import type { Row } from "../../layout/grid.js";
import { titlePattern } from "../../template/project.js";
import { POINTS_FIGURE as FIGURE, cellText as text, indicatorHeadColumns as headColumns } from "./indicator-runs.js";

/**
 * An indicator row whose score a converter drew on the line below its other cells (`pdftotext
 * -raw`, the score's text set lower in its cell): `差错率 ≤2% 3% 3` / `2.0`. Read by lines, the row
 * has its points and no score, and the score is a row alone. Under an indicator head whose 得分
 * comes right after its 分值, a row of a name, a target and a completion before one figure (its
 * points) takes a figure alone on the next line as its score. A row holding two figures or more at
 * its end, or a piece of a figure below it (`3.`), is left as read.
 */

/** The cells before the points: 三级 name, target, completion. */
const ROW_CELLS = 3;

/** Does the head print 得分 right after 分值 (no column between the points and the score)? */
function scoreAfterWeight(keys: readonly (string | null)[]): boolean {
  const w = keys.indexOf("weight");
  return w >= 0 && keys[w + 1] === "score";
}

export function joinScoreBelowRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let scoreNext = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const head = headColumns(row);
    if (head) scoreNext = scoreAfterWeight(head);
    else if (row.cells.some((c) => titlePattern.test(text(c)))) scoreNext = false;
    const below = rows[i + 1];
    if (!head && scoreNext && below && lacksScore(row) && below.cells.length === 1 && FIGURE.test(text(below.cells[0]!))) {
      out.push({ ...row, cells: [...row.cells, below.cells[0]!] });
      i++;
      continue;
    }
    out.push(row);
  }
  return out;
}

/** A row of a name, a target and a completion, then its points alone: `差错率 ≤2% 3% 3`. */
function lacksScore(row: Row): boolean {
  const texts = row.cells.map(text);
  return texts.length === ROW_CELLS + 1 && FIGURE.test(texts[ROW_CELLS]!) && !FIGURE.test(texts[0]!) && !FIGURE.test(texts[ROW_CELLS - 1]!);
}
