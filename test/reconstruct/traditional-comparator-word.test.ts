/**
 * A comparator's word alone (不少于) opens a target cut off its figure and is never a 三级 name, in
 * traditional script too (不少於): a run-together row whose 三级 cell is empty keeps 不少於53場 whole as
 * its target. Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { toTraditional } from "../../src/normalise/script.js";

const FORM = [
  "部门（单位）整体支出绩效自评表",
  "(2023年度)",
  "部门（单位）名称某县文化馆",
  "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分偏差原因分析及改进措施",
  "产出指标数量指标不少于40场46场1010",
  "质量指标演出合格率≥95%98%1010",
  "总分2020",
].join("\n");

describe("a comparator's word alone in traditional script", () => {
  it.each([
    ["simplified", FORM, "不少于40场", "46场"],
    ["traditional", toTraditional(FORM), "不少於40場", "46場"],
  ])("%s: the 三级 left empty, the target whole", async (_script, text, target, actual) => {
    const [form] = (await parse(Buffer.from(text + "\n"), { path: "f.txt" })).forms;
    expect([form!.indicators[0]!.level3, form!.indicators[0]!.target, form!.indicators[0]!.actual]).toEqual([null, target, actual]);
  });
});
