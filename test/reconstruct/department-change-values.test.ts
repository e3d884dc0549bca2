/**
 * Targets and actuals stated as a change against last year (超上年2%, 超上年度, 增加, 增372人次,
 * 增收27万元) run together after their 三级 names: the change opens the value, it does not end the
 * name. Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { classify } from "../../src/reconstruct/classify.js";
import { atomize } from "../../src/reconstruct/run-together.js";

describe("values stated as a change, run together after the name", () => {
  it("cuts the atoms before the change, and keeps 增 with its number", () => {
    const atoms = (t: string) => atomize({ text: t, source: {} }).map((c) => c.text);
    expect(atoms("接种人次增加增215人次")).toEqual(["接种人次", "增加", "增", "215人次"]);
    expect(atoms("体检率超上年3%达成目标值")).toEqual(["体检率", "超上年", "3", "%", "达成目标值"]);
    expect(atoms("药品收入超上年度增收12万元")).toEqual(["药品收入", "超上年度", "增收", "12万元"]);
  });

  it("prices a change with its number as a quantity, and the change alone as a value word", () => {
    expect(["超上年3%", "增215人次", "增收12万元"].map((t) => classify(t).kind)).toEqual(["quantity", "quantity", "quantity"]);
    expect(["超上年度", "增加", "达成目标值"].map((t) => classify(t).kind)).toEqual(["qualitative", "qualitative", "qualitative"]);
  });

  it("reads name, target and actual of such rows in a run-together department form", async () => {
    const text = [
      "某镇卫生院整体支出绩效自评表",
      "(2022年度)",
      "部门（单位）名称某县某镇卫生院",
      "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析",
      "产出指标数量指标接种人次增加增215人次66",
      "质量指标体检率超上年3%达成目标值88",
      "效益指标经济效益指标药品收入超上年度增收12万元1010",
      "满意度指标服务对象满意度指标群众满意度≥90%93%1010",
      "自评总分10034",
    ].join("\n");
    const doc = await parse(text, { path: "change.txt" });
    const f = doc.forms[0]!;
    expect(f.template).toBe("department");
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["接种人次", "增加", "增215人次", 6, 6],
      ["体检率", "超上年3%", "达成目标值", 8, 8],
      ["药品收入", "超上年度", "增收12万元", 10, 10],
      ["群众满意度", "≥90%", "93%", 10, 10],
    ]);
  });
});
