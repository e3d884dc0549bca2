/**
 * An excerpt that starts inside the indicator table, space-separated: a row's 得分计算方法 run onto
 * lines of its own under the row. With no header to name the row's last columns, a sentence that
 * says how points are given is the method (which a project form's contract does not carry), not a
 * 偏差原因; a sentence that says why a target was missed stays the 偏差原因. Small texts written for this test, the expected readings typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (text: string) =>
  ((await parse(text, { path: "headerless-rule.txt" })).forms[0]!.indicators as Array<Record<string, unknown>>).map((i) => [i.level3, i.weight, i.score, i.deviation]);

describe("a sentence spilled under a headerless row", () => {
  it("is the method where it says how points are given", async () => {
    const text = [
      "数量指标 巡查河道里程 ≥120公里 132公里 15 15  ",
      "计分办法:实际值达到目标值的,得满分;未达到的按实际值与目标值之比折算。",
      "质量指标 巡查问题整改率 100% 100% 15 15  ",
    ].join("\n");
    expect(await read(text)).toEqual([
      ["巡查河道里程", 15, 15, null],
      ["巡查问题整改率", 15, 15, null],
    ]);
  });

  it("stays the 偏差原因 where it says why a target was missed", async () => {
    const text = [
      "数量指标 巡查河道里程 ≥120公里 96公里 15 12  ",
      "汛期连续降雨,部分河段道路中断,巡查未能如期开展,下年度将提前安排。",
      "质量指标 巡查问题整改率 100% 100% 15 15  ",
    ].join("\n");
    expect(await read(text)).toEqual([
      ["巡查河道里程", 15, 12, "汛期连续降雨,部分河段道路中断,巡查未能如期开展,下年度将提前安排。"],
      ["巡查问题整改率", 15, 15, null],
    ]);
  });
});
