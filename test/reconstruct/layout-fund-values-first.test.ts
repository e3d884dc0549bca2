import { describe, expect, it } from "vitest";
import { rebuildLayoutRows } from "../../src/reconstruct/layout-rows.js";

/**
 * A layout-ordered dump's funds block whose rows' figures are drawn before their labels (a line of
 * figures above its label), with rows printed without figures between them. Read as after their
 * label, the figures of a row would be dealt to the label before it and the rate left over to its
 * own (a row of a rate alone); read as before it, every row is whole. Every text made up.
 */
const cells = (texts: string[]) => texts.map((text, i) => ({ text, source: { line: i + 1 } }));
const rowsOf = (texts: string[]) => rebuildLayoutRows(cells(texts)).map((r) => r.cells.map((c) => c.text));
const head = ["项目资金", "全年预算数", "全年执行数", "预算执行率"];

describe("fund figures drawn before their labels", () => {
  it("gives each line of figures to the label after it when the other reading leaves a rate alone", () => {
    const rows = rowsOf([...head, "25 24 96%".split(" "), "年度资金总额:", "其中:中央、省补助", "市级财政资金", "25 24 96%".split(" "), "县级财政资金", "其他资金"].flat());
    expect(rows).toEqual([head, ["年度资金总额:", "25", "24", "96%"], ["其中:中央、省补助"], ["市级财政资金"], ["县级财政资金", "25", "24", "96%"], ["其他资金"]]);
  });

  it("keeps figures after their label where the first row's alone came first", () => {
    // The first row's figures before it, the others' after: no row is left a rate alone, nothing moves.
    const rows = rowsOf([...head, "30", "29", "96.7%", "年度资金总额:", "其中:当年财政拨款", "30", "29", "上年结转资金", "其他资金"]);
    expect(rows).toEqual([head, ["年度资金总额:", "30", "29", "96.7%"], ["其中:当年财政拨款", "30", "29"], ["上年结转资金"], ["其他资金"]]);
  });

  it("keeps them so where the rate left over comes with the blanks of the row after (no rate alone)", () => {
    const wide = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
    const rows = rowsOf([...wide, "30", "30", "29", "10", "96.7%", "9.7", "年度资金总额:", "其中:当年财政拨款", "30", "30", "29", "—", "96.7%", "—", "上年结转资金", "—", "—", "其他资金", "—", "—"]);
    expect(rows[2]!.slice(0, 4)).toEqual(["其中:当年财政拨款", "30", "30", "29"]);
  });
});
