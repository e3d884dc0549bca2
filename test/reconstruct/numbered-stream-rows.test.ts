/**
 * One cell a line, an indicator table numbered by 序号 whose merged cells the export left out, its
 * header printed over two rows with the heads' words stacked: small texts written for this test,
 * their expected readings typed by hand from the texts.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { joinStackedHeads } from "../../src/reconstruct/stacked-heads.js";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";
import type { Cell } from "../../src/layout/grid.js";

const cellsOf = (texts: string[]): Cell[] => texts.map((text, i) => ({ text, source: { line: i + 1 } }));

describe("a header's heads stacked over two rows (指标 / 县级 over 分值 / 评分)", () => {
  const cases: Array<{ name: string; cells: string[]; expected: string[]; heads: string[] }> = [
    {
      name: "each upper word joins the lower word under it; the lower row's cells go",
      cells: ["序号", "一级指标", "二级指标", "三级指标", "指标", "县级", "乡镇", "", "分值", "评分", "评分", "1", "投入"],
      expected: ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "县级评分", "乡镇评分", "", "1", "投入"],
      heads: ["指标分值", "县级评分", "乡镇评分"],
    },
    {
      name: "blanks among the lower row's cells go with them",
      cells: ["一级指标", "二级指标", "三级指标", "指标", "县级", "分值", "", "评分", "产出"],
      expected: ["一级指标", "二级指标", "三级指标", "指标分值", "县级评分", "产出"],
      heads: ["指标分值", "县级评分"],
    },
    {
      name: "a page's spaces between a head's characters are not the head's",
      cells: ["一级指标", "二级指标", "三级指标", "指 标", "县 级", "分 值", "评 分", "产出"],
      expected: ["一级指标", "二级指标", "三级指标", "指标分值", "县级评分", "产出"],
      heads: ["指标分值", "县级评分"],
    },
    {
      name: "short words after the header that no lower column name completes are the first row's",
      cells: ["一级指标", "二级指标", "三级指标", "分值", "投入", "编制", "规范", "良好", "3"],
      expected: ["一级指标", "二级指标", "三级指标", "分值", "投入", "编制", "规范", "良好", "3"],
      heads: [],
    },
    {
      name: "fewer than half of the pairs making a column name: not heads",
      cells: ["一级指标", "二级指标", "三级指标", "甲项", "乙项", "丙项", "分值", "某某", "某某"],
      expected: ["一级指标", "二级指标", "三级指标", "甲项", "乙项", "丙项", "分值", "某某", "某某"],
      heads: [],
    },
    {
      name: "no level column before them: not an indicator header",
      cells: ["项目名称", "指标", "县级", "分值", "评分"],
      expected: ["项目名称", "指标", "县级", "分值", "评分"],
      heads: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { cells, heads } = joinStackedHeads(cellsOf(c.cells));
      expect(cells.map((x) => x.text)).toEqual(c.expected);
      expect([...heads].map((x) => x.text)).toEqual(c.heads);
    });
  }
});

describe("numbered indicator rows, one cell a line, merged cells left out", () => {
  // A county's scoring sheet a city reviews: 县级评分 is the county's own score.
  const head = ["某县2022年度村级公益事业奖补项目绩效评价自评表", "序号", "一级指标", "二级指标", "三级指标", "指标解释", "指标", "县级", "市级", "分值", "评分", "评分"];
  const rows = [
    ["1", "投入(20)", "预算编制", "编制规范", "编制规范的,得3分", "3", "3", ""],
    // (Its score equals the next row's number.)
    ["2", "资金到位", "到位及时的,得3分", "3", "3", ""],
    ["3", "资金使用", "合规使用", "使用合规的,得4分", "4", "4", ""],
    // A second line under 3 (its 序号 and names merged).
    ["专账核算的,得1分", "1", "0", ""],
    ["4", "产出(30)", "完成情况", "任务完成", "全部完成的,得5分", "5", "4", ""],
  ];
  const expected = [
    ["投入", 20, "预算编制", "编制规范", 3, 3],
    ["投入", 20, "预算编制", "资金到位", 3, 3],
    ["投入", 20, "资金使用", "合规使用", 4, 4],
    ["投入", 20, "资金使用", 1, 0],
    ["产出", 30, "完成情况", "任务完成", 5, 4],
  ];
  const read = async (text: string) =>
    (await parse(text, { path: "numbered.txt" })).forms[0]!.indicators.map((i) =>
      // (The second line's 三级 is merged: what it reads there is not asked.)
      i.weight === 1 ? [i.level1, i.level1Weight, i.level2, i.weight, i.score] : [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score],
    );

  it("each row runs from its 序号 to the next; a second line under one is a row of its own", async () => {
    const text = [...head, ...rows.flat(), "总分", "100", "90"].join("\n");
    expect(await read(text)).toEqual(expected);
  });

  it("rows numbered under a header that names no 序号 (a tender site's table view) are cut at their numbers too", () => {
    const texts = [...head.filter((h) => h !== "序号"), ...rows.flat(), "总分", "100", "90"];
    const cut = segmentStream(texts.map((text, i) => ({ text, source: { line: i + 1 } }))).map((r) => r.cells.map((c) => c.text).filter((t) => t !== ""));
    expect(cut.filter((r) => /^\d$/.test(r[0] ?? "") || r[0] === "专账核算的,得1分")).toEqual(rows.map((r) => r.filter((t) => t !== "")));
  });

  it("the same with the empty cells dropped by the export", async () => {
    const text = [...head, ...rows.flat().filter((c) => c !== ""), "总分", "100", "90"].join("\n");
    expect(await read(text)).toEqual(expected);
  });
});
