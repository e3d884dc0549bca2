/**
 * The types of a form's logical table (layout.ts, department-layout.ts) and the amount printer
 * they share: a module of its own so that both layouts use them without importing each other.
 */
import type { Rng } from "./prng.js";
import { trimZeros, withCommas } from "./num.js";

/**
 * What a cell holds, which decides the damage a renderer may apply:
 * `label` printed template text; `vlabel` a vertical label (merged down the block);
 * `text` a free-text value; `goal` a goal text; `target` a target (TeX allowed when `texable`);
 * `number` an amount, weight, score or rate.
 */
export type CellKind = "title" | "label" | "vlabel" | "text" | "goal" | "target" | "number" | "empty";

export interface LCell {
  col: number;
  span: number;
  rowSpan: number;
  text: string;
  kind: CellKind;
  texable?: boolean;
  /** A level-2 name that one-cell-per-line exports may break in two. */
  level2?: boolean;
}

export type RowKind =
  | "title" | "year" | "reportNo" | "name" | "dept" | "taskHead" | "task"
  | "fundHead" | "fund" | "goalHead" | "goal" | "indHead" | "ind" | "placeholder" | "total" | "tail";

export interface LRow {
  kind: RowKind;
  /** Cells starting in this row, by column. Columns covered by a span from the left or above are absent. */
  cells: LCell[];
}

export interface Layout {
  ncols: number;
  rows: LRow[];
  /** Row ranges [start, end) of the blocks with a vertical label in column 0. */
  blocks: { kind: "task" | "fund" | "goal" | "ind"; start: number; end: number; label: string }[];
}

/** Print an amount (hundredths) in the form's style. */
export function formatAmount(rng: Rng, h: number, style: "fixed2" | "comma" | "plain" | "mixed", unit: string | null): string {
  const v = h / 100;
  const two = v.toFixed(2);
  const plain = trimZeros(two);
  const s = style === "mixed" ? rng.pick(["fixed2", "comma", "plain"] as const) : style;
  if (s === "fixed2") return two;
  if (s === "comma") return withCommas(unit === "万元" || plain.includes(".") ? two : plain);
  return plain;
}

export interface LayoutOptions {
  /** Force amounts with two decimals (run-together text needs the shapes of numbers). */
  amountStyle?: "fixed2" | "comma" | "plain" | "mixed";
}

