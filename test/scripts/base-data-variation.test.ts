/**
 * scripts/field/perturb.ts's base-data-before / base-data-after on made-up text: a 基础数据表 added
 * beside a form, and none added to a page that prints one already (a dossier prints it once).
 */
import { describe, expect, it } from "vitest";
import { VARIATIONS } from "../../scripts/field/perturb.js";

describe.each(["base-data-before", "base-data-after"])("%s", (v) => {
  const vary = VARIATIONS[v]!;
  it("adds the base-data table beside a form", () => {
    const text = "部门整体支出绩效评价指标表\n一级指标\n二级指标\n投入\n预算配置";
    expect(vary(text).match(/基础数据表/g)?.length).toBe(1);
    expect(vary(text)).toContain(text);
  });
  it("leaves a page that prints one already", () => {
    const text = "附件3: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元\n编制数 12\n部门整体支出绩效评价指标表\n一级指标 二级指标";
    expect(vary(text)).toBe(text);
  });
  it("closes each row with the rule line of a page that closes its rows so", () => {
    const text = "|   产出指标\n        | \n     数量指标\n  ||||\n|   效益指标\n        | \n     社会效益指标\n  ||||";
    const varied = vary(text);
    expect(varied).toContain("填报单位:\n|\n单位:万元\n||||");
    expect(varied.match(/^\s*\|{4}\s*$/gm)?.length).toBe(2 + 8);
  });
  it("writes one cell a line where the page's one rule line only ends its table", () => {
    const text = "产出指标 |\n数量指标 |\n|\n效益指标 |\n社会效益指标 |\n||||||||\n二、完成情况";
    expect(vary(text)).toContain("填报单位:\n单位:万元\n");
  });
});
