import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/layout/grid.js";
import { parse } from "../../src/pipeline.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { nameThenSentences, rowEndsOnRule } from "../../src/reconstruct/rule-ended-row.js";
import { valuesBeforeRule } from "../../src/reconstruct/values-before-rule.js";

// Rows whose target and completion are texts or sentences, in cells parted by spaces. All text made up.
const cell = (text: string): Cell => ({ text, source: { line: 1 } }) as Cell;
const cells = (...t: string[]) => t.map(cell);
const RULE = "完成指标值得满分,未完成按比例扣分";

describe("a line that is a row of its own, not a sentence spilled from the row before", () => {
  it.each([
    // [cells, the header's method column / target and completion columns] → [ends on a rule, name then sentences]
    [["乡村医生培训", "培训乡村医生200人次。", "已培训212人次。", RULE], true, [true, true]],
    [["乡村医生培训", "培训乡村医生200人次", "已培训212人次", RULE], true, [true, false]],
    [["乡村医生培训", "培训乡村医生200人次。", "已培训212人次。"], true, [false, true]],
    // a spilled rule or sentence: one cell, or a first cell that is a sentence's piece
    [[RULE], true, [false, false]],
    [["因资金到位较晚,", "部分工作顺延。", "已于次年完成。"], true, [false, false]],
    [["未完成按比例扣分。", "另行说明。", RULE], true, [false, false]],
    // no such column in the header
    [["乡村医生培训", "培训乡村医生200人次。", "已培训212人次。", RULE], false, [false, false]],
  ] as const)("%j (columns %s)", (texts, columns, [rule, sentences]) => {
    expect(rowEndsOnRule(cells(...texts), columns)).toBe(rule);
    expect(nameThenSentences(cells(...texts), columns)).toBe(sentences);
  });
});

describe("a target and a completion priced into the scoring rule's column", () => {
  const ind = (target: string | null): RawIndicator => ({
    level1: null, level2: null, level3: { text: "文物保护宣传", source: { line: 1 } }, nature: null,
    target: target === null ? null : { text: target, source: { line: 1 } }, unit: null, actual: null, weight: null, score: null, method: null, deviation: null,
  });
  type Placed = Partial<Record<"target" | "actual" | "method" | "deviation", string[]>>;
  it.each<[Placed, boolean, (string | null)[]]>([
    // [cells by column as the alignment placed them, heads target | completion | rule] → [target, actual, method, deviation]
    [{ method: ["扩大宣传覆盖面", "成效明显", RULE] }, true, ["扩大宣传覆盖面", "成效明显", RULE, null]],
    [{ actual: ["扩大宣传覆盖面"], method: ["成效明显"], deviation: [RULE] }, true, ["扩大宣传覆盖面", "成效明显", RULE, null]],
    // read right already, the rule not last, a target of its own, two texts only, or other heads: untouched
    [{ target: ["扩大宣传覆盖面"], actual: ["成效明显"], method: [RULE] }, true, ["扩大宣传覆盖面", "成效明显", RULE, null]],
    [{ method: ["扩大宣传覆盖面", RULE, "成效明显"] }, true, [null, null, "扩大宣传覆盖面 完成指标值得满分,未完成按比例扣分 成效明显", null]],
    [{ target: ["≥3次"], actual: ["4次"], method: ["宣传到位"], deviation: [RULE] }, true, ["≥3次", "4次", "宣传到位", RULE]],
    [{ method: ["成效明显", RULE] }, true, [null, null, "成效明显 完成指标值得满分,未完成按比例扣分", null]],
    [{ method: ["扩大宣传覆盖面", "成效明显", RULE] }, false, [null, null, "扩大宣传覆盖面 成效明显 完成指标值得满分,未完成按比例扣分", null]],
  ])("%j (heads %s)", (placed, heads, want) => {
    const i = ind(null);
    const byColumn = new Map(Object.entries(placed).map(([k, t]) => [k, cells(...t)]));
    for (const [k, c] of byColumn) (i as unknown as Record<string, unknown>)[k] = { text: c.map((x) => x.text).join(" "), source: { line: 1 } };
    valuesBeforeRule(i, (c) => byColumn.get(c) ?? [], heads);
    expect([i.target?.text ?? null, i.actual?.text ?? null, i.method?.text ?? null, i.deviation?.text ?? null]).toEqual(want);
  });
});

describe("linear pages whose rows print texts for their values", () => {
  const page = (header: string, rows: string[]) =>
    ["项目支出绩效自评表", "项目名称 某某县乡村医生培训", "主管部门 某某县卫生健康局 实施单位 某某县卫生进修学校", header, ...rows].join("\n");

  it("reads Beijing's heads with a rule on every row", async () => {
    const text = page("一级指标 二级指标 三级指标 分值 年度指标值(A) 全年实际值(B) 得分计算方法 得分 未完成原因分析", [
      `产出指标 数量指标 乡村医生培训 培训乡村医生200人次。 已培训212人次。 ${RULE}`,
      `村医考核 组织年度考核一次。 已组织考核一次。 ${RULE}`,
      `效益指标 社会效益指标 基层服务能力 提升基层诊疗水平 成效明显 ${RULE}`,
    ]);
    const f = (await parse(text, { path: "beijing-texts.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual])).toEqual([
      ["数量指标", "乡村医生培训", "培训乡村医生200人次。", "已培训212人次。"],
      ["数量指标", "村医考核", "组织年度考核一次。", "已组织考核一次。"],
      ["社会效益指标", "基层服务能力", "提升基层诊疗水平", "成效明显"],
    ]);
  });

  it("reads Sichuan's heads with sentences for values", async () => {
    const text = page("一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析", [
      "产出指标 数量指标 乡村医生培训 培训乡村医生200人次。 已培训212人次。",
      "村医考核 考核乡村医生120人次。 已考核乡村医生120人次。",
    ]);
    const f = (await parse(text, { path: "sichuan-texts.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.deviation])).toEqual([
      ["乡村医生培训", "培训乡村医生200人次。", "已培训212人次。", null],
      ["村医考核", "考核乡村医生120人次。", "已考核乡村医生120人次。", null],
    ]);
  });
});
