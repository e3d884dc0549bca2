import { describe, expect, it } from "vitest";
import { cutRestatedCompletion, restatedCompletions } from "../../src/reconstruct/restated-completion.js";
import { parse } from "../../src/pipeline.js";

// A completion printed as the target's first words, run together after the 三级 name with no figure
// in either (name | target | completion one atom of words). All text made up.
describe("a completion restating the target's first words", () => {
  it.each<[string, string[]]>([
    ["确保场馆开放时段全年度开放全年度", ["确保场馆开放时段", "全年度开放", "全年度"]],
    ["系统运行稳定性零故障运行零故障", ["系统运行稳定性", "零故障运行", "零故障"]],
    // words that close several names of a list are no restatement (printed three times)
    ["甲类学生人均资助乙类学生人均资助丙类学生人均资助", ["甲类学生人均资助乙类学生人均资助丙类学生人均资助"]],
    // a name that ends on its own words again, nothing between: left whole
    ["读者满意度满意度", ["读者满意度满意度"]],
    // a target running on past a value's few words after the copy: a clause, left whole
    ["开放时长全天候开放并提供线上线下多种服务全天候", ["开放时长全天候开放并提供线上线下多种服务全天候"]],
    // figures or marks in it: another reader's (restated-opening.ts)
    ["开放率达到95%开放率", ["开放率达到95%开放率"]],
  ])("%s", (atom, expected) => {
    expect(cutRestatedCompletion(atom)).toEqual(expected);
  });

  it("marks the target and its completion so that neither runs on into the other", () => {
    expect(restatedCompletions(["确保场馆开放时段", "全年度开放", "全年度", "10"])).toEqual([false, true, true, false]);
    expect(restatedCompletions(["确保场馆开放时段", "全年度开放", "10"])).toBeNull();
  });

  it("reads the row of a form run together", async () => {
    const text = [
      "项目支出绩效自评表(2023年度)",
      "项目名称某某图书馆运行主管部门某某文旅局实施单位某某图书馆",
      "一级指标二级指标三级指标年度指标值实际完成值分值得分",
      "产出指标时效指标确保场馆开放时段全年度开放全年度1010",
      "产出指标数量指标接待读者人次≥10万人次12万人次1010",
    ].join("\n");
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.indicators[0]).toMatchObject({ level3: "确保场馆开放时段", target: "全年度开放", actual: "全年度" });
  });
});
