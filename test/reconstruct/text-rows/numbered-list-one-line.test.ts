import { describe, expect, it } from "vitest";
import { joinNumberedRows } from "../../../src/reconstruct/text-rows/numbered-rows.js";
import type { Row } from "../../../src/layout/grid.js";
import { parse } from "../../../src/pipeline.js";

// A numbered list (序号) and the form after it, run onto one line by a document site: the rows cut
// from that line are no row broken at a line break. All text made up.
const row = (line: number, ...cells: string[]): Row => ({ cells: cells.map((text) => ({ text, source: { line } })), boundaries: "spaces" });

describe("a numbered table's rows broken at line breaks", () => {
  it("joins a line that does not open on the next number to the row above", () => {
    const rows = joinNumberedRows([row(1, "序号", "项目", "金额", "备注"), row(2, "1", "巡查"), row(3, "12", "无"), row(4, "2", "维护", "8", "无")]);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["序号", "项目", "金额", "备注"],
      ["1", "巡查", "12", "无"],
      ["2", "维护", "8", "无"],
    ]);
  });

  it("never joins two rows cut from one line", () => {
    const rows = joinNumberedRows([row(1, "序号", "项目名称", "1", "河道巡查经费"), row(1, "项目支出绩效自评表"), row(1, "项目名称", "河道巡查经费", "主管部门", "某某县水务局", "实施单位", "某某所")]);
    expect(rows).toHaveLength(3);
  });
});

describe("a report's list of projects and the form run onto one line", () => {
  it("reads the form after the list", async () => {
    const line =
      "某某县水务局2023年部门决算中项目绩效评价报告 序号 项目名称 1 河道巡查经费 2 堤防维护经费 3 水质监测经费 4 防汛物资储备经费 5 农村饮水安全维修养护经费 " +
      "项目支出绩效自评表 (2023年度) 项目名称 河道巡查经费 主管部门 某某县水务局 实施单位 某某县河道管理所 " +
      "项目资金 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 年度资金总额: 80 80 76 10 95% 9.5 其中:本年财政拨款 80 80 76 - - 上年结转资金 - - 其他资金 - - " +
      "年度总体目标完成情况 预期目标 实际完成情况 目标1:完成全县河道日常巡查,及时发现并 处置问题。 完成 " +
      "年度绩效指标完成情况 一级 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标 数量指标 巡查次数 ≥50次 52次 20 20 总分 100 95";
    const doc = await parse(line, { path: "list-then-form.txt" });
    const f = doc.forms[0]!;
    expect(f.projectName).toBe("河道巡查经费");
    expect(f.implementingUnit).toBe("某某县河道管理所");
    expect(f.title).toBe("项目支出绩效自评表");
    expect(f.funds.rows.find((r) => r.key === "currentYear")?.executed).toBe(76);
  });
});
