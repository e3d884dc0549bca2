import type { Row } from "../../layout/grid.js";
import { labelRole } from "../row-view.js";

/**
 * Run-together rows (one a line, cells joined with nothing) of a table a converter wrote one cell
 * a line where the cells are short and a long cell wrapped into many lines (a duties cell: the text
 * is taken for run-together by its long lines): a label naming the form's project, department or
 * unit alone on its line (部门名称, 项目名称, 实施单位) and its value alone on the next (某某县文化局) are
 * one row, label then value. Only where the next line is a name: short, no sentence punctuation, no
 * label of its own, not a figure. Run by the text-rows stage on run-together readings (index.ts).
 */
const NAME_FIELDS = new Set(["projectName", "department", "implementingUnit", "unitName"]);
/** The longest value taken: a unit's or project's name, not a wrapped sentence. */
const MAX_VALUE = 30;
const NOT_A_NAME = /[。，,；;：:！？!?]|^[\s\d.,%％-]*$/;

export function joinLabelLineValues(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    if (next && isNameLabelAlone(row) && isNameAlone(next)) {
      out.push({ ...row, cells: [...textCells(row), ...textCells(next)] });
      i++;
      continue;
    }
    out.push(row);
  }
  return out;
}

const textCells = (row: Row) => row.cells.filter((c) => c.text.trim() !== "");

function isNameLabelAlone(row: Row): boolean {
  if (row.boundaries !== "none") return false;
  const cells = textCells(row);
  if (cells.length !== 1) return false;
  const role = labelRole(cells[0]!.text.trim());
  return role?.role === "header" && NAME_FIELDS.has(role.field);
}

function isNameAlone(row: Row): boolean {
  if (row.boundaries !== "none" || row.pageBreakBefore) return false;
  const cells = textCells(row);
  if (cells.length !== 1) return false;
  const text = cells[0]!.text.trim();
  return [...text].length <= MAX_VALUE && /[\u4e00-\u9fff]/.test(text) && !NOT_A_NAME.test(text) && labelRole(text) === null;
}
