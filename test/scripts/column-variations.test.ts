/**
 * scripts/field/column-variations.ts on a small made-up form: each variation writes the indicator
 * table or the funds block with its columns in another order (or some dropped), in the header and
 * in every row alike, and changes the truth only where a dropped column takes a field away.
 */
import { describe, expect, it } from "vitest";
import { COLUMN_TRUTH, COLUMN_VARIATIONS } from "../../scripts/field/column-variations.js";
import type { FieldTruth } from "../helpers/field-truth.js";

const PIPE = [
  "测试项目支出绩效自评表",
  "| 项目名称 | 测试项目 |",
  "| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
  "| 年度资金总额 | 10 | 12 | 9 | 10 | 75% | 7.5 |",
  "| 其中:当年财政拨款 | 10 | 12 | 9 | | | |",
  "| 年度总体目标 | 预期目标 | 实际完成情况 |",
  "| | 做一件事 | 做完了 |",
  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
  "| 产出指标(50分) | 数量指标 | 甲 | ≥3个 | 3个 | 20 | 20 | |",
  "| | | 乙 | 100% | 90% | 30 | 27 | 进度慢 |",
  "| 满意度指标(50分) | 满意度 | 丙 | ≥90% | 95% | 50 | 50 | |",
  "| 总分 | | | | | 100 | 97 | |",
  "填表人:某人",
].join("\n");

const TRUTH: FieldTruth = {
  forms: [
    {
      template: "project",
      projectName: "测试项目",
      funds: {
        unit: "万元",
        rows: [
          { key: "total", label: "年度资金总额", initialBudget: 10, annualBudget: 12, executed: 9 },
          { key: "fiscal", label: "其中:当年财政拨款", initialBudget: 10, annualBudget: 12, executed: 9 },
        ],
        weight: 10,
        executionRatePercent: 75,
        score: 7.5,
      },
      indicators: [
        { level1: "产出指标", level1Weight: 50, level2: "数量指标", level3: "甲", target: "≥3个", actual: "3个", weight: 20, score: 20, deviation: null },
        { level1: "产出指标", level1Weight: 50, level2: "数量指标", level3: "乙", target: "100%", actual: "90%", weight: 30, score: 27, deviation: "进度慢" },
        { level1: "满意度指标", level1Weight: 50, level2: "满意度", level3: "丙", target: "≥90%", actual: "95%", weight: 50, score: 50, deviation: null },
      ],
      total: { weight: 100, score: 97 },
    },
  ],
};

const lines = (v: string) => COLUMN_VARIATIONS[v]!(PIPE, TRUTH).split("\n");

describe("column variations", () => {
  it("moves 分值 before the targets in the header and every indicator row", () => {
    const out = lines("cols-weight-first");
    expect(out).toContain("| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因分析及改进措施 |");
    expect(out).toContain("| 产出指标(50分) | 数量指标 | 甲 | 20 | ≥3个 | 3个 | 20 |  |");
    // (A merged 一级 and 二级 are blank under their group's first row.)
    expect(out).toContain("|  |  | 乙 | 30 | 100% | 90% | 27 | 进度慢 |");
    expect(out).toContain("| 总分 |  |  | 100 |  |  | 97 |  |");
    // The lines around the table are as found.
    expect(out[0]).toBe("测试项目支出绩效自评表");
    expect(out[out.length - 1]).toBe("填表人:某人");
  });

  it("puts 得分 before 分值 and the completion before the target", () => {
    expect(lines("cols-score-first")).toContain("| 产出指标(50分) | 数量指标 | 甲 | ≥3个 | 3个 | 20 | 20 |  |");
    expect(lines("cols-score-first")[7]).toBe("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 | 分值 | 偏差原因分析及改进措施 |");
    expect(lines("cols-actual-first")).toContain("|  |  | 乙 | 90% | 100% | 30 | 27 | 进度慢 |");
    expect(lines("cols-deviation-early")).toContain("|  |  | 乙 | 100% | 90% | 进度慢 | 30 | 27 |");
  });

  it("drops a column from the header and every row, and its field from the truth", () => {
    const out = lines("cols-no-level1");
    expect(out).toContain("| 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |");
    expect(out).toContain("| 数量指标 | 甲 | ≥3个 | 3个 | 20 | 20 |  |");
    expect(out.join("\n")).not.toContain("产出指标");
    const truth = COLUMN_TRUTH["cols-no-level1"]!.varied(TRUTH, PIPE);
    const ind = (truth.forms[0]!.indicators as Array<Record<string, unknown>>)[0]!;
    expect("level1" in ind || "level1Weight" in ind).toBe(false);
    expect(ind.level2).toBe("数量指标");
    expect(lines("cols-no-deviation")).toContain("|  |  | 乙 | 100% | 90% | 30 | 27 |");
    const noDev = COLUMN_TRUTH["cols-no-deviation"]!.varied(TRUTH, PIPE);
    expect((noDev.forms[0]!.indicators as Array<Record<string, unknown>>).some((i) => "deviation" in i)).toBe(false);
    // The truth of a text the variation cannot change stays whole.
    expect(COLUMN_TRUTH["cols-no-deviation"]!.varied(TRUTH, "无表")).toBe(TRUTH);
  });

  it("prints the header on two rows, 指标值 over the target and the completion", () => {
    const out = lines("cols-header-two-rows");
    const h = out.indexOf("| 一级指标 | 二级指标 | 三级指标 | 指标值 |  | 分值 | 得分 | 偏差原因分析及改进措施 |");
    expect(h).toBeGreaterThan(0);
    expect(out[h + 1]).toBe("|  |  |  | 年度指标值 | 实际完成值 |  |  |  |");
  });

  it("writes one cell a line without the cells a merged header covers", () => {
    const cpl = PIPE.split("\n").flatMap((l) => (l.startsWith("|") ? l.replace(/^\| | \|$/g, "").split(" | ") : [l])).join("\n");
    const out = COLUMN_VARIATIONS["cols-header-two-rows"]!(cpl, TRUTH);
    expect(out).toContain("三级指标\n指标值\n分值\n得分\n偏差原因分析及改进措施\n年度指标值\n实际完成值\n产出指标(50分)");
  });

  it("reorders and drops the funds block's columns, rows with them", () => {
    const out = lines("funds-cols-executed-first");
    expect(out).toContain("| 项目资金(万元) | 全年执行数 | 全年预算数 | 年初预算数 | 分值 | 执行率 | 得分 |");
    expect(out).toContain("| 年度资金总额 | 9 | 12 | 10 | 10 | 75% | 7.5 |");
    expect(out).toContain("| 其中:当年财政拨款 | 9 | 12 | 10 |  |  |  |");
    expect(lines("funds-cols-rate-first")).toContain("| 年度资金总额 | 10 | 12 | 9 | 75% | 7.5 | 10 |");
    const noInitial = lines("funds-cols-no-initial");
    expect(noInitial).toContain("| 项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |");
    expect(noInitial.join("\n")).not.toContain("年初预算数");
    const truth = COLUMN_TRUTH["funds-cols-no-initial"]!.varied(TRUTH, PIPE);
    const rows = (truth.forms[0]!.funds as { rows: Array<Record<string, unknown>> }).rows;
    expect(rows.map((r) => "initialBudget" in r)).toEqual([false, false]);
    // The goals after the block are as found.
    expect(noInitial).toContain("| 年度总体目标 | 预期目标 | 实际完成情况 |");
  });

  it("splits each target into a comparator, a figure and a unit, with a direction column", () => {
    const out = lines("cols-split-target");
    expect(out).toContain("| 一级指标 | 二级指标 | 三级指标 | 指标方向 | 运算符号 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |");
    expect(out).toContain("| 产出指标(50分) | 数量指标 | 甲 | 正向 | ≥ | 3 | 个 | 3 | 20 | 20 |  |");
    // (A target with no comparator: its figure and unit; the truth's target is as the cells join.)
    expect(out).toContain("|  |  | 乙 | 正向 |  | 100 | % | 90 | 30 | 27 | 进度慢 |");
    const same = COLUMN_TRUTH["cols-split-target"]!.varied(TRUTH, PIPE);
    expect((same.forms[0]!.indicators as Array<Record<string, unknown>>).map((i) => [i.target, i.actual])).toEqual([["≥3个", "3个"], ["100%", "90%"], ["≥90%", "95%"]]);
  });

  it("prints the split target in Inner Mongolia's order: the direction under 指标性质, the comparator in words", () => {
    const out = lines("cols-split-target-swapped");
    expect(out).toContain("| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标方向 | 年度指标值 | 实际完成值 | 计量单位 | 分值 | 得分 | 偏差原因分析及改进措施 |");
    expect(out).toContain("| 产出指标(50分) | 数量指标 | 甲 | 正向 | 大于等于 | 3 | 3 | 个 | 20 | 20 |  |");
    const truth = COLUMN_TRUTH["cols-split-target-swapped"]!.varied(TRUTH, PIPE);
    expect((truth.forms[0]!.indicators as Array<Record<string, unknown>>).map((i) => i.target)).toEqual(["大于等于3个", "100%", "大于等于90%"]);
  });

  it("leaves a page of another template or of several forms as found", () => {
    const dept: FieldTruth = { forms: [{ ...TRUTH.forms[0]!, template: "department" }] };
    const two: FieldTruth = { forms: [TRUTH.forms[0]!, TRUTH.forms[0]!] };
    for (const v of Object.keys(COLUMN_VARIATIONS)) {
      expect(COLUMN_VARIATIONS[v]!(PIPE, dept)).toBe(PIPE);
      expect(COLUMN_VARIATIONS[v]!(PIPE, two)).toBe(PIPE);
    }
  });
});
