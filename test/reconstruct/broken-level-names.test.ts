/**
 * Level names broken over a linear text's lines: a merged 一级 cell's name printed down its height
 * a character a line, and a 二级 name wrapped in its narrow column, as a PDF dump gives them. Made-up
 * text in the layout of a published 转移支付区域(项目)绩效自评表.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { joinBrokenLevelNames } from "../../src/reconstruct/broken-level-names.js";
import { parse } from "../../src/pipeline.js";

const rows = (lines: string[]): Row[] => lines.map((l, k) => ({ cells: l.split(" ").map((text) => ({ text, source: { line: k + 1 } })), boundaries: "spaces" as const }));
const texts = (r: Row[]) => r.map((row) => row.cells.map((c) => c.text).join(" "));

describe("joinBrokenLevelNames", () => {
  it.each([
    // a 一级 name a character a line, its last character on the row's line
    [["产", "出", "指", "标 数量指标 设备数量 ≥5套 5套 20 20"], ["产出指标 数量指标 设备数量 ≥5套 5套 20 20"]],
    // a 二级 name wrapped after the 一级 name's last character
    [["效", "益", "指", "标 经济效益", "指标 观影人数 ≥4万人次 4.4万人次 5 5"], ["效益指标 经济效益指标 观影人数 ≥4万人次 4.4万人次 5 5"]],
    // a 一级 name with its points
    [["产出", "指标(40分) 数量指标 设备数量 ≥5套 5套 20 20"], ["产出指标(40分) 数量指标 设备数量 ≥5套 5套 20 20"]],
    // a row of values before the next row's first cell: no name broken there
    [["质量指标 放映质量 明显 明显", "指标 观影人数 ≥4万人次"], ["质量指标 放映质量 明显 明显", "指标 观影人数 ≥4万人次"]],
    // a known 二级 name starting the next row begins a row of its own
    [["产出指标", "数量指标 设备数量 ≥5套 5套 20 20"], ["产出指标", "数量指标 设备数量 ≥5套 5套 20 20"]],
    // pieces that spell no name stay apart
    [["项目", "名称 某某项目"], ["项目", "名称 某某项目"]],
  ])("%j", (lines, expected) => {
    expect(texts(joinBrokenLevelNames(rows(lines)))).toEqual(expected);
  });

  it("reads the indicators of a linear page whose level names are broken over lines", async () => {
    const text = [
      "某县电影专项资金转移支付区域(项目)绩效自评表",
      "绩 效 指 标 一级指标 二级指标 三级指标 年度指标值 全年完成值 分值 得分",
      "产", "出", "指", "标 数量指标 维护放映设备数量 ≥5套 5套 20 20",
      "质量指标 提升放映质量 明显 明显 10 10",
      "效", "益", "指", "标 经济效益", "指标 全年观影人数 ≥4万人次 4.4万人次 5 5",
      "总分 100 98",
    ].join("\n");
    const f = (await parse(Buffer.from(text), { path: "broken-names.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "维护放映设备数量", "≥5套", "5套", 20, 20],
      ["产出指标", "质量指标", "提升放映质量", "明显", "明显", 10, 10],
      ["效益指标", "经济效益指标", "全年观影人数", "≥4万人次", "4.4万人次", 5, 5],
    ]);
  });
});
