import type { Cell } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { spannedValueHeads } from "../template/project.js";
import { columnRoles } from "./row-view.js";

/**
 * An indicator header printed on two rows whose lower row names only the value's parts: 指标值
 * spanning two columns, 预期 | 实际 under it (an HTML table's colspan; one cell a line gives the
 * upper row's heads, then the lower row's). The lower heads take the spanning head's place in
 * `header`, where the rows print their cells, each named for the column it heads with the head
 * above it (预期指标值, 实际值: spannedValueHeads). Returns whether `cell` was placed so (else the
 * caller goes on with it). 预期 is taken only with 实际 after it and a target head above it with no
 * actual's.
 */
export function placeUnderSpan(header: Cell[], cell: Cell, next: Cell | undefined): boolean {
  const key = labelKey(cell.text);
  const role = (c: Cell) => columnRoles(c.text).indicator;
  const { target, actual } = spannedValueHeads;
  if (key === target.lower) {
    if (next === undefined || labelKey(next.text) !== actual.lower || header.some((c) => role(c) === "actual")) return false;
    const spanning = header.findIndex((c) => role(c) === "target");
    if (spanning < 0) return false;
    header[spanning] = { ...cell, text: target.column };
    return true;
  }
  if (key === actual.lower) {
    // (Right after the 预期 placed above: the header's target cell is then the one it wrote.)
    const at = header.findIndex((c) => c.text === target.column);
    if (at < 0 || header.some((c) => role(c) === "actual")) return false;
    header.splice(at + 1, 0, { ...cell, text: actual.column });
    return true;
  }
  return false;
}
