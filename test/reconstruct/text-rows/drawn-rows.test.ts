/**
 * A PDF's text in drawing order as `pdftotext -raw` gives it: narrow labels broken over lines, one
 * cell a line mostly, but rows that fit drawn whole on a line, a label and its figures parted by
 * spaces. Read by lines (linear), not one cell a line. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { textReadings } from "../../../src/extract/text/read-text.js";
import { detectShape } from "../../../src/reconstruct/text-rows/detect-shape.js";
import { holdsDrawnRows } from "../../../src/reconstruct/text-rows/drawn-rows.js";

const shape = (lines: string[]) => detectShape(textReadings(lines.join("\n")));

const drawn = (rows: string[]) => [
  "-1-",
  "项目支出绩效自评表",
  "(2021年度)",
  "项目名称",
  "某某河道保洁经费",
  "主管部门",
  "某某水务局",
  "实施单位",
  "某某河道管理所",
  "项目",
  "资金",
  "(万元)",
  "年初预",
  "算数",
  "全年预算数",
  "全年执",
  "行数",
  "分值",
  "执",
  "行",
  "率",
  "得分",
  ...rows,
  "年度",
  "总体",
  "目标",
  "预期目标",
  "实际完成情况",
  "完成河道保洁任务",
  "已完成河道保洁任务",
];

describe("a dump in drawing order whose rows are drawn whole on lines", () => {
  it("is read by lines", () => {
    const lines = drawn(["年度资金总额", "120.00 118.00 100.00 10", "其他资金 120.00 118.00 100.00", "数量指标 保洁河道长度 ≥20公里 22公里 20 20", "质量指标 保洁达标率 ≥95% 97% 20 20"]);
    expect(holdsDrawnRows(lines)).toBe(true);
    expect(shape(lines)).toBe("linear");
  });

  it("is one cell a line in drawing order when each figure stands alone", () => {
    const lines = drawn(["年度资金总额", "120.00", "118.00", "100.00", "10", "其他资金", "120.00", "118.00", "100.00", "数量指标", "保洁河道长度", "≥20公里", "22公里"]);
    expect(holdsDrawnRows(lines)).toBe(false);
    expect(shape(lines)).toBe("layout-ordered");
  });

  it.each([
    // a row of figures alone, words with one figure, a sentence: no row drawn whole
    "120.00 118.00 100.00 10",
    "其他资金 120.00",
    "完成河道保洁任务 共计 3 次",
  ])("%j is no row drawn whole", (line) => {
    expect(holdsDrawnRows([line, line, line])).toBe(false);
  });
});
