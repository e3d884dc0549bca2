/**
 * One cell a line, "|" between cells, an excerpt that starts inside a scoring sheet whose rows print
 * a rule before each 分值 and 得分 and whose groups' names carry their points (一级 (N分) | 二级 (N分)
 * | 三级 | rule | 分值 | 得分 | reason), its header cut off: small texts written for this test, their
 * expected readings typed by hand from the texts.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";
import { opensRuledScoredRows, opensWeightFirstRows } from "../../src/reconstruct/ruled-score-rows.js";

/** Rows as a table copied out one cell a line prints them: "|" after each cell, an empty reason. */
const piped = (rows: string[][]) => rows.flatMap((r) => [...r, ""]).flatMap((c) => [c, "|"]).join("\n");
const indicators = async (text: string) =>
  ((await parse(text, { path: "excerpt.txt" })).forms[0]?.indicators ?? []).map((i) => [i.level1, i.level2, i.level3, i.weight, i.score]);
const cells = (texts: string[]) => texts.map((text, i) => ({ text, source: { line: i + 1 } }));

const sheet = [
  ["产 出\n(30分)", "产出数量\n(20分)", "培训人次", "完成计划人次得10分;每少一成扣1分。", "10", "9"],
  ["", "", "覆盖乡镇数", "全部覆盖得10分,每缺一个扣2分。", "10", "10"],
  ["", "产出质量\n(10分)", "合格率", "合格率≥95%得10分;每低1个百分点扣1分。", "10", "8"],
  ["效 益\n(20分)", "社会效益\n(20分)", "群众满意度", "满意度≥90%得20分;80%-90%得15分。", "20", "18"],
];

describe("a ruled scoring sheet's rows without their header", () => {
  it("reads each item's 一级, 二级, 三级, 分值 and 得分, the merged groups carried", async () => {
    const text = piped(sheet.map((r) => r.filter((c) => c !== "")));
    // (The groups' names as printed, their points kept or not: the 三级 names and figures exact.)
    const read = (await indicators(text)).map(([l1, l2, ...rest]) => [String(l1).replace(/\s|[(（].*$/g, ""), String(l2).replace(/[(（].*$/, ""), ...rest]);
    expect(read).toEqual([
      ["产出", "产出数量", "培训人次", 10, 9],
      ["产出", "产出数量", "覆盖乡镇数", 10, 10],
      ["产出", "产出质量", "合格率", 10, 8],
      ["效益", "社会效益", "群众满意度", 20, 18],
    ]);
  });

  it("reads a numbered sheet's rows (序号 | 一级 (N) | 二级 | 三级 | rule | 分值 | 得分 | 市级评分), its first 序号 cut off", async () => {
    // Each row: its 序号 (the first cut off with the header), its names, rule and figures, two empty
    // columns; a second line under the same 序号 prints its rule and figures alone.
    const rows = [
      ["产出(40)", "数量指标", "建设里程", "完成计划里程得10分", "10", "9", "", ""],
      ["2", "质量指标", "验收合格", "一次验收合格得6分", "6", "6", "", ""],
      ["资料归档齐全得4分", "4", "3", "", ""],
      ["3", "时效指标", "按期完工", "按期完工得5分", "5", "5", "", ""],
    ];
    const text = rows.flat().flatMap((c) => [c, "|"]).join("\n");
    const read = (await indicators(text)).map(([l1, l2, ...rest]) => [String(l1).replace(/[(（].*$/, ""), l2, ...rest]);
    expect(read).toEqual([
      ["产出", "数量指标", "建设里程", 10, 9],
      ["产出", "质量指标", "验收合格", 6, 6],
      ["产出", "质量指标", "验收合格", 4, 3],
      ["产出", "时效指标", "按期完工", 5, 5],
    ]);
    // (Without a 序号 after the empty columns, a 二级 without points does not settle the shape.)
    expect(opensRuledScoredRows(cells(["产出(40)", "数量指标", "建设里程", "完成计划里程得10分", "10", "9", "", "", "质量指标"]), 0)).toBe(false);
    expect(opensRuledScoredRows(cells(["产出(40)", "数量指标", "建设里程", "完成计划里程得10分", "10", "9", "", "", "2", "质量指标"]), 0)).toBe(true);
  });

  it("reads a sheet that prints each 分值 after its name and the 得分 last (… | 分值 | 解释 | 评分标准 | 备注 | 自评)", async () => {
    const rows = [
      ["过程", "资金管理(8分)", "资金到位率", "4", "考察资金是否及时到位。", "全部到位计4分,每低10%扣1分。", "", "3"],
      ["2", "支出合规性", "4", "考察支出是否符合规定。", "无违规计4分,发现一笔扣2分。", "", "4"],
      ["3", "业务管理(6分)", "制度执行", "6", "考察制度是否执行。", "执行到位计6分。", "", "5"],
    ];
    const text = rows.flat().flatMap((c) => [c, "|"]).join("\n");
    const read = (await indicators(text)).map(([l1, l2, ...rest]) => [l1, String(l2).replace(/[(（].*$/, ""), ...rest]);
    expect(read).toEqual([
      ["过程", "资金管理", "资金到位率", 4, 3],
      ["过程", "资金管理", "支出合规性", 4, 4],
      ["过程", "业务管理", "制度执行", 6, 5],
    ]);
    // (A 分值 above its group's points, or no 序号 after the 得分: not such rows.)
    expect(opensWeightFirstRows(cells(rows.flat().map((c) => c.replace("8分", "3分"))), 0)).toBe(false);
    expect(opensWeightFirstRows(cells(rows.flat().filter((c) => c !== "2")), 0)).toBe(false);
    expect(opensWeightFirstRows(cells(rows.flat()), 0)).toBe(true);
  });

  it("opens such rows only where the points are a scoring sheet's and an empty reason ends the row", () => {
    const opens = (texts: string[]) => opensRuledScoredRows(cells(texts), 0);
    expect(opens(["投入(15分)", "预算配置(15分)", "人员控制率", "控制率≤100%得5分", "5", "5", "", "变动率"])).toBe(true);
    // (The points cut into a cell of their own are the name's.)
    expect(opens(["投 入", "(15分)", "预算配置", "(15分)", "人员控制率", "控制率≤100%得5分", "5", "5", "", "变动率"])).toBe(true);
    // (A part worth more than its group, a score above its 分值, a reason written in: not such rows.)
    expect(opens(["投入(15分)", "预算配置(20分)", "人员控制率", "控制率≤100%得5分", "5", "5", "", "变动率"])).toBe(false);
    expect(opens(["投入(15分)", "预算配置(15分)", "人员控制率", "控制率≤100%得5分", "5", "6", "", "变动率"])).toBe(false);
    expect(opens(["投入(15分)", "预算配置(15分)", "人员控制率", "控制率≤100%得5分", "5", "4", "超编一人", "变动率"])).toBe(false);
    // (Group names without points: the template's level names settle those.)
    expect(opens(["投入", "预算配置", "人员控制率", "控制率≤100%得5分", "5", "5", "", "变动率"])).toBe(false);
  });

  it("gives the rows the header of those columns", () => {
    const rows = segmentStream(cells(["投入(15分)", "预算配置(15分)", "人员控制率", "控制率≤100%得5分", "5", "5", "", "变动率", "变动率≤0得5分", "5", "4", ""]));
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(["一级指标", "二级指标", "三级指标", "得分计算方法", "分值", "得分"]);
    expect(rows[2]!.cells.map((c) => c.text)).toEqual(["", "", "变动率", "变动率≤0得5分", "5", "4"]);
  });
});
