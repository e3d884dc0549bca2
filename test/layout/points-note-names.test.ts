import { describe, expect, it } from "vitest";
import { joinBrokenPointsNotes } from "../../src/layout/points-note-names.js";
import { spacedLayoutRows, type SpacedPiece } from "../../src/layout/spaced-rows.js";

/** The rows as lists of cell texts. */
const rows = (text: string) => spacedLayoutRows(text).map((r) => r.cells.map((c) => c.text));
/** A line with each text starting at its character column. */
const at = (cells: [number, string][]) => cells.reduce((s, [x, t]) => s.padEnd(x, " ") + t, "");
const piece = (line: number, x0: number, text: string): SpacedPiece => ({ line, x0, x1: x0 + [...text].length, text });
const texts = (ps: SpacedPiece[]) => ps.map((p) => `${p.line}:${p.text}`);

// Made-up pieces and text in the shape pdftotext -layout gives a tight print whose 一级 cells wrap
// their points note (not any fixture's text).
describe("joinBrokenPointsNotes: a name broken inside its points note", () => {
  it.each([
    ["digits parted", "甲类指标（3", "0分）", "甲类指标（30分）"],
    ["the sign alone below", "乙类指标(25", "分)", "乙类指标(25分)"],
    ["the bracket alone above", "丙类指标（", "40分）", "丙类指标（40分）"],
    ["a space before the sign", "丁类指标（", "10 分）", "丁类指标（10 分）"],
    ["the whole note under the bare name", "戊类指标", "(20分)", "戊类指标(20分)"],
  ])("joins the tail up to the name's line (%s)", (_, upper, lower, whole) => {
    const out = joinBrokenPointsNotes([piece(5, 4, upper), piece(6, 4, lower), piece(6, 20, "某项工作")]);
    expect(texts(out)).toEqual([`5:${whole}`, "6:某项工作"]);
    expect(out[0]!.joinedNote).toBe(true);
  });

  it("keeps the rest of both lines: the name's line's next word, the tail's line's next word", () =>
    expect(texts(joinBrokenPointsNotes([piece(5, 4, "甲类指标(3 乙组指标"), piece(6, 4, "0分) 某项工作")]))).toEqual(["5:甲类指标(30分) 乙组指标", "6:某项工作"]));

  it("reaches two lines down across a line empty in its columns, not across one printing there", () => {
    expect(texts(joinBrokenPointsNotes([piece(5, 4, "甲类指标（3"), piece(6, 30, "某项工作"), piece(7, 4, "0分）")]))).toEqual(["5:甲类指标（30分）", "6:某项工作"]);
    expect(texts(joinBrokenPointsNotes([piece(5, 4, "甲类指标（3"), piece(6, 6, "某项"), piece(7, 4, "0分）")]))).toEqual(["5:甲类指标（3", "6:某项", "7:0分）"]);
  });

  it.each([
    ["no points sign: a count", "甲类指标（3", "0个）"],
    ["a short word: a head's label", "分值(10", "分)"],
    ["the tail far right of the name", "甲类指标（3", "          0分）"],
    ["a whole note under a name with its own note", "甲类指标（3分）", "（30分）"],
    ["two notes", "甲类指标（3", "（30分）"],
  ])("leaves other texts as they are (%s)", (_, upper, lower) => {
    const pad = lower.length - lower.trimStart().length;
    const ps = [piece(5, 4, upper), piece(6, 4 + pad, lower.trimStart())];
    expect(joinBrokenPointsNotes(ps)).toEqual(ps);
  });
});

describe("spacedLayoutRows: a 一级 name broken inside its points note", () => {
  const head = at([[4, "一级指标"], [16, "二级指标"], [26, "三级指标"], [38, "指标值"], [48, "实际值"], [58, "分值"], [63, "得分"]]);
  it("stands whole in the row of its first line; the next row's first cell is its own", () => {
    const text = [
      head,
      at([[16, "甲组指标"], [26, "修缮道路"], [38, "≥12公里"], [48, "13公里"], [58, "5"], [63, "5"]]),
      at([[4, "甲类指标(4 乙组指标"], [26, "检查单位数"], [38, "≥14家"], [48, "15家"], [58, "4"], [63, "4"]]),
      at([[4, "0分)"], [26, "差错率"], [38, "≤2%"], [48, "1%"], [58, "3"], [63, "3"]]),
    ].join("\n");
    expect(rows(text).slice(1)).toEqual([
      ["甲组指标", "修缮道路", "≥12公里", "13公里", "5", "5"],
      ["甲类指标(40分)", "乙组指标", "检查单位数", "≥14家", "15家", "4", "4"],
      ["差错率", "≤2%", "1%", "3", "3"],
    ]);
  });

  it("makes no row of its own between two rows' lines: it goes to a row as a cell centred on none", () => {
    const text = [
      head,
      at([[16, "甲组指标"], [26, "修缮道路"], [38, "≥12公里"], [48, "13公里"], [58, "5"], [63, "5"]]),
      at([[4, "甲类指标（4"]]),
      at([[4, "5分）"], [38, "年底前完"], [48, "年底前"]]),
      at([[16, "乙组指标"], [26, "按时完成"], [58, "4"], [63, "4"]]),
      at([[38, "成"], [48, "完成"]]),
    ].join("\n");
    const out = rows(text).slice(1);
    expect(out).toContainEqual(["乙组指标", "按时完成", "年底前完成", "年底前完成", "4", "4"]);
    expect(out.flat()).toContain("甲类指标（45分）");
    expect(out.flat()).not.toContain("5分）");
  });

  it("does not cut a cell wrapped over its line and the next row's: its line is no row's centre", () => {
    const text = [
      head,
      at([[16, "甲组指标"], [26, "修缮道路"], [38, "≥12公里"], [48, "13公里"], [58, "5"], [63, "5"]]),
      at([[4, "甲类指标（4"], [16, "乙组指"]]),
      at([[4, "5分）"], [16, "标"], [26, "按时完成"], [38, "年底前"], [48, "年底前"], [58, "4"], [63, "4"]]),
    ].join("\n");
    const out = rows(text).slice(1);
    expect(out).toContainEqual(["乙组指标", "按时完成", "年底前", "年底前", "4", "4"]);
    expect(out.flat()).toContain("甲类指标（45分）");
  });
});
