import { describe, expect, it } from "vitest";
import { loneValuesThatAreTargets, type LoneValueTable } from "../../src/reconstruct/lone-values.js";
import { classify } from "../../src/reconstruct/classify.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { parse } from "../../src/pipeline.js";

// Which column a row's one value stood in, told by the table as a whole. All text made up.
const value = (text: string) => ({ text, source: { line: 1 } });
type Cells = Partial<Record<"target" | "actual" | "weight" | "score" | "deviation", string>>;
const row = (cells: Cells): RawIndicator => ({
  level1: null, level2: null, level3: value("巡查次数"), nature: null, unit: null, method: null,
  target: cells.target ? value(cells.target) : null,
  actual: cells.actual ? value(cells.actual) : null,
  weight: cells.weight ? value(cells.weight) : null,
  score: cells.score ? value(cells.score) : null,
  deviation: cells.deviation ? value(cells.deviation) : null,
});
const table = (rows: Cells[], over: Partial<LoneValueTable> = {}): LoneValueTable => ({
  indicators: rows.map(row), targetNamedFirst: true, exactRows: false, totalScore: null, ...over,
});
const moved = (t: LoneValueTable) => loneValuesThatAreTargets(t).map((m) => `${t.indicators.indexOf(m.indicator)}:${m.from}`);

describe("lone values across the rows of a table", () => {
  it.each<[string, LoneValueTable, string[]]>([
    ["one value a row, none a reason, no total: the values are targets", table([{ actual: "120" }, { actual: "3500" }, { target: "2022.11" }]), ["0:actual", "1:actual"]],
    ["a figure read as points, beside values that cannot be: a target too", table([{ actual: "3500" }, { score: "95" }, { actual: "明显提升" }]), ["0:actual", "1:score", "2:actual"]],
    ["a name alone (no value) neither speaks for nor against", table([{ actual: "120" }, {}, { actual: "3500" }]), ["0:actual", "2:actual"]],
    ["one row with two values: the form is evaluated", table([{ actual: "120" }, { target: "≥100", actual: "108" }]), []],
    ["a row with a value and points: evaluated", table([{ actual: "120" }, { actual: "3500", score: "10" }]), []],
    ["a reason for deviation printed: evaluated", table([{ actual: "120" }, { actual: "3500", deviation: "工期推迟" }]), []],
    ["a total printed: evaluated", table([{ actual: "120" }, { actual: "3500" }], { totalScore: value("92") }), []],
    ["every value a figure that could be points: not settled", table([{ score: "95" }, { score: "90" }]), []],
    ["points that are no figure a target may be: not settled", table([{ actual: "3500" }, { score: "优" }]), []],
    ["cells known (a ruled or delimited row): the column is the evidence", table([{ actual: "120" }, { actual: "3500" }], { exactRows: true }), []],
    ["a header that did not name the target first", table([{ actual: "120" }, { actual: "3500" }], { targetNamedFirst: false }), []],
    ["one row is no pattern across rows", table([{ actual: "120" }]), []],
    ["all already targets: nothing to move", table([{ target: "120" }, { target: "3500" }]), []],
  ])("%s", (_, t, expected) => {
    expect(moved(t)).toEqual(expected);
  });
});

describe("a name's unit of measure in brackets", () => {
  it.each([
    // a name stating its unit: no value's mark in it
    ["合格率(%)", "text", false],
    ["资金投入(≥万元)", "text", false],
    ["覆盖面积(平方米)", "text", false],
    // a value keeps its marks
    ["≥95%", "quantity", undefined],
    ["≥上年(%)", "text", true],
    ["按期完工率≥95%", "text", true],
    // the unit alone, parted from its name by a space
    ["(万元)", "unit", undefined],
    ["（公里）", "unit", undefined],
  ] as const)("%s", (text, kind, quantityLike) => {
    const c = classify(text);
    expect([c.kind, c.quantityLike]).toEqual([kind, quantityLike]);
  });
});

describe("a targets-only form whose rows lost their blank cells", () => {
  const form = [
    "2022年度项目支出绩效自评表",
    "项目名称 乡村道路养护项目",
    "主管部门 某县交通运输局 实施单位 某县公路事务中心",
    "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 80 80 0 10",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 得分",
    "产出指标 数量指标 养护里程(公里) 120",
    "修复路面面积 (平方米) 3500",
    "质量指标 养护合格率(%) 95",
    "时效指标 完工时间 2022.11",
    "效益指标 社会效益指标 群众出行便利度 明显提升",
    "满意度指标 服务对象满意度指标 沿线群众满意度(%) 90",
    "总分",
  ];
  const read = async (lines: string[]) => (await parse(lines.join("\n"), { path: "rows.txt" })).forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.score]);

  it("reads every lone value as the target, and says so", async () => {
    expect(await read(form)).toEqual([
      ["养护里程(公里)", "120", null, null],
      ["修复路面面积(平方米)", "3500", null, null],
      ["养护合格率(%)", "95", null, null],
      ["完工时间", "2022.11", null, null],
      ["群众出行便利度", "明显提升", null, null],
      ["沿线群众满意度(%)", "90", null, null],
    ]);
    const doc = await parse(form.join("\n"), { path: "rows.txt" });
    expect(JSON.stringify(doc)).toContain("lone-values-as-targets");
  });

  it("keeps the rows as aligned once one row is evaluated", async () => {
    const evaluated = form.map((l) => (l === "时效指标 完工时间 2022.11" ? "时效指标 完工时间 2022.11 2022.12 10" : l));
    const rows = await read(evaluated);
    expect(rows[3]).toEqual(["完工时间", "2022.11", "2022.12", 10]);
    expect(rows[0]).toEqual(["养护里程(公里)", null, "120", null]);
  });
});
