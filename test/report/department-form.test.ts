/**
 * The report's form view of a department-wide form is laid out like the paper form: its header,
 * the 年度主要任务 table, the 资金结构 table with its extra columns, 评分标准 beside the indicators;
 * findings land on the cells they are about. Values are those typed by hand into the fixture.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cellId, formModel, placeFindings, renderFormTable, resolveCell } from "../../src/report/form-table.js";
import { WORDS } from "../../src/report/words.js";

const text = readFileSync(new URL("../../fixtures/department/national-tab.txt", import.meta.url), "utf8");

describe("report: department-wide form", async () => {
  const form = (await parse(text, { path: "national-tab.txt" })).forms[0]!;
  const w = WORDS.zh;
  const rows = formModel(form, w);
  const cell = (path: string) => resolveCell(rows, path);

  it("lays out the header, the tasks, the 资金结构 table and 评分标准", () => {
    const heads = rows.flat().filter((c) => c.head).map((c) => c.text);
    for (const h of ["部门（单位）名称", "部门预算编码", "年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金", "年初部门预算安排金额", "年中调整金额", "小计", "年度拨付金额", "支出实现率", "结余金额", "资金结余率", "评分标准"]) {
      expect(heads).toContain(h);
    }
    expect(heads).not.toContain("项目名称");
    expect(cell("/department")?.text).toBe("某市林业局");
    expect(cell("/departmentCode")?.text).toBe("306001");
    expect(cell("/tasks/0/name")?.text).toBe("森林防火");
    expect(cell("/tasks/2/budget/total")?.text).toBe("30");
    expect(cell("/tasks/1/budget/other")?.text).toBeNull();
    expect(cell("/funds/rows/0/adjustment")?.text).toBe("20");
    expect(cell("/funds/rows/2/balance")?.text).toBe("10");
    expect(cell("/funds/rows/2/balanceRatePercent")?.text).toBe("8.33%");
    expect(cell("/funds/executionRatePercent")?.text).toBe("93.75%");
    expect(cell("/indicators/0/method")?.text).toBe("完成得满分");
  });

  it("every row spans the paper form's 11 columns", () => {
    // a cell spanning rows above counts in the rows below it
    const width = new Array<number>(rows.length).fill(0);
    rows.forEach((row, r) => {
      for (const c of row) for (let k = 0; k < (c.rowSpan ?? 1); k++) width[r + k]! += c.colSpan ?? 1;
    });
    expect(new Set(width)).toEqual(new Set([11]));
  });

  it("puts the task-budget finding on the task's 总额 cell", () => {
    const placed = placeFindings("f0", rows, form.audit.findings);
    const finding = placed.find((p) => p.finding.rule === "task-budget")!;
    expect(finding.cellId).toBe(cellId("f0", cell("/tasks/2/budget/total")!));
    const html = renderFormTable("f0", form, rows, placed, w).toString();
    expect(html).toContain('data-path="/tasks/2/budget/total"');
    expect(html).toContain("task-budget");
  });
});
