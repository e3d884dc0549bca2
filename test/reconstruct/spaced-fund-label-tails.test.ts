import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { returnFundLabelTails } from "../../src/reconstruct/text-rows/spaced-fund-label-tails.js";

const cell = (lines: string[]) => ({ text: lines.join(""), source: { line: 1 }, ...(lines.length > 1 ? { wrappedLines: lines } : {}) });
const row = (cells: string[][]): Row => ({ cells: cells.map(cell), boundaries: "spaces" });
const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text));

// Made-up rows in the shape pdftotext -layout gives a value chained with the fund label two lines under it (not any fixture's text).
describe("returnFundLabelTails: a fund row's label chained onto the value above it", () => {
  const cases: { name: string; rows: Row[]; want: string[][] }[] = [
    {
      name: "the label opens the row of its figures",
      rows: [
        row([["某某县交通运输局", "年度资金总额"], ["年初预算数"], ["全年执行数"], ["分值"]]),
        row([["1,200"], ["1,150"], ["10"], ["95.83%"]]),
      ],
      want: [
        ["某某县交通运输局", "年初预算数", "全年执行数", "分值"],
        ["年度资金总额", "1,200", "1,150", "10", "95.83%"],
      ],
    },
    {
      name: "a next row holding text is left (its label is its own)",
      rows: [row([["某某县交通运输局", "年度资金总额"], ["年初预算数"]]), row([["其他资金"], ["0"]])],
      want: [["某某县交通运输局年度资金总额", "年初预算数"], ["其他资金", "0"]],
    },
    {
      name: "a cell whose lines spell no fund label is left",
      rows: [row([["某某县交通运输局", "某某中心"], ["年初预算数"]]), row([["1,200"]])],
      want: [["某某县交通运输局某某中心", "年初预算数"], ["1,200"]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(returnFundLabelTails(c.rows))).toEqual(c.want));
});
