import { fundColumns, fundRows, fundsLabel, type FundColumn, type FundRowKey } from "../../template/project.js";
import { labelKey } from "../../template/labels.js";

/**
 * The funds table as a converter prints a page block by block (pdftotext without options, a
 * document site's text view): each column of the table is a block, so the fund rows' labels come
 * one under another (broken over lines: `年度资金总` / `额`), then the column heads (`年初预算` /
 * `数` …), then every figure of the table one a line, row after row. A row's label and its figures
 * stand far apart, and the one-cell-a-line reading pairs them wrongly or not at all.
 *
 * The text settles the pairing only when the counts agree: K row labels (the first the total), H
 * column heads in the template's order, and a run of exactly K × H figures right after them, read
 * row by row. Then the block is written again as one cell a line, the heads first and each label
 * before its own figures; the lines that held nothing but the labels' and heads' pieces are
 * dropped and the others (a unit's name, `实施单位(盖`) kept in their order before the block. Any
 * other count (a row with an empty cell, figures of two tables in one run) leaves the text as it
 * came: which figure belongs where is not settled, and no pairing is guessed.
 *
 * The rewritten block takes the place of the lines it came from, padded with empty lines, so every
 * line after it keeps its number (and the page wrapper's cells, found by line, stay where they
 * were); a block that would need more lines than it came from is left as it came.
 */
export function blockOrderedFunds(text: string): string | null {
  const raw = text.split("\n");
  const lines = raw.map((l, i) => ({ text: l.trim(), at: i })).filter((l) => l.text !== "");
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!FIGURE.test(lines[i]!.text)) continue;
    let j = i;
    while (j < lines.length && FIGURE.test(lines[j]!.text)) j++;
    const block = readBlock(lines, i, j);
    if (block) {
      out ??= [...raw];
      for (let k = block.from; k <= block.to; k++) out[k] = block.lines[k - block.from] ?? "";
    }
    i = j - 1;
  }
  return out ? out.join("\n") : null;
}

/** A cell that is one figure (an amount, a rate) or the dash of an empty one. */
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[—–-]{1,2}|\/)$/;
/** Most lines a funds block's labels and heads take before its figures (broken over two or three lines each). */
const MOST_LABEL_LINES = 40;
/** Most lines of other cells standing among the block's labels and heads. */
const MOST_GAP = 3;
/** The column heads in the order the form prints them; a block's heads must keep it. */
const HEAD_ORDER: readonly FundColumn[] = ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"];
/** The project form's fund rows (the department form's 资金结构 prints its own heads and counts). */
const ROW_KEYS: readonly FundRowKey[] = ["total", "currentYear", "carryOver", "specialAccount", "unitFunds", "other"];

interface Word {
  kind: "head" | "row" | "label";
  key: string;
  /** The spelling matched (labelKey form), printed again in the rewritten block. */
  spelling: string;
}

/** The funds table's words: its heads, its rows' labels and the block's own label (项目资金). */
const WORDS: Word[] = [
  ...fundColumns.filter((c) => HEAD_ORDER.includes(c.key)).flatMap((c) => c.exact.map((s) => ({ kind: "head" as const, key: c.key, spelling: labelKey(s) }))),
  ...fundRows.filter((r) => ROW_KEYS.includes(r.key)).flatMap((r) => r.exact.map((s) => ({ kind: "row" as const, key: r.key, spelling: labelKey(s) }))),
  ...fundsLabel.map((s) => ({ kind: "label" as const, key: s, spelling: labelKey(s) })),
].sort((a, b) => b.spelling.length - a.spelling.length);

function readBlock(lines: { text: string; at: number }[], figFrom: number, figTo: number): { from: number; to: number; lines: string[] } | null {
  // The lines before the figures that hold the table's words (or pieces of them), back to the first that holds none.
  const first = Math.max(0, figFrom - MOST_LABEL_LINES);
  const keys = lines.slice(first, figFrom).map((l) => labelKey(l.text));
  const words = matchWords(keys);
  if (!words) return null;
  // Lines of other cells (a unit's name, 实施单位) may stand among them; a gap of more ends the block.
  let start = figFrom;
  for (let k = figFrom - 1; k >= first && start - k <= MOST_GAP; k--) if (words.rest[k - first] !== undefined) start = k;
  if (start === figFrom) return null;
  const inBlock = words.found.filter((w) => w.line >= start - first);
  const heads = inBlock.filter((w) => w.word.kind === "head");
  const rows = inBlock.filter((w) => w.word.kind === "row");
  if (heads.length < 2 || rows.length < 2) return null;
  if (!inOrder(heads.map((h) => HEAD_ORDER.indexOf(h.word.key as FundColumn)))) return null;
  if (rows[0]!.word.key !== "total" || new Set(rows.map((r) => r.word.key)).size !== rows.length) return null;
  const figures = lines.slice(figFrom, figTo).map((l) => l.text);
  const widths = rowWidths(heads.map((h) => h.word.key as FundColumn), rows.length, figures.length);
  if (!widths) return null;
  const label = inBlock.find((w) => w.word.kind === "label");
  // What the block's lines hold beside the table's words (a unit's name, 实施单位(盖) stays, before the block.
  const rests = words.rest
    .slice(start - first)
    .map((r, k) => (r === undefined ? lines[start + k]!.text : r))
    .filter((r) => r !== "");
  const rewritten = [
    ...rests,
    ...(label ? [label.word.spelling] : []),
    ...heads.map((h) => h.word.spelling),
    ...rows.flatMap((r, k) => {
      const at = widths.slice(0, k).reduce((a, b) => a + b, 0);
      return [r.word.spelling, ...figures.slice(at, at + widths[k]!)];
    }),
  ];
  const from = lines[start]!.at;
  const to = lines[figTo - 1]!.at;
  if (rewritten.length > to - from + 1) return null;
  return { from, to, lines: rewritten };
}

/**
 * The table's words in the lines' keys read one after another (a label broken over lines is
 * whole again), leftmost and longest first; and for each line what it holds beside them (its
 * text with the words' characters taken out), or undefined where it holds none of them.
 * (Not template/broken-spellings.ts's question, pieces spelling one label line by line: here the
 * block's words stand anywhere in its lines, other cells' text beside them, so they are found in
 * the lines' text run together.)
 */
function matchWords(keys: string[]): { found: { word: Word; line: number }[]; rest: (string | undefined)[] } | null {
  const joined = keys.join("");
  const lineOf: number[] = keys.flatMap((k, i) => Array.from(k, () => i));
  const hit = new Array<boolean>(joined.length).fill(false);
  const found: { word: Word; line: number }[] = [];
  for (let at = 0; at < joined.length; ) {
    const word = WORDS.find((w) => joined.startsWith(w.spelling, at));
    if (!word) {
      at++;
      continue;
    }
    for (let k = at; k < at + word.spelling.length; k++) hit[k] = true;
    found.push({ word, line: lineOf[at]! });
    at += word.spelling.length;
  }
  if (found.length === 0) return null;
  const rest = keys.map((): string | undefined => undefined);
  const left = keys.map(() => "");
  Array.from(joined).forEach((ch, k) => {
    const line = lineOf[k]!;
    if (hit[k]) rest[line] = "";
    else left[line] += ch;
  });
  return { found, rest: rest.map((r, i) => (r === undefined ? undefined : left[i])) };
}

/**
 * How many figures each row holds, where the count settles it: every row all the heads (K × H), or
 * the total row all the heads and every other row the amounts only (its 分值, 执行率, 得分 are the
 * total's: H + (K − 1) × A). Null for any other count.
 */
export function rowWidths(heads: readonly FundColumn[], rows: number, figures: number): number[] | null {
  const amounts = heads.filter((h) => AMOUNT_HEADS.includes(h)).length;
  if (figures === heads.length * rows) return Array.from({ length: rows }, () => heads.length);
  if (amounts > 0 && amounts < heads.length && heads.slice(0, amounts).every((h) => AMOUNT_HEADS.includes(h)) && figures === heads.length + (rows - 1) * amounts)
    return [heads.length, ...Array.from({ length: rows - 1 }, () => amounts)];
  return null;
}

const AMOUNT_HEADS: readonly FundColumn[] = ["initialBudget", "annualBudget", "executed"];

function inOrder(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}
