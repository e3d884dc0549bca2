/**
 * 满意度 without 指标 is a name of both levels: the 一级 of templates that print 产出 / 效益 / 满意度,
 * and the 二级 under 效益指标 of others (效益指标 | 社会效益 … | 满意度). Where it stands — the column
 * its cell is in — says which. Each case a small text written for this test, read by hand.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/reconstruct/classify.js";
import { parse } from "../../src/pipeline.js";

const HEAD = ["2021年度项目支出绩效自评表", "一级指标 | 二级指标 | 三级指标 | 目标值 | 完成值 |"];

async function levels(lines: string[]): Promise<string[][]> {
  const doc = await parse([...HEAD, ...lines].join("\n"), { path: "satisfaction.txt" });
  return doc.forms[0]!.indicators.map((i) => [i.level1 ?? "", i.level2 ?? "", i.level3 ?? ""]);
}

describe("满意度 alone", () => {
  it("is a name of both levels", () => {
    expect(classify("满意度").kind).toBe("level12");
  });

  it("in the 二级 column, under 效益指标, is the 二级", async () => {
    const read = await levels(["效益指标 | 社会效益 | 就业人数 | 200人 | 188人 |", "| 满意度 | 学员满意度 | 90% | 93% |"]);
    expect(read[1]).toEqual(["效益指标", "满意度", "学员满意度"]);
  });

  it("in the 一级 column, with its 二级 beside it, is the 一级", async () => {
    const read = await levels(["效益 | 社会效益指标 | 就业人数 | 200人 | 188人 |", "满意度 | 服务对象满意度指标 | 学员满意度 | 90% | 93% |"]);
    expect(read[1]).toEqual(["满意度", "服务对象满意度指标", "学员满意度"]);
  });
});
