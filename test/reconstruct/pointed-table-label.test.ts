import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { trailingTableLabel } from "../../src/reconstruct/vertical-label-prefix.js";

/**
 * The indicator block's vertical label with its points (年度绩效目标(80分), the merged first column)
 * run together after a middle row's 二级 name: no cell of the row, and no row of its own. Every text
 * made up.
 */
describe("the indicator table's own label with its points, run together after a 二级 name", () => {
  it.each([
    [["数量指标", "年度绩效目标(", "80分", ")"], 3],
    [["数量指标", "年度绩效目标(80分)"], 1],
    [["时效指标", "绩效指标", "(", "20分", ")"], 4],
    // Without points the words are also a goal column's name; a 三级 name that holds them is none.
    [["数量指标", "年度绩效目标"], 0],
    [["质量指标", "年度绩效目标(80分)达成率"], 0],
    [["年度绩效目标(80分)"], 0],
    // A page converted to traditional characters spells it so.
    [["數量指標", "年度績效目標(", "80分", ")"], 3],
  ])("%j → %d", (texts, n) => {
    expect(trailingTableLabel(texts)).toBe(n);
  });

  it("reads no indicator of it", async () => {
    const text = [
      "某县道路养护项目支出绩效自评表",
      "项目名称某县道路养护项目主管部门某县交通运输局实施单位某县公路段",
      "一级指标二级指标三级指标年度指标值实际完成值分值得分",
      "产出指标数量指标养护道路里程≥80公里86公里2020",
      "数量指标年度绩效目标(80分)",
      "质量指标验收合格率100%100%2020",
      "总分10090",
      "",
    ].join("\n");
    const f = (await parse(text, { path: "pointed-label.txt" })).forms[0]!;
    expect(f.indicators.map((i) => i.level3)).toEqual(["养护道路里程", "验收合格率"]);
  });
});
