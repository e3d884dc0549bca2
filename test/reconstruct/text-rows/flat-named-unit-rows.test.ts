import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// Indicator rows flattened onto one line whose 三级 names carry their unit in brackets, each with
// one bare figure (the target; completion and score left blank). All text made up.
const HEAD = "2022年度项目支出绩效自评表项目名称某某良种场建设项目主管部门某县人民政府实施单位某县农业农村局一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标";

describe("a bare figure after a name that carries its unit ends its row", () => {
  it.each([
    // the next name opens with a character that is a unit elsewhere (年, 台): the figure is still bare
    ["数量指标种畜存栏数(头)400年出栏商品猪数(头)1800", ["数量指标种畜存栏数(头)400", "年出栏商品猪数(头)1800"]],
    ["数量指标圈舍面积(平方米)3000台账建档率(%)100", ["数量指标圈舍面积(平方米)3000", "台账建档率(%)100"]],
    // a comparator inside the brackets (≥万元) is no part of the unit
    ["成本指标投入资金(≥万元)800年新增产值(万元)300", ["成本指标投入资金(≥万元)800", "年新增产值(万元)300"]],
  ])("%s", (table, expected) => {
    const rows = cutAtRowStarts(HEAD + table);
    expect(rows.slice(-expected.length)).toEqual(expected);
  });

  it("keeps a figure followed by the name's own unit (人数(人)300人…) whole", () => {
    const rows = cutAtRowStarts(HEAD + "数量指标培训人数(人)300人次以上覆盖乡镇数(个)12");
    expect(rows.some((r) => r.startsWith("人次以上"))).toBe(false);
  });

  it("leaves text with no figure after it (the row's 偏差原因) on the row", () => {
    const rows = cutAtRowStarts(HEAD + "数量指标圈舍面积(平方米)3000年内未开工");
    expect(rows.at(-1)).toBe("数量指标圈舍面积(平方米)3000年内未开工");
  });
});
