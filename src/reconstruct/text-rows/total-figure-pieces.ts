import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { totalLabels } from "../../template/project.js";
import { onlyCut } from "./only-cut.js";

/**
 * A total row's 分值 and 得分 wrapped in their narrow cells and drawn one piece a line after the
 * label (`pdftotext -raw`): `总分` / `10` / `0` / `99` / `.1` / `4`, or the 分值 on the label's
 * line and the 得分 broken below it (`总分 100` / `96.6` / `4`). Read by lines each piece is a
 * row, the total is missed or taken short (96.6 for 96.64). No other row of a form is a run of
 * bare figure pieces after the total, so the run is the row's figures, and the text settles how
 * it parts where only one cut gives a total's figures: each well formed (no leading zero, at most
 * two decimals), the 分值 no more than 100 and the 得分 no more than the 分值. With the 分值
 * or its first piece on the label's line, that piece opens the run. A run that parts two ways or
 * none, or a figure alone after it, leaves every line as read.
 */

/** A piece of a figure alone on a line: `10`, `0`, `.1`, `96.6`. */
const PIECE = /^(?:\d+\.?\d*|\.\d+)$/;
/** A whole total figure: `100`, `99.14`, `0.5`. */
const WHOLE = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
/** Most pieces the two figures are broken into. */
const MOST_PIECES = 6;
const MOST_WEIGHT = 100;

const text = (c: Cell): string => c.text.trim();
const filled = (row: Row): Cell[] => row.cells.filter((c) => text(c) !== "");
const lonePiece = (row: Row | undefined): boolean => row !== undefined && filled(row).length === 1 && PIECE.test(text(filled(row)[0]!));
const isTotal = (cell: Cell | undefined): boolean => cell !== undefined && totalLabels.includes(labelKey(cell.text));

function joined(pieces: readonly Cell[]): Cell {
  return { ...pieces[0]!, text: pieces.map(text).join(""), parts: pieces.map((c) => c.source) };
}

/** Are the two a total's 分值 and 得分: each well formed, the 分值 no more than 100, the 得分 no more than the 分值? */
function isTotalPair(weight: string, score: string): boolean {
  return WHOLE.test(weight) && WHOLE.test(score) && Number(weight) <= MOST_WEIGHT && Number(score) <= Number(weight);
}

export function joinTotalFigurePieces(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells = filled(row);
    let end = i + 1;
    while (end - i - 1 < MOST_PIECES && lonePiece(rows[end])) end++;
    const pieces = rows.slice(i + 1, end).map((r) => filled(r)[0]!);
    const runEnds = !lonePiece(rows[end]);
    // The label's line may hold the first piece itself (`总分 100` / `96.6` / `4`, `总分 10` / `0` / `97.` / `4`).
    const onLabelLine = cells.length === 2 && PIECE.test(text(cells[1]!)) ? [cells[1]!] : [];
    let figures: Cell[] | null = null;
    if (runEnds && isTotal(cells[0]) && cells.length === 1 + onLabelLine.length && pieces.length >= 2) {
      const all = [...onLabelLine, ...pieces];
      const cut = onlyCut(all.map(text), isTotalPair);
      if (cut !== null) figures = [joined(all.slice(0, cut)), joined(all.slice(cut))];
    }
    if (!figures) {
      out.push(row);
      continue;
    }
    out.push({ ...row, cells: [cells[0]!, ...figures] });
    i = end - 1;
  }
  return out;
}
