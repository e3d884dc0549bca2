import { describe, expect, it } from "vitest";
import { numberedRowStarts } from "../../../src/reconstruct/text-rows/numbered-rows-flat.js";
import { goalRunCut } from "../../../src/reconstruct/goal-run.js";
import { atomize } from "../../../src/reconstruct/run-together.js";
import { parse } from "../../../src/pipeline.js";

// Splitters for runs of text that hold several cells, each on the evidence the text gives. All text made up.
const atoms = (t: string) => atomize({ text: t, source: {} }).map((c) => c.text);
const startsOf = (t: string) => numberedRowStarts(t).map((at) => t.slice(at, at + 4));

describe("numbered 三级 names in a flattened indicator table", () => {
  it.each([
    // after a figure, or at the start: a row start (closed by a colon, a point or 、)
    ["指标1:巡查次数≥12次14次指标2:整改率100%100%", ["指标1:", "指标2:"]],
    ["指标1.巡查次数≥12次14次指标2.整改率100%100%", ["指标1.", "指标2."]],
    ["任务1、完成巡查≥12次14次", ["任务1、"]],
    // right after a 二级 name's 指标
    ["数量指标指标1.巡查次数≥12次14", ["指标1."]],
    // after a Chinese character: the end of a name, unless the piece's numbering goes on there
    ["社会效益指标1:群众知晓率≥90%", []],
    ["指标1.整改率100%100%指标2.抽查合格率指标3:巡查覆盖率≥95%96%", ["指标1.", "指标2.", "指标3:"]],
    ["指标1.整改率100%100%抽查合格率指标3:巡查覆盖率≥95%96%", ["指标1."]],
    // a decimal point is no number's close
    ["指标1.5倍以上", []],
  ])("%s", (text, expected) => {
    expect(startsOf(text)).toEqual(expected);
  });
});

describe("a run holding a named number and a value's word", () => {
  it("keeps a 三级 name's number closed by a point with its name", () => {
    expect(atoms("指标2.巡查次数≥12次")[0]).toBe("指标2.巡查次数");
    expect(atoms("指标2.5万元")[0]).not.toBe("指标2.5万元");
  });

  it("does not cut a value's word out of a name that runs on to 率, 性 or 度", () => {
    expect(atoms("不合格产品处置率")).toEqual(["不合格产品处置率"]);
    expect(atoms("达标排放率≥95%")[0]).toBe("达标排放率");
    // A value's word followed by more than a name's tail is still a cell edge.
    expect(atoms("产品抽检合格符合要求")).toContain("合格");
  });
});

describe("two goal texts run together, each a list numbered 目标1…", () => {
  it("cuts where the numbering starts again", () => {
    const expected = "目标1:完成河道巡查任务目标2:整治沿岸排污口";
    const actual = "目标1:全年巡查河道52次目标2:整治排污口8处";
    expect(goalRunCut(expected + actual)).toBe(expected.length);
    expect(goalRunCut("目标1:完成巡查目标2:整治排污口")).toBeNull();
  });

  it("reads a flattened form's numbered rows and goals", async () => {
    const line =
      "项目支出绩效自评表项目名称某某河道巡查经费主管部门某某水务局年度总体目标预期目标实际完成情况目标1:完成河道巡查任务目标2:整治沿岸排污口目标1:全年巡查河道52次目标2:整治排污口8处" +
      "绩效指标一级指标二级指标三级指标年度指标值实际完成值产出指标数量指标指标1.巡查次数≥50次52次指标2.整治排污口数≥6处8处指标3.抽查合格率指标4.巡查覆盖率100%100%";
    const f = (await parse(line, { path: "numbered.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: "目标1:完成河道巡查任务目标2:整治沿岸排污口", actual: "目标1:全年巡查河道52次目标2:整治排污口8处" });
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual])).toEqual([
      ["巡查次数", "≥50次", "52次"],
      ["整治排污口数", "≥6处", "8处"],
      ["巡查覆盖率", "100%", "100%"],
    ]);
  });
});
