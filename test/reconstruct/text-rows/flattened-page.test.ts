import { textReadings } from "../../../src/extract/text/read-text.js";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { detectShape as shapeOfReadings } from "../../../src/reconstruct/text-rows/detect-shape.js";
import { formIsFlattened } from "../../../src/reconstruct/text-rows/flattened-page.js";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

// A document site's preview flattened the form onto one line; the page's other lines are in
// another shape and hold no form. All text made up.
const flatForm =
  "项目支出绩效自评表(2022年度)项目名称某某河道保洁经费主管部门某某水务局实施单位某某水务站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分" +
  "年度资金总额80808010100%10其中:当年财政拨款808080——上年结转资金000——其他资金000——" +
  "年度总体目标预期目标实际完成情况完成辖区河道日常保洁,保持水面整洁。全年完成河道保洁任务,水面保持整洁。" +
  "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标保洁河道长度≥20公里22公里2020" +
  "效益指标社会效益指标群众满意度≥90%95%1010总分10098";
const portalRows = ["索引号 | 0001/2023-00012 | 发布机构 | 某某水务局 |", "公开目录 | 财政资金 | 发布日期 | 2023-05-10 |", "文号 | 浏览量 |"];
const projectList = ["某某局2022年项目绩效评价报告", "序号 |", "项目名称 |", "1 |", "河道保洁经费 |", "2 |", "水质监测经费 |", "3 |", "闸站维修经费 |"];

describe("a form flattened onto one line amid lines of another shape", () => {
  it("is read by lines when a portal's pipe rows stand above it", async () => {
    const text = [...portalRows, flatForm].join("\n");
    expect(detectShape(text)).toBe("linear");
    const f = (await parse(text, { path: "portal-preview.txt" })).forms[0]!;
    expect([f.title, f.year, f.projectName, f.department, f.implementingUnit]).toEqual(["项目支出绩效自评表", 2022, "某某河道保洁经费", "某某水务局", "某某水务站"]);
    expect(f.funds.rows[0]).toMatchObject({ key: "total", initialBudget: 80, annualBudget: 80, executed: 80 });
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["保洁河道长度", "≥20公里", "22公里", 20, 20],
      ["群众满意度", "≥90%", "95%", 10, 10],
    ]);
  });

  it("is read by lines after a dossier's list of projects one a line", () => {
    expect(detectShape([...projectList, flatForm].join("\n"))).toBe("linear");
  });

  it("needs only the title and one row when the line opens with a form's title", () => {
    const short = "2022年度部门整体支出绩效自评表部门名称某某司法局内容说明部门总体目标部门职责一是推进全县法治建设,跟踪督促重要部署的落实。二是牵头推进法治社会建设,组织开展法治宣传活动,推进基层依法治理。三是指导人民调解和基层法律服务工作。";
    expect(short.length).toBeGreaterThanOrEqual(100);
    expect(formIsFlattened([...portalRows, short].join("\n"))).toBe(true);
  });

  it("leaves a table whose own lines hold the form, and a long line that is no form", () => {
    // A pipe table whose goal cell is long: its rows hold the labels, the long line cuts into no rows.
    const table = ["| 项目名称 | 某某河道保洁经费 |", "| 主管部门 | 某某水务局 |", "| 年度资金总额 | 80 | 80 | 80 |", "| 其他资金 | 0 | 0 | 0 |", "| 一级指标 | 二级指标 | 三级指标 |", "完成辖区河道日常保洁,保持水面整洁,全年清理漂浮物,疏通河道,巡查河岸,落实河长制各项任务,接受群众监督,做到发现问题及时处置,确保水质达标,河道畅通,岸线整洁有序,群众满意。"];
    expect(detectShape(table.join("\n"))).toBe("markdown");
    // The form both flattened and as the page's table (a site's summary above its table): the table decides.
    const both = [flatForm, "项目名称", "某某河道保洁经费", "主管部门", "某某水务局", "实施单位", "某某水务站", "年度资金总额", "80", "其他资金", "0", "一级指标", "二级指标", "三级指标", "产出指标", "效益指标"];
    expect(formIsFlattened(both.join("\n"))).toBe(false);
  });
});

describe("where a flattened form's rows start", () => {
  it("ends a total's row after its figure (自评总分:98 then the next table's head)", () => {
    const pieces = cutAtRowStarts("项目支出绩效自评表项目名称某某培训经费主管部门某某卫生健康委员会项目年度目标完成培训任务。自评总分:98项目权重评价内容分值自评分复核分");
    expect(pieces).toContain("自评总分:98");
    // 总分100分: the 分 is the figure's own.
    expect(cutAtRowStarts("项目支出绩效自评表项目名称某某培训经费主管部门某某局总分:100分合计100")).not.toContain("总分:100");
  });

  it("knows a department sheet titled 绩效评价自评表 as a title to cut after", () => {
    const pieces = cutAtRowStarts("2023年度部门整体支出绩效评价自评表单位序号一级 指标二级 指标三级 指标指标分值指标解释指标说明及评分标准自评得分1规划(15分)");
    expect(pieces[0]).toBe("2023年度部门整体支出绩效评价自评表");
  });
});
