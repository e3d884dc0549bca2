/**
 * A numbered 三级 name (`指标1:…`) run onto a 二级 name that the template also spells with 指标
 * (`经济效益指标1:…`, printed `经济效益 指标1:…`): the 指标 goes with its number, as after a name that
 * ends in its own (`数量指标指标1:…`). Made-up text.
 */
import { describe, expect, it } from "vitest";
import { splitAtLabels } from "../../src/reconstruct/run-together.js";
import { isKnownLabel } from "../../src/reconstruct/row-prepare.js";
import { parse } from "../../src/pipeline.js";

const cut = (text: string) => splitAtLabels({ text, source: { line: 1 } }, isKnownLabel).map((c) => c.text);

describe("a 二级 name before a numbered 三级 name", () => {
  it.each([
    ["经济效益指标1:带动农户增收", ["经济效益", "指标1:带动农户增收"]],
    ["社会效益指标2:村民就业人数", ["社会效益", "指标2:村民就业人数"]],
    ["数量指标指标1:新建水渠长度", ["数量指标", "指标1:新建水渠长度"]],
    // (No number after it: the longer name stands.)
    ["社会效益指标村民就业人数", ["社会效益指标", "村民就业人数"]],
  ])("%s", (text, pieces) => {
    expect(cut(text)).toEqual(pieces);
  });

  it("reads the row's 二级 name and 三级 name apart in a form run together", async () => {
    const text = [
      "某县项目支出绩效自评表(2021年度)",
      "项目名称农田水利建设",
      "主管部门某县农业农村局",
      "一级指标二级指标三级指标年度指标值实际完成值分值得分",
      "产出指标(50分)数量指标指标1:新建水渠长度12公里12公里20 20",
      "效益指标(30分)经济效益指标1:带动农户增收户数≥300户320户30 30",
    ].join("\n");
    const doc = await parse(text, { path: "numbered.txt" });
    expect(doc.forms[0]!.indicators.map((i) => [i.level2, i.level3, i.target, i.actual])).toEqual([
      ["数量指标", "新建水渠长度", "12公里", "12公里"],
      ["经济效益", "带动农户增收户数", "≥300户", "320户"],
    ]);
  });
});
