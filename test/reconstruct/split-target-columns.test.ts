import { describe, expect, it } from "vitest";
import { isComparatorCell, isDirectionCell, sortSplitTargetCells, splitTargetWordCuts } from "../../src/reconstruct/split-target-cells.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { columnRoles } from "../../src/reconstruct/row-view.js";
import { parse } from "../../src/pipeline.js";
import { classify } from "../../src/reconstruct/classify.js";
import { cellCost } from "../../src/reconstruct/align.js";

// A target split into columns of its own (comparator | figure | unit, and a direction 正向 / 反向),
// under heads that do not always say which word column is which. All text made up.
const value = (text: string) => ({ text, source: { line: 1 } });
const row = (nature: string | null, direction: string | null): RawIndicator => ({
  level1: null, level2: null, level3: value("巡查次数"), nature: nature === null ? null : value(nature), target: value("12"), unit: value("次"),
  actual: value("12"), weight: null, score: null, method: null, deviation: null, direction: direction === null ? null : value(direction),
});

describe("the split target's heads", () => {
  it.each([
    ["指标性质", "nature"],
    ["运算符号", "nature"],
    ["比较符", "nature"],
    ["指标方向", "direction"],
    ["计量单位", "unit"],
    ["度量单位", "unit"],
  ] as const)("%s is the %s column", (head, column) => {
    expect(columnRoles(head).indicator).toBe(column);
  });
});

describe("a split target's comparator and direction, by what their cells hold", () => {
  it.each([
    ["大于等于", true], ["小于等于", true], ["等于", true], ["大于", true], ["小于", true],
    ["≥", true], ["<=", true], ["＝", true], ["004 >=", true],
    ["正向", false], ["定性", false], ["等于100", false], ["大于等于1次", false],
  ] as const)("%s is a comparator alone: %s", (text, yes) => {
    expect(isComparatorCell(text)).toBe(yes);
  });
  it.each([["正向", true], ["反向", true], ["正向指标", false], ["大于", false]] as const)("%s is a direction alone: %s", (text, yes) => {
    expect(isDirectionCell(text)).toBe(yes);
  });

  it.each([
    // [指标性质 cell, 指标方向 cell] → [nature, direction]
    // heads swapped (the direction under 指标性质, the comparator under 指标方向)
    ["反向", "小于", "小于", "反向"],
    ["正向", "≥", "≥", "正向"],
    // each under its own head
    ["等于", "正向", "等于", "正向"],
    // a direction alone: no comparator, and no part of the target
    ["正向", null, null, "正向"],
    [null, "反向", null, "反向"],
    // Sichuan's 指标性质 (定性 / a sign) with no direction: as read
    ["定性", null, "定性", null],
    ["≤", null, "≤", null],
    // neither a comparator nor a direction: left where the columns put it
    ["定量", "正向", "定量", "正向"],
  ] as const)("%s | %s", (nature, direction, wantNature, wantDirection) => {
    const ind = row(nature, direction);
    sortSplitTargetCells(ind);
    expect([ind.nature?.text ?? null, ind.direction?.text ?? null]).toEqual([wantNature, wantDirection]);
  });
});

describe("a form whose target is split into columns, one cell a line", () => {
  const form = (heads: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
    [
      "项目支出绩效自评表",
      "项目名称", "城区道路巡查养护",
      "主管部门", "某市城市管理局",
      "实施单位", "某市市政设施维护中心",
      "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
      "年度资金总额", "40", "40", "38", "10", "95%", "9.5",
      "绩效指标",
      ...heads,
      ...rows.flat(),
    ].join("\n");

  it("joins comparator, figure and unit into the target, the direction left out, heads swapped", async () => {
    const text = form(
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"],
      [
        ["产出指标", "数量指标", "指标1:道路巡查次数", "正向", "大于等于", "48", "50", "次", "20", "20", ""],
        ["", "", "指标2:路面破损修复时长", "反向", "小于等于", "3", "2", "天", "20", "20", ""],
        ["", "质量指标", "指标1:修复验收合格率", "正向", "等于", "100", "100", "%", "20", "20", ""],
      ],
    );
    const f = (await parse(text, { path: "split.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["数量指标", "道路巡查次数", "大于等于48次", "50次", 20, 20],
      ["数量指标", "路面破损修复时长", "小于等于3天", "2天", 20, 20],
      ["质量指标", "修复验收合格率", "等于100%", "100%", 20, 20],
    ]);
  });

  it("reads the same under a 运算符号 head with signs, the direction after it", async () => {
    const text = form(
      ["一级指标", "二级指标", "三级指标", "运算符号", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"],
      [
        ["产出指标", "数量指标", "指标1:道路巡查次数", "≥", "正向", "48", "50", "次", "30", "30", ""],
        ["", "质量指标", "指标1:修复验收合格率", "=", "正向", "100", "100", "%", "30", "28", "个别路段返工"],
      ],
    );
    const f = (await parse(text, { path: "split.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.score, i.deviation])).toEqual([
      ["道路巡查次数", "≥48次", "50次", 30, null],
      ["修复验收合格率", "=100%", "100%", 28, "个别路段返工"],
    ]);
  });
});

describe("a split target's word cells, priced by the alignment", () => {
  it.each([
    ["大于等于", "comparator"], ["小于等于", "comparator"], ["等于", "comparator"], ["≥", "comparator"],
    ["正向", "direction"], ["反向", "direction"],
  ] as const)("%s is a %s", (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
  it.each(["正向", "反向", "大于等于", "等于"])("%s fits the comparator's column, not a name's", (text) => {
    expect(cellCost(classify(text), "nature")).toBe(0);
    expect(cellCost(classify(text), "level3")).toBeGreaterThan(1);
    expect(cellCost(classify(text), "level2")).toBeGreaterThan(1);
  });

  it("reads rows whose merged names print no cell, the direction not taken for a name", async () => {
    // One cell a line closed by ` |`, a line of pipes ending each row; a merged 一级 or 二级 prints
    // no cell on the rows under its first, so only the content says which cell is the name.
    const cells = (row: readonly string[]) => [...row.map((c) => (c === "" ? "|" : `${c} |`)), "|".repeat(row.length + 1)];
    const text = [
      "项目支出绩效自评表 |",
      "项目名称 |", "河道保洁 |",
      "主管部门 |", "某县水利局 |",
      "项目资金(万元) |", "年初预算数 |", "全年预算数 |", "全年执行数 |", "分值 |", "执行率 |", "得分 |", "||||||||",
      "年度资金总额 |", "20 |", "20 |", "20 |", "10 |", "100% |", "10 |", "||||||||",
      ...cells(["一级指标", "二级指标", "三级指标", "指标方向", "运算符号", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
      ...cells(["产出指标", "数量指标", "保洁河道长度", "正向", "≥", "12", "公里", "12", "30", "30", ""]),
      ...cells(["河面漂浮物清理次数", "正向", "", "52", "次", "52", "30", "30", ""]),
      ...cells(["质量指标", "群众投诉次数", "反向", "≤", "3", "次", "1", "30", "30", ""]),
    ].join("\n");
    const f = (await parse(text, { path: "merged.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual])).toEqual([
      ["数量指标", "保洁河道长度", "≥12公里", "12公里"],
      ["数量指标", "河面漂浮物清理次数", "52次", "52次"],
      ["质量指标", "群众投诉次数", "≤3次", "1次"],
    ]);
  });
});

describe("a split target run together", () => {
  it.each([
    // [run of text] → the pieces it is cut into at the split target's words
    ["巡查覆盖率正向大于等于", ["巡查覆盖率", "正向", "大于等于"]],
    ["投诉次数反向小于", ["投诉次数", "反向", "小于"]],
    ["合格率等于", ["合格率", "等于"]],
    ["办结率正向", ["办结率", "正向"]],
    ["正向大于等于", ["正向", "大于等于"]],
    ["小于等于", ["小于等于"]],
    // no such words at the end: no cut
    ["正向激励机制建设", ["正向激励机制建设"]],
    ["群众满意度", ["群众满意度"]],
  ] as const)("%s", (run, pieces) => {
    const cuts = splitTargetWordCuts(run);
    const edges = cuts.length > 0 && cuts[0] !== 0 ? [0, ...cuts, run.length] : cuts.length > 0 ? [...cuts, run.length] : [0, run.length];
    expect(edges.slice(0, -1).map((e, k) => run.slice(e, edges[k + 1]))).toEqual(pieces);
  });

  it("reads a form run onto one line, the unit printed once after the completion", async () => {
    const text =
      "项目支出绩效自评表项目名称乡村道路养护主管部门某县交通运输局实施单位某县公路管理站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额50504810 96%9.6" +
      "绩效指标一级指标二级指标三级指标指标性质指标方向年度指标值实际完成值计量单位分值得分偏差原因分析及改进措施" +
      "产出指标数量指标指标1:养护道路里程正向大于等于3035公里3030指标2:路段巡查覆盖率正向大于等于9098%2020质量指标指标1:路面完好率正向等于9596%3030";
    const f = (await parse(text, { path: "one-line.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["数量指标", "养护道路里程", "大于等于30公里", "35公里", 30, 30],
      ["数量指标", "路段巡查覆盖率", "大于等于90%", "98%", 20, 20],
      ["质量指标", "路面完好率", "等于95%", "96%", 30, 30],
    ]);
  });
});
