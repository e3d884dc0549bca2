import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { isReportProseLine } from "../../src/reconstruct/prose-after-table.js";

/**
 * A report's indicator table with its cells delimited by `|`, then the report's prose, each line
 * alone (a numbered sentence, a `(三)` heading, a paragraph). Every text made up.
 */
const TABLE = [
  "一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值",
  "产出指标 | 数量指标 | 培训场次 | 6场 | 6场",
  "效益指标 | 社会效益指标 | 农户技能提升 | 有效提升 | 有效提升",
  "满意度指标 | 服务对象满意度指标 | 参训农户满意度 | ≥90% | 95%",
];
const PROSE = [
  "4.对照年度目标逐项核实完成情况,确认各项指标是否达到预期",
  "",
  "(四)项目自评工作的组织方式",
  "",
  "由镇农业服务中心牵头,会同财政所逐项核对台账。",
  "",
  "三、项目资金使用情况",
];

describe("lone lines of report prose after a delimited indicator table", () => {
  it("tells prose lines by their shape", () => {
    expect(isReportProseLine("(四)项目自评工作的组织方式")).toBe(true);
    expect(isReportProseLine("三、项目资金使用情况")).toBe(true);
    expect(isReportProseLine("由镇农业服务中心牵头,会同财政所逐项核对台账。")).toBe(true);
    expect(isReportProseLine("4.对照年度目标逐项核实完成情况,确认各项指标是否达到预期")).toBe(true);
    // Names are no prose: a 一级 numbered in Chinese, a short 三级 name.
    expect(isReportProseLine("一、产出指标")).toBe(false);
    expect(isReportProseLine("参训农户满意度")).toBe(false);
    expect(isReportProseLine("1.资金拨付")).toBe(false);
  });

  it("reads the table's rows and none of the prose after it", async () => {
    const doc = await parse([...TABLE, "", ...PROSE].join("\n"), { path: "prose-after-table.txt" });
    const ind = doc.forms[0]!.indicators;
    expect(ind.map((i) => i.level3)).toEqual(["培训场次", "农户技能提升", "参训农户满意度"]);
    expect(ind[2]!.actual).toBe("95%");
  });
});
