/**
 * A 一级 name printed with its points and no brackets (产出指标50分), as some templates print it
 * and as a page that lost the brackets gives it: the name and its weight, as 产出指标(50分) gives
 * them. Only a 一级 name of the template so: a scoring sheet prints a 二级's points bare beside it
 * (数量指标15分). Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { level1WithWeight } from "../../src/reconstruct/classify.js";
import { parse } from "../../src/pipeline.js";

describe("level1WithWeight", () => {
  const cases: [string, { name: string; weight: number } | null][] = [
    ["产出指标(50分)", { name: "产出指标", weight: 50 }],
    ["产出指标50分", { name: "产出指标", weight: 50 }],
    ["满意度指标10分", { name: "满意度指标", weight: 10 }],
    ["效益指标27.5分", { name: "效益指标", weight: 27.5 }],
    // A 二级 name's bare points: not a 一级.
    ["数量指标15分", null],
    // No 分: a bare figure after a name tells no points.
    ["产出指标50", null],
    ["培训人数指标", null],
  ];
  it.each(cases)("%s", (key, expected) => {
    expect(level1WithWeight(key)).toEqual(expected);
  });
});

const LINEAR = [
  "某县2023年项目支出绩效自评表",
  "项目名称 乡村道路养护 主管部门 某县交通运输局",
  "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
  "产出指标50分 数量指标 养护里程 ≥120公里 126公里 20 20",
  "质量指标 验收合格率 100% 100% 30 30",
  "效益指标30分 社会效益指标 群众出行条件 有所改善 明显改善 30 28",
  "满意度指标10分 服务对象满意度指标 沿线群众满意度 ≥90% 95% 10 10",
  "总分 100 98",
].join("\n");

describe("a linear form whose 一级 names carry bare points", () => {
  it("reads each 一级 name without its points, for the rows it heads", async () => {
    const doc = await parse(LINEAR, { path: "level1-bare-points.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "养护里程"],
      ["产出指标", "质量指标", "验收合格率"],
      ["效益指标", "社会效益指标", "群众出行条件"],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度"],
    ]);
  });
});

/** Pipe rows: the funds label's points and each 一级's printed bare; 成本指标 a row of the 产出 group. */
const PIPED = [
  "某县2023年项目支出绩效自评表",
  "项目名称 | 社区图书室建设 | | | |",
  "主管部门 | 某县文化局 | 实施单位 | 某县图书馆 | |",
  "预算执行情况(万元) 20分 | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |",
  "年度财政资金总额 | 8 | 8 | 100% | 20 |",
  "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
  "产出指标40分 | 数量指标 | 新增图书 | 2000册 | 2100册 | 20 |",
  "成本指标 | 采购成本 | ≤8万元 | 8万元 | 20 |",
  "效益指标30分 | 社会效益 | 借阅人次 | ≥5000人次 | 5600人次 | 30 |",
  "满意度指标10分 | 服务对象满意度 | 读者满意度 | ≥90% | 96% | 10 |",
].join("\n");

describe("a piped form whose funds label and 一级 names carry bare points", () => {
  it("reads the funds' weight from the label and keeps 成本指标 a 二级 of the 产出 group", async () => {
    const doc = await parse(PIPED, { path: "level1-bare-points-piped.txt" });
    const form = doc.forms[0]!;
    expect(form.funds.weight).toBe(20);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "新增图书"],
      ["产出指标", "成本指标", "采购成本"],
      ["效益指标", "社会效益", "借阅人次"],
      ["满意度指标", "服务对象满意度", "读者满意度"],
    ]);
  });
});

/** Linear rows whose 一级 names the page lost, only their points left alone on a line, bare. */
const LOST_NAMES = [
  "某县2023年项目支出绩效自评表",
  "项目名称 乡村道路养护 主管部门 某县交通运输局",
  "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
  "50分",
  "数量指标 养护里程 ≥120公里 126公里 25 25",
  "质量指标 验收合格率 100% 100% 25 25",
  "30分",
  "社会效益指标 群众出行条件 有所改善 明显改善 30 28",
  "总分 100 98",
].join("\n");

describe("a linear form whose lost 一级 names left their bare points alone on a line", () => {
  it("begins a group of no name at each, the rows under it keeping their own names and points", async () => {
    const doc = await parse(LOST_NAMES, { path: "level1-lost-bare-points.txt" });
    const inds = doc.forms[0]!.indicators;
    expect(inds.map((i) => [i.level1, i.level2, i.level3, i.weight, i.score])).toEqual([
      [null, "数量指标", "养护里程", 25, 25],
      [null, "质量指标", "验收合格率", 25, 25],
      [null, "社会效益指标", "群众出行条件", 30, 28],
    ]);
  });
});
