import type { Cell } from "../layout/grid.js";
import { columnRoles, labelRole } from "./row-view.js";
import { isTitle } from "./row-classifier.js";
import { cellOfLines } from "./cell-lines.js";
import { joinLabelsAroundValues, partLabelsAroundValues } from "./label-around-value.js";
import { yearAlonePattern } from "../template/notes-alone.js";

/**
 * One cell a line, a value whose line fills the dump's wrap width exactly (`…旧址陈列布展项目`, 20 of
 * 20) is joined by the text reader to the line under it (extract/text, by width alone, form words
 * none): where that line is a header field's label of the template (中央主管部门), the value ended
 * before it. The cell is parted there: the lines before it, the label, and the lines after it (a
 * label is never the inside of a wrapped value).
 *
 * So too after a first line that is the form's title, or that is the year alone (`(2018年度)`): a
 * converter printing the page block by block (pdftotext's plain order) sets the title, the year
 * and the first label's pieces one a line, each as wide as the narrow block it came from, and the
 * reader joins them by width; a title or a year is never the start of a wrapped value.
 */
export function splitWrappedLabels(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) for (const piece of partAtHeaderRows(c)) for (const part of partLabelsAroundValues(piece)) out.push(...splitCell(part));
  return joinLabelsAroundValues(out);
}

/**
 * The cell parted before each line after its first that is a header field's label, a space, and
 * its value (`主管部门 某县住房和城乡建设局`): a converter's block stacks the header's rows one a
 * line, label and value on each (pdftotext's plain order prints the label's column and the
 * value's on one line), and the reader joins them by width; a wrapped value never goes on with a
 * header label and a value after it. Each piece is then parted as splitCell parts a cell.
 */
function partAtHeaderRows(c: Cell): Cell[] {
  const lines = c.wrappedLines;
  if (!lines || lines.length < 2 || lines.join("") !== c.text) return [c];
  const starts = [0, ...lines.flatMap((l, k) => (k > 0 && isHeaderLabelAndValue(l) ? [k] : []))];
  if (starts.length === 1) return [c];
  return starts.map((from, i) => cellOfLines(c, lines.slice(from, starts[i + 1] ?? lines.length), from));
}

/** A line that is a header field's label, a space, and a value after it. */
function isHeaderLabelAndValue(line: string): boolean {
  const m = /^(\S+)\s+\S/.exec(line.trim());
  return m !== null && labelRole(m[1]!)?.role === "header";
}

function splitCell(c: Cell): Cell[] {
  const lines = c.wrappedLines;
  if (!lines || lines.length < 2 || lines.join("") !== c.text) return [c];
  const at = lines.findIndex((l, k) => k > 0 && (PARTING_ROLES.has(labelRole(l)?.role ?? "") || isFundHeadAlone(lines[k - 1]!, l)));
  if (at < 0) return endsOnItsOwn(lines[0]!) ? partAfterFirst(c, lines) : [c];
  const piece = (from: number, to: number): Cell => cellOfLines(c, lines.slice(from, to), from);
  const after = at + 1 < lines.length ? splitCell(piece(at + 1, lines.length)) : [];
  return [...(endsOnItsOwn(lines[0]!) && at > 1 ? partAfterFirst(piece(0, at), lines.slice(0, at)) : [piece(0, at)]), piece(at, at + 1), ...after];
}

/**
 * The labels a wrapped value never holds whole on a line of its own: a header field's, the total
 * row's (总分, 合计), the funds block's and its rows' (项目资金, 其他资金), the indicators' (绩效指标),
 * which a converter's block stacks under other cells' pieces.
 */
const PARTING_ROLES = new Set(["header", "total", "fundsLabel", "indicatorsLabel", "fundRow"]);

/**
 * A line that is a funds table's column name whole (年初预算数, 全年执行数, 结余金额) under a line it
 * does not finish: a converter's block stacks the first column head under the value beside it
 * (`299020-上海市教育局` / `年初预算数`), and the head is never the tail of a wrapped value. Not
 * where the two lines make one name (`预算` / `执行率`, `年初` / `预算数`: a head broken in its
 * narrow column), nor a label (`资金` / `结余率`).
 */
function isFundHeadAlone(before: string, line: string): boolean {
  if (columnRoles(line).fund === null) return false;
  const joined = before + line;
  const whole = columnRoles(joined);
  return whole.fund === null && whole.indicator === null && labelRole(joined) === null;
}

/** The year printed alone under a title: `(2018年度)`, `（ 2020 年度 ）`. */
const YEAR_ALONE = yearAlonePattern;

/** A line no wrapped value starts with: the form's title, or its year alone. */
function endsOnItsOwn(line: string): boolean {
  return YEAR_ALONE.test(line.trim()) || isTitle(line);
}

/** The cell's first line a cell of its own, the rest parted again as splitCell parts it. */
function partAfterFirst(c: Cell, lines: string[]): Cell[] {
  return [cellOfLines(c, lines.slice(0, 1), 0), ...splitCell(cellOfLines(c, lines.slice(1), 1))];
}
