import type { Cell, Grid, Row } from "../../layout/grid.js";

/**
 * Shape 2: one cell per line (an HTML or word-processor export). Row ends are not marked, so the
 * Grid holds one row of every cell in order and the reconstructor segments it by the template.
 * An empty line or a lone space is an empty cell; a trailing ` |` is an artefact, and a line of
 * pipes alone (`||||`, the empty cells that close a row in some web exports) ends a row. Where
 * every cell is followed by one empty line (a page that puts each cell in its own paragraph),
 * those empty lines separate cells and only a line of spaces is an empty cell.
 */
export function readCellPerLine(text: string): Grid {
  const cells: Cell[] = [];
  const lines = text.split("\n");
  // Leading and trailing empty lines are not cells.
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === "") first++;
  while (last >= first && lines[last]!.trim() === "") last--;
  const widths = wrapWidths(lines.slice(first, last + 1));
  const paragraphs = emptyLinesSeparate(lines.slice(first, last + 1));
  for (let i = first; i <= last; i++) {
    const raw = lines[i]!;
    if (PIPES_ALONE.test(raw)) {
      const prev = cells.at(-1);
      if (prev) prev.endsRow = true;
      continue;
    }
    if (paragraphs && raw === "") continue;
    let t = LONE_PIPE.test(raw) ? "" : raw.replace(/\s+\|\s*$/, "");
    const line = i + 1;
    // A text dump wraps long cells at a fixed width: a line exactly that long goes on below.
    while (widths.has([...t.trim()].length) && i < last && lines[i + 1]!.trim() !== "") {
      i++;
      t = t.trimEnd() + lines[i]!.trim();
    }
    cells.push({ text: t, source: { line } });
  }
  return { rows: [{ cells, boundaries: "exact" }], rowsKnown: false, pages: null };
}

/** A line of two or more pipes and nothing else: the empty cells that close a row. */
const PIPES_ALONE = { test: (l: string) => /^[\s|]+$/.test(l) && l.indexOf("|") !== l.lastIndexOf("|") };
/** One pipe alone: an empty cell. */
const LONE_PIPE = /^\s*\|\s*$/;
/** Share of cells followed by exactly one empty line for empty lines to be separators. */
const PARAGRAPH_SHARE = 0.8;

/** Does (nearly) every non-empty line stand between empty lines, as when each cell is a paragraph? */
function emptyLinesSeparate(lines: readonly string[]): boolean {
  let filled = 0;
  let followedByOne = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "") continue;
    filled++;
    if (i === lines.length - 1 || (lines[i + 1] === "" && lines[i + 2] !== "")) followedByOne++;
  }
  return filled >= 10 && followedByOne >= PARAGRAPH_SHARE * filled;
}

/**
 * Shortest line length that counts as a possible wrap width, and how many different lines must
 * share it (the same sentence repeated in several cells is not a wrap).
 */
const WRAP = { minLength: 20, minDistinct: 4 };

/**
 * The widths at which a layout dump wrapped long cells (one per column width): lengths of long
 * lines that many different lines share exactly. Empty when lines were not wrapped.
 */
export function wrapWidths(lines: readonly string[]): Set<number> {
  const byLength = new Map<number, Set<string>>();
  for (const l of lines) {
    const t = l.trim();
    const n = [...t].length;
    if (n < WRAP.minLength) continue;
    const set = byLength.get(n) ?? new Set<string>();
    set.add(t);
    byLength.set(n, set);
  }
  return new Set([...byLength].filter(([, s]) => s.size >= WRAP.minDistinct).map(([n]) => n));
}
/**
 * Shape 3: linear text, one table row per line, cells separated by spaces. A cell's own spaces
 * cannot be told from separators, so each token is a Cell and the reconstructor may join them.
 * Shape 4 (run-together cells) has the same lines with no separators: one Cell per line.
 */
export function readLines(text: string, boundaries: "spaces" | "none"): Grid {
  const rows: Row[] = [];
  let pageBreak = false;
  const lines = text.split("\n");
  const pieces: Array<{ line: string; idx: number; flat: boolean }> = [];
  lines.forEach((line, idx) => {
    // A whole form flattened onto one line (a document site's preview): cut it where rows start;
    // its cells ran together, and its spaces are where the page wrapped a cell, not separators.
    // A document site numbers its pages' text `1、` `2、`: not the form's.
    const cut = line.length >= FLAT_FORM_LENGTH ? cutAtRowStarts(line.replace(PAGE_MARK, "")) : [line];
    if (cut.length > 1) for (const p of cut) pieces.push({ line: p.replace(WRAP_SPACE, ""), idx, flat: true });
    else pieces.push({ line, idx, flat: false });
  });
  pieces.forEach(({ line, idx, flat }) => {
    if (line.trim() === "" || /^\s*[-—–]\s*\d+\s*[-—–]\s*$/.test(line) || /^\f/.test(line)) {
      if (rows.length > 0) pageBreak = true;
      return;
    }
    const tokens = boundaries === "spaces" && !flat ? line.trim().split(/[ \t\u3000]+/) : [line.trim()];
    const row: Row = {
      cells: tokens.map((t) => ({ text: t, source: { line: idx + 1 } })),
      boundaries: flat ? "none" : boundaries,
    };
    if (pageBreak) row.pageBreakBefore = true;
    pageBreak = false;
    rows.push(row);
  });
  return { rows, rowsKnown: true, pages: null };
}

/** A run-together line at least this long may be a whole form flattened onto one line. */
const FLAT_FORM_LENGTH = 150;
/** White space a page's wrapping left between two characters of a flattened form (not between two numbers). */
const WRAP_SPACE = /(?<=[^\d\s])[ \t\u3000]+|[ \t\u3000]+(?=[^\d\s])/g;
/** A document site's page number before a flattened page's text. */
const PAGE_MARK = /^\d{1,3}、(?=\S)/;
/** How many row-start labels such a line must hold to be cut at them. */
const FLAT_FORM_LABELS = 4;

/**
 * Labels that begin a row of the form, as a layout may space them (`绩 效 指 标`, `年度 总体 目标`).
 * Longer spellings first, so that 其中:当年财政拨款 is cut before 当年财政拨款 could be.
 */
const ROW_STARTS = [
  "项目名称", "主管部门", "项目实施单位", "实施单位", "单位名称", "填报日期", "项目类别", "项目属性", "项目类型", "预算执行情况", "项目资金", "年度资金总额", "年度财政资金总额", "其中[:：]", "上年结转资金", "其他资金",
  "年度总体目标", "绩效指标", "一级指标", "产出指标", "效益指标", "满意度指标",
  "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
  "总分", "合计",
];
const ROW_START_RE = new RegExp(
  ROW_STARTS.map((l) => [...l.replace("[:：]", "\u0000")].map((ch) => (ch === "\u0000" ? "[:：]" : ch)).join("\\s*")).join("|"),
  "g",
);

const TITLE_END = /绩效(?:目标)?自评表(?:[(（]\s*(?:19|20)\d{2}\s*年?度?\s*[)）])?/g;

/** Cuts a flattened form before each row-start label; a line with few of them stays whole. */
export function cutAtRowStarts(line: string): string[] {
  const starts: number[] = [];
  // A title run into what follows it ends a row of its own.
  for (const m of line.matchAll(TITLE_END)) if (m.index! + m[0].length < line.length) starts.push(m.index! + m[0].length);
  for (const m of line.matchAll(ROW_START_RE)) {
    // 服务对象满意度指标 holds 满意度指标, 经济效益指标 holds 效益指标: cut before the longer name only.
    const prev = starts.filter((x) => x <= m.index!).at(-1);
    if (prev !== undefined && m.index! < prev + 8 && /指标$/.test(m[0]) && /效益|满意度|社会|经济|生态|服务对象/.test(line.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    if (m.index! > 0) starts.push(m.index!);
  }
  if (starts.length < FLAT_FORM_LABELS) return [line];
  starts.sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const at of starts) {
    if (at > from) out.push(line.slice(from, at));
    from = at;
  }
  out.push(line.slice(from));
  return out.filter((p) => p.trim() !== "");
}
