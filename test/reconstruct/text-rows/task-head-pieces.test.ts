import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinTaskSpanHead } from "../../../src/reconstruct/text-rows/task-span-head.js";
import { joinTaskNamePieces } from "../../../src/reconstruct/text-rows/task-name-pieces.js";

// The 年度主要任务 table as pdftotext -raw draws it: the spanning head on a line of its own, the
// first task's name wrapped before its row. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

describe("the task table's spanning head on a line of its own", () => {
  it("joins it onto the head line above, between the heads naming the task and the amounts' heads", () => {
    const text = "任务名称 主要内容\n预算金额（万元）\n总额 财政拨款 其他资金\n河道清淤 清理主干河道 60 60";
    expect(linesOf(joinTaskSpanHead(rowsOf(text)))).toEqual(["任务名称 | 主要内容 | 预算金额（万元）", "总额 | 财政拨款 | 其他资金", "河道清淤 | 清理主干河道 | 60 | 60"]);
  });

  it.each([
    // no amounts' heads below: the line may be a task
    "任务名称 主要内容\n预算金额（万元）\n河道清淤 清理主干河道 60 60",
    // the line above does not name the task's columns
    "总额 财政拨款\n预算金额（万元）\n总额 财政拨款 其他资金",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinTaskSpanHead(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("the first task's name wrapped before its row", () => {
  const HEAD = "任务名称 主要内容 预算金额\n总额 财政拨款 其他资金";
  it("joins the wrapped name right after the head onto the row of its content and amounts", () => {
    const text = `${HEAD}\n农村人居环境整\n治\n清理生活垃圾 120 120\n河道清淤 清理主干河道 60 60`;
    expect(linesOf(joinTaskNamePieces(rowsOf(text))).slice(2)).toEqual(["农村人居环境整治 | 清理生活垃圾 | 120 | 120", "河道清淤 | 清理主干河道 | 60 | 60"]);
  });

  it.each([
    // after a task row and its pieces, a row that holds its name already: the pieces are no name of it
    `${HEAD}\n河道清淤 清理主干河道 60 60\n农村人居环境整\n治\n人居整治 清理生活垃圾 120 120`,
    // no task head above: the rows are no task table's
    "河道清淤 清理主干河道 60 60\n农村人居环境整\n治\n清理生活垃圾 120 120",
    // one line alone: no wrapped cell
    `${HEAD}\n农村人居环境整治\n清理生活垃圾 120 120`,
    // the row below holds a name and content already
    `${HEAD}\n农村人居环境整\n治\n人居整治 清理生活垃圾 120 120`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinTaskNamePieces(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a later task's name wrapped after a whole task row", () => {
  const HEAD = "任务名称 主要内容 预算金额\n总额 财政拨款 其他资金";
  it.each([
    // the pieces before a row of content and amounts: the whole row above ended on its line, so the pieces open the next task
    [`${HEAD}\n河道清淤 清理主干河道 60 60\n乡村道路养护工\n程\n硬化村组道路 80 80 0`, "乡村道路养护工程 | 硬化村组道路 | 80 | 80 | 0"],
    // the name's last piece opening the row of its content and amounts
    [`${HEAD}\n河道清淤 清理主干河道 60 60\n乡村道路养护工\n程 硬化村组道路 80 80 0`, "乡村道路养护工程 | 硬化村组道路 | 80 | 80 | 0"],
  ])("%j", (text, row) => {
    expect(linesOf(joinTaskNamePieces(rowsOf(text)))).toEqual(["任务名称 | 主要内容 | 预算金额", "总额 | 财政拨款 | 其他资金", "河道清淤 | 清理主干河道 | 60 | 60", row]);
  });
});
