import type { Cell } from "../layout/grid.js";
import { labelRole } from "./row-view.js";

/**
 * One cell a line, a value whose line fills the dump's wrap width exactly (`…旧址陈列布展项目`, 20 of
 * 20) is joined by the text reader to the line under it (extract/text, by width alone, form words
 * none): where that line is a header field's label of the template (中央主管部门), the value ended
 * before it. The cell is parted there: the lines before it, the label, and the lines after it (a
 * label is never the inside of a wrapped value).
 */
export function splitWrappedLabels(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) out.push(...splitCell(c));
  return out;
}

function splitCell(c: Cell): Cell[] {
  const lines = c.wrappedLines;
  if (!lines || lines.length < 2 || lines.join("") !== c.text) return [c];
  const at = lines.findIndex((l, k) => k > 0 && labelRole(l)?.role === "header");
  if (at < 0) return [c];
  const line = c.source.line;
  const piece = (from: number, to: number): Cell => {
    const ls = lines.slice(from, to);
    const source = { ...c.source, ...(line !== undefined ? { line: line + from } : {}) };
    const { wrappedLines: _, ...rest } = c;
    return ls.length > 1 ? { ...rest, text: ls.join(""), source, wrappedLines: ls } : { ...rest, text: ls[0]!, source };
  };
  const after = at + 1 < lines.length ? splitCell(piece(at + 1, lines.length)) : [];
  return [piece(0, at), piece(at, at + 1), ...after];
}
