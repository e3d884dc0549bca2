/**
 * A document site's preview that skips pages: the last line shown cut inside a label, the next
 * page's indicator row run on (`年度资金总≥95%`). Each case a small text written for this test, its
 * expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { splitPreviewGap } from "../../../src/reconstruct/text-rows/preview-gap.js";

describe("splitPreviewGap: a label cut short, then a compared target", () => {
  const CASES: Array<[string, string, [string, string] | null]> = [
    ["the total row's label cut, then a target", "年度资金总≥95%", ["年度资金总", "≥95%"]],
    ["the appropriation's label cut, then a target with its unit", "其中:当年财政≤30天", ["其中:当年财政", "≤30天"]],
    ["a header label cut, then a target", "实施单≥3次", ["实施单", "≥3次"]],
    ["a label the template spells whole (项目名) is no cut", "项目名≥100人", null],
    ["a whole label before a target is no cut (a label and its value)", "年度资金总额≥95%", null],
    ["a 三级 name before its target is no label's beginning", "群众满意度≥90%", null],
    ["a cut label without a compared figure", "年度资金总95%", null],
  ];
  it.each(CASES)("%s", (_name, text, expected) => {
    expect(splitPreviewGap(text)).toEqual(expected);
  });
});

describe("a preview's gap in text one cell a line", () => {
  it("the row after the gap is an indicator row with its names unknown; the cut label is read into nothing", async () => {
    const text = [
      "项目支出绩效自评表",
      "(2022年度)",
      "项目名称", "某水质监测经费",
      "实施单位", "某县环境站",
      "项目资金", "(万元)",
      "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
      "年度资金总≥95%",
      "98%",
      "20",
      "19",
      "满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "90%", "10", "10",
      "总分", "100", "96",
    ].join("\n");
    const doc = await parse(text, { path: "preview.txt" });
    const f = doc.forms[0]!;
    expect(f.funds.rows).toEqual([]);
    const rows = f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows).toEqual([
      [null, null, null, "≥95%", "98%", 20, 19],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "90%", 10, 10],
    ]);
    expect(doc.diagnostics.some((d) => d.code === "unplaced-text" && /年度资金总/.test(d.message))).toBe(true);
  });
});

describe("a preview's gap in text a row a line", () => {
  const lines = (sep: string) =>
    [
      "项目支出绩效自评表",
      "(2022年度)",
      ["项目名称", "某水质监测经费"].join(sep),
      ["实施单位", "某县环境站"].join(sep),
      ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].join(sep),
      ["年度资金总≥95%", "98%", "20", "19"].join(sep),
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "90%", "10", "10"].join(sep),
      ["总分", "100", "96"].join(sep),
    ].join("\n");

  it.each([
    ["cells parted by spaces (linear)", " "],
    ["cells run together", ""],
  ])("%s: the row after the gap is an indicator row with its names unknown", async (_name, sep) => {
    const doc = await parse(lines(sep), { path: "preview.txt" });
    const f = doc.forms[0]!;
    expect(f.funds.rows).toEqual([]);
    const rows = f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows).toEqual([
      [null, null, null, "≥95%", "98%", 20, 19],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "90%", 10, 10],
    ]);
  });
});
