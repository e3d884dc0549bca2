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
 *
 * The funds table's header (预算执行情况(万元), 年初预算, 调整后预算数, 全年执行数, 执行率, 分值, 得分)
 * is a closed vocabulary too, but its columns come in different orders on different forms:
 * `snapFundsHeaderRow` takes a row with two cells read exactly as its labels, one of them a label
 * only the funds table has (调整后预算数, not 权重), and snaps the other cells to the one fund column
 * within half their characters, in any order.
 *
 * The funds table's row labels (总额, 其中:财政资金, 财政专户管理资金, 单位资金, 其他资金) stand in one
 * column: `snapFundRowLabels` snaps a cell of that column lying between two recognised row
 * labels to the one row label not yet in the column that is within half its characters.
 * `snapIndicatorLevels` does the same for the 一级指标 and 二级指标 names (which repeat).
 */
import { fundColumns, fundRows, fundsLabel, goalColumns, indicatorColumns, level1Names, level2Names } from "../../template/project.js";
import { levenshtein } from "./distance.js";
import { foldLabel, isTemplateLabel } from "./snap.js";

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

/** A word a misread cell may be read as: `match` is compared, `label` written; `key` names its column or row. */
interface Word {
  match: string;
  label: string;
  key: string;
}

/**
 * The word `read` is nearest to, within half the word's characters; null when none is, or when
 * words of two different keys are equally near.
 */
function nearestWord(read: string, words: Iterable<Word>): Word | null {
  let best: Word | null = null;
  let bestD = Infinity;
  let tie = false;
  // At one distance, the word of the reading's length is nearer: OCR misreads characters more
  // often than it adds them (社会效益措称 is 社会效益指标 with two misread, not 社会效益 with two more).
  const n = Array.from(read).length;
  for (const w of words) {
    // The word read whole with two characters or more besides is a longer label of its own
    // (财政拨款小计, a 资金结构 row, holds 财政拨款), not the word misread.
    if (n - Array.from(w.match).length >= 2 && read.includes(w.match)) continue;
    const d = levenshtein(read, w.match);
    if (d > Math.floor(Array.from(w.match).length / 2)) continue;
    const dd = d + (Array.from(w.match).length === n ? 0 : 0.5);
    if (dd < bestD) {
      bestD = dd;
      best = w;
      tie = false;
    } else if (dd === bestD && w.key !== best?.key) tie = true;
  }
  return best && !tie ? best : null;
}

/** Cell index → label, one cell per key: two cells near one word are both left as read. */
function onePerKey(picks: readonly { i: number; word: Word }[]): Map<number, string> {
  const byKey = new Map<string, { i: number; label: string } | null>();
  for (const { i, word } of picks) byKey.set(word.key, byKey.has(word.key) ? null : { i, label: word.label });
  const out = new Map<number, string>();
  for (const p of byKey.values()) if (p) out.set(p.i, p.label);
  return out;
}

function exactRank(text: string): number | null {
  const key = foldLabel(text);
  const hit = SPELLINGS.find((s) => s.label === key);
  return hit ? hit.rank : null;
}

/** Rows of anchor cells (tops agreeing, not much taller than the anchor): each row's member indexes, left to right. */
function anchorRows(cells: readonly HeaderCell[], anchors: readonly number[], s: HeaderRowSettings): number[][] {
  const rows: number[][] = [];
  const used = new Set<number>();
  for (const a of anchors) {
    if (used.has(a)) continue;
    const c = cells[a]!;
    const h = c.bbox[3] - c.bbox[1];
    const tol = s.rowTolerance * h;
    const inRow = (x: HeaderCell) => Math.abs(x.bbox[1] - c.bbox[1]) <= tol && x.bbox[3] - x.bbox[1] <= s.maxHeightRatio * h;
    const rowAnchors = anchors.filter((b) => inRow(cells[b]!));
    for (const b of rowAnchors) used.add(b);
    if (rowAnchors.length < s.minAnchors) continue;
    rows.push(cells.map((x, i) => ({ x, i })).filter(({ x }) => inRow(x)).sort((p, q) => p.x.bbox[0] - q.x.bbox[0]).map(({ i }) => i));
  }
  return rows;
}

const FUND_SPELLINGS = fundColumns.flatMap((c) => c.exact.map((label) => ({ label: foldLabel(label), key: c.key, fundOnly: !indicatorColumns.some((ic) => ic.exact.some((e) => foldLabel(e) === foldLabel(label))) })));
const FUNDS_LABELS = fundsLabel.map(foldLabel);

function fundSpelling(text: string): (typeof FUND_SPELLINGS)[number] | null {
  const key = foldLabel(text);
  return FUND_SPELLINGS.find((s) => s.label === key) ?? null;
}

/** Labels for the misread cells of the funds table's header row(s): index → label. */
export function snapFundsHeaderRow(cells: readonly HeaderCell[], s: HeaderRowSettings = { ...HEADER_ROW_SETTINGS, minAnchors: 2 }): Map<number, string> {
  const out = new Map<number, string>();
  const isFundsLabel = (t: string) => FUNDS_LABELS.some((l) => foldLabel(t).startsWith(l));
  const anchors = cells.map((c, i) => i).filter((i) => fundSpelling(cells[i]!.text) !== null || isFundsLabel(cells[i]!.text));
  for (const row of anchorRows(cells, anchors, s)) {
    // 权重, 分值 and 得分 head the indicator table too: it takes a label only the funds table has.
    if (!row.some((i) => fundSpelling(cells[i]!.text)?.fundOnly || isFundsLabel(cells[i]!.text))) continue;
    const present = new Set(row.map((i) => fundSpelling(cells[i]!.text)?.key).filter((k) => k !== undefined));
    const words = FUND_SPELLINGS.filter((sp) => !present.has(sp.key)).map((sp) => ({ match: sp.label, label: sp.label, key: sp.key }));
    const picks: { i: number; word: Word }[] = [];
    for (const i of row) {
      const text = cells[i]!.text;
      if (fundSpelling(text) || isFundsLabel(text) || !core(text)) continue;
      const word = nearestWord(core(text), words);
      if (word) picks.push({ i, word });
    }
    for (const [i, label] of onePerKey(picks)) out.set(i, label);
  }
  return out;
}

/** Labels for the misread cells of the header row(s) among `cells`: index → label. */
export function snapHeaderRow(cells: readonly HeaderCell[], s: HeaderRowSettings = HEADER_ROW_SETTINGS): Map<number, string> {
  const out = new Map<number, string>();
  const anchors = cells.map((c, i) => i).filter((i) => exactRank(cells[i]!.text) !== null);
  for (const row of anchorRows(cells, anchors, s)) {
    const ranks = new Set(row.map((i) => exactRank(cells[i]!.text)).filter((r) => r !== null));
    const members = row.map((i) => ({ x: cells[i]!, i }));
    const picks: { i: number; word: Word }[] = [];
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
      const words = SPELLINGS.filter((sp) => sp.rank > lo && sp.rank < hi && !ranks.has(sp.rank)).map((sp) => ({ match: sp.label, label: sp.label, key: sp.label }));
      const word = nearestWord(core(x.text), words);
      if (word) picks.push({ i, word });
    });
    for (const [i, label] of onePerKey(picks)) out.set(i, label);
    for (const [i, label] of levelsInOrder(cells, row)) out.set(i, label);
  }
  return out;
}

const LEVELS = (["level1", "level2", "level3"] as const).map((key) => ({ label: foldLabel(indicatorColumns.find((c) => c.key === key)!.exact[0]!), rank: ORDER.indexOf(key) }));

/**
 * The three level columns stand side by side and their labels differ by a stroke or two, which a
 * fax loses: 三级指标 read exactly as 一级指标, 二级指标 as 局指标, so the cells read as one label
 * or as none and the reconstructor lost the 三级 column. Exactly three adjacent cells of the row
 * within two characters of 一级指标 are the three levels, in that order (a cell already read as
 * its own level's label is left as it is).
 */
function levelsInOrder(cells: readonly HeaderCell[], row: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const like = row.flatMap((i, k) => (levenshtein(core(cells[i]!.text), LEVELS[0]!.label) <= 2 ? [k] : []));
  if (like.length !== LEVELS.length || like[like.length - 1]! - like[0]! !== LEVELS.length - 1) return out;
  like.forEach((k, n) => {
    const i = row[k]!;
    if (exactRank(cells[i]!.text) !== LEVELS[n]!.rank) out.set(i, LEVELS[n]!.label);
  });
  return out;
}

const columnWord = (label: string, key: string): Word => ({ match: core(label), label: foldLabel(label), key });
const ROW_SPELLINGS: Word[] = fundRows.flatMap((r) => r.exact.map((label) => columnWord(label, r.key)));
const LEVEL1: Word[] = level1Names.map((l) => columnWord(l, l));
const LEVEL2: Word[] = level2Names.map((l) => columnWord(l, l));

/**
 * Cells of a column of closed vocabulary (recognised by at least two cells read exactly as its
 * words) lying between the first and last of those or one row beyond, each read as the one word within half its
 * characters. `once`: each word stands once in the column (fund rows), so words already there
 * are not candidates; otherwise they are (一级指标 names repeat).
 */
/**
 * The columns that cells read exactly as a label (anchors) stand in: each anchor not yet in a
 * column opens one, and every anchor whose centre lies within its left and right edges joins it.
 */
export function* anchorColumns(cells: readonly HeaderCell[], isAnchor: (text: string) => boolean): Generator<{ col: HeaderCell["bbox"]; column: number[]; inColumn: (b: HeaderCell["bbox"]) => boolean }> {
  const anchors = cells.map((_, i) => i).filter((i) => isAnchor(cells[i]!.text));
  const done = new Set<number>();
  for (const a of anchors) {
    if (done.has(a)) continue;
    const col = cells[a]!.bbox;
    const inColumn = (b: HeaderCell["bbox"]) => (b[0] + b[2]) / 2 >= col[0] && (b[0] + b[2]) / 2 <= col[2];
    const column = anchors.filter((i) => inColumn(cells[i]!.bbox));
    for (const i of column) done.add(i);
    yield { col, column, inColumn };
  }
}

function snapColumn(cells: readonly HeaderCell[], words: readonly Word[], once: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const exact = (text: string) => {
    const key = foldLabel(text);
    return words.find((w) => w.label === key) ?? null;
  };
  for (const { column, inColumn } of anchorColumns(cells, (t) => exact(t) !== null)) {
    if (column.length < 2) continue;
    // Between the first and last recognised cells, and one row beyond either (其他资金 is the
    // funds table's last row).
    const rowHeight = Math.min(...column.map((i) => cells[i]!.bbox[3] - cells[i]!.bbox[1]));
    const top = Math.min(...column.map((i) => cells[i]!.bbox[1])) - rowHeight;
    const bottom = Math.max(...column.map((i) => cells[i]!.bbox[3])) + rowHeight;
    const present = once ? new Set(column.map((i) => exact(cells[i]!.text)!.key)) : new Set<string>();
    const candidates = words.filter((w) => !present.has(w.key));
    const picks: { i: number; word: Word }[] = [];
    cells.forEach((c, i) => {
      const mid = (c.bbox[1] + c.bbox[3]) / 2;
      if (exact(c.text) || !inColumn(c.bbox) || mid <= top || mid >= bottom || !core(c.text)) return;
      const word = nearestWord(core(c.text), candidates);
      if (word) picks.push({ i, word });
    });
    // A name that repeats (一级指标) may stand in several cells; a fund row only in one.
    const snapped = once ? onePerKey(picks) : new Map(picks.map((p) => [p.i, p.word.label]));
    for (const [i, label] of snapped) out.set(i, label);
  }
  return out;
}

/** Labels for misread row labels of the funds table, between recognised ones: index → label. */
export function snapFundRowLabels(cells: readonly HeaderCell[]): Map<number, string> {
  return snapColumn(cells, ROW_SPELLINGS, true);
}

/** Names for misread 一级指标 and 二级指标 cells of the indicator table, between recognised ones: index → name. */
export function snapIndicatorLevels(cells: readonly HeaderCell[]): Map<number, string> {
  return new Map([...snapColumn(cells, LEVEL1, false), ...snapColumn(cells, LEVEL2, false)]);
}

const GOAL_SPELLINGS: Word[] = goalColumns.flatMap((c) => c.exact.map((label) => columnWord(label, c.key)));
const goalKey = (text: string): string | null => GOAL_SPELLINGS.find((w) => w.label === foldLabel(text))?.key ?? null;

/**
 * The goals block's two column heads (预期目标 | 实际完成情况) stand side by side in one row, the
 * expected one first. A fax loses a stroke of one (预期日标) and reads it surely, so no lone-cell
 * snap takes it; the block's header is then lost, and the goal texts shift into each other's
 * fields. In the row of a cell read exactly as one goal column's spelling, a cell on the side the
 * other column stands (left of 实际完成情况, right of 预期目标) is read as the one spelling of that
 * other column within half its characters. Cells read as another label of the template (the
 * row's 年度总体目标) are left as they are.
 */
export function snapGoalColumns(cells: readonly HeaderCell[]): Map<number, string> {
  const out = new Map<number, string>();
  const anchors = cells.map((_, i) => i).filter((i) => goalKey(cells[i]!.text) !== null);
  for (const row of anchorRows(cells, anchors, { ...HEADER_ROW_SETTINGS, minAnchors: 1 })) {
    const present = row.filter((i) => goalKey(cells[i]!.text) !== null);
    if (present.length !== 1) continue;
    const anchor = cells[present[0]!]!;
    const want = goalKey(anchor.text) === "expected" ? "actual" : "expected";
    const words = GOAL_SPELLINGS.filter((w) => w.key === want);
    const picks: { i: number; word: Word }[] = [];
    for (const i of row) {
      const c = cells[i]!;
      if (i === present[0] || !core(c.text) || isTemplateLabel(c.text)) continue;
      if (want === "expected" ? c.bbox[0] >= anchor.bbox[0] : c.bbox[0] <= anchor.bbox[0]) continue;
      const word = nearestWord(core(c.text), words);
      if (word) picks.push({ i, word });
    }
    for (const [i, label] of onePerKey(picks)) out.set(i, label);
  }
  return out;
}
