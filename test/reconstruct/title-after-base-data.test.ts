import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// A 基础数据表 passed over, then a form with a title of its own (a report its unit evaluated itself,
// with attachments): the form's later rows are no more the base table's, whose passage its title
// ended. All text made up.
describe("a titled form after a 基础数据表", () => {
  it("reads its attachment's rows as the form's, not as a titleless form opening in the base table", async () => {
    const text = [
      "部门整体支出绩效评价基础数据表",
      "填报单位: 县农业局",
      "编制数 20",
      "公用经费 12.5 10 9.8",
      "2019年农田水利维修项目财政支出绩效评价报告",
      "评价类型:□实施过程评价☑完成结果评价",
      "项目名称:2019年农田水利维修项目",
      "项目单位:县农业局",
      "主管部门:县人民政府 评价时间:2020年3月1日至2020年3月10日",
      "评价机构:□中介机构□专家组☑项目单位评价组",
      "评价单位(盖章):县农业局 上报时间:2020年3月20日",
      "项目绩效目标表",
      "项目名称:2019年农田水利维修项目",
      "绩效指标 绩效目标",
      "产出指标 维修渠道长度 12公里",
      "项目基本信息",
      "项目实施单位 县农业局",
      "计划投资额(万元) 50.00 实际到位资金(万元) 48.00 实际使用情况(万元) 48.00",
    ].join("\n");
    const doc = await parse(text, { path: "title-after-base-data.txt" });
    expect(doc.forms.map((f) => [f.title, f.projectName])).toEqual([["2019年农田水利维修项目财政支出绩效评价报告", "2019年农田水利维修项目"]]);
  });
});
