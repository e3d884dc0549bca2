import { classify, isBlankText } from "./classify.js";
import type { RawForm, RawIndicator, RawValue } from "./raw-form.js";

/**
 * A row that lost its blank cells (linear text, spaces parting cells, trailing blanks dropped) and
 * gives one value after its indicator's name says nothing by itself of the column that value stood
 * in: 年度指标值 and 实际完成值 price alike, and a figure up to 100 prices as a 得分. The table as a
 * whole can say it. A form is filled in two passes: the targets when the goals are set, the
 * completion, 得分 and 偏差原因 together when the unit evaluates; a unit fills a pass for every
 * row, not for some. So in a table whose every indicator gives exactly one value, where no row
 * gives a 偏差原因 and the 总分 is blank, the values all stand in one column; and when some of them
 * cannot be points (500, 2023.12, 达标: read as a target or a completion), that column is not 得分.
 * The form was published before its evaluation: its values are the targets, the column the header
 * prints first.
 *
 * Only under a header that names both value columns, the target first, and only when no row of the
 * table had its cells known (a ruled or delimited row keeps its blanks, so a value's column is its
 * own evidence there). Anything else — one row with two values, one 偏差原因, a 总分, every value a
 * figure that could be points — leaves every row as aligned: the form did not settle it.
 */
export interface LoneValueTable {
  indicators: readonly RawIndicator[];
  /** Whether the table's header printed the target's column name before the completion's (not the template's default put in). */
  targetNamedFirst: boolean;
  /** Whether some indicator row was read with its cells known (a ruled or delimited table). */
  exactRows: boolean;
  /** The form's 总分 as printed, if any. */
  totalScore: RawValue | null;
}

/** Fewest rows whose agreement is taken as the table's evidence (one row is no pattern across rows). */
export const MIN_LONE_VALUE_ROWS = 2;

/** The columns a row's one value may have been aligned to. */
const VALUE_COLUMNS = ["target", "actual", "weight", "score"] as const;
type ValueColumn = (typeof VALUE_COLUMNS)[number];

/**
 * For each indicator whose one value the table shows to be its target while it was read in another
 * column, that column; empty when the table does not settle it.
 */
export function loneValuesThatAreTargets(t: LoneValueTable): Array<{ indicator: RawIndicator; from: ValueColumn }> {
  if (!t.targetNamedFirst || t.exactRows || printed(t.totalScore)) return [];
  if (t.indicators.some((ind) => printed(ind.deviation))) return [];
  const rows: Array<{ indicator: RawIndicator; from: ValueColumn }> = [];
  for (const ind of t.indicators) {
    const filled = VALUE_COLUMNS.filter((c) => printed(ind[c]));
    // (A row with no value at all — a name alone — neither speaks for nor against it.)
    if (filled.length === 0) continue;
    if (filled.length > 1) return [];
    rows.push({ indicator: ind, from: filled[0]! });
  }
  if (rows.length < MIN_LONE_VALUE_ROWS) return [];
  // Some value was read as a target or completion: the table's one column is not the points'.
  if (!rows.some((r) => r.from === "target" || r.from === "actual")) return [];
  // A value read as points moves only if it is a value a target may be (a figure, a percent).
  if (rows.some((r) => (r.from === "weight" || r.from === "score") && !FIGURE_KINDS.has(classify(r.indicator[r.from]!.text).kind))) return [];
  return rows.filter((r) => r.from !== "target");
}

const FIGURE_KINDS = new Set(["number", "percent", "quantity"]);

/** Moves each lone value the table shows to be a target into the target's column; says so once. */
export function readLoneValuesAsTargets(form: RawForm, t: LoneValueTable, message: (count: number) => string): void {
  const moved = loneValuesThatAreTargets(t);
  if (moved.length === 0) return;
  for (const { indicator, from } of moved) {
    indicator.target = indicator[from];
    indicator[from] = null;
  }
  const first = moved[0]!.indicator.target!;
  form.diagnostics.push({ code: "lone-values-as-targets", severity: "info", message: message(moved.length), source: { ...first.source, text: first.text } });
}

function printed(x: RawValue | null | undefined): boolean {
  return !!x && !isBlankText(x.text);
}
