import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A department's report title run on right after a page's heading that names the report otherwise
// (…预算绩效自评报告, …绩效评价报告), a whole page flattened onto one line: the heading's title ends at its
// kind, the report's begins after it. All text made up.
const COVER = "项目名称:某某局部门整体支出部门名称:某某局评价机构:某某局自评小组2024年5月一、部门基本情况某某局主要职责是…";

describe("a title run on after another title's kind", () => {
  it.each([
    ["某某县某某局2023年部门预算绩效自评报告某某县某某局2023年部门整体支出绩效自评报告", "某某县某某局2023年部门整体支出绩效自评报告"],
    ["某某市某某中心2022年度单位绩效自评报告某某中心2022年度部门整体支出绩效自评表", "某某中心2022年度部门整体支出绩效自评表"],
  ])("%s", (head, title) => {
    expect(cutAtRowStarts(head + COVER).some((r) => r.startsWith(title))).toBe(true);
  });

  it("leaves a title whose head holds no other title's kind as it was (a unit's name at the line's start)", () => {
    const rows = cutAtRowStarts("某某县某某局2023年部门整体支出绩效自评报告" + COVER);
    expect(rows[0]!.startsWith("某某县某某局2023年部门整体支出绩效自评报告")).toBe(true);
  });
});
