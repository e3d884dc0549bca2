import { describe, expect, it } from "vitest";
import { blockOrderedFunds, rowWidths } from "../../../src/reconstruct/text-rows/block-ordered-funds.js";

/** Made-up funds tables as a converter prints them block by block: labels, then heads, then figures. */
const cases: { name: string; text: string; want: string[] | null }[] = [
  {
    name: "labels broken over lines, heads, then K × H figures row by row",
    text: ["某项目", "年度资金总", "额", "其中：当年财", "政拨款", "其他资金", "年初预算数", "全年执行数", "50", "40", "30", "30", "20", "10", "预期目标"].join("\n"),
    want: ["某项目", "年初预算数", "全年执行数", "年度资金总额", "50", "40", "其中:当年财政拨款", "30", "30", "其他资金", "20", "10", "预期目标"],
  },
  {
    name: "the total row with its points and rate, the others their amounts only",
    text: ["年度资金总额", "其中：当年财政拨款", "实施单位", "甲单位", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "7", "8", "6", "10", "75%", "8", "5", "6", "—", "预期目标"].join("\n"),
    want: ["实施单位", "甲单位", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "7", "8", "6", "10", "75%", "8", "其中:当年财政拨款", "5", "6", "—", "预期目标"],
  },
  {
    name: "counts that do not settle the pairing: left as it came",
    text: ["年度资金总额", "其中：当年财政拨款", "其他资金", "年初预算数", "全年执行数", "50", "40", "30", "20", "10", "预期目标"].join("\n"),
    want: null,
  },
];

describe("funds printed block by block (block-ordered-funds)", () => {
  for (const c of cases)
    it(c.name, () => {
      const out = blockOrderedFunds(c.text);
      expect(out === null ? null : out.split("\n").filter((l) => l.trim() !== "")).toEqual(c.want);
    });

  it("keeps every later line's number", () => {
    const text = cases[0]!.text;
    const out = blockOrderedFunds(text)!;
    expect(out.split("\n").length).toBe(text.split("\n").length);
    expect(out.split("\n").at(-1)).toBe("预期目标");
  });

  it("row widths only where the count settles them", () => {
    expect(rowWidths(["initialBudget", "executed"], 3, 6)).toEqual([2, 2, 2]);
    expect(rowWidths(["initialBudget", "annualBudget", "executed", "weight", "rate", "score"], 3, 12)).toEqual([6, 3, 3]);
    expect(rowWidths(["initialBudget", "annualBudget", "executed", "weight", "rate", "score"], 3, 10)).toBeNull();
  });
});
