import type { Row } from "../../layout/grid.js";
import { hasText } from "../classify.js";
import { columnRoles } from "../row-view.js";

/**
 * Text laid out with spaces (layout/spaced-rows.ts): the funds table's heads printed in narrow
 * columns, a long head broken over two lines, its first piece on a line of its own above the row
 * of the other heads (`年初部门预算安排` / `金额`, `支出实现` / `率`):
 *
 *              年初部门预算安排                                      支出实现
 *                 金额          年中调整金额     小计     年度拨付金额     率      结余金额
 *
 * The layout makes the first line a row of its own: the head row reads `金额 | 年中调整金额 | … | 率`,
 * its first and fifth columns no head, and their figures are lost. Where a row holds only short
 * cells with no figure, none a fund column head alone, and the next row holds fund column heads,
 * each upper cell joined before one of the lower row's cells, taken in order, spells a fund column
 * head the lower cell alone is not, every upper cell finding one: the heads are whole in the lower
 * row, the upper row gone. Any other reading is left as it came. Told by the form's words, so it
 * is the reconstructor's.
 */
export function joinStackedFundHeads(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const joined = i + 1 < rows.length ? joinPair(rows[i]!, rows[i + 1]!) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(rows[i]!);
  }
  return out;
}

/** Longest first piece of a broken head. */
const MAX_PIECE = 10;
/** Fewest whole fund column heads the lower row holds for it to be the funds' head row. */
const MIN_LOWER_HEADS = 2;

const isFundHead = (text: string) => columnRoles(text).fund !== null;

function joinPair(upper: Row, lower: Row): Row | null {
  if (lower.pageBreakBefore) return null;
  const pieces = upper.cells.filter((c) => hasText(c.text));
  if (!pieces.length || upper.cells.length !== pieces.length) return null;
  if (pieces.some((c) => /\d/.test(c.text) || [...c.text.trim()].length > MAX_PIECE || isFundHead(c.text))) return null;
  if (lower.cells.filter((c) => isFundHead(c.text)).length < MIN_LOWER_HEADS) return null;
  const cells = [...lower.cells];
  let from = 0;
  for (const piece of pieces) {
    let at = -1;
    for (let k = from; k < cells.length; k++) {
      const tail = cells[k]!;
      if (!hasText(tail.text) || isFundHead(tail.text)) continue;
      if (isFundHead(piece.text.trim() + tail.text.trim())) {
        at = k;
        break;
      }
    }
    if (at < 0) return null;
    const tail = cells[at]!;
    cells[at] = { ...piece, text: piece.text.trim() + tail.text.trim() };
    from = at + 1;
  }
  return { ...lower, cells, ...(upper.pageBreakBefore ? { pageBreakBefore: true } : {}) };
}
