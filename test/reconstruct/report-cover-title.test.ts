/**
 * A self-evaluation report's cover (label lines) read as the unit's form: the report's title beside
 * the cover, just above its first label line or just under its last, is the form's title (and its
 * year the title's). A report heading away from any cover titles nothing.
 */
import { describe, expect, it } from "vitest";
import { isSelfEvaluationReportTitle } from "../../src/reconstruct/report-cover-title.js";
import { parse } from "../../src/pipeline.js";

async function firstForm(lines: string[]) {
  const doc = await parse(new TextEncoder().encode(lines.join("\n")), { path: "x.txt" });
  return doc.forms[0];
}

describe("isSelfEvaluationReportTitle", () => {
  it.each([
    ["某县水利局2019年“河道清淤”项目绩效自评报告", true],
    ["关于市级财政项目支出绩效自评情况报告", true],
    ["某局2019年度绩效自评工作报告", true],
    ["项目支出绩效自评表", false],
    ["项目名称:河道清淤绩效自评报告", false],
    ["某县财政支出绩效评价报告", false],
  ])("%s → %s", (text, want) => expect(isSelfEvaluationReportTitle(text)).toBe(want));
});

describe("a self-evaluation report's cover", () => {
  it("takes the title printed above its label lines", async () => {
    const form = await firstForm(["本文档由网友上传,仅供学习交流参考,不得用于其他用途,如有侵权请联系删除。", "关于市级财政项目支出绩效自评情况报告", "项目名称:城区绿化养护专项", "项目单位:某市园林局", "主管部门:某市住建局", "评价机构:自评", "2020年5月", "为做好自评工作,我局组织评价组对城区绿化养护专项资金开展了绩效自评,现将有关情况报告如下。"]);
    expect(form?.title).toBe("关于市级财政项目支出绩效自评情况报告");
    expect(form?.projectName).toBe("城区绿化养护专项");
  });
  it("takes the title printed under them, and its year", async () => {
    const form = await firstForm(["项目名称:某县河道清淤", "主管部门:某县水利局", "评价机构:某县水利局评价组", "报告时间:2020年5月", "某县水利局2019年“河道清淤”项目绩效自评报告", "为做好自评工作,我局组织评价组开展了自评。"]);
    expect(form?.title).toBe("某县水利局2019年“河道清淤”项目绩效自评报告");
    expect(form?.year).toBe(2019);
  });
  it("gives no title where the heading stands away from the cover", async () => {
    const form = await firstForm(["项目名称:某县河道清淤", "主管部门:某县水利局", "为做好自评工作,我局组织评价组开展了自评。", "某县水利局2019年“河道清淤”项目绩效自评报告"]);
    expect(form?.title ?? null).toBeNull();
  });
});
