/**
 * A funds total row whose figures ran together (`年度资金总额303010100%`) is read by the form's priors
 * alone when it is read (run-together.ts fundPlausibility): its parts (其中: 当年财政拨款, 上年结转,
 * 其他资金) come after it. When the funds block has ended, they are evidence: the total of each amount
 * column is the sum of its parts. A total read so that its amounts disagree with its parts' sums is
 * read again, every reading of its digits (and every reading that leaves one amount blank, as a row
 * of one blank amount prints nothing for it: `303010100%` is 30 | 30 | 10 | 100 % with one of three
 * amounts blank); of those whose amounts agree with the parts, the cheapest wins. Where several
 * cheapest readings give different numbers, those numbers are left unread, as a tie between readings
 * is (`ambiguous-split`). Where no reading agrees, the row stays as read: the form's own sums then
 * disagree, which is the audit's to report.
 */
import type { Cell } from "../layout/grid.js";
import type { FundColumn } from "../template/project.js";
import { alignRow, type ColumnSpec } from "./align.js";
import type { RawForm, RawFundRow, RawValue } from "./raw-form.js";
import { toRaw } from "./row-view.js";
import { fundPlausibility, readingPriors, rowReadings } from "./run-together.js";
import { COST_TIE } from "./tolerances.js";

interface NotedTotal {
  figures: readonly Cell[];
  columns: readonly ColumnSpec<FundColumn>[];
}

const notedTotals = new WeakMap<RawFundRow, NotedTotal>();

/** Notes a total row read from run-together figures, to be settled by its parts when the form ends. */
export function noteRunTogetherTotal(row: RawFundRow, figures: readonly Cell[], columns: readonly ColumnSpec<FundColumn>[]): void {
  notedTotals.set(row, { figures, columns });
}

const AMOUNTS: readonly FundColumn[] = ["initialBudget", "annualBudget", "executed"];
const NUMERIC: readonly FundColumn[] = [...AMOUNTS, "weight", "rate", "score", "adjustment", "balance", "balanceRate"];
/** How far a total may differ from its parts' sum at a form's two decimals. */
const SLACK = 0.015;

function amount(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.replace(/[,，]/g, "").trim();
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * Each amount column's sum over the total's parts (the rows after it up to the next total, a part's
 * own parts ①② left out); a blank part adds nothing. Only parts that print a figure in each amount
 * column of the header count as evidence: where a part prints fewer (`其中:本年拨款3749.90` under
 * three amount columns), which column its figure stood in is itself a guess, and no sum is given.
 */
export function partSums(rows: readonly RawFundRow[], totalAt: number, amountColumns: readonly FundColumn[] = AMOUNTS): Map<FundColumn, number> {
  const sums = new Map<FundColumn, number>();
  for (let i = totalAt + 1; i < rows.length && rows[i]!.key !== "total"; i++) {
    const part = rows[i]!;
    if (part.parentIndex !== undefined) continue;
    const figures = amountColumns.map((c) => amount(part.values[c]?.text));
    if (figures.every((a) => a === null)) continue;
    if (figures.some((a) => a === null)) return new Map();
    amountColumns.forEach((c, k) => sums.set(c, (sums.get(c) ?? 0) + figures[k]!));
  }
  return sums;
}

/** Do a total's amounts agree with its parts' sums: each printed one equal to its sum, at least one compared? */
export function agreesWithParts(values: ReadonlyMap<FundColumn, string>, sums: ReadonlyMap<FundColumn, number>): boolean {
  let compared = 0;
  for (const [c, sum] of sums) {
    const text = values.get(c);
    if (text === undefined || text.trim() === "") continue;
    const a = amount(text);
    if (a === null || Math.abs(a - sum) > SLACK) return false;
    compared++;
  }
  return compared > 0;
}

interface Candidate {
  placed: Map<FundColumn, Cell[]>;
  values: Map<FundColumn, string>;
  cost: number;
}

/**
 * Every reading of the total's figures: each cut of its digit runs aligned to the columns, and to the
 * columns less one amount (that amount blank, at the price of leaving it so).
 */
function candidates(noted: NotedTotal): Candidate[] {
  const cells = noted.figures.filter((c) => c.text === "" || c.text.trim() !== "");
  const columnSets: Array<{ columns: readonly ColumnSpec<FundColumn>[]; blank: number }> = [{ columns: noted.columns, blank: 0 }];
  for (const c of noted.columns) {
    if (AMOUNTS.includes(c.name)) columnSets.push({ columns: noted.columns.filter((x) => x !== c), blank: c.skip ?? 0 });
  }
  const names = new Set(noted.columns.map((c) => c.name));
  const out: Candidate[] = [];
  for (const reading of rowReadings(cells)) {
    for (const set of columnSets) {
      const a = alignRow(reading.cells, set.columns, { joinTokens: true, joinAll: true, separator: "" });
      if (a.unplaced.some((c) => c.text.trim() !== "")) continue;
      const values = new Map<FundColumn, string>();
      for (const [name, placed] of a.placed) values.set(name, placed.map((c) => c.text).join(""));
      let cost = a.cost + reading.cost + set.blank + fundPlausibility(values as Map<string, string>, noted.columns.map((c) => c.name));
      // The rate is 执行数 ÷ 全年预算数: a form that prints its rate and its spending prints the budget
      // the rate is reckoned on, and leaves 年初预算数 blank sooner (short-fund-rows.ts likewise).
      if (names.has("annualBudget") && !values.has("annualBudget") && values.has("initialBudget") && values.has("executed") && values.has("rate")) cost += readingPriors.unlikely;
      out.push({ placed: a.placed, values, cost });
    }
  }
  return out;
}

/** Settles each noted total of the form's funds by its parts (see the module's note); returns whether one was read again. */
export function settleTotalsByParts(form: RawForm, tieMessage: (one: string, other: string, text: string) => string): boolean {
  let changed = false;
  form.funds.rows.forEach((row, at) => {
    const noted = notedTotals.get(row);
    if (!noted) return;
    const sums = partSums(form.funds.rows, at, noted.columns.map((c) => c.name).filter((c) => AMOUNTS.includes(c)));
    if (sums.size === 0) return;
    const asRead = new Map<FundColumn, string>();
    for (const [c, v] of Object.entries(row.values) as Array<[FundColumn, RawValue]>) asRead.set(c, v.text);
    if (agreesWithParts(asRead, sums)) return;
    const agreeing = candidates(noted).filter((c) => agreesWithParts(c.values, sums));
    if (agreeing.length === 0) return;
    agreeing.sort((a, b) => a.cost - b.cost);
    const best = agreeing[0]!;
    const rival = agreeing.find((c) => c.cost - best.cost <= COST_TIE && NUMERIC.some((k) => c.values.get(k) !== best.values.get(k)));
    const values: Partial<Record<FundColumn, RawValue>> = {};
    for (const [name, placed] of best.placed) {
      const value = toRaw(placed, "");
      if (value) values[name] = value;
    }
    if (rival) {
      const differing = NUMERIC.filter((k) => best.values.get(k) !== rival.values.get(k));
      for (const k of differing) delete values[k];
      const describe = (v: Map<FundColumn, string>) => differing.map((k) => (v.has(k) ? `${k}=“${v.get(k)}”` : `${k}=—`)).join(", ");
      const blob = noted.figures.map((c) => c.text).join("");
      form.diagnostics.push({ code: "ambiguous-split", severity: "warning", message: tieMessage(describe(best.values), describe(rival.values), blob), source: { ...(noted.figures[0]?.source ?? row.label.source), text: blob } });
    }
    // The block's 分值, 执行率 and 得分 were the total row's as first read: they are its new reading's.
    for (const k of ["weight", "rate", "score"] as const) if (form.funds[k] === row.values[k]) form.funds[k] = values[k] ?? null;
    row.values = values;
    changed = true;
  });
  return changed;
}
