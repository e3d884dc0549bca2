import type { Cell } from "../layout/grid.js";
import { labelRole } from "./row-view.js";

/**
 * A short label spelled inside a sentence of run-together text (`…牵头推进法治政府建设。督促县级部门和各
 * 乡镇严格依法行政,…`: 部门 is a header label of the department form, and 主管部门, 实施单位, 项目单位 are
 * words of a duty or a goal as well) is a word of that sentence, not a label: a label cut there would
 * take the rest of the sentence for its value, a wrong value where the text holds none. It is read as a
 * word when the piece before it has a sentence end (。；！？) and the label follows a Chinese character of
 * that sentence directly: a label run on after its row's text follows the sentence end itself
 * (`…按期完成。主管部门某局`) or a value that is no sentence.
 */
const SHORT_LABEL = 4;
const IN_SENTENCE = /[。；;！？!?][^。；;！？!?]*[\u4e00-\u9fff]$/;
/**
 * A label alone in a value's brackets (`某某局(部门)`, a unit's name qualified by what it is): a word of
 * that value. A label opens a cell and never sits inside a bracket pair: the piece before it ends on
 * the opening bracket and the piece after it opens on the closing one.
 */
const BRACKET_OPENED = /[(（]$/;
const BRACKET_CLOSES = /^[)）]/;
// (Only a header's label, a party's word: a column's head in brackets, `复核指标(三级指标)`, or a
// unit, `执行数(万元)`, is the table's own note, read as a head or the funds' unit.)

/**
 * Pieces of a run cut at its labels (splitAtLabels), with each short label that is a word of the
 * sentence before it joined back to that sentence, and the text after it too; a label in a value's
 * brackets joined back to that value the same way.
 */
export function joinProseLabelWords(pieces: Cell[], isLabel: (s: string) => boolean): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const before = out.at(-1);
    if (before && !isLabel(before.text) && isLabel(p.text) && [...p.text].length <= SHORT_LABEL && IN_SENTENCE.test(before.text)) {
      const next = pieces[i + 1];
      const tail = next && !isLabel(next.text) ? next.text : "";
      out[out.length - 1] = { ...before, text: before.text + p.text + tail };
      if (tail) i++;
      continue;
    }
    const after = pieces[i + 1];
    if (before && !isLabel(before.text) && isLabel(p.text) && labelRole(p.text)?.role === "header" && BRACKET_OPENED.test(before.text) && after && BRACKET_CLOSES.test(after.text)) {
      out[out.length - 1] = { ...before, text: before.text + p.text + after.text };
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}
