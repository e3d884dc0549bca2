import type { Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { level1Names } from "../../template/project.js";
import { cellText as text, joinedLines, oneFilledCell as oneCell, rewriteIndicatorRuns } from "./indicator-runs.js";

/**
 * A 一级 name printed with its points note, wrapped by a converter in its narrow column
 * (`pdftotext -raw`: `产出指标` / `(50分)`, `产出指标（50` / `分）`, `产出指标(5` / `0分)`,
 * `产出指标（` / `50分）`). Read by lines, each piece is a row of one cell: the name's row is
 * then not a name, and the rows under it lose their 一级 name. Inside an indicator table, two or
 * three lines of one cell each are one cell where together, and not before, they make a 一级 name
 * and a whole bracketed note of points; anything else is left as read.
 */

/** Most lines a name with its note is broken over. */
const MOST_LINES = 3;

const NAMES: ReadonlySet<string> = new Set(level1Names.map(labelKey));
/** A name, then its points in brackets: `产出指标（50分）`, `效益指标(30.5分)`. */
const NAME_NOTE = /^(.+?)[（(]\d+(?:\.\d+)?分[）)]$/;

/** Is the text a 一级 name and its whole points note? */
function isNamedNote(s: string): boolean {
  const m = NAME_NOTE.exec(s);
  return m !== null && NAMES.has(labelKey(m[1]!));
}

function noteRunAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  if (!oneCell(rows[i])) return null;
  let joined = text(rows[i]!.cells[0]!);
  if (isNamedNote(joined)) return null;
  for (let n = 2; n <= MOST_LINES && oneCell(rows[i + n - 1]); n++) {
    joined += text(rows[i + n - 1]!.cells[0]!);
    if (isNamedNote(joined)) return { row: { ...rows[i]!, cells: [joinedLines(rows, i, n)] }, last: i + n - 1 };
  }
  return null;
}

export function joinLevelNotePieces(rows: readonly Row[]): Row[] {
  return rewriteIndicatorRuns(rows, noteRunAt);
}
