/**
 * The indicator table's header row is a closed vocabulary in a fixed order (一级指标, 二级指标,
 * 三级指标, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 原因分析 — `src/template`). On a poor
 * scan some of its labels are misread beyond what snapping a lone cell may correct (a bilevel
 * TIFF loses thin horizontal strokes: 一级指标 read as 记指标, 三级指标 as 2: 颖指标), and a
 * header the reconstructor does not recognise loses its whole column.
 *
 * A row is taken for that header when at least `minAnchors` of its cells read exactly as column
 * labels. Each other cell of the row then lies between two recognised labels, which leaves only
 * the columns between them in the template's order; the cell is read as one of their spellings
 * when within half its characters of exactly one. What was read is kept.
 */
import { indicatorColumns } from "../../template/project.js";
import { levenshtein } from "./distance.js";
import { foldLabel } from "./snap.js";

export interface HeaderCell {
  /** The cell's box (any units, one for all cells). */
  bbox: [number, number, number, number];
  text: string;
}

export interface HeaderRowSettings {
  /** Cells reading exactly as column labels that make a row the header. */
  minAnchors: number;
  /** Cells whose tops differ by at most this share of the anchors' height are in one row. */
  rowTolerance: number;
  /** A cell taller than this many times the anchors is not a header cell (a label spanning rows). */
  maxHeightRatio: number;
}

export const HEADER_ROW_SETTINGS: HeaderRowSettings = { minAnchors: 3, rowTolerance: 0.3, maxHeightRatio: 1.6 };

const ORDER = indicatorColumns.map((c) => c.key);
const SPELLINGS = indicatorColumns.flatMap((c, i) => c.exact.map((label) => ({ label: foldLabel(label), rank: i })));

/** Letters, digits and CJK only: specks read as punctuation are no part of a label. */
function core(s: string): string {
  return foldLabel(s).replace(/[^\p{L}\p{N}]/gu, "");
}

function exactRank(text: string): number | null {
  const key = foldLabel(text);
  const hit = SPELLINGS.find((s) => s.label === key);
  return hit ? hit.rank : null;
}

/** Labels for the misread cells of the header row(s) among `cells`: index → label. */
export function snapHeaderRow(cells: readonly HeaderCell[], s: HeaderRowSettings = HEADER_ROW_SETTINGS): Map<number, string> {
  const out = new Map<number, string>();
  const anchors = cells.map((c, i) => ({ i, rank: exactRank(c.text) })).filter((a): a is { i: number; rank: number } => a.rank !== null);
  // Rows of anchors: group anchors whose tops agree.
  const used = new Set<number>();
  for (const a of anchors) {
    if (used.has(a.i)) continue;
    const c = cells[a.i]!;
    const h = c.bbox[3] - c.bbox[1];
    const tol = s.rowTolerance * h;
    const inRow = (x: HeaderCell) => Math.abs(x.bbox[1] - c.bbox[1]) <= tol && x.bbox[3] - x.bbox[1] <= s.maxHeightRatio * h;
    const row = anchors.filter((b) => inRow(cells[b.i]!));
    for (const b of row) used.add(b.i);
    if (row.length < s.minAnchors) continue;
    const ranks = new Set(row.map((b) => b.rank));
    const members = cells.map((x, i) => ({ x, i })).filter(({ x }) => inRow(x)).sort((p, q) => p.x.bbox[0] - q.x.bbox[0]);
    const picks = new Map<number, string>();
    const taken = new Map<string, number>();
    members.forEach(({ x, i }, k) => {
      if (exactRank(x.text) !== null || !core(x.text)) return;
      // The columns between the nearest recognised labels left and right.
      let lo = -1;
      let hi = ORDER.length;
      for (let j = k - 1; j >= 0; j--) {
        const r = exactRank(members[j]!.x.text);
        if (r !== null) {
          lo = r;
          break;
        }
      }
      for (let j = k + 1; j < members.length; j++) {
        const r = exactRank(members[j]!.x.text);
        if (r !== null) {
          hi = r;
          break;
        }
      }
      const read = core(x.text);
      let best: string | null = null;
      let bestD = Infinity;
      let tie = false;
      for (const sp of SPELLINGS) {
        if (sp.rank <= lo || sp.rank >= hi || ranks.has(sp.rank)) continue;
        const d = levenshtein(read, sp.label);
        if (d > Math.floor(Array.from(sp.label).length / 2)) continue;
        if (d < bestD) {
          bestD = d;
          best = sp.label;
          tie = false;
        } else if (d === bestD && sp.label !== best) tie = true;
      }
      if (best === null || tie) return;
      if (taken.has(best)) {
        picks.delete(taken.get(best)!);
        return;
      }
      taken.set(best, i);
      picks.set(i, best);
    });
    for (const [i, label] of picks) out.set(i, label);
  }
  return out;
}
