import { describe, expect, it } from "vitest";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";

/** One cell a line in a converter's block order: the year line set among the indicator table's cells. Made-up text. */
const cells = (texts: string[]) => texts.map((text, k) => ({ text, source: { line: k + 1 } }));
const rowOf = (texts: string[], text: string) => segmentStream(cells(texts)).find((r) => r.cells.some((c) => c.text === text))!.cells.map((c) => c.text);

describe("a year in brackets with 年度 inside the indicator table's cells", () => {
  it("is the year line, a row of its own", () => {
    expect(rowOf(["某某项目支出绩效自评表", "绩效指标", "(2031 年度)", "某某工程"], "(2031 年度)")).toEqual(["(2031 年度)"]);
  });
  it("a bare year there stays a value (完成时间 2031年)", () => {
    expect(rowOf(["某某项目支出绩效自评表", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "产出指标", "时效指标", "完成时间", "2031年", "2031年"], "2031年").length).toBeGreaterThan(1);
  });
});
