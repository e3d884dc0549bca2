import type { Row } from "../../layout/grid.js";
import { brokenWordTails } from "../../template/broken-spellings.js";

/**
 * A cell a converter broke at its narrow column's width before its last word's last character
 * (`pdftotext -raw`: `动物疫情发生情况 有所提升 部分达成预期指` / `标` / `10 7.84 指标设置不够科学，下年度将细化量化指`
 * / `标`): read by lines, the character is a row of its own, which no reading places, and the cell
 * above ends mid-word. Where a line holds nothing but the last character of one of the form's
 * words (template/broken-spellings.ts: 指标, 目标) and the line above, a row of two cells or more,
 * ends on the word's start, the character ends that row's last cell. A label alone on its line so
 * broken is broken-labels.ts's (a row of one cell is left).
 */
export function joinWordTailLines(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const above = out[out.length - 1];
    const tail = row.cells.length === 1 ? row.cells[0]!.text.trim() : null;
    const last = above?.cells[above.cells.length - 1];
    if (above && last && tail && !row.pageBreakBefore && above.cells.length >= MIN_CELLS_ABOVE && endsWord(last.text.trim(), tail)) {
      const cells = [...above.cells];
      cells[cells.length - 1] = { ...last, text: last.text.trim() + tail, parts: [...(last.parts ?? [last.source]), row.cells[0]!.source] };
      out[out.length - 1] = { ...above, cells };
      continue;
    }
    out.push(row);
  }
  return out;
}

/** Fewest cells of the row above: a row of values, not a label alone. */
const MIN_CELLS_ABOVE = 2;

/** Does the text end on a word's start whose rest is `tail`? */
function endsWord(text: string, tail: string): boolean {
  return brokenWordTails.some((w) => w.length > tail.length && w.endsWith(tail) && text.endsWith(w.slice(0, w.length - tail.length)));
}
