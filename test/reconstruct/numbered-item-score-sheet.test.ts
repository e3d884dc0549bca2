/**
 * An evaluation report's score table (评价指标 | 指标分值 | 评价得分 over 一级 | 二级 | 三级), each item numbered
 * through the table with its points in a note (`1.立项依据( 4 分)`), then its weight and score, the 一级 name
 * printed before the first item of its group (src/reconstruct/numbered-item-score-sheet.ts). Text written for
 * this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import type { Row } from "../../src/layout/grid.js";
import { regroupNumberedItemSheets } from "../../src/reconstruct/numbered-item-score-sheet.js";

const read = async (text: string) => (await parse(text, { path: "sheet.txt" })).forms;
const levels = (f: Awaited<ReturnType<typeof read>>[number] | undefined) => f!.indicators.map((i) => [i.level1, i.level2, i.level3, i.weight, i.score]);

const HEAD = "某县2019年乡村道路养护项目支出绩效自评表 项目名称 乡村道路养护 主管部门 某县交通运输局 实施单位 某县公路站";
const spaced = (text: string): Row => ({ cells: text.split(" ").map((t) => ({ text: t, source: {} })), boundaries: "spaces" });
const texts = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join("|"));

describe("a score table of numbered items with their points in a note", () => {
  it("reads a preview's one line: the group name repeated on its items, the note kept in the name", async () => {
    const [form] = await read(
      HEAD +
        " 二、绩效情况 评价指标 指标分值 评价得分 一级 二级 三级 100 88 前期准备 1.立项依据( 4 分) 4 4 2.实施方案( 6分) 6 5 过程管理 3.制度执行( 10 分) 10 8 4.资金拨付( 10 分) 10 9 效果 5.群众满意度( 20 分) 20 18\n",
    );
    expect(levels(form)).toEqual([
      ["前期准备", null, "1.立项依据( 4分)", 4, 4],
      ["前期准备", null, "2.实施方案( 6分)", 6, 5],
      ["过程管理", null, "3.制度执行( 10分)", 10, 8],
      ["过程管理", null, "4.资金拨付( 10分)", 10, 9],
      ["效果", null, "5.群众满意度( 20分)", 20, 18],
    ]);
  });

  it("reads the table a row a line", async () => {
    const [form] = await read(
      "某县2019年乡村道路养护项目支出绩效自评表\n项目名称 乡村道路养护\n评价指标 指标分值 评价得分 一级 二级 三级\n前期准备 1.立项依据( 4 分) 4 4\n2.实施方案( 6分) 6 5\n过程管理 3.制度执行( 10 分) 10 8\n",
    );
    expect(levels(form)).toEqual([
      ["前期准备", null, "1.立项依据( 4分)", 4, 4],
      ["前期准备", null, "2.实施方案( 6分)", 6, 5],
      ["过程管理", null, "3.制度执行( 10分)", 10, 8],
    ]);
  });

  it("keeps an item an excerpt cuts inside its note with what it shows", () => {
    const rows = regroupNumberedItemSheets([spaced("评价指标 指标分值 评价得分 一级 二级 三级 前期准备 1.立项依据( 4 分) 4 4 2.实施方案( 6分) 6 5 效果 3.群众满意度 ( 2")]);
    expect(texts(rows)).toEqual(["评价指标", "一级|二级|三级|指标分值|评价得分", "前期准备||1.立项依据( 4 分)|4|4", "前期准备||2.实施方案( 6分)|6|5", "效果||3.群众满意度 ( 2||"]);
  });

  it("leaves a table whose items carry no note, or whose numbering breaks, as it was", () => {
    const noNotes = spaced("评价指标 指标分值 评价得分 一级 二级 三级 前期准备 1.立项依据 4 4 2.实施方案 6 5");
    expect(regroupNumberedItemSheets([noNotes])).toEqual([noNotes]);
    const broken = spaced("评价指标 指标分值 评价得分 一级 二级 三级 前期准备 1.立项依据( 4 分) 4 4 3.实施方案( 6分) 6 5");
    expect(regroupNumberedItemSheets([broken])).toEqual([broken]);
  });

  it("ends the table where the text after it begins", () => {
    const rows = regroupNumberedItemSheets([spaced("评价指标 指标分值 评价得分 一级 二级 三级 前期准备 1.立项依据( 4 分) 4 4 2.实施方案( 6分) 6 5 三、评价人员 张三")]);
    expect(texts(rows).at(-1)).toBe("三、评价人员|张三");
  });
});
