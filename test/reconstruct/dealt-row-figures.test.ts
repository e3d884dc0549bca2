/**
 * A copy of a PDF's drawing order run together, a row a line: the figures of several indicator
 * rows printed in one run after the first of them, the later rows' names after it with none.
 * The run is dealt out to the named rows in order when the counts agree exactly. Made-up text.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { dealRowFigures, figureTail } from "../../src/reconstruct/dealt-row-figures.js";

/** A row read run together from line `line`. */
const row = (text: string, line = 1): Row => ({ cells: [{ text, source: { line } }], boundaries: "none" });
const texts = (rows: readonly Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(""));

describe("figureTail", () => {
  it.each([
    ["道路维修里程12公里12公里8 8", ["12公里", "12公里", "8", "8"]],
    ["培训覆盖率90%92%10 9.5", ["90%", "92%", "10", "9.5"]],
    ["按时完成是否完成", null],
    ["指标2:", null],
    // (A figure right after a name's own digit or letter: where the run starts is not told.)
    ["指标A12 12", null],
  ])("%s", (text, figures) => {
    const tail = figureTail(text);
    expect(tail === null ? null : tail.spans.map(([a, b]) => text.slice(a, b))).toEqual(figures);
  });
});

describe("figures of several rows in one run, dealt to the names after it", () => {
  const HEAD = [row("二级指标三级指标"), row("数量指标新建村级图书室6个6个20 20")];
  const RUN = row("质量指标图书室验收合格率100%100%20 18 30天28天10 10 90%93%20 20");

  it("the passes after the first row's own go to the named rows in order; a level's own row takes none", () => {
    const rows = [...HEAD, RUN, row("时效指标建设完工用时"), row("效益指标(30分)"), row("社会效益村民借阅人次增长"), row("总分")];
    expect(texts(dealRowFigures(rows)).slice(2)).toEqual([
      "质量指标图书室验收合格率100%100%20 18",
      "时效指标建设完工用时30天28天10 10",
      "效益指标(30分)",
      "社会效益村民借阅人次增长90%93%20 20",
      "总分",
    ]);
  });

  it("a pair left over goes to a total row with no figure that ends the names", () => {
    const run = row("质量指标图书室验收合格率100%100%20 18 30天28天10 10 90%93%20 20 100 94");
    const rows = [...HEAD, run, row("时效指标建设完工用时"), row("社会效益村民借阅人次增长"), row("总分")];
    expect(texts(dealRowFigures(rows)).slice(2)).toEqual([
      "质量指标图书室验收合格率100%100%20 18",
      "时效指标建设完工用时30天28天10 10",
      "社会效益村民借阅人次增长90%93%20 20",
      "总分100 94",
    ]);
  });

  it.each([
    ["more names than passes", [RUN, row("时效指标建设完工用时"), row("社会效益村民借阅人次增长"), row("满意度指标村民满意度")]],
    ["fewer names than passes", [RUN, row("时效指标建设完工用时")]],
    ["a pair left over with no total row after the names", [row("质量指标图书室验收合格率100%100%20 18 30天28天10 10 100 94"), row("时效指标建设完工用时")]],
    ["a run of one pass (the row's own)", [row("质量指标图书室验收合格率100%100%20 18"), row("时效指标建设完工用时")]],
  ])("nothing moves: %s", (_, body) => {
    const rows = [...HEAD, ...body];
    expect(dealRowFigures(rows)).toEqual(rows);
  });

  it("rows read with cell boundaries are not asked", () => {
    const spaced = (text: string): Row => ({ cells: [{ text, source: { line: 1 } }], boundaries: "spaces" });
    const rows = [spaced("数量指标新建村级图书室6个6个20 20"), spaced(RUN.cells[0]!.text), spaced("时效指标建设完工用时"), spaced("社会效益村民借阅人次增长")];
    expect(dealRowFigures(rows)).toEqual(rows);
  });
});

describe("a form whose rows' figures ran together after the first of them, read whole", () => {
  it("each named row reads its own target, actual and points, the total its pair", async () => {
    const { parse } = await import("../../src/pipeline.js");
    const text = [
      "某县项目支出绩效自评表(2021年度)",
      "项目名称乡村图书室建设",
      "主管部门某县文化和旅游局",
      "一级指标二级指标三级指标指标值实际完成值分值得分",
      "产出指标(60分)数量指标新建村级图书室6个6个20 20",
      "质量指标图书室验收合格率100%100%20 18 30天28天10 10 90%93%20 20 100 94",
      "时效指标建设完工用时",
      "效益指标(20分)",
      "社会效益村民年借阅人次",
      "总分",
    ].join("\n");
    const form = (await parse(text, { path: "dealt.txt" })).forms[0]!;
    const rows = form.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score]);
    expect(rows.slice(2)).toEqual([
      ["建设完工用时", "30天", "28天", 10, 10],
      ["村民年借阅人次", "90%", "93%", 20, 20],
    ]);
    expect([form.total?.weight, form.total?.score]).toEqual([100, 94]);
  });
});
