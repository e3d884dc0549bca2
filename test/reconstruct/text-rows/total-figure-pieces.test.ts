import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinTotalFigurePieces } from "../../../src/reconstruct/text-rows/total-figure-pieces.js";

// A total's 分值 and 得分 wrapped in narrow cells, a piece a line (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const LAST_ROW = "群众满意度 ≥90% 93% 10 10";

describe("a total's figures broken a piece a line are its 分值 and 得分 where one cut settles them", () => {
  it.each([
    ["总分\n10\n0\n88\n.3\n6\n-3-", ["总分 | 100 | 88.36", "-3-"]],
    ["总分\n10\n0\n91", ["总分 | 100 | 91"]],
    ["合计\n10\n0\n86\n.5", ["合计 | 100 | 86.5"]],
    ["总分 100\n93.2\n7\n-2-", ["总分 | 100 | 93.27", "-2-"]],
    // the 分值's first piece on the label's line
    ["总分 10\n0\n95.\n6", ["总分 | 100 | 95.6"]],
  ])("%j", (body, lines) => {
    expect(linesOf(joinTotalFigurePieces(rowsOf(`${LAST_ROW}\n${body}`))).slice(1)).toEqual(lines);
  });

  it("keeps every piece's source", () => {
    const rows = joinTotalFigurePieces(rowsOf("总分\n10\n0\n91"));
    expect(rows[0]!.cells[1]!.parts).toEqual([{ line: 2 }, { line: 3 }]);
    expect(rows[0]!.cells[2]!.parts).toEqual([{ line: 4 }]);
  });

  it.each([
    // two cuts give a total's figures (1 and 0.95, or 10.9 and 5): left as read
    "总分\n1\n0\n.9\n5",
    // no cut gives a score under its 分值
    "总分\n10\n0\n12\n0",
    // the score below the 分值 on the label's line would pass it
    "总分 90\n93.2\n7",
    // a label that is no total's
    "分值\n10\n0\n91",
    // more pieces than a total's two figures break into
    "总分\n1\n0\n0\n9\n1\n.2\n5",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinTotalFigurePieces(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});
