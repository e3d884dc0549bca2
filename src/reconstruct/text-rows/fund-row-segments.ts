import type { Cell, Row } from "../../layout/grid.js";
import { labelKey } from "../../template/labels.js";
import { FLOAT_SLACK } from "../tolerances.js";
import { FUND_ROW_LABELS, fundColumnKeys, givesRate, joinedCell, PRINTED_AMOUNT } from "../fund-row-figures.js";

/**
 * A fund row whose every figure a converter may have broken over lines (`pdftotext -raw` of narrow
 * columns: `10590` / `0.48` / `105900.4` / `8` / `10590` / `0.48` / `10` / `10` / `0.` / `00` / `%` /
 * `10`): which pieces are one figure is told neither by the pieces nor by their count alone. The row
 * settles it where exactly one way of cutting the pieces into as many cells as the funds' head row
 * has heads gives each column a figure of its kind (an amount to at most two decimals, a whole
 * 分值, a rate with its sign, a score no more than the 分值) and keeps the row's own sums: the rate
 * is 执行数 over 预算数 to its printed decimals, and 执行数 is no more than twice the budget. Else the
 * rows stay as they were.
 */

/** A piece of a figure: digits perhaps with a point or a sign, a decimal part, or a sign alone. */
const PIECE = /^(?:\d[\d,]*\.?\d*%?|\.\d+%?|%)$/;
/** A cell that is a figure or a dash, no text column's words. */
const FIGURE_LIKE = /^(?:[-+]?\d[\d,.]*%?|[—–-]+)$/;
/** Most pieces one figure is broken into. */
const MAX_PARTS = 4;
/** Most pieces weighed (the cuts grow fast with them). */
const MAX_PIECES = 16;

const KIND: Readonly<Record<string, RegExp>> = {
  initialBudget: PRINTED_AMOUNT,
  annualBudget: PRINTED_AMOUNT,
  executed: PRINTED_AMOUNT,
  weight: /^[1-9]\d?$/,
  rate: /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%$/,
  score: /^(?:0|[1-9]\d?)(?:\.\d{1,2})?$/,
  // A department's 资金结构 (年初部门预算安排金额 年中调整金额 小计 年度拨付金额 支出实现率 结余金额 资金结余率):
  // its sums (template/fund-identities.ts) settle the cut as the rate does (DEPARTMENT_SUMS).
  adjustment: /^-?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,2})?$/,
  balance: /^-?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,2})?$/,
  balanceRate: /^-?(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%$/,
};

const text = (c: Cell) => c.text.trim();
const value = (s: string) => Number(s.replace(/[,%]/g, ""));

/** Text columns a funds head row may end on (原因, 得分计算方法): the figures' heads come before them. */
const TEXT_HEADS: ReadonlySet<string> = new Set(["reason", "method"]);

/**
 * The funds' head row's figure columns, where every cell names one the cut knows (at least four, a
 * rate among them), perhaps followed by text columns; else null. `text`: whether text columns follow.
 */
function headColumns(row: Row): { figures: string[]; text: boolean } | null {
  const keys = fundColumnKeys(row);
  if (keys.some((k) => k === null)) return null;
  const figures = (keys as string[]).filter((k) => k in KIND);
  const rest = (keys as string[]).slice(figures.length);
  if (figures.length < 4 || keys.slice(0, figures.length).some((k) => !(k! in KIND)) || rest.some((k) => !TEXT_HEADS.has(k))) return null;
  return figures.includes("rate") && figures.includes("executed") ? { figures, text: rest.length > 0 } : null;
}

/** Does a full cut keep the row's sums? */
function keepsSums(cells: readonly string[], heads: readonly string[]): boolean {
  const at = (k: string) => cells[heads.indexOf(k)];
  const budgetText = at("annualBudget") ?? at("initialBudget");
  const executed = value(at("executed")!);
  const rateText = at("rate")!;
  if (budgetText === undefined) return false;
  const budget = value(budgetText);
  if (!(budget > 0) || executed > 2 * budget) return false;
  if (!givesRate(executed, budget, rateText.replace("%", ""))) return false;
  const w = at("weight");
  const s = at("score");
  if (w !== undefined && s !== undefined && value(s) > value(w) + FLOAT_SLACK) return false;
  return DEPARTMENT_SUMS.every((sum) => sum(at));
}

/** Two decimals' slack of a sum of amounts printed to two decimals. */
const AMOUNT_SLACK = 0.01 + FLOAT_SLACK;

/**
 * A department's 资金结构 row's own sums (template/fund-identities.ts), each checked where the head
 * row prints its columns: 小计 = 年初 + 调整, 结余 = 小计 − 拨付, 资金结余率 = 结余 ÷ 小计.
 */
const DEPARTMENT_SUMS: readonly ((at: (k: string) => string | undefined) => boolean)[] = [
  (at) => {
    const [initial, adjustment, subtotal] = [at("initialBudget"), at("adjustment"), at("annualBudget")];
    return initial === undefined || adjustment === undefined || subtotal === undefined || Math.abs(value(initial) + value(adjustment) - value(subtotal)) <= AMOUNT_SLACK;
  },
  (at) => {
    const [subtotal, executed, balance] = [at("annualBudget"), at("executed"), at("balance")];
    return subtotal === undefined || executed === undefined || balance === undefined || Math.abs(value(subtotal) - value(executed) - value(balance)) <= AMOUNT_SLACK;
  },
  (at) => {
    const [subtotal, balance, rate] = [at("annualBudget"), at("balance"), at("balanceRate")];
    return subtotal === undefined || balance === undefined || rate === undefined || givesRate(value(balance), value(subtotal), rate.replace("%", ""));
  },
];

/** Every cut of the pieces into the heads' cells, each a figure of its column's kind and keeping the sums (at most two gathered). */
function cuts(pieces: readonly string[], heads: readonly string[]): number[][] {
  const found: number[][] = [];
  const sizes: number[] = [];
  const cells: string[] = [];
  const walk = (at: number): void => {
    if (found.length > 1) return;
    if (cells.length === heads.length) {
      if (at === pieces.length && keepsSums(cells, heads)) found.push([...sizes]);
      return;
    }
    const left = heads.length - cells.length;
    for (let n = 1; n <= MAX_PARTS && at + n <= pieces.length; n++) {
      if (pieces.length - (at + n) < left - 1) break;
      const cell = pieces.slice(at, at + n).join("");
      if (!KIND[heads[cells.length]!]!.test(cell)) continue;
      cells.push(cell);
      sizes.push(n);
      walk(at + n);
      cells.pop();
      sizes.pop();
    }
  };
  walk(0);
  return found;
}

/**
 * A fund row's label: one the template spells, or under a department's 资金结构 head (its 调整 or
 * 结余 columns) any short label with no figure (合计, 财政拨款小计: the reader takes the block's rows
 * by their place), for that table's sums tie every cut down.
 */
function isFundRowLabel(label: Cell, heads: readonly string[]): boolean {
  if (FUND_ROW_LABELS.has(labelKey(label.text))) return true;
  const department = heads.includes("adjustment") || heads.includes("balance");
  return department && DEPARTMENT_ROW_LABEL.test(text(label));
}

/** A 资金结构 row's label under a department's head: short words, no figure. */
const DEPARTMENT_ROW_LABEL = /^[^\d.,%]{2,16}$/;

export function joinFundRowSegments(rows: readonly Row[]): Row[] {

  const out: Row[] = [];
  let head: { figures: string[]; text: boolean } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    head = headColumns(row) ?? head;
    const heads = head?.figures ?? null;
    const label = row.cells[0];
    if (heads === null || !label || !isFundRowLabel(label, heads) || !row.cells.slice(1).every((c) => PIECE.test(text(c)))) {
      out.push(row);
      continue;
    }
    let end = i + 1;
    while (end < rows.length && rows[end]!.cells.length > 0 && rows[end]!.cells.every((c) => PIECE.test(text(c)))) end++;
    const cells = [...row.cells.slice(1), ...rows.slice(i + 1, end).flatMap((r) => r.cells)];
    // Under text heads (原因), the last line may close the row with its figures' last pieces, then the text: `10 9.11 项目尚未完成结算`.
    let words: Cell[] = [];
    const last = rows[end];
    if (head!.text && last && last.cells.length > 0 && PIECE.test(text(last.cells[0]!))) {
      const k = last.cells.findIndex((c) => !PIECE.test(text(c)));
      if (k > 0 && last.cells.slice(k).every((c) => !FIGURE_LIKE.test(text(c)))) {
        cells.push(...last.cells.slice(0, k));
        words = last.cells.slice(k);
        end++;
      }
    }
    // Nothing broken (a cell a head, no line after): the row as read.
    if ((cells.length === heads.length && end === i + 1) || cells.length <= heads.length || cells.length > MAX_PIECES) {
      out.push(row);
      continue;
    }
    const found = cuts(cells.map(text), heads);
    if (found.length !== 1) {
      out.push(row);
      continue;
    }
    const joined: Cell[] = [];
    let at = 0;
    for (const n of found[0]!) {
      joined.push(joinedCell(cells.slice(at, at + n)));
      at += n;
    }
    out.push({ ...row, cells: [label, ...joined, ...words] });
    i = end - 1;
  }
  return out;
}
