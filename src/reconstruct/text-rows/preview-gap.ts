import type { Cell, Grid, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { fundRows, headerFields } from "../../template/project.js";

/**
 * A document site's preview shows some pages of a form and skips others. Where it skips, the last
 * line shown is cut inside a cell and the next page shown runs straight on: the funds' total row's
 * label cut short, then an indicator row's target with its comparison sign (`年度资金总≥90%`, the
 * names of that indicator on a page not shown). A label of the template cut short, then a compared
 * figure: two cells, the cut label and the target. No cell of a form reads so (a label ends whole
 * before its value, a 三级 name before its target is no label's beginning).
 */
const CUT_THEN_TARGET = /^([\u4e00-\u9fff][\u4e00-\u9fff:：]{2,})((?:[≥≤＞＜≧≦⩽⩾]|[<>]=?)\s*[0-9０-９].*)$/s;

/** The labels a preview cuts there: the funds' row labels and the header's, in their printed spellings. */
const LABELS: readonly string[] = [...fundRows, ...headerFields].flatMap((s) => [...s.exact, ...(s.prefix ?? [])]).map(labelKey);

/** Is `text` a label's beginning, three characters or more, and not the whole label? */
export function isCutLabel(text: string): boolean {
  const key = labelKey(text);
  if (key.length < 3) return false;
  return LABELS.some((l) => l.length > key.length && l.startsWith(key)) && !LABELS.includes(key);
}

/** The cut label and the target, where the cell is one cut by a preview's gap; null otherwise. */
export function splitPreviewGap(text: string): [string, string] | null {
  const m = CUT_THEN_TARGET.exec(text.trim());
  if (!m || !isCutLabel(m[1]!)) return null;
  return [m[1]!, m[2]!];
}

/**
 * The grid with each preview's gap cut split in two: one cell a line, two cells; where the text
 * tells its rows (a row a line, cells parted by spaces), two rows, the cut label ending the row
 * before (what the page shows of it) and the target opening the row after the gap.
 */
export function splitPreviewGaps(grid: Grid): Grid {
  if (!grid.rows.some((r) => r.cells.some((c) => splitPreviewGap(c.text) !== null))) return grid;
  if (grid.rowsKnown) return { ...grid, rows: grid.rows.flatMap(splitRow) };
  const rows = grid.rows.map((r) => ({ ...r, cells: r.cells.flatMap(splitCell) }));
  return { ...grid, rows };
}

function splitCell(c: Cell): Cell[] {
  const parts = splitPreviewGap(c.text);
  if (!parts) return [c];
  const { endsRow: _, ...rest } = c;
  return [{ ...rest, text: parts[0] }, { ...c, text: parts[1] }];
}

/** A row cut at its first gap: the cells up to the cut label, and the target with the cells after it. */
function splitRow(r: Row): Row[] {
  const at = r.cells.findIndex((c) => splitPreviewGap(c.text) !== null);
  if (at < 0) return [r];
  const [label, target] = splitCell(r.cells[at]!);
  const { pageBreakBefore: _, ...after } = r;
  return [
    { ...r, cells: [...r.cells.slice(0, at), label!] },
    ...splitRow({ ...after, cells: [target!, ...r.cells.slice(at + 1)] }),
  ];
}
