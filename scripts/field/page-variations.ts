/**
 * More ways real pages print the same form (perturb.ts measures the tuned fixtures under each):
 * the header block, the funds block and the indicator table as other units' templates and other
 * converters lay them out. Each keeps every field a person reads; pipe tables (their rows and
 * cells are known), other shapes left as found, but for header-pairs.
 */

type Variation = (text: string) => string;

/** Header labels a block of label and value pairs holds. */
const HEADER_LABELS = /^(项目名称|主管部门|实施单位|项目实施单位|预算单位|项目单位|项目负责人|联系电话|负责人|项目属性|资金用途)$/;

/** The cells of a pipe row (outer pipes gone, trailing empty cells of a merged row's padding gone), or null for a line of no pipe row. */
function cellsOf(line: string): string[] | null {
  if (line.split("|").length < 3) return null;
  const cells = line.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** Rows of cells with text on both sides of a pipe make up at least 30 % of the page's lines (as perturb.ts). */
function isPipeTable(t: string): boolean {
  const filled = t.split("\n").filter((l) => l.trim() !== "");
  return filled.filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2).length >= 0.3 * filled.length;
}

const pipeRow = (cells: string[]) => cells.join(" | ") + " |";

/**
 * The header block as a web form or a Word template prints it: each row's labels and values as
 * `label：value` pairs on one line, parted by ideographic spaces (项目名称：某项目　主管部门：某局).
 */
const headerPairs: Variation = (t) => {
  if (!isPipeTable(t)) return headerPairLines(t);
  return t
    .split("\n")
    .map((l) => {
      const cells = cellsOf(l);
      if (!cells || cells.length < 2 || cells.length % 2 !== 0 || !HEADER_LABELS.test(cells[0]!.replace(/[:：]$/, ""))) return l;
      const pairs: string[] = [];
      for (let k = 0; k < cells.length; k += 2) {
        if (!HEADER_LABELS.test(cells[k]!.replace(/[:：]$/, ""))) return l;
        pairs.push(`${cells[k]!.replace(/[:：]$/, "")}：${cells[k + 1]}`);
      }
      return pairs.join("\u3000\u3000");
    })
    .join("\n");
};

/**
 * The same for one cell a line (a label's line and its value's line become `label：value`) and for
 * linear text (a line of labels and values by spaces becomes its pairs, parted by ideographic spaces).
 */
function headerPairLines(t: string): string {
  const lines = t.split("\n");
  const isLabel = (l: string) => HEADER_LABELS.test(l.trim().replace(/[:：]$/, ""));
  // A cell's line may end in ` |` (an export that closes each cell so): the pair's line keeps one.
  const closed = (l: string) => /\S\s+\|\s*$/.test(l);
  const bare = (l: string) => l.replace(/\s+\|\s*$/, "").trim();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = i + 1 < lines.length ? bare(lines[i + 1]!) : "";
    // (A value's line holds no pipe and no colon of its own: `评价方式:…` after an empty 主管部门 is another pair.)
    if (isLabel(bare(l)) && next !== "" && !isLabel(next) && !/[|｜:：]/.test(next)) {
      out.push(`${bare(l).replace(/[:：]$/, "")}：${next}${closed(l) ? " |" : ""}`);
      i++;
      continue;
    }
    const tokens = l.trim().split(/[ \t]+/);
    if (tokens.length >= 2 && tokens.length % 2 === 0 && !/[|｜:：]/.test(l) && tokens.every((tok, k) => (k % 2 === 0) === isLabel(tok))) {
      const pairs: string[] = [];
      for (let k = 0; k < tokens.length; k += 2) pairs.push(`${tokens[k]!.replace(/[:：]$/, "")}：${tokens[k + 1]}`);
      out.push(pairs.join("\u3000\u3000"));
      continue;
    }
    out.push(l);
  }
  return out.join("\n");
}

/** The funds header's columns that a template may print in the other order, with its rows. */
const SWAPPABLE: Array<[RegExp, RegExp]> = [
  [/^分值$/, /^(预算)?执行率/],
  [/^年初预算数?/, /^全年预算数?/],
];

/**
 * The funds block with two of its columns in the other order (执行率 before 分值, 全年预算数 before
 * 年初预算数), as templates of different provinces print them: the header and every fund row under
 * it (a row's label may stand in a merged column the header lacks: its cells then one place on).
 */
const fundsOrder: Variation = (t) => {
  if (!isPipeTable(t)) return t;
  const lines = t.split("\n");
  const h = lines.findIndex((l) => {
    const cells = cellsOf(l);
    return cells !== null && SWAPPABLE.some(([a, b]) => cells.some((c) => a.test(c)) && cells.some((c) => b.test(c)));
  });
  if (h < 0) return t;
  const header = cellsOf(lines[h]!)!;
  const pair = SWAPPABLE.find(([a, b]) => header.some((c) => a.test(c)) && header.some((c) => b.test(c)))!;
  // A header that opens on an amount's column (全年预算数(A) | …) leaves the rows' label column to a merged cell.
  const offset = /预算|执行/.test(header[0]!) ? 1 : 0;
  const ia = header.findIndex((c) => pair[0].test(c));
  const ib = header.findIndex((c) => pair[1].test(c));
  const swap = (cells: string[], shift: number) => {
    const out = [...cells];
    while (out.length <= Math.max(ia, ib) + shift) out.push("");
    [out[ia + shift], out[ib + shift]] = [out[ib + shift]!, out[ia + shift]!];
    return out;
  };
  const out = [...lines];
  out[h] = pipeRow(swap(header, 0));
  for (const { r, cells } of fundRowsBelow(lines, h, cellsOf)) out[r] = pipeRow(swap(cells, offset));
  return out.join("\n");
};

/** A 一级 or 二级 name a table printed once, in its merged cell's first row: the rows below hold blanks. */
const mergedBlank: Variation = (t) => {
  if (!isPipeTable(t)) return t;
  let prev: string[] | null = null;
  return t
    .split("\n")
    .map((l) => {
      // (Markdown rows only, `| a | b |`: in a loose table a line opening on a pipe continues the row above.)
      const cells = l.trimStart().startsWith("|") ? cellsOf(l) : null;
      if (!cells) return ((prev = null), l);
      const row = [...cells];
      if (prev) for (let k = 0; k < 2; k++) if (row[k] !== "" && row[k] === prev[k] && /指标$/.test(row[k]!)) row[k] = "";
      prev = cells;
      return row.join(" | ") === cells.join(" | ") ? l : "| " + pipeRow(row);
    })
    .join("\n");
};

/**
 * The indicator table over two pages: its header printed again at the top of the second, after
 * the first page's number (`- 1 -`) and a page's gap, as a converted Word or PDF document prints it.
 */
const headerRepeated: Variation = (t) => {
  const { cellsOf } = tableOf(t);
  const lines = t.split("\n");
  // The header's own line: 一级指标 near its start (after a 序号 or the table's label, 年度绩效目标(80分)),
  // not a line that runs other text into it (a flattened page's).
  const h = lines.findIndex((l) => {
    const compact = l.replace(/[\s|]/g, "");
    const at = compact.indexOf("一级指标");
    return at >= 0 && at <= 16 && compact.includes("三级指标");
  });
  if (h < 0) return t;
  // The table's rows: pipe rows after the header up to the total or the table's end.
  const rows: number[] = [];
  for (let r = h + 1; r < lines.length; r++) {
    const cells = cellsOf(lines[r]!);
    if (!cells) continue;
    if (/^(合计|总分|总计|自评总分)/.test(cells[0]!.replace(/\s/g, ""))) break;
    if (cells.filter((c) => c !== "").length >= 3) rows.push(r);
  }
  if (rows.length < 4) return t;
  const at = rows[Math.floor(rows.length / 2)]!;
  return [...lines.slice(0, at), "", "- 1 -", "", lines[h]!, ...lines.slice(at)].join("\n");
};

/** Amounts with their unit in every cell (811.54万元), as some units type them: the funds rows' bare amounts. */
const unitInCells: Variation = (t) => {
  if (!t.includes("万元")) return t;
  const { cellsOf, write } = tableOf(t);
  const lines = t.split("\n");
  const h = lines.findIndex((l) => /执行数|执行率/.test(l) && cellsOf(l) !== null);
  if (h < 0) return t;
  for (const { r, cells } of fundRowsBelow(lines, h, cellsOf)) {
    // The amounts before the first rate or points: the columns that hold 万元.
    let k = 1;
    const row = [...cells];
    while (k < row.length && /^\d[\d,]*(\.\d+)?$/.test(row[k]!) && !/%/.test(row[k]!)) {
      if (k <= 3) row[k] = `${row[k]}万元`;
      k++;
    }
    lines[r] = write(row);
  }
  return lines.join("\n");
};

/**
 * The fund rows under the funds header at line `h`: each row of a label, then amounts, rates and
 * blanks, blank lines between them passed over; the first other line ends them.
 */
function* fundRowsBelow(lines: readonly string[], h: number, cellsOf: (line: string) => string[] | null): Generator<{ r: number; cells: string[] }> {
  for (let r = h + 1; r < lines.length; r++) {
    const cells = cellsOf(lines[r]!);
    if (cells === null) {
      if (lines[r]!.trim() === "" || /^[\s|]+$/.test(lines[r]!)) continue;
      return;
    }
    if (!cells.slice(1).every((c) => /^[0-9.,%％万元\s—\-/]*$/.test(c))) return;
    yield { r, cells };
  }
}

/**
 * How a page's rows are cut into cells and written back: a pipe table's pipes, or linear text's
 * spaces (a line of one token is no row there).
 */
function tableOf(t: string): { cellsOf: (line: string) => string[] | null; write: (cells: string[]) => string } {
  if (isPipeTable(t)) return { cellsOf, write: pipeRow };
  return {
    cellsOf: (l) => {
      const tokens = l.trim().split(/[ \t\u3000]+/);
      return tokens.length >= 2 ? tokens : null;
    },
    write: (cells) => cells.join(" "),
  };
}

/** The variations, by name. */
export const PAGE_VARIATIONS: Record<string, Variation> = {
  "header-pairs": headerPairs,
  "funds-order": fundsOrder,
  "merged-blank": mergedBlank,
  "header-repeated": headerRepeated,
  "unit-in-cells": unitInCells,
};

/** The shapes each variation changes: pipe tables, and linear text where its rows are lines too. */
export const PAGE_ONLY: Record<string, string[]> = {
  "header-pairs": ["delimited-pipe", "cell-per-line", "linear"],
  "funds-order": ["delimited-pipe"],
  "merged-blank": ["delimited-pipe"],
  "header-repeated": ["delimited-pipe", "linear"],
  "unit-in-cells": ["delimited-pipe", "linear"],
};
