import { describe, expect, it } from "vitest";
import { pairStackedHeaderLabels } from "../../src/reconstruct/stacked-header-labels.js";

/** The header's labels as one block, their values as the next (a converter's block order). All text made up. */
const cells = (texts: string[]) => texts.map((text, k) => ({ text, source: { line: k + 1 } }));
const texts = (out: { text: string }[]) => out.map((c) => c.text);

const table: { name: string; in: string[]; want: string[] }[] = [
  {
    name: "two labels, a unit line and the goals' label, then two values",
    in: ["项目名称", "主管部门", "", "项目资金", "(万元)", "", "年度总体目标", "", "某某河道疏浚工程", "某某县水利局", "年初预算数"],
    want: ["项目名称", "某某河道疏浚工程", "主管部门", "某某县水利局", "", "项目资金", "(万元)", "", "年度总体目标", "", "年初预算数"],
  },
  {
    name: "three labels, three values, ended by heads set on one line",
    in: ["项目名称", "主管部门", "实施单位", "某某工程", "某某局", "某某中心", "年初预算 全年预算"],
    want: ["项目名称", "某某工程", "主管部门", "某某局", "实施单位", "某某中心", "年初预算 全年预算"],
  },
  {
    name: "counts that disagree: left as they came",
    in: ["项目名称", "主管部门", "某某工程", "年初预算数"],
    want: ["项目名称", "主管部门", "某某工程", "年初预算数"],
  },
  {
    name: "a label broken over two lines is no pair of values",
    in: ["项目名称", "主管部门", "年度总体", "目标", "", "某某工程"],
    want: ["项目名称", "主管部门", "年度总体", "目标", "", "某某工程"],
  },
  {
    name: "labels and values already in turn: untouched",
    in: ["项目名称", "某某工程", "主管部门", "某某局", "年初预算数"],
    want: ["项目名称", "某某工程", "主管部门", "某某局", "年初预算数"],
  },
];

describe("header labels printed as a block, their values as the next (stacked-header-labels)", () => {
  for (const t of table) it(t.name, () => expect(texts(pairStackedHeaderLabels(cells(t.in)))).toEqual(t.want));

  it("takes a values block joined into one cell line by line when its lines are as many as the labels", () => {
    const joined = { text: "某某工程某某局", source: { line: 3 }, wrappedLines: ["某某工程", "某某局"] };
    const out = pairStackedHeaderLabels([...cells(["项目名称", "主管部门"]), joined, { text: "年初预算数", source: { line: 5 } }]);
    expect(texts(out)).toEqual(["项目名称", "某某工程", "主管部门", "某某局", "年初预算数"]);
    expect(out.map((c) => c.source.line)).toEqual([1, 3, 2, 4, 5]);
  });
});
