import type { Cell, Row } from "../layout/grid.js";
import { ATTACHMENT_NUMBER, isTitle, otherFormName } from "./row-classifier.js";

/** Most space-separated tokens a title printed mid-line may be split into (`部门整体支出 绩效评价指标表`). */
const MAX_TITLE_TOKENS = 3;

/**
 * In linear text a title may be printed mid-line: a document site's copy runs the end of one table,
 * the next table's title and its column names onto one line (`… 1922.76 2690.62
 * 部门整体支出绩效评价指标表 一级指标 得分 …`), and puts another form's title between its attachment
 * number and its first labels (`附件3: 部门整体支出绩效评价基础数据表 填报单位: …`). Such a line is
 * cut into the text before the title, the title, and the text after it, so that the title starts a
 * form (or reports the other form) and the rows after it are read under it.
 *
 * A line that is a title as a whole is left alone (the classifier reads it), and so is a form's
 * own title opening its line (what follows it there is read with it as before); only a title with
 * tokens before it other than an attachment number, or another form's title with tokens after it,
 * cuts the line.
 */
export function splitMidlineTitles(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    if (row.boundaries !== "spaces" || row.cells.length < 2) {
      out.push(row);
      continue;
    }
    out.push(...splitRow(row));
  }
  return out;
}

function splitRow(row: Row): Row[] {
  const cells = row.cells;
  const joined = cells.map((c) => c.text).join("");
  if (isTitle(joined) || otherFormName(joined) !== null) return [row];
  for (let i = 0; i < cells.length; i++) {
    for (let n = 1; n <= MAX_TITLE_TOKENS && i + n <= cells.length; n++) {
      const text = cells
        .slice(i, i + n)
        .map((c) => c.text)
        .join("");
      // The title starts at its own first token: `1922.76 部门…` is a title after an amount.
      if (n > 1 && (isTitle(cells.slice(i + 1, i + n).map((c) => c.text).join("")) || otherFormName(cells.slice(i + 1, i + n).map((c) => c.text).join("")) !== null)) continue;
      const own = isTitle(text);
      const other = !own && otherFormName(text) !== null;
      if (!own && !other) continue;
      // An attachment number before the title is the title's line (附件3: …).
      const lead = i === 1 && ATTACHMENT_NUMBER.test(cells[0]!.text) && cells[0]!.text.replace(ATTACHMENT_NUMBER, "") === "" ? 1 : 0;
      const before = cells.slice(0, i - lead);
      const title = cells.slice(i - lead, i + n);
      const after = cells.slice(i + n);
      if (before.length === 0 && (own || after.length === 0)) return [row];
      const rest = after.length > 0 ? splitRow({ cells: after, boundaries: row.boundaries }) : [];
      const head = [before, title].filter((p) => p.length > 0).map((p): Row => ({ cells: p, boundaries: row.boundaries }));
      // The page break before the line is before its first piece.
      if (row.pageBreakBefore) head[0]!.pageBreakBefore = true;
      return [...head, ...rest];
    }
  }
  return [row];
}
