/**
 * 年度主要任务 copied out of a table one cell a paragraph (a word processor's or a browser's plain-text
 * copy): its header over two rows (预算金额 over 总额 | 财政拨款 | 其他资金), the merged cells' padding
 * printed as empty paragraphs, the vertical label beside a middle row, an amount left empty. Texts
 * written for these tests, each expected value typed by hand from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";
import type { Cell } from "../../src/layout/grid.js";

const cellsOf = (texts: string[]): Cell[] => texts.map((text, i) => ({ text, source: { line: i + 1 } }));
const rowsOf = (texts: string[]) => segmentStream(cellsOf(texts)).map((r) => r.cells.map((c) => c.text));

describe("a task table one cell a paragraph: rows cut by what the cells hold", () => {
  const cases: Array<{ name: string; cells: string[]; expected: string[][] }> = [
    {
      name: "empty cells before the header's second row are the header's",
      cells: ["年度主要任务", "任务名称", "主要内容", "", "预算金额（万元）", "", "总额", "财政拨款", "其他资金", "", "河道清淤", "清理河道八公里", "", "80", "60", "20"],
      expected: [
        ["年度主要任务", "任务名称", "主要内容", "", "预算金额（万元）", "", "总额", "财政拨款", "其他资金"],
        ["河道清淤", "清理河道八公里", "80", "60", "20"],
      ],
    },
    {
      name: "a task whose last amount is left empty ends where the next task's name follows its amounts",
      cells: ["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金", "河道清淤", "清理河道八公里", "80", "80", "", "堤防加固", "加固堤防两处", "45", "40", "5"],
      expected: [
        ["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
        ["河道清淤", "清理河道八公里", "80", "80"],
        ["堤防加固", "加固堤防两处", "45", "40", "5"],
      ],
    },
    {
      name: "the table's label beside a middle row opens that row, not a second table",
      cells: ["", "任务名称", "主要内容", "总额", "财政拨款", "其他资金", "河道清淤", "清理河道八公里", "80", "60", "20", "年度主要任务", "堤防加固", "加固堤防两处", "45", "40", "5"],
      expected: [
        ["任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
        ["河道清淤", "清理河道八公里", "80", "60", "20"],
        ["年度主要任务", "堤防加固", "加固堤防两处", "45", "40", "5"],
      ],
    },
  ];
  it.each(cases)("$name", ({ cells, expected }) => {
    expect(rowsOf(cells).filter((r) => r.some((t) => t !== ""))).toEqual(expected);
  });
});

/** A table's rows one cell a paragraph, an empty cell an empty line of its own. */
function paragraphs(rows: string[][]): string {
  return rows.flatMap((row) => row.flatMap((cell) => (cell === "" ? [""] : [cell, ""]))).join("\n");
}

describe("a department form copied out one cell a paragraph", () => {
  it("reads its tasks and its 资金结构 rows in their places", async () => {
    const text = [
      "部门整体支出绩效自评表",
      "",
      "（2022年度）",
      "",
      paragraphs([
        ["部门名称", "某县水利局"],
        ["年度主要任务", "任务名称", "主要内容", "", "", "预算金额（万元）"],
        ["", "", "", "", "", "总额", "财政拨款", "其他资金"],
        ["", "河道清淤", "清理河道八公里", "", "", "80.00", "60.00", "20.00"],
        ["年度主要任务", "堤防加固", "加固堤防两处", "", "", "45.00", "45.00"],
        ["", "水质监测", "监测断面十二个", "", "", "30.00", "25.00", "5.00"],
        ["资金结构（万元）", "", "年初部门预算安排金额", "年中调整金额", "小计", "年度拨付金额", "支出实现率", "结余金额", "资金结余率"],
        ["", "合计", "500.00", "20.00", "520.00", "468.00", "90.00%", "52.00", "10.00%"],
        ["", "财政资金小计", "450.00", "20.00", "470.00", "423.00", "90.00%", "47.00", "10.00%"],
        ["", "单位其它收入", "50.00", "0.00", "50.00", "45.00", "90.00%", "5.00", "10.00%"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["", "完成河道清淤和堤防加固。", "", "", "已完成河道清淤和堤防加固。"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["", "产出指标", "数量指标", "清淤河道长度", "≥8公里", "8.5公里", "50", "50", "无"],
        ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "50", "50", "无"],
        ["总分", "", "", "", "", "", "100", "100"],
      ]),
    ].join("\n");
    const doc = await parse(text, { path: "tasks-paragraphs.txt" });
    const f = doc.forms[0]!;
    expect(f.template).toBe("department");
    expect((f.tasks ?? []).map((t) => [t.name, t.content, t.budget?.total, t.budget?.fiscal, t.budget?.other ?? null])).toEqual([
      ["河道清淤", "清理河道八公里", 80, 60, 20],
      ["堤防加固", "加固堤防两处", 45, 45, null],
      ["水质监测", "监测断面十二个", 30, 25, 5],
    ]);
    // (合计 the total, not a row taken by a task header's 总额 read as a fund row.)
    expect(f.funds.rows.map((r) => [(r.label ?? "").replace(/\s+/g, ""), r.initialBudget, r.executed])).toEqual([
      ["合计", 500, 468],
      ["财政资金小计", 450, 423],
      ["单位其它收入", 50, 45],
    ]);
    expect(f.funds.rows[0]!.key).toBe("total");
  });
});
