import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { headerLabelKeys as HEADER_LABELS, rowLabelKeys as ROW_LABELS, rowLabelStarts as LABEL_STARTS } from "../../template/broken-spellings.js";

/**
 * Row labels a converter broke over lines (`pdftotext -raw`, text in the order the page draws it):
 * a narrow label column prints `项目名` / `称`, `主管部` / `门`, `年度资金总` / `额`, `实施单位(盖` /
 * `章)`, each piece a line of its own, the last piece maybe followed on its line by the row's values
 * (`额 589.09 581.28`). Read by lines, each piece is a row, and no piece is the label. The pieces are
 * joined where, taken in turn, they spell a label of the template exactly: every piece but the last
 * a row of one cell, each a continuation of a label the pieces so far begin, the last the first cell
 * of its row (the rest of that row stays as it is). The longest label spelt wins (主管 / 部门 / 及代 /
 * 码 is 主管部门及代码, not 主管部门 and a row 及代). Nothing is joined that spells no label.
 */

// The row labels (ROW_LABELS), their proper starts (LABEL_STARTS) and the header's labels
// (HEADER_LABELS) are the template's vocabulary of broken spellings (template/broken-spellings.ts),
// shared with broken-heads.ts.

/** Longest piece taken: a narrow column's line (a label's piece is a few characters). */
const MAX_PIECE = 8;

/** A piece of a label: short, no figure in it. */
function isPiece(text: string): boolean {
  const t = text.trim();
  return t !== "" && [...t].length <= MAX_PIECE && !/\d/.test(t);
}

/**
 * The rows with each label broken over rows joined. `rows` are a text's lines read as rows (linear
 * text); a joined label takes its first piece's place and source, and its last piece's row's
 * other cells follow it.
 */
export function joinBrokenLabels(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  const split = splitTrailingPieces(joinLabelNotes(rows));
  for (let i = 0; i < split.length; i++) {
    const joined = brokenLabelAt(split, i);
    if (!joined) {
      out.push(split[i]!);
      continue;
    }
    out.push(joined.row);
    i = joined.last;
  }
  return out;
}

/** The label broken over the rows from `i`, as one row, and the last row it took; null where none starts there. */
function brokenLabelAt(rows: readonly Row[], i: number): { row: Row; last: number } | null {
  const first = rows[i]!;
  if (first.cells.length !== 1 || !isPiece(first.cells[0]!.text)) return null;
  let text = first.cells[0]!.text.trim();
  if (!LABEL_STARTS.has(labelKey(text))) return null;
  let best: { text: string; last: number } | null = null;
  for (let j = i + 1; j < rows.length; j++) {
    const cell = rows[j]!.cells[0];
    if (!cell || !isPiece(cell.text)) break;
    text += cell.text.trim();
    const key = labelKey(text);
    if (ROW_LABELS.has(key)) best = { text, last: j };
    // A later piece continues the label only from a row holding nothing else.
    if (!LABEL_STARTS.has(key) || rows[j]!.cells.length !== 1) break;
  }
  if (!best) return null;
  const lastRow = rows[best.last]!;
  const label: Cell = { ...first.cells[0]!, text: best.text, parts: rows.slice(i, best.last + 1).map((r) => r.cells[0]!.source) };
  const cells = [label, ...lastRow.cells.slice(1)];
  // A header label broken so, alone on its last piece's line: the page draws its value next, on
  // the line below (项目名 / 称 / 2020年重大传染病防控经费). Not a line that is or begins a label.
  const next = rows[best.last + 1];
  // (The line below may hold the next label and its value too: 某某局 实施单位 某某中心.)
  if (cells.length === 1 && HEADER_LABELS.has(labelKey(best.text)) && next && next.cells.length > 0 && !opensLabel(next.cells[0]!.text)) {
    return { row: { ...lastRow, ...(first.pageBreakBefore ? { pageBreakBefore: true } : {}), cells: [label, ...next.cells] }, last: best.last + 1 };
  }
  return { row: { ...lastRow, ...(first.pageBreakBefore ? { pageBreakBefore: true } : {}), cells }, last: best.last };
}

/** Is the text a row label, or the start of one broken over lines? */
function opensLabel(text: string): boolean {
  const key = labelKey(text);
  return ROW_LABELS.has(key) || (isPiece(text) && LABEL_STARTS.has(key));
}

/**
 * A label's first piece drawn at the end of the line before, after the value of the label before
 * it (`主管部门 某某局 实施` / `单位 某某中心`): put on a line of its own, where it and the next
 * line's first cell spell a header label exactly, so the pieces are joined as any others.
 */
function splitTrailingPieces(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  rows.forEach((row, i) => {
    const tail = row.cells[row.cells.length - 1];
    const next = rows[i + 1]?.cells[0];
    // (Not on a line a table's label opens, 数量指标 …: a header's labels stand in the header.)
    const opener = labelKey(row.cells[0]!.text);
    const tableRow = ROW_LABELS.has(opener) && !HEADER_LABELS.has(opener);
    if (row.cells.length >= 2 && !tableRow && tail && next && isPiece(tail.text) && isPiece(next.text) && !ROW_LABELS.has(labelKey(tail.text)) && HEADER_LABELS.has(labelKey(tail.text.trim() + next.text.trim()))) {
      out.push({ ...row, cells: row.cells.slice(0, -1) }, { boundaries: row.boundaries, cells: [tail] });
    } else out.push(row);
  });
  return out;
}

/** A note a label carries, alone at the start of a line: (盖章), (公章). */
const NOTE = /^[(（][^()（）]{1,6}[)）]$/;

/**
 * A header label ending a line, its note opening the next, then the label's value
 * (`某某局 实施单位` / `(盖章) 某某中心`): the note is the label's, and the value after it the
 * label's too, where label and note spell a longer header label (实施单位(盖章)).
 */
function joinLabelNotes(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const tail = row.cells[row.cells.length - 1];
    const next = rows[i + 1];
    const note = next?.cells[0];
    // (A note alone on its line is a broken label's last piece, its value below: brokenLabelAt.)
    if (tail && note && next!.cells.length > 1 && NOTE.test(note.text.trim()) && HEADER_LABELS.has(labelKey(tail.text)) && HEADER_LABELS.has(labelKey(tail.text.trim() + note.text.trim()))) {
      const label: Cell = { ...tail, text: tail.text.trim() + note.text.trim(), parts: [tail.source, note.source] };
      out.push({ ...row, cells: [...row.cells.slice(0, -1), label, ...next!.cells.slice(1)] });
      i++;
    } else out.push(row);
  }
  return out;
}
