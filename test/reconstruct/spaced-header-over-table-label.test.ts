import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { partHeaderOverTableLabel } from "../../src/reconstruct/text-rows/spaced-header-over-table-label.js";

const cell = (lines: string[]) => ({ text: lines.join(""), source: { line: 1 }, ...(lines.length > 1 ? { wrappedLines: lines } : {}) });
const row = (cells: string[][]): Row => ({ cells: cells.map(cell), boundaries: "spaces" });
const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text));

// Made-up rows in the shape pdftotext -layout gives a header label chained with the funds' label under it (not any fixture's text).
describe("partHeaderOverTableLabel: the last header label chained with a table's label under it", () => {
  const cases: { name: string; rows: Row[]; want: string[][] }[] = [
    {
      name: "the header label and its value are a row before the table's label",
      rows: [row([["部门名称", "资金情况"], ["某某县档案局"], ["年初预算数"], ["全年执行数"]])],
      want: [["部门名称", "某某县档案局"], ["资金情况", "年初预算数", "全年执行数"]],
    },
    {
      name: "a column head after the labels is no value: left",
      rows: [row([["部门名称", "资金情况"], ["年初预算数"], ["全年执行数"]])],
      want: [["部门名称资金情况", "年初预算数", "全年执行数"]],
    },
    {
      name: "two header labels chained are left (another pass's)",
      rows: [row([["项目名称", "主管部门"], ["某某工程"]])],
      want: [["项目名称主管部门", "某某工程"]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(partHeaderOverTableLabel(c.rows))).toEqual(c.want));
});
