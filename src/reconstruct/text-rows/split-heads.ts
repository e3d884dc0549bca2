import { labelKey, matchSpelling } from "../../template/labels.js";
import { tableColumnHeads, tableLabels } from "../../template/project.js";

/**
 * Column heads a PDF broke over two lines in narrow columns, as its text layer reads them: the
 * first line of every head of the row, then the second lines (`年初预 / 全年预 / 全年执 / 分值 /
 * (万元) / 算数 / 算数 / 行数`, e02's `年初指 / 标值`). The heads are put back whole: a run of short
 * lines, each a head or the start of one, followed by as many lines as the broken heads, taken in
 * order, where each broken head with the next of those lines makes a head the template knows. The
 * joined head takes the first line's place; the lines it took are left empty.
 */

/** Longest line taken for a piece of a column head. */
const MAX_PIECE = 8;
/** Fewest heads put back for a run to be taken for broken heads. */
const MIN_JOINS = 2;
/** A note a head may carry: its unit or its formula (万元), (A), (B/A). */
const NOTE = /[(（][^()（）]{0,8}[)）]$/;

/** Is the text a column head of the funds, goals or indicator table (a note after it allowed)? */
export function isColumnHead(text: string): boolean {
  const key = labelKey(text);
  if (key === "") return false;
  const bare = key.replace(NOTE, "");
  return [key, bare].some((k) => k !== "" && (tableColumnHeads.some((table) => matchSpelling(k, table) !== null) || tableLabels.includes(k)));
}

const SHORT = (t: string) => t !== "" && [...t].length <= MAX_PIECE && !/\d/.test(t.replace(/[(（][^()（）]*[)）]/g, ""));

/**
 * The lines with every run of broken column heads put back whole. `lines` are trimmed; the result
 * has as many lines, those taken into a head left empty. `joins` counts the heads put back.
 */
export function joinSplitHeads(lines: readonly string[]): { lines: string[]; joins: number } {
  const out = [...lines];
  let joins = 0;
  for (let i = 0; i < out.length; i++) {
    if (!SHORT(out[i]!)) continue;
    const run = tryRun(out, i);
    if (!run) continue;
    for (const [at, text] of run.heads) out[at] = text;
    for (const at of run.taken) out[at] = "";
    joins += run.taken.length;
    i = run.end - 1;
  }
  return { lines: out, joins };
}

/** A line that is only a note, `(80分)`, `(万元)`: the second line of a head, never the first. */
const NOTE_ONLY = /^[(（][^()（）]{0,8}[)）]$/;

/** The broken heads starting at line `i`: each head's line and its whole text, the lines taken, where the run ends. */
function tryRun(lines: readonly string[], i: number): { heads: [number, string][]; taken: number[]; end: number } | null {
  // The first lines: short, each a head or a head's start.
  let firstEnd = i;
  while (firstEnd < lines.length && SHORT(lines[firstEnd]!) && !NOTE_ONLY.test(lines[firstEnd]!)) firstEnd++;
  let best: { heads: [number, string][]; taken: number[]; end: number } | null = null;
  // Try every length of the first lines' run (the second lines are short too), and the second
  // lines from their first or past notes that close a line before the run (年度绩效目标 / (80分)):
  // the reading that puts most heads back.
  for (let k = firstEnd - i; k >= MIN_JOINS; k--) {
    // (Bare 一级 / 二级 or 年初目标 are heads of some layouts, and the start of 一级指标 or 年初目标值 in others.)
    const firsts = lines.slice(i, i + k);
    for (let from = i + k; from < lines.length && (from === i + k || NOTE_ONLY.test(lines[from - 1]!)); from++) {
      const run = pair(lines, i, firsts, from);
      if (run && (!best || run.taken.length > best.taken.length)) best = run;
    }
  }
  return best;
}

/** Each of `firsts` (from line `i`) that is no head joined to the next line from `from` on, in order; null when one is left no head. */
function pair(lines: readonly string[], i: number, firsts: readonly string[], from: number): { heads: [number, string][]; taken: number[]; end: number } | null {
  const heads: [number, string][] = [];
  const taken: number[] = [];
  let b = from;
  for (const [j, a] of firsts.entries()) {
    const second = lines[b];
    // (A second line that is a head itself, 指标值 after 年度, is taken only by a first that is none.)
    if (second !== undefined && SHORT(second) && isColumnHead(a + second) && (!isColumnHead(second) || !isColumnHead(a))) {
      heads.push([i + j, a + second]);
      taken.push(b++);
    } else if (!isColumnHead(a)) return null;
  }
  return taken.length >= MIN_JOINS ? { heads, taken, end: b } : null;
}
