/**
 * Targets and completions written out as sentences that state a count (`新建村级服务站12个。`,
 * `本年度已建成12个村级服务站。`), in linear text with no 偏差原因 printed: they are the row's 年度指标值
 * and 实际完成值, not a completion and its 偏差原因 after a target left blank; and a row of them is
 * no prose after the table. Texts written for this test; the expected values typed from them.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { classify } from "../../src/reconstruct/classify.js";

const TEXT = [
  "某县农业农村局村级服务站建设补助资金绩效目标自评表",
  "(2022年度)",
  "项目名称 村级服务站建设补助资金",
  "主管部门 某县农业农村局 实施单位 某县农业农村局",
  "项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)",
  "年度资金总额: 120 118 98.33%",
  "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施",
  "产出指标 数量指标  指标1:村级服务站建设 新建村级服务站12个。 本年度已建成12个村级服务站。",
  " 指标2:服务站人员培训 培训服务站人员40名。 全年共培训服务站人员42名。",
  "质量指标  指标1:服务站验收合格率 ≥95% 100%",
].join("\n");

describe("sentences stating a count as a row's target and completion", () => {
  it("are the 年度指标值 and 实际完成值, the 偏差原因 left blank", async () => {
    const f = (await parse(TEXT + "\n", { path: "s.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.deviation])).toEqual([
      ["数量指标", "村级服务站建设", "新建村级服务站12个。", "本年度已建成12个村级服务站。", null],
      ["数量指标", "服务站人员培训", "培训服务站人员40名。", "全年共培训服务站人员42名。", null],
      ["质量指标", "服务站验收合格率", "≥95%", "100%", null],
    ]);
  });

  it.each([
    ["新建村级服务站12个。", true],
    ["本年度已建成12个村级服务站。", true],
    // A name states no sentence, count or not; a sentence with no count is no value by that alone.
    ["新建12个村级服务站", false],
    ["做好服务站日常运行保障。", false],
  ])("classify(%j).quantityLike is %j", (text, like) => {
    expect(classify(text).quantityLike === true).toBe(like);
  });
});
