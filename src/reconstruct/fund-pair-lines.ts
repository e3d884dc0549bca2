import type { Cell, Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { extraFundRowPattern, fundPairWords } from "../template/project.js";
import { hasText } from "./classify.js";
import { fundPairField, pairAmount, UNIT_AT_END } from "./row-classifier.js";
import { labelRole } from "./row-view.js";

/**
 * A funds block printed as label and value pairs (an evaluation report's 计划安排资金(万元) 1088.00
 * 实际到位资金(万元) 1020.02, then its parts printed once per amount: 其中:中央财政 其中:中央财政 省财政
 * …) read one cell a line: each label, its unit and its amount on lines of their own
 * (`实际到位资金` / `(万元)` / `18821.06`, or the unit run onto the amount: `(万元)18821.06`). The
 * pairs are read row by row (readFundPairs), a label beside its value; here the lines of one block
 * are joined into one row, from its first pair label followed by an amount to the last line that is
 * a pair label, a part's label, a label printed with its unit (结余(万元)), a unit or an amount. A label with no amount after it is left alone.
 */
export function joinFundPairLines(rows: readonly Row[]): Row[] {
  let out: Row[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const end = pairBlockEnd(rows, i);
    if (end > i + 1 && end < rows.length) {
      // The block's parts may follow on one line, each printing run onto its amount (其中:中央财政4676
      // 其中:中央财政4676 省财政14145.06 …): parted into labels and amounts, the line's rest a row of its own.
      const runs = partRuns(rows[end]!);
      if (runs) {
        out ??= rows.slice(0, i);
        const cells = rows.slice(i, end).flatMap((r) => r.cells.filter((c) => hasText(c.text)).flatMap(splitUnitFromAmount));
        out.push({ ...rows[i]!, cells: [...cells, ...runs.parts] });
        if (runs.rest.length > 0) out.push({ ...rows[end]!, cells: runs.rest });
        i = end;
        continue;
      }
    }
    if (end <= i + 1) {
      // A row that holds the block already (segment-stream.ts joins a stream's pairs) may still hold a unit run onto an amount.
      const split = unitsParted(rows[i]!);
      if (split !== rows[i]) out ??= rows.slice(0, i);
      if (out) out.push(split);
      continue;
    }
    out ??= rows.slice(0, i);
    const cells = rows.slice(i, end).flatMap((r) => r.cells.filter((c) => hasText(c.text)).flatMap(splitUnitFromAmount));
    out.push({ ...rows[i]!, cells });
    i = end - 1;
  }
  return out ?? [...rows];
}

/** The index after the block of pair lines starting at rows[i], or i when none starts there. */
function pairBlockEnd(rows: readonly Row[], i: number): number {
  const first = soleText(rows[i]!);
  if (first === null || !fundPairWords.test(first) || fundPairField(first) === null) return i;
  let j = i + 1;
  let paired = false;
  let afterLabel = true;
  while (j < rows.length) {
    const t = soleText(rows[j]!);
    if (t === null) break;
    if (afterLabel && isUnit(t)) {
      j++;
      continue;
    }
    if (afterLabel && amountAfterUnit(t) !== null) {
      paired = true;
      afterLabel = false;
      j++;
      continue;
    }
    // (A column the pairs do not name, printed with its unit — 结余(万元) — stays in the block: its printings keep their turns.)
    if (fundPairField(t) !== null || isPartLabel(t) || UNIT_AT_END.test(t)) {
      afterLabel = true;
      j++;
      continue;
    }
    break;
  }
  return paired ? j : i;
}

/** The row's one cell with text, or null when it has more or none. */
function soleText(row: Row): string | null {
  const filled = row.cells.filter((c) => hasText(c.text));
  return filled.length === 1 ? filled[0]!.text.trim() : null;
}

const UNIT = /^[(（]\s*[万萬]?元\s*[)）]$/;
const UNIT_THEN_AMOUNT = /^([(（]\s*[万萬]?元\s*[)）])\s*(\S.*)$/;

function isUnit(text: string): boolean {
  return UNIT.test(text);
}

/** The row with each `(万元)18821.06` after a pair label parted into its unit and its amount; the row itself when it has none. */
function unitsParted(row: Row): Row {
  if (!row.cells.some((c) => UNIT_THEN_AMOUNT.test(c.text.trim()))) return row;
  if (!row.cells.some((c) => fundPairWords.test(c.text) && fundPairField(c.text) !== null)) return row;
  return { ...row, cells: row.cells.flatMap(splitUnitFromAmount) };
}

/** An amount, alone or after its unit (`(万元)18821.06`). */
export function amountAfterUnit(text: string): string | null {
  const m = UNIT_THEN_AMOUNT.exec(text);
  return pairAmount(m ? m[2]! : text);
}

/** A part of the funds by source (其中:中央财政, 省财政, 其他) or a fund row of the template. */
function isPartLabel(text: string): boolean {
  const key = labelKey(text).replace(/^其中[:：]?/, "");
  return extraFundRowPattern.test(key) || /^其[他它]$/.test(key) || labelRole(text)?.role === "fundRow";
}

/** `(万元)18821.06` as the unit and the amount, two cells; anything else as it is. */
function splitUnitFromAmount(c: Cell): Cell[] {
  const m = UNIT_THEN_AMOUNT.exec(c.text.trim());
  if (!m || pairAmount(m[2]!) === null) return [c];
  return [
    { ...c, text: m[1]! },
    { ...c, text: m[2]! },
  ];
}

/** A part's label run onto its amount: `其中:中央财政4676`, `省财政14145.06`. */
const PART_THEN_AMOUNT = /([^\s0-9]+?)([0-9][0-9,]*(?:\.[0-9]+)?)/gy;

/**
 * A line of a block's parts, each printing run onto its amount, parted into label and amount cells;
 * the cells after the last such printing are the line's rest. Null unless the line opens with at
 * least two such printings, every one a part's label.
 */
function partRuns(row: Row): { parts: Cell[]; rest: Cell[] } | null {
  const parts: Cell[] = [];
  for (let k = 0; k < row.cells.length; k++) {
    const c = row.cells[k]!;
    // (One cell a line keeps the line's spaces in its cell: the printings are its words.)
    const words = c.text.trim().split(/\s+/).filter((w) => w !== "");
    let w = 0;
    for (; w < words.length; w++) {
      const pieces = printingsOf(words[w]!, c);
      if (!pieces) break;
      parts.push(...pieces);
    }
    if (w < words.length) {
      if (parts.length < 4) return null;
      const rest = words.slice(w).join(" ");
      return { parts, rest: [{ ...c, text: rest }, ...row.cells.slice(k + 1)] };
    }
  }
  return parts.length >= 4 ? { parts, rest: [] } : null;
}

/** A word of part printings run onto their amounts (`省财政14145.06省财政14145.06`) as label and amount cells, or null. */
function printingsOf(word: string, c: Cell): Cell[] | null {
  const pieces: Cell[] = [];
  PART_THEN_AMOUNT.lastIndex = 0;
  let at = 0;
  for (let m = PART_THEN_AMOUNT.exec(word); m; m = PART_THEN_AMOUNT.exec(word)) {
    if (!isPartLabel(m[1]!)) return null;
    pieces.push({ ...c, text: m[1]! }, { ...c, text: m[2]! });
    at = PART_THEN_AMOUNT.lastIndex;
  }
  return pieces.length > 0 && at === word.length ? pieces : null;
}
