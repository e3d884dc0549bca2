import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinBrokenHeads } from "../../../src/reconstruct/text-rows/broken-heads.js";
import { parse } from "../../../src/pipeline.js";

// A head row whose narrow heads a converter broke over lines (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

describe("a head row broken over lines is one row again", () => {
  it.each([
    // wide heads on the first line, the narrow ones in pieces after it
    ["年初预算数 全年预算数 全年执行数 分值\n执行\n率\n得分\n年度资金总额 10 9 9 10 90% 9", ["年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分", "年度资金总额 | 10 | 9 | 9 | 10 | 90% | 9"]],
    // a head's pieces on one line and the next (年度 指标值, 实际 完成 / 值)
    ["一级指标 二级指标 三级指标 年度 指标值\n实际 完成\n值\n分值 得分\n产出指标", ["一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分", "产出指标"]],
    // a note broken from its head, and a note's figure (分值(10 / 分))
    ["年初预算数\n(A) 全年执行数(B) 分值(10\n分) 执行率(B/A) 得分", ["年初预算数(A) | 全年执行数(B) | 分值(10分) | 执行率(B/A) | 得分"]],
    // a whole head on a line, its neighbour in two pieces (年初预算 / 调整后预算 / 数)
    ["年初预算\n调整后预算\n数\n预算执行数 预算执行率 权重 得分", ["年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分"]],
    // the first head broken too (年初预 / 算数), a head row's worth of heads after it
    ["项目资金(万元)\n年初预\n算数\n全年预算数 全年执行数 分值\n执\n行\n率\n得分\n年度资金总额 8 8 8 10 100% 10", ["项目资金(万元)", "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分", "年度资金总额 | 8 | 8 | 8 | 10 | 100% | 10"]],
    // every head of an indicator table broken in two, more lines than a head row with wide heads takes
    ["一级指\n标\n二级指\n标\n三级指标\n年度 指\n标值\n实际完\n成值\n分\n值\n得\n分\n偏差原因分析\n及 改进措施\n产出指标", ["一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施", "产出指标"]],
  ])("%j", (text, expected) => {
    expect(linesOf(joinBrokenHeads(rowsOf(text)))).toEqual(expected);
  });

  it.each([
    // whole heads on lines of their own, none broken: rows as they were
    "预期目标 实际完成情况\n一级指标 二级指标",
    // a piece that spells no head with its neighbours
    "年初预算数 全年预算数\n执行\n情况",
    // a line with a figure outside a note is no head's line
    "分值 得分\n执行 10\n率",
    // a note of points alone below the heads is the 一级 row's weight, no head's note
    "一级指标 二级指标 三级指标 分值 得分\n(50分)\n数量指标",
    // no whole head on the first line
    "执行\n率\n得分",
    // a head's first piece, but too few heads for a head row (the tail of one)
    "分\n值\n得\n分\n执行\n率",
  ])("%j", (text) => {
    expect(linesOf(joinBrokenHeads(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a head row repeated on the next page, its first line taken as the page's wrapper", () => {
  it("drops the pieces that repeat the heads given on the first page", () => {
    const text = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 某某 ≥3 4 5 5\n年度 指标\n值\n实际完成\n值\n分值 得分\n质量指标 某某 ≥1 1 5 5";
    expect(linesOf(joinBrokenHeads(rowsOf(text)))).toEqual([
      "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
      "产出指标 | 数量指标 | 某某 | ≥3 | 4 | 5 | 5",
      "质量指标 | 某某 | ≥1 | 1 | 5 | 5",
    ]);
  });

  it("keeps such pieces where no head row was given before them", () => {
    const text = "年度 指标\n值\n实际完成\n值\n分值 得分\n质量指标 某某 ≥1 1 5 5";
    expect(linesOf(joinBrokenHeads(rowsOf(text)))[0]).toBe("年度指标值 | 实际完成值 | 分值 | 得分");
  });
});

describe("a form whose funds heads a converter broke, read end to end", () => {
  it("reads the funds' total row under its heads", async () => {
    const text = [
      "项目支出绩效自评表",
      "( 2021 年度 )",
      "项目名称 某某河道保洁经费",
      "主管部门 某某水务局",
      "实施单位 某某河道管理所",
      "项目资金(万元)",
      "年初预算数 全年预算数 全年执行数 分值",
      "执行",
      "率",
      "得分",
      "年度资金总额 120.00 118.00 100.00 10 84.75% 8",
      "其他资金 120.00 118.00 100.00",
    ].join("\n");
    const doc = await parse(Buffer.from(text), { path: "made-up.txt", input: "text" });
    const form = doc.forms[0]!;
    const total = form.funds.rows.find((r) => r.key === "total");
    expect(total?.annualBudget).toBe(118);
    expect(form.funds.executionRatePercent).toBe(84.75);
    expect(form.funds.score).toBe(8);
  });
});
