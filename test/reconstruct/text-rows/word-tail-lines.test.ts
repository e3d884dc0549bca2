import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinWordTailLines } from "../../../src/reconstruct/text-rows/word-tail-lines.js";

// A cell's last word broken before its last character, the character alone on the next line. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

describe("joinWordTailLines: a word's last character alone on a line ends the cell above", () => {
  it.each([
    ["道路养护里程 ≥20公里 未达成预期指\n标\n8 6", ["道路养护里程 | ≥20公里 | 未达成预期指标", "8 | 6"]],
    ["5 4 下年度将合理设定绩效目\n标\n合计 100 96", ["5 | 4 | 下年度将合理设定绩效目标", "合计 | 100 | 96"]],
  ])("%j", (text, want) => expect(linesOf(joinWordTailLines(rowsOf(text)))).toEqual(want));

  it.each([
    // a label alone on its line is broken-labels.ts's
    "社会效益指\n标",
    "社会效益指\n标 群众满意度 ≥95%",
    // the line above ends on no start of the word
    "道路养护里程 ≥20公里 已完成\n标",
    // the lone line is more than the word's rest
    "道路养护里程 ≥20公里 未达成预期指\n标准",
  ])("%j is left as read", (text) => expect(linesOf(joinWordTailLines(rowsOf(text)))).toEqual(linesOf(rowsOf(text))));
});
