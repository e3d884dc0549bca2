/**
 * A line whose cells ran together holding the indicator table's header and then its first rows
 * (the mark after the header left out): the header a row of its own, the rest cut before each
 * numbered 三级 name. Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { splitRunTogetherHeaderRunOn } from "../../src/reconstruct/header-run-on-run-together.js";
import { parse } from "../../src/pipeline.js";

const row = (text: string): Row => ({ cells: [{ text, source: { line: 1 } }], boundaries: "none" });
const texts = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text));

const HEAD = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施";

describe("splitRunTogetherHeaderRunOn", () => {
  it("parts the header from the rows run on after it, each row from its numbered name", () => {
    expect(texts(splitRunTogetherHeaderRunOn(row(HEAD + "数量指标指标1:巡查次数≥12次15次1010指标2:培训场次≥2场2场1010")))).toEqual([
      [HEAD],
      ["数量指标指标1:巡查次数≥12次15次1010"],
      ["指标2:培训场次≥2场2场1010"],
    ]);
  });

  const unchanged: [string, string][] = [
    ["a header alone", HEAD],
    ["a row with no header before it", "数量指标指标1:巡查次数≥12次15次1010指标2:培训场次≥2场2场1010"],
    ["too few column names before the row", "三级指标分值数量指标指标1:巡查次数1010"],
  ];
  it.each(unchanged)("leaves %s as it is", (_name, text) => {
    expect(texts(splitRunTogetherHeaderRunOn(row(text)))).toEqual([[text]]);
  });

  it("leaves a row whose cells a reader parted", () => {
    const parted: Row = { cells: [{ text: HEAD, source: { line: 1 } }, { text: "数量指标指标1:巡查次数", source: { line: 1 } }], boundaries: "none" };
    expect(splitRunTogetherHeaderRunOn(parted)).toEqual([parted]);
  });
});

const FORM = [
  "某县2023年项目支出绩效自评表",
  "项目名称乡村道路巡查",
  "主管部门某县交通运输局实施单位某县公路养护站",
  HEAD + "产出指标数量指标指标1:巡查次数≥12次15次2020指标2:培训场次≥2场2场2020",
  "效益指标社会效益指标指标1:道路完好率≥95%97%3030",
  "满意度指标服务对象满意度指标指标1:群众满意度≥90%95%2018",
].join("\n");

describe("a run-together form whose header line holds its first rows", () => {
  // (The number a 三级 name is printed with, 指标1:, is no part of the name: the normaliser drops it.)
  it("reads those rows as indicators", async () => {
    const doc = await parse(FORM, { path: "header-run-on-run-together.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.slice(0, 2).map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "巡查次数"],
      ["产出指标", "数量指标", "培训场次"],
    ]);
  });
});
