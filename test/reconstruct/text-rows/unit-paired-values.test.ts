import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinUnitPairedValues } from "../../../src/reconstruct/text-rows/unit-paired-values.js";

// A target and completion in one unit, wrapped a piece a line (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";

describe("a target and completion in one unit, a piece a line, parted where the unit settles it", () => {
  it.each([
    ["数量指标\n新建污水管网\n≥452\n0米\n4873\n米\n5 5", ["数量指标", "新建污水管网 | ≥4520米 | 4873米 | 5 | 5"]],
    ["数量指标\n培训农村实用\n人才\n不少于9\n00人次\n962\n人次\n4 4 已完成", ["数量指标", "培训农村实用人才 | 不少于900人次 | 962人次 | 4 | 4 | 已完成"]],
    // the completion whole before the points on their line
    ["数量指标\n发放宣传册\n≥30\n00份\n3125份 2 2", ["数量指标", "发放宣传册 | ≥3000份 | 3125份 | 2 | 2"]],
    // after a row's points
    ["河道保洁 ≥95% 97% 3 3\n植树数量\n≥12\n00株\n1306\n株\n3 3", ["河道保洁 | ≥95% | 97% | 3 | 3", "植树数量 | ≥1200株 | 1306株 | 3 | 3"]],
    // value pieces a space set apart inside them
    ["数量指标\n绿化养护\n面积\n不少于 45\n万平方米\n52 万平\n方米\n5 5", ["数量指标", "绿化养护面积 | 不少于45万平方米 | 52万平方米 | 5 | 5"]],
    // the name beside its 一级/二级 names on their line
    ["产出指标\n数量指标 改造农村危房\n=84\n户\n91\n户\n5 5", ["产出指标", "数量指标 | 改造农村危房 | =84户 | 91户 | 5 | 5"]],
    // a row on two lines, its target broken between them, after a row's 偏差原因
    ["工期延误，下年度\n加快进度\n新建污水管网 不少于4\n5公里 48公里 5 5", ["工期延误，下年度", "加快进度", "新建污水管网 | 不少于45公里 | 48公里 | 5 | 5"]],
  ])("%j", (body, lines) => {
    expect(linesOf(joinUnitPairedValues(rowsOf(`${HEAD}\n${body}`))).slice(1)).toEqual(lines);
  });

  it.each([
    // no indicator head above
    "数量指标\n新建污水管网\n≥452\n0米\n4873\n米\n5 5",
    // units differ: the cut is not settled by the unit
    `${HEAD}\n数量指标\n新建污水管网\n≥452\n0米\n4873\n公里\n5 5`,
    // a target with no unit: no cut is settled
    `${HEAD}\n数量指标\n新建污水管网\n≥452\n0\n4873\n米\n5 5`,
    // after words (a row's 偏差原因 may end there): the name is not told from them
    `${HEAD}\n工期延误，下年度\n加快进度\n新建污水管网\n≥452\n0米\n4873\n米\n5 5`,
    // the target's first piece whole in its unit already: not broken
    `${HEAD}\n新建污水管网 不少于4公里\n5公里 48公里 5 5`,
    // the completion in another unit
    `${HEAD}\n新建污水管网 不少于4\n5公里 48米 5 5`,
    // no points line closing the run
    `${HEAD}\n数量指标\n新建污水管网\n≥452\n0米\n4873\n米`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinUnitPairedValues(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});
