import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinTargetBelowName } from "../../../src/reconstruct/text-rows/target-below-name.js";

// A 三级 name whole beside its 二级 name, its target wrapped on the lines below, the completion
// opening the points' line (pdftotext -raw). All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));

const HEAD = "一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 评分标准";

describe("a target wrapped below a name that stands whole beside its level names", () => {
  it("joins the name's line, the target's lines and the completion's line into one row", () => {
    const text = `${HEAD}\n产出指标\n数量指标 新建污水管网\n≥1250\n延米\n1310延米 10 10\n质量指标 验收合格率 =100% 100% 10 10`;
    expect(linesOf(joinTargetBelowName(rowsOf(text))).slice(1)).toEqual(["产出指标", "数量指标 | 新建污水管网 | ≥1250延米 | 1310延米 | 10 | 10", "质量指标 | 验收合格率 | =100% | 100% | 10 | 10"]);
  });

  it.each([
    // the line below does not open on a comparison sign: it may be the rest of the name
    `${HEAD}\n数量指标 新建污水管网\n长度\n1250延米\n1310延米 10 10`,
    // the points' line holds a name, target and completion: the lines before are not its target
    `${HEAD}\n数量指标 新建污水管网\n≥1250\n延米\n管网长度 ≥1250延米 1310延米 10 10`,
    // a name alone on its line: it may be a piece of the row before's text
    `${HEAD}\n新建污水管网\n≥1250\n延米\n1310延米 10 10`,
    // no indicator head above
    "数量指标 新建污水管网\n≥1250\n延米\n1310延米 10 10",
  ])("%j is left as read", (text) => {
    expect(linesOf(joinTargetBelowName(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});

describe("a target item by item, numbered as the name's items are", () => {
  it("joins a target opening on the numbering the name opens on", () => {
    const text = `${HEAD}\n时效指标 (1)开工时间(2)完工时间\n(1)3月前；(2)11月\n底前\n按期 8 8`;
    expect(linesOf(joinTargetBelowName(rowsOf(text))).slice(1)).toEqual(["时效指标 | (1)开工时间(2)完工时间 | (1)3月前；(2)11月底前 | 按期 | 8 | 8"]);
  });

  it.each([
    // the name is not numbered: a numbered line may be anything
    `${HEAD}\n时效指标 开工及完工时间\n(1)3月前；(2)11月\n底前\n按期 8 8`,
    // numbered another way than the name
    `${HEAD}\n时效指标 1、开工时间2、完工时间\n(1)3月前；(2)11月\n底前\n按期 8 8`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinTargetBelowName(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});
