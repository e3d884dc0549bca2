/**
 * One cell a line, an excerpt that starts inside a scoring sheet's rows, its header cut off: small
 * texts written for this test, their expected readings typed by hand from the texts.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";

const indicators = async (cells: string[]) =>
  ((await parse(cells.join("\n"), { path: "excerpt.txt" })).forms[0]?.indicators ?? []).map((i) => [i.level1, i.level1Weight ?? null, i.level2, i.level3, i.weight, i.score]);

describe("a scoring sheet's rows without their header, one cell a line", () => {
  it("reads each group's name and points and each item's 分值 and 得分, the merged groups carried", async () => {
    const rows = [
      ["前期工作", "25", "立项规范", "10", "论证充分", "6", "5"],
      ["审批完备", "4", "4"],
      ["目标设置", "15", "目标明确", "15", "14"],
      ["实施管理", "75", "资金管理", "40", "使用合规", "40", "36"],
    ];
    expect(await indicators([...rows.flat(), "合计", "100", "59"])).toEqual([
      ["前期工作", 25, "立项规范", "论证充分", 6, 5],
      ["前期工作", 25, "立项规范", "审批完备", 4, 4],
      ["前期工作", 25, "目标设置", "目标明确", 15, 14],
      ["实施管理", 75, "资金管理", "使用合规", 40, 36],
    ]);
  });

  it("gives such rows the scoring sheet's header only where their points are a scoring sheet's (no part above its group)", () => {
    const firstRow = (texts: string[]) => segmentStream(texts.map((text, i) => ({ text, source: { line: i + 1 } })))[0]!.cells.map((c) => c.text);
    expect(firstRow(["前期工作", "25", "立项规范", "10", "论证充分", "6", "5", "审批完备", "4", "4"])).toEqual(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]);
    expect(firstRow(["编制数", "45", "实际在职人数", "48", "临时聘用人数", "12", "8", "离退休人数", "6"])[0]).toBe("编制数");
    // (Nor where the cells go on as no scoring sheet's rows: a sentence where a name should be.)
    expect(firstRow(["前期工作", "25", "立项规范", "10", "论证充分", "6", "5", "按立项文件是否齐全、程序是否规范计分", "4"])[0]).toBe("前期工作");
  });
});
