import type { Cell } from "../layout/grid.js";

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
 * Pieces of a run cut at its labels (splitAtLabels), with each short label that is a word of the
 * sentence before it joined back to that sentence, and the text after it too.
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
    out.push(p);
  }
  return out;
}
