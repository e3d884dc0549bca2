/**
 * The row classifier: a table of rows, the section the reader is in, and the kind each must get.
 * Each case is a row as a text reader gives it (cells, and how sure it is of their boundaries).
 */
import { describe, expect, it } from "vitest";
import type { Boundaries, Row } from "../../src/layout/grid.js";
import { classifyRow, headerLabelValue, type RowKind } from "../../src/reconstruct/row-classifier.js";
import { prepareRow, type Section } from "../../src/reconstruct/row-prepare.js";
import { alignRow } from "../../src/reconstruct/align.js";

function row(cells: string[], boundaries: Boundaries = "exact"): Row {
  return { cells: cells.map((text, col) => ({ text, col, source: { line: 1 } })), boundaries };
}

const CASES: Array<[string, string[], Section, RowKind, Boundaries?]> = [
  ["a page number", ["- 2 -"], "indicators", "furniture"],
  ["a placeholder alone in the table", ["指标3："], "indicators", "furniture"],
  ["an attachment's number after the table a cut excerpt ended in", ["附件2"], "indicators", "furniture"],
  ["an attachment's number with a colon, before the title", ["附件三："], "start", "furniture"],
  ["the national title", ["财政项目支出绩效自评表"], "start", "title"],
  ["a title with a unit's name and the year", ["稷山县项目支出绩效自评表(2020年度)"], "start", "title"],
  ["a transfer-payment title", ["转移支付区域(项目)绩效目标自评表"], "start", "title"],
  ["a title split by a layout's spaces", ["项目支出", "绩效自评表"], "start", "title", "spaces"],
  ["a dossier's target form", ["部门整体支出绩效目标申报表"], "start", "otherForm"],
  ["a monitoring form", ["项目支出绩效目标执行监控表"], "header", "otherForm"],
  ["a row inside another form", ["项目名称", "申遗经费"], "other", "otherRow"],
  ["the year line", ["(2021年度)"], "header", "yearLine"],
  ["header labels", ["主管部门", "某某局", "实施单位", "某某中心"], "header", "header"],
  ["a header label outside the old vocabulary", ["转移支付(项目)名称", "就业补助资金"], "start", "header"],
  ["the funds header", ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "header", "fundsHeader"],
  ["a fund row", ["年度资金总额", "100", "100", "98", "10", "98%", "9.8"], "funds", "fundRow"],
  ["a fund row outside the contract's keys", ["其中:中央资金", "871", "0", "0"], "funds", "fundRow"],
  ["a part of the funds printed once per amount (pairs a page parted into rows)", ["省财政", "80", "省财政", "72"], "funds", "fundPairs"],
  ["the goals' columns", ["年度总体目标", "预期目标", "实际完成情况"], "funds", "goals"],
  ["a goal text", ["完成全年任务，保障运行。", "已完成。"], "goals", "goalText"],
  ["the indicator header", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], "goals", "indicatorHeader"],
  ["the second line of a split header", ["指标值", "完成值"], "indicators", "furniture"],
  ["a split header's second line: a vertical label's piece, brackets, the last column's rest", ["指标", "(A)", "(B)", "原因分析"], "indicators", "furniture", "spaces"],
  ["a split header's second line with 分析 alone under 未完成原因", ["(A)", "分析"], "indicators", "furniture", "spaces"],
  ["a split header's second line: a vertical label's last character, 值, 进措施", ["标", "值", "进措施"], "indicators", "furniture", "spaces"],
  // (A layout broke 年度指标值 / 实际完成值 / 分值 / 得分 after 指 / 完 / 分 / 得, the vertical 绩效指标 a character a line.)
  ["a split header's second line: a vertical label's middle character, 标值, 成值, 值, 分", ["效", "标值", "成值", "值", "分", "及改进措施"], "indicators", "furniture", "spaces"],
  ["a split header's second line: 度 of 年度总体目标's middle, 成值", ["度", "成值"], "indicators", "furniture", "spaces"],
  ["a middle character beside an indicator row's figures is no header rest", ["效", "某项工作", "95%", "分"], "indicators", "indicatorRow", "spaces"],
  ["a vertical label's last character beside a name is a row (a 二级 name's piece)", ["标", "指标2：某某完成率", "≥95%", "96%", "10", "10"], "indicators", "indicatorRow", "spaces"],
  ["an indicator row", ["产出指标", "数量指标", "培训人次", "≥200人次", "210人次", "10", "10"], "indicators", "indicatorRow"],
  ["an indicator row's values after a preview's gap skipped its names", ["≥95%", "98%", "20", "20"], "funds", "indicatorRow"],
  ["a row of amounts in the funds is no indicator row", ["120", "118", "98%", "10"], "funds", "unplaced"],
  ["an excerpt that starts mid-table", ["安全警示标志设置及时率", "=", "100", "%", "100", "5"], "start", "indicatorRow"],
  ["a wrapper line before any form", ["发布时间:2023-05-22", "信息来源:文旅局"], "start", "unplaced"],
  ["the total row", ["总分", "100", "95"], "indicators", "totalRow"],
  ["自评总分 after the table", ["自评总分", "100", "95"], "indicators", "totalScoreRow"],
  ["a trailer", ["评价结论", "良好"], "after", "trailer"],
];

describe("classifyRow", () => {
  it.each(CASES)("%s", (_name, cells, section, kind, boundaries) => {
    const v = prepareRow(row(cells, boundaries), section)!;
    expect(classifyRow(v, section).kind).toBe(kind);
  });

  it("is pure: the same row and section give the same kind", () => {
    const v = prepareRow(row(["产出指标", "数量指标", "培训人次", "≥200人次", "210人次", "10", "10"]), "indicators")!;
    expect(classifyRow(v, "indicators")).toEqual(classifyRow(v, "indicators"));
  });
});

describe("alignRow", () => {
  const cols = [
    { name: "level3", type: "level3" },
    { name: "target", type: "value" },
    { name: "actual", type: "value" },
    { name: "weight", type: "weight" },
    { name: "score", type: "score" },
  ] as const;
  const TABLE: Array<[string, string[], Record<string, string>]> = [
    ["every column printed", ["培训人次", "≥200人次", "210人次", "10", "10"], { level3: "培训人次", target: "≥200人次", actual: "210人次", weight: "10", score: "10" }],
    ["a blank actual keeps its place", ["培训人次", "≥200人次", "", "10", "10"], { level3: "培训人次", target: "≥200人次", weight: "10", score: "10" }],
    ["qualitative values", ["群众满意度", "满意", "较满意", "10", "9"], { level3: "群众满意度", target: "满意", actual: "较满意", weight: "10", score: "9" }],
  ];
  it.each(TABLE)("%s", (_name, texts, expected) => {
    const a = alignRow(row(texts).cells, cols.map((c) => ({ ...c })), { joinTokens: false });
    const got: Record<string, string> = {};
    for (const [name, placed] of a.placed) {
      const t = placed.map((c) => c.text).join("");
      if (t !== "") got[name] = t;
    }
    expect(got).toEqual(expected);
  });
});

describe("headerLabelValue: a header label and its value in one cell", () => {
  const cases: Array<[string, { field: string; value: string } | null]> = [
    ["项目名称:某专项", { field: "projectName", value: "某专项" }],
    ["部门(单位)名称    某县审计局", { field: "department", value: "某县审计局" }],
    // One space will do after a whole label of four characters or more…
    ["项目名称 某专项", { field: "projectName", value: "某专项" }],
    ["主管部门 某县财政局", { field: "department", value: "某县财政局" }],
    // …but not where the two make one label spaced out, nor before the label's note in brackets.
    ["主管部门 及代码", null],
    ["实施单位 (盖章)", null],
    ["项目 名称", null],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(headerLabelValue({ text, source: { line: 1 } })).toEqual(expected);
  });
});
