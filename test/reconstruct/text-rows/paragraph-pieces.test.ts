import { describe, expect, it } from "vitest";
import type { Cell } from "../../../src/layout/grid.js";
import { joinBrokenPieces, joinParagraphPieces } from "../../../src/reconstruct/text-rows/paragraph-pieces.js";
import { parse } from "../../../src/pipeline.js";

/**
 * One cell a paragraph: two lines standing together with no empty line between are one cell where
 * the pieces settle it (a broken column name, a broken figure). Every text made up.
 */
const cells = (pieces: [string, number][]): Cell[] => pieces.map(([text, line]) => ({ text, source: { line } }));
const joined = (pieces: [string, number][]) => joinParagraphPieces({ rows: [{ cells: cells(pieces), boundaries: "exact" }], rowsKnown: false, pages: null }).rows[0]!.cells.map((c) => c.text);

describe("pieces of one cell on adjacent lines", () => {
  const table: { name: string; pieces: [string, number][]; want: string[] }[] = [
    { name: "a funds head broken after its first words", pieces: [["结余金额", 1], ["支出实现", 3], ["率", 4], ["资金结余率", 6]], want: ["结余金额", "支出实现率", "资金结余率"] },
    { name: "an indicator head broken", pieces: [["年度指", 1], ["标值", 2]], want: ["年度指标值"] },
    { name: "an amount broken after its point", pieces: [["1,204.", 1], ["56", 2], ["80", 4]], want: ["1,204.56", "80"] },
    { name: "an amount's one decimal after its point", pieces: [["175.", 1], ["1", 2]], want: ["175.1"] },
    { name: "a rate broken inside its decimals", pieces: [["77.4", 1], ["1%", 2]], want: ["77.41%"] },
    { name: "a target's short tail under its long first line", pieces: [["1、≥90%；2、按时", 1], ["完成", 2]], want: ["1、≥90%；2、按时完成"] },
    { name: "a name's last character wrapped", pieces: [["部分达成预期指", 1], ["标", 2]], want: ["部分达成预期指标"] },
    // Not joined:
    { name: "a short cell under a short one", pieces: [["有所提升", 1], ["有效", 2]], want: ["有所提升", "有效"] },
    { name: "a title then a bracket", pieces: [["某某项目支出绩效自评表", 1], ["(", 2]], want: ["某某项目支出绩效自评表", "("] },
    { name: "a sentence then a short cell", pieces: [["某某工作全部完成。", 1], ["良好", 2]], want: ["某某工作全部完成。", "良好"] },
    { name: "a long line then a figure", pieces: [["某某设施维护数量", 1], ["12", 2]], want: ["某某设施维护数量", "12"] },
    { name: "two figures on lines apart", pieces: [["77.4", 1], ["1%", 3]], want: ["77.4", "1%"] },
    { name: "two whole figures together", pieces: [["10", 1], ["10", 2]], want: ["10", "10"] },
    { name: "a figure with a decimal then two digits (three decimals)", pieces: [["0.5", 1], ["10", 2]], want: ["0.5", "10"] },
    { name: "two names together", pieces: [["年初预算数", 1], ["全年预算数", 2]], want: ["年初预算数", "全年预算数"] },
    { name: "a value's words together", pieces: [["某某县", 1], ["某某局", 2]], want: ["某某县", "某某局"] },
  ];
  for (const t of table) it(t.name, () => expect(joined(t.pieces)).toEqual(t.want));
});

describe("a funds table of one cell a paragraph, a head and figures broken", () => {
  it("reads each fund row's figures under its heads", async () => {
    const lines = [
      "2031年度部门整体支出绩效自评表",
      "部门名称",
      "某县某某局",
      "资金情况（万元）",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "执行",
      "率",
      "年度资金总额",
      "240.5",
      "240.5",
      "210.3",
      "87.4\n4%",
      "其中：财政拨款",
      "200",
      "200",
      "175.",
      "1",
      "87.5\n5%",
      "年度总体目标",
      "预期目标",
      "实际完成情况",
      "完成某某设施维护，保障某某工作正常开展。",
      "某某设施维护全部完成，某某工作正常开展。",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "产出指标",
      "数量指标",
      "维护设施数量",
      "≥10处",
      "12处",
    ];
    // Each cell a paragraph; a broken cell's pieces stand together (执行 / 率, 175. / 1 as printed).
    const text = lines.join("\n\n").replace("执行\n\n率", "执行\n率").replace("175.\n\n1", "175.\n1") + "\n";
    const f = (await parse(text, { path: "paragraph-pieces.txt" })).forms[0]!;
    const total = f.funds.rows.find((r) => r.key === "total")!;
    expect([total.initialBudget, total.annualBudget, total.executed]).toEqual([240.5, 240.5, 210.3]);
    const current = f.funds.rows.find((r) => r.key === "currentYear")!;
    expect(current.executed).toBe(175.1);
  });
});

describe("one cell a line, empty lines no separators: only the sure pieces", () => {
  const sure = (pieces: [string, number][]) => joinBrokenPieces({ rows: [{ cells: cells(pieces), boundaries: "exact" }], rowsKnown: false, pages: null }).rows[0]!.cells.map((c) => c.text);
  const table: { name: string; pieces: [string, number][]; want: string[] }[] = [
    { name: "a funds head broken", pieces: [["年初部门预算安排", 1], ["金额", 2]], want: ["年初部门预算安排金额"] },
    { name: "a figure ending on its point", pieces: [["2,045.", 1], ["6", 2]], want: ["2,045.6"] },
    { name: "a label's unit under it", pieces: [["资金结构", 1], ["（万元）", 2]], want: ["资金结构（万元）"] },
    // Not joined here: two figures may be two cells.
    { name: "a figure and a rate", pieces: [["77.4", 1], ["1%", 2]], want: ["77.4", "1%"] },
    { name: "a text's short tail", pieces: [["1、≥90%；2、按时", 1], ["完成", 2]], want: ["1、≥90%；2、按时", "完成"] },
    { name: "a unit under a value", pieces: [["某县某某局", 1], ["（万元）", 2]], want: ["某县某某局", "（万元）"] },
  ];
  for (const t of table) it(t.name, () => expect(sure(t.pieces)).toEqual(t.want));
});
