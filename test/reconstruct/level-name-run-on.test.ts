import { describe, expect, it } from "vitest";
import { splitLevelNameRunOn } from "../../src/reconstruct/level-name-run-on.js";
import { parse } from "../../src/pipeline.js";
import type { Cell } from "../../src/layout/grid.js";

// Linear rows whose 二级 name runs into the 三级 name with no space between. All text made up.
const cells = (...texts: string[]): Cell[] => texts.map((text) => ({ text, source: { line: 1 } }) as Cell);

describe("a level name run into the 三级 name at a token's start", () => {
  it.each([
    [["社会效益指标推动公共文化服务", "100%", "100%", "10", "10"], ["社会效益指标", "推动公共文化服务", "100%", "100%", "10", "10"]],
    [["效益指标", "经济效益指标承担公益服务项目", "100%"], ["效益指标", "经济效益指标", "承担公益服务项目", "100%"]],
    // two level names, then the name
    [["产出指标数量指标培训人次", "500", "520"], ["产出指标数量指标", "培训人次", "500", "520"]],
    // a numbered name after the 二级 name's 指标
    [["数量指标指标1:培训人次", "500"], ["数量指标", "指标1:培训人次", "500"]],
  ])("%j", (input, expected) => {
    expect(splitLevelNameRunOn(cells(...input)).map((c) => c.text)).toEqual(expected);
  });

  it.each([
    // a level name alone, or with its points
    [["社会效益指标", "推动公共文化服务", "100%"]],
    [["效益指标(30分)", "社会效益指标", "推动服务"]],
    // a name that only begins like one (质量指标 is not 质量)
    [["质量达标率", "100%"]],
    // names without 指标 open too many words
    [["社会效益明显提升", "100%"]],
  ])("leaves %j", (input) => {
    expect(splitLevelNameRunOn(cells(...input)).map((c) => c.text)).toEqual(input);
  });

  it("reads the 二级 name of such a linear row", async () => {
    const text = "项目支出绩效自评表\n项目名称 某某\n主管部门 某局\n实施单位 某馆\n一级指标 二级指标 三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分\n产出指标 数量指标 全年免费开放 100% 100% 50 50\n效益指标 社会效益指标推动公共文化服务 100% 100% 10 10\n总分 100 100\n";
    const f = (await parse(text, { path: "a.txt" })).forms[0]!;
    expect(f.indicators.find((i) => i.level3 === "推动公共文化服务")).toMatchObject({ level2: "社会效益指标", weight: 10, score: 10 });
  });
});
