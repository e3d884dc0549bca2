import { describe, expect, it } from "vitest";
import { readCellPerLine } from "../../src/extract/text/stream.js";

// One cell a line as portals' and office exports give it, where the page marks each cell's end
// (a blank line after it, a pipe closing it, a pipe on a line of its own) and a cell's text is
// broken over lines inside it (a <br> or a paragraph per clause). All text made up.
const cellsOf = (text: string) => readCellPerLine(text).rows[0]!.cells.map((c) => c.text.trim());

const GOAL = ["修缮村道三条,", "新建路灯四十盏;", "村民出行条件明显改善。"];
const CELLS = ["项目名称", "村道修缮", "主管部门", "某镇人民政府", "年度总体目标", "预期目标", "实际完成情况", "GOAL", "已全部完成", "一级指标", "二级指标", "三级指标"];
const joined = CELLS.map((c) => (c === "GOAL" ? GOAL.join("") : c));

describe("one cell a line, a cell's text broken over lines after its clauses", () => {
  it("is one cell where every cell is a paragraph (a blank line after each)", () => {
    const text = CELLS.map((c) => (c === "GOAL" ? GOAL.join("\n") : c)).join("\n\n");
    expect(cellsOf(text)).toEqual(joined);
  });

  it("is one cell where every cell is closed by a pipe, the lines of a broken cell but its last left open", () => {
    const text = CELLS.map((c) => (c === "GOAL" ? GOAL.join("\n") : c) + " |").join("\n");
    expect(cellsOf(text)).toEqual(joined);
  });

  it("stays apart where the page marks no cell's end (each line may be a cell)", () => {
    const text = CELLS.map((c) => (c === "GOAL" ? GOAL.join("\n") : c)).join("\n");
    expect(cellsOf(text)).toEqual(CELLS.flatMap((c) => (c === "GOAL" ? GOAL : [c])));
  });
});

describe("one cell a line, each cell followed by a pipe on a line of its own", () => {
  it("reads an empty cell (a blank line and its pipe) as one empty cell, the pipes as no cells", () => {
    // (Empty cells enough that their pipes, after a blank line, are more than a tenth of the pipes.)
    const cells = ["项目名称", "村道修缮", "主管部门", "", "实施单位", "某镇人民政府", "年初预算数", "全年预算数", "全年执行数", "年度资金总额", "20", "20", "18", "上年结转资金", "", "", "", "其他资金", "", "", ""];
    const text = cells.map((c) => `${c === "" ? " " : c}\n|`).join("\n");
    expect(cellsOf(text)).toEqual(cells);
  });
});

describe("one cell a line, each cell closed by a pipe on a line of its own, a long cell's lines kept", () => {
  // A browser's copy of a scoring sheet: every <td> ends with a pipe line, a cell's line breaks stay,
  // an empty cell is a pipe right after a pipe.
  const CELLS = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因", "投入(20分)", "预算配置(20分)", "人员编制控制率", "不超编得5分;每超编1人扣1分,扣完为止。", "5", "5", "", "一般性支出压减率", "压减率达到5%得满分。", "5", "4", "未达到目标"];
  const LINES: Record<string, string[]> = {
    "投入(20分)": ["投 入", "(20分)"],
    人员编制控制率: ["人员编制", "控制率"],
    "不超编得5分;每超编1人扣1分,扣完为止。": ["不超编得5分;", "每超编1人扣1分,扣完为止。"],
  };
  const text = CELLS.map((c) => [...(LINES[c] ?? (c === "" ? [] : [c])), "|"].join("\n")).join("\n");

  it("joins the lines since the last pipe into one cell and reads a pipe after a pipe as an empty cell", () => {
    expect(cellsOf(text)).toEqual(CELLS.map((c) => (c === "投入(20分)" ? "投 入(20分)" : c)));
  });

  it("keeps lines before the first pipe (a title above the table) a cell each", () => {
    expect(cellsOf("某局2022年度部门整体支出绩效评分表\n单位:分\n" + text).slice(0, 3)).toEqual(["某局2022年度部门整体支出绩效评分表", "单位:分", "一级指标"]);
  });
});
