import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { joinStackedFundHeads } from "../../src/reconstruct/text-rows/spaced-stacked-fund-heads.js";

const row = (cells: string[]): Row => ({ cells: cells.map((text) => ({ text, source: { line: 1 } })), boundaries: "spaces" });
const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text));

// Made-up rows in the shape pdftotext -layout gives a funds head row whose long heads broke over
// two lines in narrow columns (not any fixture's text: other break points).
describe("joinStackedFundHeads: a fund column head's first piece on a line above the head row", () => {
  const cases: { name: string; rows: Row[]; want: string[][] }[] = [
    {
      name: "each piece joins the head row's cell after it that completes a head, in order",
      rows: [row(["年初部门预算", "支出实"]), row(["安排金额", "年中调整金额", "小计", "年度拨付金额", "现率", "结余金额"]), row(["合计", "500", "20", "520", "480", "92.31%", "40"])],
      want: [["年初部门预算安排金额", "年中调整金额", "小计", "年度拨付金额", "支出实现率", "结余金额"], ["合计", "500", "20", "520", "480", "92.31%", "40"]],
    },
    {
      name: "a piece that completes no head leaves both rows",
      rows: [row(["年初部门预算", "某某说明"]), row(["安排金额", "年中调整金额", "小计", "年度拨付金额", "现率"])],
      want: [["年初部门预算", "某某说明"], ["安排金额", "年中调整金额", "小计", "年度拨付金额", "现率"]],
    },
    {
      name: "an upper row holding a figure is no head's pieces",
      rows: [row(["年初部门预算", "100"]), row(["安排金额", "年中调整金额", "小计", "年度拨付金额"])],
      want: [["年初部门预算", "100"], ["安排金额", "年中调整金额", "小计", "年度拨付金额"]],
    },
    {
      name: "a lower row with fewer than two whole fund heads is no head row",
      rows: [row(["年初部门预算"]), row(["安排金额", "某某工程"])],
      want: [["年初部门预算"], ["安排金额", "某某工程"]],
    },
    {
      name: "a whole head above the head row is no piece",
      rows: [row(["年初预算数"]), row(["金额", "年中调整金额", "小计"])],
      want: [["年初预算数"], ["金额", "年中调整金额", "小计"]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(joinStackedFundHeads(c.rows))).toEqual(c.want));
});
