/**
 * Layout-ordered text (a PDF's text dumped in drawing order): made-up dumps, what shape each is
 * taken for, and the rows rebuilt from it before the reconstructor.
 */
import { textReadings } from "../../../src/extract/text/read-text.js";
import { describe, expect, it } from "vitest";
import { detectShape as shapeOfReadings } from "../../../src/reconstruct/text-rows/detect-shape.js";
import { layoutPieces, readLayoutOrdered, wrapWidths } from "../../../src/reconstruct/text-rows/layout-ordered.js";
import { cutIndicatorRows, rebuildLayoutRows, type Piece } from "../../../src/reconstruct/layout-rows.js";
import { parse } from "../../../src/pipeline.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

/** The rows of a dump, each row's cells' texts, empty cells kept (they hold a column's place). */
function rows(text: string): string[][] {
  return rebuildLayoutRows(readLayoutOrdered(textReadings(text).dumpLines()).rows.flatMap((r) => r.cells)).map((r) => r.cells.map((c) => c.text));
}

const HEAD = ["项目支出绩效自评表", "（2021年度）", "项目名称", "社区养老服务补助", "主管部门", "民政局", "实施单位", "养老服务中心"];
const FUNDS_HEAD = ["项", "目", "资", "金", "（", "万", "元", "）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
const INDICATOR_HEAD = ["绩", "效", "指", "标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

describe("recognising layout-ordered text", () => {
  const cases: { name: string; text: string[]; shape: string }[] = [
    {
      name: "a vertical label one character a line and a page number",
      text: [...HEAD, ...FUNDS_HEAD, "年度资金总额", "50", "50", "48", "10", "96%", "9.6", "- 1 -", "其他资金", "0", "0", "0", ...Array(4).fill("填充单元")],
      shape: "layout-ordered",
    },
    {
      name: "labels spaced out on one line, twice",
      text: [...HEAD, "年 度 总 体 目 标", "预期目标", "实际完成情况", "完成养老服务", "已完成", "绩 效 指 标", "一级指标", ...Array(8).fill("单元")],
      shape: "layout-ordered",
    },
    {
      name: "one cell per line with empty cells as empty lines (a page's export), a label broken once",
      text: [...HEAD, "", "年度资金总额", "50", "", "48", "", "绩", "效", "指", "标", ...Array(8).fill("单元")],
      shape: "cell-per-line",
    },
    {
      name: "one cell per line with nothing broken",
      text: [...HEAD, "项目资金（万元）", "年初预算数", "全年预算数", "年度资金总额", "50", "50", "48", "10", "96%", "9.6", "总分", "100", "96"],
      shape: "cell-per-line",
    },
    {
      name: "linear text with page numbers",
      text: ["项目名称 社区养老服务补助", "主管部门 民政局 实施单位 养老服务中心", "- 1 -", "年度资金总额 50 50 48 10 96% 9.6", "- 2 -", "总分 100 96"],
      shape: "linear",
    },
  ];
  it.each(cases)("$name → $shape", ({ text, shape }) => {
    expect(detectShape(text.join("\n") + "\n")).toBe(shape);
  });
});

describe("the dump's lines back into cells", () => {
  it("gathers a vertical label, drops page numbers, joins a line opening with a comma to the one above", () => {
    const pieces = layoutPieces(textReadings(["绩", "效", "指", "标", "第 2 页", "因天气原因工期推迟了半个月", "，已督促施工方加快进度", "5"].join("\n")).dumpLines());
    expect(pieces.map((p) => p.cell.text)).toEqual(["绩效指标", "因天气原因工期推迟了半个月，已督促施工方加快进度", "5"]);
  });

  it("does not gather two one-character values into a label", () => {
    const pieces = layoutPieces(textReadings(["是否达标", "是", "是", "5"].join("\n")).dumpLines());
    expect(pieces.map((p) => p.cell.text)).toEqual(["是否达标", "是", "是", "5"]);
  });

  it("finds the wrap widths: the longest lines, and the column half as wide", () => {
    const goal = "一二三四五六七八九十一二三四五六七八九十"; // 20
    const cell = "甲乙丙丁戊己庚辛壬癸"; // 10
    expect([...wrapWidths([goal, goal + "", "短句", cell, cell.slice(1) + "子"])].sort()).toEqual([10, 20]);
    expect([...wrapWidths(["短", "一行而已的文字内容很长很长"])]).toEqual([]);
  });
});

describe("rows rebuilt", () => {
  it("puts a fund row's values after its label when printed before it, and the rest of a run with the next label", () => {
    const text = [
      ...HEAD,
      ...FUNDS_HEAD,
      "年度资金总额",
      "50",
      "50",
      "48",
      "10",
      "96%",
      "9.6",
      // 当年财政拨款: its amounts before its label, its dash after
      "30",
      "30",
      "29",
      "其中：当年财政拨款",
      "—",
      "上年结转资金",
      "20",
      "20",
      "19",
      "—",
      "其他资金",
    ].join("\n");
    const rs = rows(text);
    expect(rs).toContainEqual(["年度资金总额", "50", "50", "48", "10", "96%", "9.6"]);
    expect(rs).toContainEqual(["其中：当年财政拨款", "30", "30", "29", "—"]);
    expect(rs).toContainEqual(["上年结转资金", "20", "20", "19", "—"]);
    expect(rs).toContainEqual(["其他资金"]);
  });

  it("cuts indicator rows by the header's columns: numbers first, a 一级 and 二级 name on the first row only, a deviation at the end", () => {
    const text = [
      ...HEAD,
      ...INDICATOR_HEAD,
      "产出指标",
      "数量指标",
      "服务老人人次",
      "≥5000人次",
      "5230人次",
      "10",
      "10",
      "8",
      "6.5",
      "助餐点数量",
      "12个",
      "10个",
      "两处选址未落实，明年补建",
      "时效指标",
      "补助发放及时率",
      "100%",
      "100%",
      "10",
      "10",
      "总分",
      "100",
      "96.5",
    ].join("\n");
    const rs = rows(text);
    expect(rs).toContainEqual(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    expect(rs).toContainEqual(["", "产出指标", "数量指标", "服务老人人次", "≥5000人次", "5230人次", "10", "10", ""]);
    expect(rs).toContainEqual(["", "", "", "助餐点数量", "12个", "10个", "8", "6.5", "两处选址未落实，明年补建"]);
    expect(rs).toContainEqual(["", "", "时效指标", "补助发放及时率", "100%", "100%", "10", "10", ""]);
    expect(rs).toContainEqual(["总分", "100", "96.5"]);
  });

  it("joins a wrapped deviation where the next row needs it, not a full-width name that stands alone", () => {
    const p = (text: string, next: Piece["next"] = "none"): Piece => ({ cell: { text, source: {} }, next });
    const cut = cutIndicatorRows(
      [
        p("办理及时率"), p("≥95%"), p("97%"), p("5"), p("5"),
        // a deviation wrapped over two lines, the first filling its column
        p("受疫情影响部分活动未按计划", "likely"), p("开展，明年补上", "possible"),
        p("培训人次"), p("≥300人次"), p("320人次"), p("5"), p("5"),
        // a name exactly as wide as the column, then the next row's target
        p("群众满意度调查覆盖率指标值", "likely"), p("≥90%"), p("92%"), p("5"), p("5"),
      ],
      ["level3", "target", "actual", "weight", "score", "deviation"],
      false,
    );
    expect(cut.rows.map((r) => r.cells.map((c) => c?.text ?? null))).toEqual([
      [null, null, "办理及时率", "≥95%", "97%", "5", "5", "受疫情影响部分活动未按计划开展，明年补上"],
      [null, null, "培训人次", "≥300人次", "320人次", "5", "5", null],
      [null, null, "群众满意度调查覆盖率指标值", "≥90%", "92%", "5", "5", null],
    ]);
  });

  it.each([
    { name: "as printed", fold: (t: string) => t },
    { name: "with full-width digits and page number (a Word document's １００％)", fold: (t: string) => t.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) },
  ])("reads a whole made-up dump into the form's fields, $name", async ({ fold }) => {
    const text = [
      ...HEAD,
      ...FUNDS_HEAD,
      "50", "50", "48", "10", "96%", "9.6", "年度资金总额",
      "其中：当年财政拨款", "50", "50", "48", "—",
      "- 1 -",
      "年", "度", "总", "体", "目", "标",
      "预期目标", "实际完成情况", "为辖区老人提供助餐和日间照料服务", "已为辖区老人提供助餐和日间照料服务",
      ...INDICATOR_HEAD,
      "10", "10", "产出指标", "数量指标", "服务老人人次", "≥5000人次", "5230人次",
      "满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "93%", "10", "10",
      "总分", "20", "20",
    ].join("\n");
    const doc = await parse(new TextEncoder().encode(fold(text)), { path: "made-up.txt" });
    const form = doc.forms[0]!;
    expect(form.projectName).toBe("社区养老服务补助");
    expect(form.funds.rows.find((r) => r.key === "total")).toMatchObject({ initialBudget: 50, annualBudget: 50, executed: 48 });
    expect(form.funds.rows.find((r) => r.key === "currentYear")).toMatchObject({ initialBudget: 50, annualBudget: 50, executed: 48 });
    expect(form.funds.executionRatePercent).toBe(96);
    expect(form.goals.expected).toBe("为辖区老人提供助餐和日间照料服务");
    expect(form.goals.actual).toBe("已为辖区老人提供助餐和日间照料服务");
    expect(form.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "服务老人人次", "≥5000人次", "5230人次", 10, 10],
      ["满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "93%", 10, 10],
    ]);
    expect(form.total).toMatchObject({ weight: 20, score: 20 });
  });
});
