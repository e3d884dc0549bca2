/**
 * An indicator header printed on two rows, a head of the upper row spanning the columns the lower
 * row names (指标值 over 年度指标值 | 实际完成值, an HTML table's colspan): the lower row is the
 * header's, not an indicator row, and the rows are read in the columns it gives, in pipe rows
 * (the colspan's place printed blank) and one cell a line (no cell where a head is merged).
 * Each text written for this test, its expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { isSplitHeadRow, splitHeadColumns } from "../../src/reconstruct/sub-header.js";
import type { ColumnSpec } from "../../src/reconstruct/align.js";
import type { IndicatorColumn } from "../../src/template/project.js";
import type { RowView } from "../../src/reconstruct/row-prepare.js";

const view = (texts: string[]) => ({ cells: texts.map((text, col) => ({ text, col })) }) as unknown as RowView;
const spec = (name: IndicatorColumn, hint?: number): ColumnSpec<IndicatorColumn> => (hint === undefined ? { name, type: "value" } : { name, type: "value", hint });

describe("the lower row of a header on two rows", () => {
  it.each([
    [["", "", "", "年度指标值", "实际完成值", "", ""], true],
    [["年度指标值", "实际完成值"], true],
    [["全年实际值", "分值"], true],
    // The bare words the template prints under a spanning 指标值.
    [["", "", "", "预期", "实际", "", ""], true],
    // A row of level names is a header of its own; one name alone, or a row of values, is none.
    [["一级指标", "二级指标", "三级指标"], false],
    [["", "年度指标值", ""], false],
    [["产出指标", "数量指标", "培训人数", "≥50人", "52人"], false],
    [["年度指标值", "52人"], false],
  ])("%j is the lower row of a split head: %s", (cells, expected) => {
    expect(isSplitHeadRow(view(cells))).toBe(expected);
  });

  it("splits the spanning column in place, keeping printed positions that fall inside it", () => {
    const upper = [spec("level1", 0), spec("level2", 1), spec("level3", 2), spec("target", 3), spec("actual"), spec("weight", 5), spec("score", 6)];
    const cols = splitHeadColumns(upper, view(["", "", "", "年度指标值", "实际完成值", "", ""]))!;
    expect(cols.map((c) => [c.name, c.hint])).toEqual([
      ["level1", 0],
      ["level2", 1],
      ["level3", 2],
      ["target", 3],
      ["actual", 4],
      ["weight", 5],
      ["score", 6],
    ]);
  });

  it("drops the positions where the lower row's cells stand elsewhere (one cell a line)", () => {
    const upper = [spec("level1", 0), spec("level2", 1), spec("level3", 2), spec("target", 3), spec("actual"), spec("weight", 4)];
    const cols = splitHeadColumns(upper, view(["年度指标值", "实际完成值"]))!;
    expect(cols.map((c) => [c.name, c.hint])).toEqual([
      ["level1", undefined],
      ["level2", undefined],
      ["level3", undefined],
      ["target", undefined],
      ["actual", undefined],
      ["weight", undefined],
    ]);
  });

  it("splits nothing where no column above names the lower row's", () => {
    expect(splitHeadColumns([spec("level1", 0), spec("level3", 1), spec("score", 2)], view(["年度指标值", "实际完成值"]))).toBeNull();
  });
});

describe("a table under a header of two rows", () => {
  const expected = [
    ["产出指标", "数量指标", "培训人数", "≥50人", "52人", 30, 30],
    ["产出指标", "质量指标", "合格率", "≥95%", "97%", 30, 28],
    ["满意度指标", "满意度", "学员满意度", "≥90%", "93%", 40, 40],
  ];
  const read = async (text: string) => (await parse(text, { path: "two-row-head.txt" })).forms[0]!.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score]);

  it("reads pipe rows in the columns the lower row names", async () => {
    const text = [
      "培训项目支出绩效自评表",
      "| 项目名称 | 技能培训 |",
      "| 一级指标 | 二级指标 | 三级指标 | 指标值 | | 分值 | 得分 |",
      "| | | | 年度指标值 | 实际完成值 | | |",
      "| 产出指标 | 数量指标 | 培训人数 | ≥50人 | 52人 | 30 | 30 |",
      "| | 质量指标 | 合格率 | ≥95% | 97% | 30 | 28 |",
      "| 满意度指标 | 满意度 | 学员满意度 | ≥90% | 93% | 40 | 40 |",
    ].join("\n");
    expect(await read(text)).toEqual(expected);
  });

  it("reads pipe rows under 预期 | 实际 printed beneath a spanning 指标值", async () => {
    const text = [
      "培训项目支出绩效自评表",
      "| 项目名称 | 技能培训 |",
      "| 一级指标 | 二级指标 | 三级指标 | 指标值 | | 分值 | 得分 |",
      "| | | | 预期 | 实际 | | |",
      "| 产出指标 | 数量指标 | 培训人数 | ≥50人 | 52人 | 30 | 30 |",
      "| | 质量指标 | 合格率 | ≥95% | 97% | 30 | 28 |",
      "| 满意度指标 | 满意度 | 学员满意度 | ≥90% | 93% | 40 | 40 |",
    ].join("\n");
    expect(await read(text)).toEqual(expected);
  });

  it("reads one cell a line, the merged heads left out, in the columns the lower row names", async () => {
    const rows = [
      ["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"],
      ["年度指标值", "实际完成值"],
      ["产出指标", "数量指标", "培训人数", "≥50人", "52人", "30", "30"],
      ["质量指标", "合格率", "≥95%", "97%", "30", "28"],
      ["满意度指标", "满意度", "学员满意度", "≥90%", "93%", "40", "40"],
    ];
    const text = ["培训项目支出绩效自评表 |", "项目名称 |", "技能培训 |", "|||", ...rows.flatMap((r) => [...r.map((c) => `${c} |`), "|".repeat(r.length + 1)])].join("\n");
    expect(await read(text)).toEqual(expected);
  });

  it("reads one cell a line under 绩效指标 and the value heads over the levels' heads", async () => {
    const rows = [
      ["绩效指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["一级指标", "二级指标", "三级指标"],
      ["产出指标", "数量指标", "培训人数", "≥50人", "52人", "30", "30"],
      ["质量指标", "合格率", "≥95%", "97%", "30", "28"],
      ["满意度指标", "满意度", "学员满意度", "≥90%", "93%", "40", "40"],
    ];
    const text = ["培训项目支出绩效自评表 |", "项目名称 |", "技能培训 |", "|||", ...rows.flatMap((r) => [...r.map((c) => `${c} |`), "|".repeat(r.length + 1)])].join("\n");
    expect(await read(text)).toEqual(expected);
  });
});
