import { describe, expect, it } from "vitest";
import { spacedLayoutRows } from "../../src/layout/spaced-rows.js";
import { moveLines, rejoinBrokenHeaderLabels } from "../../src/reconstruct/text-rows/spaced-broken-labels.js";

const texts = (text: string) => rejoinBrokenHeaderLabels(spacedLayoutRows(text)).map((r) => r.cells.map((c) => c.text));
const cell = (lines: string[]) => ({ text: lines.join(""), source: { line: 1 }, ...(lines.length > 1 ? { wrappedLines: lines } : {}) });

// Made-up text in the shape pdftotext -layout gives narrow label columns (not any fixture's text).
describe("rejoinBrokenHeaderLabels: two header labels stacked in one narrow column", () => {
  const cases: { name: string; text: string; want: string[][] }[] = [
    {
      name: "each label's value on its first line: the second label's first line goes back up",
      text: ["项目 某某道路维修改造工程", "名称", "主管 某某县交通运输局      实施单位   某某公路养护中心", "部门"].join("\n"),
      want: [
        ["项目名称", "某某道路维修改造工程"],
        ["主管部门", "某某县交通运输局", "实施单位", "某某公路养护中心"],
      ],
    },
    {
      name: "one character a line, the first label cut a line short",
      text: ["项", "目 某某平台运维服务", "名", "称", "主", "管 某某市大数据中心", "部", "门"].join("\n"),
      want: [
        ["项目名称", "某某平台运维服务"],
        ["主管部门", "某某市大数据中心"],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(c.text)).toEqual(c.want));
});

describe("moveLines", () => {
  it("moves the upper cell's last lines down when that makes both labels", () =>
    expect(moveLines(cell(["项目", "名称", "主管"]), cell(["部门"]))?.map((c) => c.text)).toEqual(["项目名称", "主管部门"]));
  it("leaves two labels already whole", () => expect(moveLines(cell(["项目", "名称"]), cell(["主管", "部门"]))).toBeNull());
  it("leaves cells no move makes two labels (a value's lines are not a label's)", () =>
    expect(moveLines(cell(["项目"]), cell(["某某", "工程"]))).toBeNull());
});
