/**
 * An indicator table run onto one line with spaces between its cells: rows the template's labels
 * did not part (a merged 二级 cell, a 二级 name the labels do not know) are cut again by the
 * table's anatomy, one pass through the header's columns each. Made-up text.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { recutSpacedIndicatorRows } from "../../src/reconstruct/spaced-indicators.js";
import { cutIndicatorRows, type Piece } from "../../src/reconstruct/layout-rows.js";
import { reconstruct } from "../../src/reconstruct/index.js";

/** A row cut from line 1 of a one-line dump, its cells parted by the line's spaces. */
const spaced = (...cells: string[]): Row => ({ cells: cells.map((text) => ({ text, source: { line: 1 } })), boundaries: "spaces" });
const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text));

const HEAD = spaced("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分");

describe("one-line indicator rows cut by the table's anatomy", () => {
  it("a row holding a second row under the same merged 二级 name is cut in two", () => {
    const rows = [HEAD, spaced("产出指标"), spaced("时效指标", "完成时限", "年底前", "十一月", "10", "服务天数", "≥300天", "320天")];
    expect(texts(recutSpacedIndicatorRows(rows)).slice(2)).toEqual([
      ["", "时效指标", "完成时限", "年底前", "十一月", "10"],
      ["", "", "服务天数", "≥300天", "320天", ""],
    ]);
  });

  it("a row holding the next row, a 二级 name the flattened cuts do not start rows at, is cut before it", () => {
    const rows = [HEAD, spaced("社会效益", "群众知晓程度", "明显提高", "明显提高", "10", "环境效益", "河道垃圾清运", "每日清运", "每日清运", "10")];
    expect(texts(recutSpacedIndicatorRows(rows)).slice(1)).toEqual([
      ["", "社会效益", "群众知晓程度", "明显提高", "明显提高", "10"],
      ["", "环境效益", "河道垃圾清运", "每日清运", "每日清运", "10"],
    ]);
  });

  it("a row of one pass, a wrapped name's pieces included, is left as the labels cut it", () => {
    const rows = [HEAD, spaced("数量指标", "举办培训班并组织学员", "参加结业考核", "≥5期", "6期", "20")];
    expect(recutSpacedIndicatorRows(rows)).toEqual(rows);
  });

  it("rows of a page's own lines (not one line) and rows under a header of two rows are not cut", () => {
    const other = { ...spaced("时效指标", "完成时限", "年底前", "十一月", "10", "服务天数", "≥300天", "320天"), cells: spaced("时效指标", "完成时限", "年底前", "十一月", "10", "服务天数", "≥300天", "320天").cells.map((c) => ({ ...c, source: { line: 2 } })) };
    expect(recutSpacedIndicatorRows([HEAD, other])).toEqual([HEAD, other]);
    const twoRowHead = [spaced("绩效指标", "年度指标值", "实际完成值", "得分"), spaced("一级指标", "二级指标", "三级指标", "指标值", "单位"), spaced("时效指标", "完成时限", "年底前", "十一月", "10", "服务天数", "≥300天", "320天")];
    expect(recutSpacedIndicatorRows(twoRowHead)).toEqual(twoRowHead);
  });

  it("the reader gets both indicators, the second under the first's names", () => {
    const rows = [spaced("某某项目绩效自评表"), HEAD, spaced("产出指标"), spaced("时效指标", "完成时限", "年底前", "十一月", "10", "服务天数", "≥300天", "320天")];
    const form = reconstruct({ rows, rowsKnown: true, pages: null }).forms[0]!;
    expect(form.indicators.map((i) => [i.level1?.text, i.level2?.text, i.level3?.text, i.target?.text, i.actual?.text, i.score?.text ?? null])).toEqual([
      ["产出指标", "时效指标", "完成时限", "年底前", "十一月", "10"],
      ["产出指标", "时效指标", "服务天数", "≥300天", "320天", null],
    ]);
  });

  it("a text printed twice (a target its actual repeats) is two whole cells: a name alone after them is a row of its own", () => {
    const p = (text: string, next: Piece["next"] = "possible"): Piece => ({ cell: { text, source: {} }, next });
    const cut = cutIndicatorRows(
      [p("社会效益", "none"), p("群众办事便利程度"), p("办事少跑路,材料可共享"), p("办事少跑路,材料可共享"), p("带动周边社区服务提质", "none"),
        p("环境效益", "none"), p("办公区域整洁有序"), p("较好"), p("较好", "none"), p("10", "none")],
      ["level3", "target", "actual", "score"],
      false,
      { twins: true },
    );
    expect(cut.rows.map((r) => r.cells.map((c) => c?.text ?? null))).toEqual([
      [null, "社会效益", "群众办事便利程度", "办事少跑路,材料可共享", "办事少跑路,材料可共享", null],
      [null, null, "带动周边社区服务提质", null, null, null],
      [null, "环境效益", "办公区域整洁有序", "较好", "较好", "10"],
    ]);
  });
});
