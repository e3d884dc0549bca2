/**
 * Column heads a PDF broke over two lines in narrow columns, read line by line across the row
 * (perturb.ts layout-split-heads): the first lines of all heads, then the second lines. Texts
 * written for this test.
 */
import { textReadings } from "../../../src/extract/text/read-text.js";
import { describe, expect, it } from "vitest";
import { detectShape as shapeOfReadings } from "../../../src/reconstruct/text-rows/detect-shape.js";
import { joinSplitHeads } from "../../../src/reconstruct/text-rows/split-heads.js";
import { parse } from "../../../src/pipeline.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

const changed = (lines: string[]) => {
  const r = joinSplitHeads(lines);
  return { joins: r.joins, lines: r.lines.filter((l) => l !== "") };
};

describe("column heads broken over two lines", () => {
  it.each([
    {
      name: "the funds heads, a whole head taking its unit's note",
      lines: ["项目资金", "年初预", "全年预", "全年执", "分值", "执行率", "得分", "(万元)", "算数", "算数", "行数", "年度资金总额"],
      want: ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额"],
    },
    {
      name: "the indicator heads, 指标值 taken by 年度 (which is no head alone), 分值 and 得分 whole",
      lines: ["一级", "二级", "三级", "年度", "实际", "分值", "得分", "指标", "指标", "指标", "指标值", "完成值", "产出指标"],
      want: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "产出指标"],
    },
    {
      name: "a note that closes the line before the run left alone",
      lines: ["年度绩效目标1", "一级", "二级", "年初目标", "(80分)", "指标", "指标", "值(A)", "产出指标"],
      want: ["年度绩效目标1", "一级指标", "二级指标", "年初目标值(A)", "(80分)", "产出指标"],
    },
  ])("$name", ({ lines, want }) => {
    expect(changed(lines).lines).toEqual(want);
  });

  it.each([
    // Whole heads followed by values: nothing to put back.
    ["年初预算数", "全年预算数", "全年执行数", "优", "良", "中"],
    // Short values whose joins make no head.
    ["是", "否", "是", "否"],
  ])("leaves %j as it is", (...lines) => {
    expect(changed(lines)).toEqual({ joins: 0, lines });
  });

  it("make a dump of one cell a line with nothing else broken a layout-ordered one, and its rows are read", async () => {
    const text = [
      "项目支出绩效自评表", "（2023年度）", "项目名称", "乡村道路养护", "主管部门", "交通运输局", "实施单位", "公路养护中心",
      "项目资金", "年初预", "全年预", "全年执", "分值", "执行率", "得分", "(万元)", "算数", "算数", "行数",
      "年度资金总额", "60", "60", "57", "10", "95%", "9.5",
      "一级", "二级", "三级", "年度", "实际", "分值", "得分", "指标", "指标", "指标", "指标值", "完成值",
      "产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20",
      "总分", "30", "29.5",
    ].join("\n");
    expect(detectShape(text + "\n")).toBe("layout-ordered");
    const form = (await parse(new TextEncoder().encode(text), { path: "made-up.txt" })).forms[0]!;
    expect(form.funds.rows.find((r) => r.key === "total")).toMatchObject({ initialBudget: 60, annualBudget: 60, executed: 57 });
    expect(form.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", 20, 20],
    ]);
  });
});
