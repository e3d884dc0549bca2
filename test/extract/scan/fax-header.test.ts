/** The indicator header's three level columns as a fax reads them (issue 21 item 3; no OCR). */
import { describe, expect, it } from "vitest";
import { snapHeaderRow } from "../../../src/extract/ocr/header-row.js";

const cellsOf = (row: string[]) => row.map((text, i) => ({ bbox: [100 * i, 50, 100 * i + 90, 70] as [number, number, number, number], text }));
const snapped = (row: string[]) => Object.fromEntries([...snapHeaderRow(cellsOf(row))].map(([i, l]) => [`${i}:${row[i]}`, l]));

describe("level columns read on a fax", () => {
  it("three adjacent cells near 一级指标 are the three levels in order, one read exactly as the wrong level too", () => {
    // d-fax-p05: 三级指标 read exactly as 一级指标, 二级指标 with a speck before it.
    expect(snapped(["角指标", ".一级指标", "一级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分"])).toEqual({
      "0:角指标": "一级指标",
      "1:.一级指标": "二级指标",
      "2:一级指标": "三级指标",
    });
    // d-fax-p01: 二级 and 三级 each as near to both (a tie the neighbours could not break).
    expect(snapped(["一级指标", "-局指标", "一级指尿", "年度指标值", "实际完成值", "分值", "得分"])).toEqual({ "1:-局指标": "二级指标", "2:一级指尿": "三级指标" });
  });
  it("leaves levels read right, and rows with two level columns or non-adjacent ones, as they are", () => {
    expect(snapped(["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"])).toEqual({});
    expect(snapped(["一级", "二级", "三级", "指标值", "完成值", "权重", "得分"])).toEqual({});
    expect(snapped(["一级指标", "二级指标", "指标名称", "指标值", "完成值", "权重", "得分"])).toEqual({});
    expect(snapped(["一级指标", "指标值", "一级指尿", "完成值", "一级指标", "权重", "得分"])).toEqual({});
  });
});
