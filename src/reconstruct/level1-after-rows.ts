import { labelKey } from "../template/labels.js";
import { level2Children } from "../template/project.js";
import type { RawIndicator, RawValue } from "./raw-form.js";

/**
 * A merged 一级 cell whose name a text prints after some of the rows it spans: a PDF's text layer
 * draws a merged cell where its middle stands, or after the table's other cells (a vertical
 * 产出指标 drawn after the rows of 数量指标 and 质量指标). Those rows were read with no 一级, or
 * with the one carried down from the group before, whose 二级 names their 二级 is not among. When
 * the 一级 name comes, the rows just above it whose 二级 name the template puts under it (数量指标
 * under 产出指标: `level2Children`) take it, nearest first, up to the first row that has a 一级 of its
 * own printed, one its 二级 fits, or a 二级 name that does not fit under the new one. Nothing else
 * is filled: a row with no 二级 name tells nothing of its group.
 */
export function level1ForRowsAbove(indicators: RawIndicator[], level1: RawValue): void {
  for (let i = indicators.length - 1; i >= 0; i--) {
    const ind = indicators[i]!;
    if (!ind.level2 || !isChildOf(ind.level2.text, level1.text)) return;
    if (ind.level1) {
      // Carried down: the row above holds the same name (the reader copies it); printed in the row: its own.
      const carried = i > 0 && indicators[i - 1]!.level1 === ind.level1;
      if (!carried || isChildOf(ind.level2.text, ind.level1.text)) return;
    }
    ind.level1 = level1;
  }
}

function isChildOf(name: string, parent: string): boolean {
  const p = labelKey(parent).replace(/[(（].*[)）]$/, "").replace(/\d+(?:\.\d+)?分?$/, "");
  return (level2Children[p] ?? []).includes(labelKey(name));
}
