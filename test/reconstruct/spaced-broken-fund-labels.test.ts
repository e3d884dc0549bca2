import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { joinBrokenFundLabels } from "../../src/reconstruct/text-rows/spaced-broken-fund-labels.js";

const row = (cells: string[]): Row => ({ cells: cells.map((text) => ({ text, source: { line: 1 } })), boundaries: "spaces" });
const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text));

// Made-up rows in the shape pdftotext -layout gives a fund label broken in its narrow column (not any fixture's text).
describe("joinBrokenFundLabels: a fund row's label whose last characters a row of their own", () => {
  const cases: { name: string; rows: Row[]; want: string[][] }[] = [
    {
      name: "the label's last character beside a vertical label's piece joins the label",
      rows: [row(["年度资金总", "2,000", "2,000", "1,900", "10", "95%", "9.5"]), row(["项目", "额"])],
      want: [["年度资金总额", "2,000", "2,000", "1,900", "10", "95%", "9.5"], ["项目"]],
    },
    {
      name: "a row of figures under the label is no label's rest",
      rows: [row(["年度资金总", "2,000"]), row(["额", "2,000"])],
      want: [["年度资金总", "2,000"], ["额", "2,000"]],
    },
    {
      name: "a label already whole is left",
      rows: [row(["上年结转资金", "0"]), row(["金"])],
      want: [["上年结转资金", "0"], ["金"]],
    },
    {
      name: "pieces that spell no fund row are left",
      rows: [row(["某某工程", "100"]), row(["项目", "额"])],
      want: [["某某工程", "100"], ["项目", "额"]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(joinBrokenFundLabels(c.rows))).toEqual(c.want));
  it("keeps the joined label's lines", () =>
    expect(joinBrokenFundLabels([row(["年度资金总", "10"]), row(["额"])])[0]!.cells[0]!.wrappedLines).toEqual(["年度资金总", "额"]));
});
