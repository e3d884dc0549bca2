/**
 * prepareRow builds its view in plain loops (for speed): the view must hold what the direct
 * expressions it replaced give — the cells with text (all of them for an exact row), the row's
 * text when short, each cell's facts, roles and column roles, and the first label cell.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { hasText } from "../../src/reconstruct/classify.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import { isLabelFragment } from "../../src/reconstruct/row-view.js";
import { textFacts } from "../../src/reconstruct/text-facts.js";

const texts = fc.constantFrom("", " ", "项目名称", "绩效", "指标", "项目资金", "(万元)", "年初预算数", "全年执行数", "10", "95%", "预算执行率", "产出指标", "数量指标", "第1页", "- 2 -", "附件1", "主管部门：某局　　实施单位：某中心", "某某".repeat(70));

describe("prepareRow", () => {
  it("gives the view the direct expressions give", () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 9 }), fc.constantFrom<Row["boundaries"]>("exact", "spaces", "none"), (cellTexts, boundaries) => {
        const row: Row = { cells: cellTexts.map((text, col) => ({ text, col, source: { line: 1 } })), boundaries };
        const v = prepareRow(row, "indicators");
        if (v === null) {
          expect(row.cells.some((c) => hasText(c.text))).toBe(false);
          return;
        }
        const cells = v.cells;
        if (boundaries === "exact") expect(cells).not.toBe(row.cells);
        const length = cells.reduce((n, c) => n + c.text.length, 0);
        expect(v.whole).toBe(length <= 120 ? cells.map((c) => c.text).join("") : "");
        expect(v.facts).toStrictEqual(cells.map((c) => textFacts(c.text)));
        expect(v.roles).toStrictEqual(v.facts.map((f) => f.role));
        expect(v.cols).toStrictEqual(v.facts.map((f) => f.cols));
        expect(v.first).toBe(cells.findIndex((c, i) => hasText(c.text) && !isLabelFragment(c.text) && v.roles[i]?.role !== "fundsLabel"));
      }),
      { numRuns: 400, seed: 5 },
    );
  });
});
