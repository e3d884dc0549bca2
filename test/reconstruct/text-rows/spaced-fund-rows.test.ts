import { describe, expect, it } from "vitest";
import { cutFlattenedLine } from "../../../src/reconstruct/text-rows/spaced-cuts.js";
import { parse } from "../../../src/pipeline.js";

// A dump run onto one line with its cells parted by spaces: a fund row named in words of its own
// starts where the spacing shows a name between two rows' figures. All text made up.
const FUNDS =
  "项目资金(万元) 全年预算数 全年执行数 执行率 年度资金总额: 500万 480万 96% 其中:中央财政资金 200万 200万 100% " +
  "体育彩票公益金 100 80 80% 地方资金 200万 200万 100% 其他资金 ";
const LINE =
  "某某县健身设施补助资金项目绩效目标自评表 (2023年度) 项目名称 健身设施补助资金 主管部门 某某县体育局 实施单位 某某县体育中心 " +
  FUNDS +
  "年度总体目标 预期目标 实际完成情况 新建健身路径10条。 新建健身路径10条。 " +
  "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 健身路径数量 10条 10条 50 50 总分 100 100";

describe("fund rows named in words of their own, in a one-line dump", () => {
  it("cuts before a name standing between two rows' figures", () => {
    const pieces = cutFlattenedLine(LINE);
    expect(pieces).toContain("体育彩票公益金100 80 80%");
  });

  it("cuts no word of the goals or the indicators so", () => {
    const pieces = cutFlattenedLine(LINE);
    expect(pieces.some((p) => p.startsWith("健身路径数量"))).toBe(false);
  });

  it("reads the row", async () => {
    const f = (await parse(LINE, { path: "fund-names.txt" })).forms[0]!;
    const row = f.funds.rows.find((r) => r.label === "体育彩票公益金");
    expect(row).toMatchObject({ annualBudget: 100, executed: 80 });
    expect(f.funds.rows.find((r) => r.label?.startsWith("地方资金"))).toMatchObject({ annualBudget: 200, executed: 200 });
  });
});
