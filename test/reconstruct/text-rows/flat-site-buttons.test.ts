import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A document site's preview whose buttons (上传文档, 查看更多) ran onto the form's first words, the page
// flattened onto one line. All text made up.
const FORM = "项目名称:某某示范项目项目单位:某某局主管部门:某某厅评价机构:自评2016年5月";

describe("a document site's buttons before the form's title", () => {
  it.each([
    ["作者发放相应奖励。上传文档查看更多关于某某财政项目支出绩效自评情况报告", "关于某某财政项目支出绩效自评情况报告"],
    ["本文档由用户上传,阅读全文某某县2021年度项目支出绩效自评报告", "某某县2021年度项目支出绩效自评报告"],
  ])("%s", (head, title) => {
    expect(cutAtRowStarts(head + FORM).some((r) => r.startsWith(title))).toBe(true);
  });

  it("leaves the words alone where no title follows them", () => {
    const rows = cutAtRowStarts("上传文档查看更多某某县情况介绍" + FORM);
    expect(rows.some((r) => r.startsWith("某某县情况介绍"))).toBe(false);
  });
});
