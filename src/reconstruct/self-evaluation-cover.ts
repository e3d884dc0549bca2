import type { Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { selfEvaluationOptions, tickedBox } from "../template/project.js";

/** How many rows after a report's title its cover may run before its tables begin. */
const COVER_ROWS = 12;

/**
 * Does the cover of the report titled at `rows[at]` tick an option that says the unit evaluated
 * itself (template selfEvaluationOptions)? Its rows are read from the title's own (a cover run
 * together onto the title's line) to COVER_ROWS below it. An option with its box unticked (□), or
 * ticked for someone else (☑财政部门), says nothing.
 */
export function coverMarksSelfEvaluation(rows: readonly Row[], at: number): boolean {
  for (let i = at; i < Math.min(rows.length, at + 1 + COVER_ROWS); i++) {
    const key = labelKey(rows[i]!.cells.map((c) => c.text).join(" "));
    if (selfEvaluationOptions.some((option) => optionTicked(key, option))) return true;
  }
  return false;
}

function optionTicked(key: string, option: string): boolean {
  for (let from = key.indexOf(option); from >= 0; from = key.indexOf(option, from + 1)) {
    const before = key.slice(Math.max(0, from - 1), from);
    const after = key.slice(from + option.length);
    if (tickedBox.before.test(before) || tickedBox.after.test(after)) return true;
    // The ticked box's glyph lost with its font while the empty boxes stayed: among options each
    // with its □, the one with none is the one ticked (组织方式:□财政部门□主管部门 项目单位).
    if (key.includes(EMPTY_BOX) && !before.endsWith(EMPTY_BOX) && !after.startsWith(EMPTY_BOX) && !/^[A-Za-z]/.test(after)) return true;
  }
  return false;
}

/** An unticked box. */
const EMPTY_BOX = "□";
