import { describe, expect, it } from "vitest";
import { spacedLayoutRows } from "../../src/layout/spaced-rows.js";
import { headOverName, returnHeadsOverNames } from "../../src/reconstruct/text-rows/spaced-head-over-name.js";

const texts = (text: string) => returnHeadsOverNames(spacedLayoutRows(text)).map((r) => r.cells.map((c) => c.text));
const cell = (lines: string[]) => ({ text: lines.join(""), source: { line: 1 }, ...(lines.length > 1 ? { wrappedLines: lines } : {}) });

// Made-up text in the shape pdftotext -layout gives an indicator header over a merged 一级 name (not any fixture's text).
describe("returnHeadsOverNames: the indicator table's first head chained with the merged name under it", () => {
  const HEAD = "      一级指标       二级指标         三级指标          年度指标值      实际完成值    分值         得分";
  const cases: { name: string; text: string; want: string[][] }[] = [
    {
      name: "the 一级 name centred below the first row's line: the head goes back to the header",
      text: [
        HEAD,
        "               数量指标       培训人次                 ≥200人次      210人次       20         20",
        "    产出指标",
        "               质量指标       验收合格率               ≥95%        98%         20         20",
      ].join("\n"),
      want: [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥200人次", "210人次", "20", "20"],
        ["质量指标", "验收合格率", "≥95%", "98%", "20", "20"],
      ],
    },
    {
      name: "a header with its first head on its line and the name on the row's own line: left as it is",
      text: [
        HEAD,
        "    产出指标   数量指标       培训人次                 ≥200人次      210人次       20         20",
      ].join("\n"),
      want: [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥200人次", "210人次", "20", "20"],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(c.text)).toEqual(c.want));
});

describe("headOverName", () => {
  it("parts a head the header lacks from the 一级 name under it", () =>
    expect(headOverName(cell(["一级指标", "效益指标"]), new Set(["level2"]))?.map((c) => c.text)).toEqual(["一级指标", "效益指标"]));
  it("leaves a head the header already has", () => expect(headOverName(cell(["一级指标", "效益指标"]), new Set(["level1"]))).toBeNull());
  it("leaves a head over a text that is no level's name", () => expect(headOverName(cell(["一级指标", "某某工程"]), new Set())).toBeNull());
  it("leaves a cell of one line", () => expect(headOverName(cell(["一级指标效益指标"]), new Set())).toBeNull());
});
