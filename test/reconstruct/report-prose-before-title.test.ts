import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// An evaluation report's prose and the self-evaluation form after it, run onto one line by a
// document site: the prose's sentences hold the form's words (目标完成情况, 绩效指标), and the
// pieces cut there are no form of their own. All text made up.
const FORM =
  "某某县河道巡查经费项目绩效目标自评表 (2023年度) 项目名称 河道巡查经费 主管部门 某某县水务局 实施单位 某某县河道管理所 " +
  "项目资金 全年预算数 全年执行数 预算执行率 年度资金总额: 30 30 100% 其他资金 " +
  "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 巡查次数 ≥50次 52次 20 20 总分 100 95";

describe("a report's numbered prose before a titled form on one line", () => {
  it("reads one form, the prose left as stray text", async () => {
    const prose =
      "一、项目基本情况 (一)项目概况 全年安排河道巡查,覆盖县内主要河流。 (二)资金安排情况 年初预算30万元。 " +
      "二、绩效目标完成情况分析 (一)预算执行进度情况分析 资金按进度拨付,未见挪用。 (二)总体绩效目标完成情况分析 巡查任务全部完成,河道面貌改善明显。 " +
      "(三)绩效指标完成情况分析 各项指标均已达到年初设定的要求。 三、其他需要说明的问题 无 ";
    const doc = await parse(prose + FORM, { path: "report-then-form.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f.title).toBe("某某县河道巡查经费项目绩效目标自评表");
    expect(f.projectName).toBe("河道巡查经费");
    expect(f.goals).toEqual({ expected: null, actual: null });
  });

  it("keeps goals with no titled form after them: an excerpt of a form's goals", async () => {
    const goals = "年度总体目标 预期目标 实际完成情况 完成全县河道日常巡查,及时处置问题。 全年巡查河道52次,处置问题18个。";
    const doc = await parse(goals, { path: "goals-only.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.goals.expected).toBe("完成全县河道日常巡查,及时处置问题。");
  });
});

// A report's summary sentence holding the total's label (自评得分) before the form, a whole page on one
// line: the sentence read as the total is no form of its own when the form's title follows. All text
// made up.
describe("a report's sentence read as a total before a titled form on one line", () => {
  const ONE_LINE_FORM =
    "项目支出绩效自评表(2022年度)项目名称河道巡查经费主管部门某某县水务局实施单位某某县河道管理所" +
    "项目资金年初预算数全年预算数全年执行数分值执行率得分年度资金总额303030101001" +
    "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标巡查次数≥50次52次2020";

  it("reads one form, the sentence left as stray text", async () => {
    const prose = "某某县水务局2022年河道巡查经费自评综述:对照年初目标,本项目自评得分为96分。全年预算数为30万元,执行数为30万元,各项工作均按计划推进。";
    const doc = await parse(prose + ONE_LINE_FORM, { path: "summary-then-form.txt" });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.title).toBe("项目支出绩效自评表");
    expect(doc.forms[0]!.projectName).toBe("河道巡查经费");
  });
});
