import type { Cell } from "../layout/grid.js";
import { classify, looksLikeLevelName, type Content } from "./classify.js";

/** What a column holds; the alignment prices each cell against it by content. */
export type ColumnType =
  | "amount"
  | "weight"
  | "score"
  | "rate"
  | "level1"
  | "level2"
  | "level3"
  | "value"
  | "text"
  | "nature"
  | "unit";

export interface ColumnSpec<N extends string = string> {
  name: N;
  type: ColumnType;
  /** The column index the header printed it at, when known: a tie-breaker, never decisive. */
  hint?: number;
}

/** Tuning of the alignment, named in one place. */
export const alignSettings = {
  /** Cost of leaving a non-blank cell unplaced (it then goes to diagnostics). */
  unplaced: 11,
  /** Cost of leaving a blank cell unassigned (slightly above assigning it, so blanks keep their slot). */
  unplacedBlank: 0.01,
  /** Cost per column of distance between a cell's printed column and the header's. */
  hintPerColumn: 0.05,
  /** Extra cost for each additional space-separated token joined into one text cell. */
  extraToken: 0.2,
  skip: {
    amount: 1,
    weight: 1.5,
    score: 1.5,
    rate: 1,
    level1: 0,
    level2: 0,
    level3: 1.5,
    value: 1,
    text: 0.3,
    nature: 0.5,
    unit: 0.5,
  } satisfies Record<ColumnType, number>,
};

const NO = 10;

/** The price of putting a cell with this content in a column of this type. */
export function cellCost(c: Content, type: ColumnType): number {
  if (c.kind === "blank") return 0;
  switch (type) {
    case "amount":
      return c.kind === "number" ? 0 : c.kind === "percent" || c.kind === "quantity" ? 6 : NO;
    case "weight":
    case "score":
      if (c.kind === "number") return (c.value ?? 0) <= 100 ? 0 : 4;
      return c.kind === "percent" ? 5 : NO;
    case "rate":
      if (c.kind === "percent") return 0;
      if (c.kind === "number") return (c.value ?? 0) <= 200 ? 1 : 4;
      return NO;
    case "level1":
      if (c.kind === "level1" || c.kind === "level12" || c.kind === "budgetExec") return 0;
      if (c.kind === "level2") return 6;
      return c.kind === "text" ? 9 : 12;
    case "level2":
      if (c.kind === "level2" || c.kind === "level12") return 0;
      if (c.kind === "budgetExec") return 0.5;
      if (c.kind === "level1") return 5;
      return c.kind === "text" ? 9 : 12;
    case "level3":
      switch (c.kind) {
        case "text":
          return 0;
        case "qualitative":
          return 1.5;
        case "quantity":
          return 3;
        case "percent":
        case "number":
          return 4;
        default:
          return 7;
      }
    case "value":
      switch (c.kind) {
        case "quantity":
        case "percent":
        case "qualitative":
          return 0;
        case "number":
          return 0.3;
        case "comparator":
        case "unit":
          return 2;
        case "text":
          return c.length <= 12 ? 1 : 2;
        default:
          return 7;
      }
    case "text":
      switch (c.kind) {
        case "text":
          return 0;
        case "qualitative":
          return 1;
        case "quantity":
          return 3;
        case "number":
        case "percent":
          return 4;
        default:
          return 7;
      }
    case "nature":
      return c.kind === "comparator" ? 0 : NO;
    case "unit":
      return c.kind === "unit" ? 0 : NO;
  }
}

function priceCell(cell: Cell, content: Content, col: ColumnSpec): number {
  let cost = cellCost(content, col.type);
  if (col.type === "level2" && content.kind === "text" && looksLikeLevelName(cell.text)) cost = 1;
  if (col.type === "level1" && content.kind === "text" && looksLikeLevelName(cell.text)) cost = 3;
  if (cell.col !== undefined && col.hint !== undefined) {
    cost += alignSettings.hintPerColumn * Math.min(6, Math.abs(cell.col - col.hint));
  }
  return cost;
}

export interface Alignment<N extends string> {
  cost: number;
  /** Column name → the cells placed in it (several when space-separated tokens were joined). */
  placed: Map<N, Cell[]>;
  unplaced: Cell[];
}

/**
 * Places a row's cells in the template's columns, in order, by what they contain: a small dynamic
 * programme where each column takes one cell (or, with `joinTokens`, a run of tokens), may be left
 * empty, and a cell fitting nowhere is left unplaced — each at a price.
 */
export function alignRow<N extends string>(
  cells: readonly Cell[],
  columns: readonly ColumnSpec<N>[],
  opts: { joinTokens?: boolean } = {},
): Alignment<N> {
  const n = cells.length;
  const m = columns.length;
  const contents = cells.map((c) => classify(c.text));
  // best[i][j]: least cost with the first i cells and the first j columns used.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: Array<Array<{ i: number; j: number; take: number } | null>> = Array.from({ length: n + 1 }, () =>
    new Array(m + 1).fill(null),
  );
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === Infinity) continue;
      const relax = (ni: number, nj: number, cost: number, take: number) => {
        const total = here + cost;
        // Strictly less keeps the first-found path on ties: deterministic, and it prefers the
        // order skip-column < place < leave-unplaced as tried below.
        if (total < best[ni]![nj]! - 1e-9) {
          best[ni]![nj] = total;
          from[ni]![nj] = { i, j, take };
        }
      };
      if (j < m) {
        const col = columns[j]!;
        // Place one cell (or a run of tokens) in column j.
        const maxTake = opts.joinTokens && isTextual(col.type) ? n - i : Math.min(1, n - i);
        for (let t = 1; t <= maxTake; t++) {
          let cost: number;
          if (t === 1) cost = priceCell(cells[i]!, contents[i]!, col);
          else {
            const joined = cells
              .slice(i, i + t)
              .map((c) => c.text)
              .join(" ");
            cost = cellCost(classify(joined), col.type) + alignSettings.extraToken * (t - 1);
          }
          relax(i + t, j + 1, cost, t);
        }
        relax(i, j + 1, alignSettings.skip[col.type], 0);
      }
      if (i < n) {
        const cost = contents[i]!.kind === "blank" ? alignSettings.unplacedBlank : alignSettings.unplaced;
        relax(i + 1, j, cost, -1);
      }
    }
  }
  const placed = new Map<N, Cell[]>();
  const unplaced: Cell[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = from[i]![j];
    if (!step) break;
    if (step.take > 0) placed.set(columns[step.j]!.name, cells.slice(step.i, step.i + step.take));
    else if (step.take < 0 && contents[step.i]!.kind !== "blank") unplaced.push(cells[step.i]!);
    i = step.i;
    j = step.j;
  }
  unplaced.reverse();
  return { cost: best[n]![m]!, placed, unplaced };
}

function isTextual(type: ColumnType): boolean {
  return type === "level3" || type === "text" || type === "value";
}
