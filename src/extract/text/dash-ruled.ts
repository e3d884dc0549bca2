/**
 * Tables ruled with runs of dashes, as pandoc's plain text writes a table it cannot grid: a line
 * of dash runs (`------  -------  ----`) above and below the rows, each run as wide as its column,
 * the cells padded with spaces to their columns. (A multiline table parts its rows with blank
 * lines, a cell wrapped over the lines of its row.)
 *
 * Told by the rules alone: the columns are the runs' places in display columns (a CJK character
 * is two wide), so a cell is the text under its run, whatever spaces it holds; the table is
 * rewritten as tab-separated rows, lines outside it kept.
 */
import { charWidth } from "./display-width.js";

/** A rule: two or more runs of dashes parted by spaces, nothing else on the line. */
const RULE = /^\s*-{3,}(?: +-{3,})+\s*$/;

/** Where each run of dashes starts, in display columns. */
function runStarts(rule: string): number[] {
  const starts: number[] = [];
  let col = 0;
  let prev = " ";
  for (const ch of rule) {
    if (ch === "-" && prev !== "-") starts.push(col);
    prev = ch;
    col += charWidth(ch);
  }
  return starts;
}

/** A line cut at the columns: each character goes to the last column starting at or before it. */
function cut(line: string, starts: readonly number[]): string[] {
  const cells = starts.map(() => "");
  let col = 0;
  let k = 0;
  for (const ch of line) {
    while (k + 1 < starts.length && col >= starts[k + 1]!) k++;
    cells[k] += ch;
    col += charWidth(ch);
  }
  return cells.map((c) => c.trim());
}

/** A cell's lines joined: CJK text wraps without a space, Latin words with one. */
function join(parts: readonly string[]): string {
  let out = "";
  for (const p of parts.filter((s) => s !== "")) out += out !== "" && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(p) ? ` ${p}` : p;
  return out;
}

/** The rows between two rules: a line a row, or where blank lines part them, a group a row. */
function tableRows(lines: readonly string[], starts: readonly number[]): string[] {
  const multiline = lines.some((l) => l.trim() === "");
  const groups: string[][] = [];
  let group: string[] = [];
  for (const l of lines) {
    if (l.trim() === "") {
      if (group.length) groups.push(group);
      group = [];
    } else if (multiline) group.push(l);
    else groups.push([l]);
  }
  if (group.length) groups.push(group);
  return groups.map((g) => {
    const cells = g.map((l) => cut(l, starts));
    return starts.map((_, k) => join(cells.map((c) => c[k]!)).replace(/\t/g, " ")).join("\t");
  });
}

/**
 * The text with each dash-ruled table rewritten as tab-separated rows; null where the text has no
 * such table (a rule, rows, and the same rule closing them).
 */
export function dashRuledAsTabs(text: string): string | null {
  if (!text.includes("---")) return null;
  const lines = text.split("\n");
  const out: string[] = [];
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE.test(line)) {
      const starts = runStarts(line);
      // The closing rule: the next rule line, with the same runs.
      let j = i + 1;
      while (j < lines.length && !RULE.test(lines[j]!)) j++;
      if (j < lines.length && j - i >= 2 && runStarts(lines[j]!).join() === starts.join()) {
        out.push(...tableRows(lines.slice(i + 1, j), starts));
        found = true;
        i = j;
        continue;
      }
    }
    out.push(line);
  }
  return found ? out.join("\n") : null;
}
