/**
 * A 民生工程's scoring sheet (Anhui's …民生工程绩效评价指标表): 指标分值, 指标解释说明, 评分标准, 备注
 * and a column headed 自评 alone, the unit's own score. Its title names the programme, a project's
 * form; 自评 is the score's column, 指标解释说明 a note's (no field), so neither shifts the others.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { columnRoles } from "../../src/reconstruct/row-view.js";

describe("a scoring sheet whose score column is headed 自评", () => {
  it("knows 自评 and 指标解释说明 as column heads", () => {
    expect(columnRoles("自评").indicator).toBe("score");
    expect(columnRoles("指标解释说明").indicator).toBe("note");
  });
  it("reads the sheet as a project's form, each row's 分值 and 自评", async () => {
    const text = [
      "某市农村饮水安全民生工程绩效评价指标表",
      ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释说明", "评分标准", "备注", "自评"].join("\t"),
      ["1", "投入", "资金落实(8分)", "资金到位率", "5", "考察资金是否及时足额到位。", "到位率100%得满分,每低1%扣0.5分", "", "4.5"].join("\t"),
      ["2", "投入", "资金落实(8分)", "到位及时性", "3", "考察资金到位是否及时。", "及时到位得3分,否则不得分", "", "3"].join("\t"),
    ].join("\n");
    const doc = await parse(new TextEncoder().encode(text), { path: "x.txt" });
    const form = doc.forms[0]!;
    expect(form.template).toBe("project");
    expect(form.title).toBe("某市农村饮水安全民生工程绩效评价指标表");
    expect(form.indicators.map((i) => [i.level3, i.weight, i.score])).toEqual([
      ["资金到位率", 5, 4.5],
      ["到位及时性", 3, 3],
    ]);
  });
});
