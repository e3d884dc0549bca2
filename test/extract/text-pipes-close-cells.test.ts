/**
 * Pipe tables where a pipe closes every cell (`a | b | c |`), as some image-to-text converters
 * write a scanned table: a row opening with a pipe opens with an empty cell (the merged 一级 or
 * 二级 left blank). Each case a small text written for this test, its reading typed by hand.
 */
import { describe, expect, it } from "vitest";
import { pipesCloseCells, readMarkdownTable } from "../../src/extract/text/delimited.js";
import { parse } from "../../src/pipeline.js";

const CLOSED = [
  "一级指标 | 二级指标 | 三级指标 | 目标值 | 完成值 |",
  "产出指标 | 产出数量 | 培训人数 | 300人 | 296人 |",
  "| | 培训期数 | 6期 | 6期 |",
  "| 产出质量 | 考核通过率 | 95% | 97.5% |",
  "效益指标 | 社会效益 | 就业人数 | 200人 | 188人 |",
  "| 满意度 | 学员满意度 | 90% | 93% |",
];

describe("pipesCloseCells tells the dialect by the rows' widths", () => {
  const cases: [string, string[], boolean][] = [
    ["every line closed, pipe-led rows as wide as the text-led rows", CLOSED, true],
    ["the last line cut mid-row", [...CLOSED, "序号 | 学校 | 人数 ("], true],
    // A loose page's row cut at a line break, its rest on a line opening with a pipe: that width is the row's own.
    ["a loose table's continuation line", ["项目名称 | 图书馆免费开放 | ||||", "可持续影响指标 | 管理机制健全性 | 定性 | 好坏 |", "| 好坏 | 5 | 5 |", "合计 | 100 | 100 |"], false],
    ["Markdown proper (every row opens with a pipe)", ["| 一级指标 | 二级指标 | 三级指标 |", "| 产出指标 | 数量指标 | 人数 |"], false],
    ["a line in the middle not closed by a pipe", ["一级指标 | 二级指标 | 三级指标 |", "产出指标 | 数量指标 | 人数", "| 质量指标 | 合格率 |", "效益指标 | 社会效益 | 就业 |"], false],
    ["a pipe-led row one cell wider than the row above", ["一级指标 | 二级指标 | 三级 |", "产出指标 | 数量指标 | 人数 |", "| | 质量指标 | 合格率 |"], false],
  ];
  it.each(cases)("%s", (_name, lines, expected) => {
    expect(pipesCloseCells(lines)).toBe(expected);
  });
});

describe("a table where pipes close cells", () => {
  it("keeps a pipe-led row's empty first cell, so each cell stays in its column", () => {
    const rows = readMarkdownTable(CLOSED.join("\n")).rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[2]).toEqual(["", "", "培训期数", "6期", "6期"]);
    expect(rows[3]).toEqual(["", "产出质量", "考核通过率", "95%", "97.5%"]);
  });

  it("reads a 二级 name of the unit's own (产出质量) printed after a blank 一级 as the 二级, not as a new 一级", async () => {
    const doc = await parse(["2021年度项目支出绩效自评表", ...CLOSED].join("\n"), { path: "pipes-close-cells.txt" });
    const levels = doc.forms[0]!.indicators.map((i) => [i.level1, i.level2, i.level3]);
    expect(levels.slice(0, 4)).toEqual([
      ["产出指标", "产出数量", "培训人数"],
      ["产出指标", "产出数量", "培训期数"],
      ["产出指标", "产出质量", "考核通过率"],
      ["效益指标", "社会效益", "就业人数"],
    ]);
  });
});
