/**
 * The project form's left column of labels (项目名称, 主管部门, 实施单位, 年度总体目标, 绩效指标)
 * read as a column. A label misread in two of its characters is too far from the template to
 * snap on its own (项卓年度里标 for 项目年度目标, 让管部1 for 主管部门, read so on a fax, d-fax-p06),
 * and the label lost takes its value with it: the unit's name, both goal texts. In the column of a
 * cell read exactly as one of these labels, every cell is a label of the column, so a cell
 * there is read as the one label within half its characters (each label once, as the column
 * holds it once). The funds label is left to `snapFundsLabelUnit` (its unit, 元 or 万元, matters).
 */
import { goalsLabel, headerFields, verticalLabels } from "../../template/project.js";
import { levenshtein } from "./distance.js";
import { anchorColumns, type HeaderCell } from "./header-row.js";
import { foldLabel } from "./snap.js";

interface Word {
  match: string;
  label: string;
  key: string;
}

/** Letters, digits and CJK only: specks read as punctuation are no part of a label. */
function core(s: string): string {
  return foldLabel(s).replace(/[^\p{L}\p{N}]/gu, "");
}

const word = (label: string, key: string): Word => ({ match: core(label), label: foldLabel(label), key });
const WORDS: Word[] = [
  ...headerFields.flatMap((f) => f.exact.map((l) => word(l, f.key))),
  ...goalsLabel.map((l) => word(l, "goals")),
  // 年度总体目标 and 项目年度目标 are vertical labels too: one key, or a reading near one ties with itself.
  ...verticalLabels.filter((l) => !l.includes("资金") && !goalsLabel.includes(l)).map((l) => word(l, l)),
].filter((w) => Array.from(w.match).length >= 3);

/** The word `read` is nearest to within half the word's characters; null when none, or two words of different keys are as near. */
function nearest(read: string, words: readonly Word[]): Word | null {
  let best: Word | null = null;
  let bestD = Infinity;
  let tie = false;
  for (const w of words) {
    const d = levenshtein(read, w.match);
    if (d > Math.floor(Array.from(w.match).length / 2)) continue;
    if (d < bestD) [best, bestD, tie] = [w, d, false];
    else if (d === bestD && w.key !== best?.key) tie = true;
  }
  return best && !tie ? best : null;
}

/** Labels for misread cells of the left label column: index → label. */
export function snapLabelColumn(cells: readonly HeaderCell[]): Map<number, string> {
  const out = new Map<number, string>();
  const exact = (text: string) => WORDS.find((w) => w.label === foldLabel(text)) ?? null;
  for (const { col, column, inColumn } of anchorColumns(cells, (t) => exact(t) !== null)) {
    // The left column: nothing stands left of the anchor in its row.
    const tolerance = 0.3 * (col[3] - col[1]);
    if (cells.some((c) => Math.abs(c.bbox[1] - col[1]) <= tolerance && c.bbox[2] <= col[0])) continue;
    const present = new Set(column.map((i) => exact(cells[i]!.text)!.key));
    const candidates = WORDS.filter((w) => !present.has(w.key));
    const picks = new Map<string, { i: number; label: string } | null>();
    cells.forEach((c, i) => {
      if (exact(c.text) || !inColumn(c.bbox) || !core(c.text)) return;
      const w = nearest(core(c.text), candidates);
      if (w) picks.set(w.key, picks.has(w.key) ? null : { i, label: w.label });
    });
    for (const p of picks.values()) if (p) out.set(p.i, p.label);
  }
  return out;
}
