/**
 * Column heads run into each other or into the first value where a page broke a line, in a row of
 * spaced cells cut from a form run onto one line (joined-heads.ts). Texts written for this test.
 */
import { describe, expect, it } from "vitest";
import { foldTwoLineHeads, splitJoinedHeads } from "../../src/reconstruct/joined-heads.js";

const cells = (...t: string[]) => t.map((text) => ({ text, source: { line: 1 } }));
const texts = (c: { text: string }[]) => c.map((x) => x.text);

describe("splitJoinedHeads", () => {
  it.each([
    // Two heads run together in a row of heads.
    [["一级指标", "二级指标", "三级指标", "偏差原因分析及改进措施实际完成值"], ["一级指标", "二级指标", "三级指标", "偏差原因分析及改进措施", "实际完成值"]],
    // The goals' second column name run into the first goal text.
    [["年度总体目标", "预期目标", "实际完成情况建成两处服务站。", "已建成。"], ["年度总体目标", "预期目标", "实际完成情况", "建成两处服务站。", "已建成。"]],
    // A head with its note.
    [["项目资金", "年初预算数", "全年预算数(A)全年执行数(B)", "分值"], ["项目资金", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值"]],
    // A row of values: an indicator's name that opens with a head's words is left whole.
    [["预算资金执行率", "90%", "100%", "10"], ["预算资金执行率", "90%", "100%", "10"]],
    // One head alone in the row: no evidence the row names columns.
    [["年度总体目标", "实际完成情况建成两处服务站。"], ["年度总体目标", "实际完成情况建成两处服务站。"]],
  ])("%j → %j", (row, expected) => {
    expect(texts(splitJoinedHeads(cells(...row)))).toEqual(expected);
  });
});

describe("foldTwoLineHeads", () => {
  it.each([
    // 年度 / 指标值 and 实际 / 完成值 printed over two lines, run onto one row.
    [["一级指标", "二级指标", "三级指标", "年度", "实际", "分值", "得分", "偏差原因分析及改进措施", "指标值", "完成值"], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]],
    // The last words make no head with a word before them: left as it is.
    [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"]],
    // A row of values ends in figures: never folded.
    [["数量指标", "年度", "展出场次", "6场", "8场", "10", "10"], ["数量指标", "年度", "展出场次", "6场", "8场", "10", "10"]],
  ])("%j → %j", (row, expected) => {
    expect(texts(foldTwoLineHeads(cells(...row)))).toEqual(expected);
  });
});
