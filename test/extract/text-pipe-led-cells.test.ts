/**
 * A pipe table dumped one cell a line, each later cell on an indented line opening with its pipe,
 * is written back as loose pipe rows: a row from its pipe-less first line to the pipes of its
 * empty cells, a cell's broken text (an indented line without a pipe) joined to the cell.
 */
import { describe, expect, it } from "vitest";
import { pipeLedCellsAsRows } from "../../src/extract/text/pipe-led-cells.js";
import { parse } from "../../src/pipeline.js";

const table = [
  "考核",
  "     内容",
  "      | 一级指标",
  "      | 二级指标",
  "      | 三级指标",
  "      | 指标值",
  "      | 完成值",
  "      | ",
  "产出指标",
  "      | 数量指标",
  "      | 培训人次",
  "      | 300人次",
  "      | 320人次",
  "      | |",
  "质量指标",
  "      | 合格率",
  "      | 95%",
  "      | 97%",
  "      | ||",
  "效益指标",
  "      | 经济效益",
  "     指标",
  "      | 带动增收",
  "      | 有所提高",
  "      | 明显提高",
  "      | |",
  "以下为说明文字。",
];

describe("pipeLedCellsAsRows", () => {
  it("joins each row's pipe-led cells onto its first line, broken cells whole", () => {
    expect(pipeLedCellsAsRows(table.join("\n"))).toBe(
      [
        "考核内容 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 |",
        "产出指标 | 数量指标 | 培训人次 | 300人次 | 320人次 | |",
        "质量指标 | 合格率 | 95% | 97% | ||",
        "效益指标 | 经济效益指标 | 带动增收 | 有所提高 | 明显提高 | |",
        "以下为说明文字。",
      ].join("\n"),
    );
  });
  it("leaves other texts alone", () => {
    // Markdown rows, indented: every line holds its own pipes.
    expect(pipeLedCellsAsRows("  | a | b |\n  | c | d |\n  | e | f |\n")).toBeNull();
    // One stray indented pipe line.
    expect(pipeLedCellsAsRows("项目名称\n   | 某项目\n主管部门\n某局\n")).toBeNull();
    // Cells closed by a trailing pipe (one cell a line): no line opens with one.
    expect(pipeLedCellsAsRows("项目名称 |\n某项目 |\n主管部门 |\n某局 |\n")).toBeNull();
  });
});

describe("a table dumped with its pipes opening the lines, read end to end", () => {
  it("reads the indicator rows whole", async () => {
    const text = ["项目支出绩效自评表", "项目名称:某某培训项目", ...table].join("\n");
    const doc = await parse(new TextEncoder().encode(text), { path: "x.txt" });
    const rows = doc.forms[0]!.indicators.map((i) => [i.level2, i.level3, i.target, i.actual]);
    expect(rows.slice(0, 2)).toEqual([
      ["数量指标", "培训人次", "300人次", "320人次"],
      ["质量指标", "合格率", "95%", "97%"],
    ]);
    expect(rows[2]).toEqual(["经济效益指标", "带动增收", "有所提高", "明显提高"]);
  });
});
