import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinAfterScoreColumns, paragraphs } from "../../../src/reconstruct/text-rows/after-score-columns.js";

// A department form's 评分标准 and 偏差原因 columns drawn as wrapped paragraphs after an indicator
// row's points (pdftotext -raw). All text made up.
const HEADS = "一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 评分标准";
/** The deviation head broken at its column's width, joined as broken-heads.ts joins it (its pieces' lines in parts). */
const headRow = (firstPiece: string, rest: string): Row => ({
  boundaries: "spaces",
  cells: [
    ...HEADS.split(" ").map((t) => ({ text: t, source: { line: 1 } })),
    { text: firstPiece + rest, source: { line: 2 }, parts: [{ line: 2 }, { line: 3 }] },
  ],
});
const lineText = (piece: string) => (line: number | undefined) => (line === 2 ? piece : null);
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 4 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));
const run = (text: string, piece = "偏差原因分析及改进") => linesOf(joinAfterScoreColumns([headRow(piece, "措施"), ...rowsOf(text)], lineText(piece))).slice(1);

describe("the text columns after an indicator's score, drawn as paragraphs after its points", () => {
  it("parts lines into paragraphs at a short line or a wider line", () => {
    expect(paragraphs(["按时办结得", "满分，超期", "不得分", "设备采购延误较", "多导致"])).toEqual([["按时办结得", "满分，超期", "不得分"], ["设备采购延误较", "多导致"]]);
    expect(paragraphs(["按时办结得", "满分，超期", "不得分", "已整改"])).toEqual([["按时办结得", "满分，超期", "不得分"], ["已整改"]]);
  });

  it("takes two paragraphs as the method then the deviation, in order", () => {
    const text = "数量指标 培训场次 ≥12场 10场 10 8\n按时办结得\n满分，超期\n不得分\n讲师档期冲突较多导\n致延期\n质量指标 合格率 =100% 100% 10 10";
    expect(run(text)).toEqual(["数量指标 | 培训场次 | ≥12场 | 10场 | 10 | 8 | 按时办结得满分，超期不得分 | 讲师档期冲突较多导致延期", "质量指标 | 合格率 | =100% | 100% | 10 | 10"]);
  });

  it("takes a paragraph wrapped narrower than the deviation head as the method", () => {
    const text = "数量指标 培训场次 ≥12场 12场 10 10\n按时办结得\n满分\n产出指标";
    expect(run(text)).toEqual(["数量指标 | 培训场次 | ≥12场 | 12场 | 10 | 10 | 按时办结得满分", "产出指标"]);
  });

  it("takes a paragraph wrapped at the deviation head's width as the deviation, the method empty", () => {
    const text = "数量指标 培训场次 ≥12场 10场 10 8\n讲师档期冲突较多导\n致延期\n质量指标 合格率 =100% 100% 10 10";
    expect(run(text)).toEqual(["数量指标 | 培训场次 | ≥12场 | 10场 | 10 | 8 |  | 讲师档期冲突较多导致延期", "质量指标 | 合格率 | =100% | 100% | 10 | 10"]);
  });

  it("takes the row's words after its score as the first paragraph's first line", () => {
    const text = "培训场次 ≥12场 10场 10 8 按时办结得\n满分\n讲师档期冲突较多导\n致延期\n合格率 =100% 100% 10 10";
    expect(run(text)[0]).toBe("培训场次 | ≥12场 | 10场 | 10 | 8 | 按时办结得满分 | 讲师档期冲突较多导致延期");
  });

  it.each([
    // three paragraphs: a name on its own line may be the next row's
    "培训场次 ≥12场 12场 10 10\n按时办结得\n满分\n课程覆盖区县数量\n全部覆\n盖\n全部覆盖 10 10",
    // the next row lacks its name and target: the lines before may be its pieces
    "培训场次 ≥12场 12场 10 10\n按时办结得\n满分\n全部覆盖 10 10",
    // one line that fits either column
    "培训场次 ≥12场 12场 10 10\n已整改\n合格率 =100% 100% 10 10",
  ])("%j is left as read", (text) => {
    expect(run(text)).toEqual(linesOf(rowsOf(text)));
  });

  it("leaves a single paragraph as read where the deviation head did not break (its width untold)", () => {
    const text = "培训场次 ≥12场 12场 10 10\n按时办结得\n满分\n合格率 =100% 100% 10 10";
    const head: Row = { boundaries: "spaces", cells: [...HEADS.split(" "), "偏差原因"].map((t) => ({ text: t, source: { line: 1 } })) };
    expect(linesOf(joinAfterScoreColumns([head, ...rowsOf(text)])).slice(1)).toEqual(linesOf(rowsOf(text)));
  });
});
