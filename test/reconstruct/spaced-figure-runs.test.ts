/**
 * Run-together text that kept the spaces between a row's figures (`…全部参保8421 20 18`): a digit
 * run a space parts from the next figure is one figure, not two run together (8421 is not 84 | 21);
 * which column it fills the row does not settle, so the other stays empty. Runs with no space after
 * them are cut as before. Text written for this test; the expected values typed from it.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const TEXT = [
  "某县项目支出绩效自评表",
  "项目名称某项补助资金主管部门某县医保局",
  "项目资金年初预算数全年预算数全年执行数分值执行率得分",
  "年度资金总额50 48 10 96% 9.6",
  "一级指标二级指标三级指标指标值实际完成值分值得分",
  "产出指标数量指标参保人数应参保人员全部参保8421 20 18",
  "质量指标到账率100%100%20 20",
  "总分100 93",
].join("\n");

describe("a digit run a space parts from the row's next figure", () => {
  it("is one figure, not cut into two", async () => {
    const f = (await parse(TEXT + "\n", { path: "spaced-figures.txt" })).forms[0]!;
    const values = f.indicators.flatMap((i) => [i.target, i.actual]);
    expect(values).not.toContain("84");
    expect(values).toContain("8421");
    expect(f.indicators[0]).toMatchObject({ weight: 20, score: 18 });
  });
  it("still cuts the runs with no space after them", async () => {
    const f = (await parse(TEXT + "\n", { path: "spaced-figures.txt" })).forms[0]!;
    expect([f.indicators[1]!.target, f.indicators[1]!.actual]).toEqual(["100%", "100%"]);
  });
});
