/**
 * One cell a line, closed by ` |`, with one line of pipes under the sheet's title: that line marks
 * the title row's end, not the table's rows. The numbered rows are told by their 序号 as in a text
 * without marks, so the first row keeps its 一级 and 二级 names and the next, which omits them
 * (merged), carries them down.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const cells = (xs: string[]) => xs.map((x) => `${x} |`);

describe("a scoring sheet one cell a line with one line of pipes under its title", () => {
  it("reads each numbered row with its names", async () => {
    const text = [
      "某市农村饮水安全民生工程绩效评价指标表 |",
      "||||||||",
      ...cells(["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释说明", "评分标准", "备注", "自评"]),
      ...cells(["1", "投入", "资金落实(8分)", "资金到位率", "5", "考察资金是否及时足额到位。", "到位率100%得满分,每低1%扣0.5分", "", "4"]),
      ...cells(["2", "到位及时性", "3", "考察资金到位是否及时。", "及时到位得3分,否则不得分", "", "3"]),
    ].join("\n");
    const doc = await parse(new TextEncoder().encode(text), { path: "x.txt" });
    const rows = doc.forms[0]!.indicators.map((i) => [i.level1, i.level2, i.level3, i.weight, i.score]);
    expect(rows[0]).toEqual(["投入", "资金落实(8分)", "资金到位率", 5, 4]);
    expect(rows[1]?.slice(0, 4)).toEqual(["投入", "资金落实(8分)", "到位及时性", 3]);
  });
});
