import { describe, expect, it } from "vitest";
import { splitJoinedHeads } from "../../src/reconstruct/joined-heads.js";
import type { Cell } from "../../src/layout/grid.js";

// A funds header cut from a form run onto one line, its spaces kept: the block's label with its
// unit and its points run into the first column's name where the page broke a line. Made up.
const cells = (...texts: string[]): Cell[] => texts.map((text) => ({ text, source: { line: 1 } }) as Cell);

describe("heads with several notes, and heads with a note standing alone", () => {
  it.each([
    [["预算执行情况(万元)(20分)预算数(A)", "执行数(B)", "执行率(B/A)"], ["预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)"]],
    [["资金情况(万元)(10分)年初预算数", "全年预算数", "全年执行数"], ["资金情况(万元)(10分)", "年初预算数", "全年预算数", "全年执行数"]],
  ])("%j", (input, expected) => {
    expect(splitJoinedHeads(cells(...input)).map((c) => c.text)).toEqual(expected);
  });

  it("leaves a row of values alone: one head with its note is no row of column names", () => {
    const row = ["预算资金执行率(%)100", "执行数(B)", "95"];
    expect(splitJoinedHeads(cells(...row)).map((c) => c.text)).toEqual(row);
  });
});
