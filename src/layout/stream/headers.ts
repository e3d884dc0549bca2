/**
 * Header rows of an unruled table, found by the column headers the template knows (年初预算数,
 * 全年执行数, 一级指标, 年度指标值, 分值, 得分, 预期目标 …). Office exports wrap narrow headers
 * (`年初预算` / `数`), so a fragment counts when it is a header or the start of one; the
 * fragments of one header row are those vertically close to each other.
 */
import { fundColumns, fundsLabel, goalColumns, goalsLabel, headerFields, indicatorColumns, indicatorsLabel, verticalLabels } from "../../template/project.js";
import { labelKey } from "../../template/labels.js";
import type { LayoutSettings } from "../settings.js";
import type { Fragment } from "./fragments.js";

/** A header row: its vertical extent and its header cells left to right (x-extent and text). */
export interface HeaderBand {
  top: number;
  bottom: number;
  cells: { x0: number; x1: number; text: string }[];
  /** Every fragment of the band (header cells and what else lies on its lines). */
  fragments: Fragment[];
}

const VOCAB: string[] = [...fundColumns, ...indicatorColumns, ...goalColumns].flatMap((sp) => [...sp.exact, ...(sp.prefix ?? [])]).map(labelKey);
const VOCAB_SET = new Set(VOCAB);
/** Labels of whole blocks (绩效指标 begins 绩效指标名称, a column header): never a column's header. */
const BLOCK_LABELS = new Set([...verticalLabels, indicatorsLabel, ...goalsLabel, ...fundsLabel].map(labelKey));
/** Beginnings of headers shorter than this are too common in body text (`全年`, `分`) to count. */
const MIN_PREFIX = 2;

/** True when the text is a column header, or how a wrapped one begins. */
export function isHeaderText(text: string): boolean {
  const k = labelKey(text);
  if (k.length < MIN_PREFIX || BLOCK_LABELS.has(k)) return false;
  return VOCAB.some((v) => v === k || (v.startsWith(k) && k.length >= Math.min(v.length, MIN_PREFIX + 1)) || (k.startsWith(v) && /^\(/.test(k.slice(v.length))));
}

/** Labels of the form's header rows (项目名称, 主管部门, 实施单位(盖章) …); not 部门 or 单位名称, words of any text. */
const FIELD_LABELS = new Set(headerFields.filter((f) => f.key !== "unitName").flatMap((f) => f.exact).map(labelKey));

/** True when the text is, as a whole, a label of the form's header rows. */
export function isFieldLabel(text: string): boolean {
  return FIELD_LABELS.has(labelKey(text));
}

/** A field label, or a whole column header the template knows (年度指标值): a cell of its own. */
export function isWholeLabel(text: string): boolean {
  const k = labelKey(text);
  return FIELD_LABELS.has(k) || (VOCAB_SET.has(k) && !BLOCK_LABELS.has(k));
}

/**
 * A label that is a cell of its own on the line it begins: a field label, a column header, or a
 * block's label (年度总体目标, 绩效指标 — never a column's header, but a cell all the same: a sheet
 * shrunk to fit prints it in a smaller size a hair left of the goal text beside it).
 */
export function isCellLabel(text: string): boolean {
  return isWholeLabel(text) || BLOCK_LABELS.has(labelKey(text));
}

/** Groups of fragments overlapping horizontally: the header cells of a band. */
function headerCells(frags: readonly Fragment[]): HeaderBand["cells"] {
  const sorted = [...frags].sort((a, b) => a.bbox[0] - b.bbox[0]);
  const cells: { x0: number; x1: number; parts: Fragment[] }[] = [];
  for (const f of sorted) {
    const last = cells[cells.length - 1];
    if (last && f.bbox[0] < last.x1 - 0.5) {
      last.x1 = Math.max(last.x1, f.bbox[2]);
      last.parts.push(f);
    } else cells.push({ x0: f.bbox[0], x1: f.bbox[2], parts: [f] });
  }
  return cells.map((c) => ({ x0: c.x0, x1: c.x1, text: c.parts.sort((a, b) => a.bbox[1] - b.bbox[1]).map((p) => p.text).join("") }));
}

/** Most lines a wrapped header is printed on, each way from the line that names it. */
const MAX_HEADER_LINES = 3;
/** Longest continuation line of a wrapped header (`数`, `标值`, `分析及改进措施`). */
const MAX_CONTINUATION = 8;

/**
 * A header cell's fragments: the ones that name it, and the lines stacked over and under them
 * (the rest of a wrapped header), as many as keep the cell centred on the header row's centre —
 * a body row printed right under the header is not part of it.
 */
function wrappedHeader(cell: { x0: number; x1: number }, hits: readonly Fragment[], frags: readonly Fragment[], centre: number, s: Pick<LayoutSettings, "streamHeaderGapEm">): Fragment[] {
  const core = hits.filter((f) => f.bbox[0] < cell.x1 && f.bbox[2] > cell.x0);
  const stackable = frags.filter((f) => f.bbox[0] < cell.x1 + 0.5 * f.em && f.bbox[2] > cell.x0 - 0.5 * f.em && [...f.text].length <= MAX_CONTINUATION && !/^[\d.,%≥≤=<>+-]+$/.test(f.text));
  const above: Fragment[] = [];
  const below: Fragment[] = [];
  let top = Math.min(...core.map((f) => f.bbox[1]));
  let bottom = Math.max(...core.map((f) => f.bbox[3]));
  for (let k = 0; k < MAX_HEADER_LINES; k++) {
    const up = stackable.find((f) => !core.includes(f) && !above.includes(f) && f.bbox[3] <= top + 0.3 * f.em && top - f.bbox[3] <= s.streamHeaderGapEm * f.em);
    if (up) {
      above.push(up);
      top = up.bbox[1];
    }
    const down = stackable.find((f) => !core.includes(f) && !below.includes(f) && f.bbox[1] >= bottom - 0.3 * f.em && f.bbox[1] - bottom <= s.streamHeaderGapEm * f.em);
    if (down) {
      below.push(down);
      bottom = down.bbox[3];
    }
  }
  // The stack [core, a lines above, b lines below] best centred on the row.
  const em = core[0]!.em;
  const c0 = Math.min(...core.map((f) => f.bbox[1]));
  const c1 = Math.max(...core.map((f) => f.bbox[3]));
  let best = { a: 0, b: 0, d: Math.abs((c0 + c1) / 2 - centre) };
  for (let a = 0; a <= above.length; a++) {
    for (let b = 0; b <= below.length; b++) {
      const t = a ? above[a - 1]!.bbox[1] : c0;
      const u = b ? below[b - 1]!.bbox[3] : c1;
      const d = Math.abs((t + u) / 2 - centre) + 0.01 * em * (a + b);
      if (d < best.d) best = { a, b, d };
    }
  }
  return [...core, ...above.slice(0, best.a), ...below.slice(0, best.b)];
}

/**
 * The header rows among the fragments, top to bottom. A band starts from header fragments close
 * to each other vertically; fragments stacked under or over one of them (the rest of a wrapped
 * header) join it; it is a header row when it names at least `streamHeaderMinColumns` columns,
 * or two when nothing else stands beside them (预期目标 | 实际完成情况).
 */
export function findHeaderBands(frags: readonly Fragment[], s: Pick<LayoutSettings, "streamHeaderMinColumns" | "streamHeaderGapEm">): HeaderBand[] {
  const hits = frags.filter((f) => isHeaderText(f.text)).sort((a, b) => a.bbox[1] - b.bbox[1]);
  const groups: Fragment[][] = [];
  for (const f of hits) {
    const g = groups[groups.length - 1];
    const gap = f.em * s.streamHeaderGapEm;
    if (g && f.bbox[1] <= Math.max(...g.map((x) => x.bbox[3])) + gap && f.bbox[1] - Math.min(...g.map((x) => x.bbox[1])) < 4 * f.em) g.push(f);
    else groups.push([f]);
  }
  const bands: HeaderBand[] = [];
  for (const g of groups) {
    // The header row's centre: headers are centred in their row, wrapped or not.
    // Whole headers on one line (分值, 得分) sit on the centre; the first line of a wrapped one does not.
    const whole = g.filter((f) => VOCAB_SET.has(labelKey(f.text)));
    const centres = (whole.length > 0 ? whole : g).map((f) => (f.bbox[1] + f.bbox[3]) / 2).sort((a, b) => a - b);
    const centre = centres[Math.floor(centres.length / 2)]!;
    const members = new Set<Fragment>();
    for (const cell of headerCells(g)) for (const f of wrappedHeader(cell, g, frags, centre, s)) members.add(f);
    const top = Math.min(...[...members].map((f) => f.bbox[1]));
    const bottom = Math.max(...[...members].map((f) => f.bbox[3]));
    const matched = headerCells(g).length;
    const inBand = frags.filter((f) => members.has(f) || (f.bbox[1] >= top - 0.5 && f.bbox[3] <= bottom + 0.5));
    const left = Math.min(...g.map((f) => f.bbox[0]));
    const others = inBand.filter((f) => !members.has(f) && f.bbox[0] > left);
    if (matched >= s.streamHeaderMinColumns || (matched >= 2 && others.length === 0)) {
      const cellFrags = inBand.filter((f) => f.bbox[0] >= left - 0.5);
      bands.push({ top, bottom, cells: headerCells(cellFrags), fragments: inBand });
    }
  }
  return bands;
}
