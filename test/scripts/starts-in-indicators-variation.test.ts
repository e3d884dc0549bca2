/**
 * scripts/field/form-variations.ts's starts-in-indicators on made-up text: the cut falls at the
 * first row, past every line of a header wrapped over lines (指标说明 / 指标方向 / 县级评分 on
 * lines of their own), and not past a 一级 name printed a character a line (its 产 is the row).
 */
import { describe, expect, it } from "vitest";
import { startsInIndicators } from "../../scripts/field/form-variations.js";
import type { FieldTruth } from "../helpers/field-truth.js";

const truthWith = (level1: string) => ({ forms: [{ indicators: [{ level1 }] }] }) as unknown as FieldTruth;
const form = (head: string[], rows: string[]) => ["某项目绩效自评表", "项目名称", "某项目", "年度资金总额", "10", ...head, ...rows].join("\n");

describe("starts-in-indicators", () => {
  it.each([
    // A wrapped header whose last lines name 指标说明, 县级 / 市级 评分.
    [["一级指标", "二级指标", "三级指标", "指标说明", "指标", "县级", "市级", "分值", "评分", "评分"], ["决策(10)", "项目立项", "民主议事", "2", "2", "2"], "决策"],
    // A header with 指标方向 after its 三级 column.
    [["绩效指标", "一级指标", "二级指标", "三级指标", "指标方向", "年度指标值", "分值", "得分"], ["产出指标", "数量指标", "指标1:培训人次", "正向", "100", "10", "10"], "产出指标"],
    // A scoring sheet's header whose last column, 扣分原因和其他说明, stands on a line of its own.
    [["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"], ["投 入", "(20分)", "预算配置", "在职人员控制率", "控制率≤100%,得5分", "5", "5"], "投入"],
    // 产出指标 printed a character a line under the header.
    [["一级", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["产", "出", "指", "标", "数量指标", "培训人次", "100", "100", "10", "10"], "产出指标"],
  ])("cuts at the first row", (head, rows, level1) => {
    const text = form(head, rows);
    expect(startsInIndicators(text, truthWith(level1)).split("\n")[0]).toBe(rows[0]);
  });
});
