/**
 * 年度主要任务 rows numbered before their names (1、 2、 …, (1), ①): the number is the row's place in
 * the list, as 任务1: is an indicator's, and no word of the task's name (normalise/form.ts). A name that
 * opens with figures of its own (12345热线, 3.15) keeps them. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (names: string[]) =>
  [
    "部门整体支出绩效自评表",
    "（2022年度）",
    "部门（单位）名称\t某区文化和旅游局\t\t\t部门预算编码\t306002",
    "年度主要任务\t任务名称\t主要内容\t预算金额（万元）",
    "\t\t\t总额\t财政拨款\t其他资金",
    `\t${names[0]}\t组织开展文化惠民演出\t120\t100\t20`,
    `\t${names[1]}\t推进图书馆免费开放\t80\t80\t0`,
    `\t${names[2]}\t完善热线服务\t30\t30\t0`,
    "年度总体目标\t预期目标\t\t\t实际完成情况",
    "\t丰富群众文化生活\t\t\t已完成",
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "\t产出指标\t数量指标\t惠民演出场次\t≥80场\t85场\t60\t60",
    "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t40\t40",
    "总分\t\t\t\t\t\t100\t100",
  ].join("\n") + "\n";

const names = async (printed: string[]) => (await parse(form(printed), { path: "tasks.txt" })).forms[0]!.tasks!.map((t) => t.name);

describe("a task's number before its name", () => {
  it.each([
    [["1、文化惠民演出", "2、公共图书馆免费开放", "3、12345热线运行"], ["文化惠民演出", "公共图书馆免费开放", "12345热线运行"]],
    [["(1)文化惠民演出", "（2）公共图书馆免费开放", "(3)热线运行"], ["文化惠民演出", "公共图书馆免费开放", "热线运行"]],
    [["①文化惠民演出", "②公共图书馆免费开放", "③热线运行"], ["文化惠民演出", "公共图书馆免费开放", "热线运行"]],
    [["1.文化惠民演出", "2．公共图书馆免费开放", "3.热线运行"], ["文化惠民演出", "公共图书馆免费开放", "热线运行"]],
  ])("%j is the row's, not the name's", async (printed, want) => {
    expect(await names(printed)).toEqual(want);
  });

  it("keeps figures a name opens with", async () => {
    expect(await names(["3.15消费维权宣传", "12345热线运行", "2022年文化节"])).toEqual(["3.15消费维权宣传", "12345热线运行", "2022年文化节"]);
  });
});
