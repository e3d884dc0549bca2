import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// Rows of a form flattened onto one line that start where no row-start label stood apart: after
// the row before ended on a figure, with a qualifier before the label, or in a regional layout's
// words. All text made up.
const TITLE = "项目支出绩效自评表";

describe("row starts a flattened line hid", () => {
  it.each([
    // a header label the template spells with a qualifier (中央主管部门): the qualifier is the label's;
    // 资金使用单位, a spelling of 实施单位, begins its row as 实施单位 does
    ["转移支付(项目)名称某某旧址陈列布展项目中央主管部门某某局地方主管部门某某县文旅局资金使用单位某某馆", ["转移支付(项目)名称某某旧址陈列布展项目", "中央主管部门某某局", "地方主管部门某某县文旅局", "资金使用单位某某馆"]],
    // the funds block of a regional layout: 资金构成 its label, 资金总额: and a fund row with its colon after text or a figure
    ["项目名称某某补助主管部门某某厅实施单位某某中学资金构成(元)年初预算数全年预算数执行数分值执行率(%)得分资金总额:120,000.00120,000.0030,000.0010.00252.5其中:财政资金:0.000.000.000单位资金:120,000.00120,000.0030,000.0025", ["资金构成(元)年初预算数全年预算数执行数分值执行率(%)得分", "资金总额:120,000.00120,000.0030,000.0010.00252.5", "其中:财政资金:0.000.000.000", "单位资金:120,000.00120,000.0030,000.0025"]],
    // 年度目标 | 年度目标完成情况 is one goals row; 总体目标 after the funds' last figure starts the goals
    ["项目名称某某补助主管部门某某厅其他资金:0.000.000.000年度目标年度目标完成情况用于资助困难学生", ["其他资金:0.000.000.000", "年度目标年度目标完成情况用于资助困难学生"]],
    ["项目名称某某补助主管部门某某厅实施单位某某馆年度资金总额:127127100%地方资金000其他资金000总体目标全年实际完成情况布置陈列", ["地方资金000", "其他资金000", "总体目标全年实际完成情况布置陈列"]],
    // 年度总体目标完成情况 followed by two column names is one label, not cut before 目标完成情况
    ["项目名称某某保障主管部门某某局实施单位某某局其他资金000-年度总体目标完成情况预期目标实际完成情况目标1:力争考核第一", ["年度总体目标完成情况预期目标实际完成情况目标1:力争考核第一"]],
    // … and 总体目标完成情况 with no figure before it: the row begins at the label, not at 目标完成情况
    ["项目名称某某补助主管部门某某局实施单位某某局其他资金总体目标完成情况年初设定目标全年实际完成情况按月补助", ["其他资金", "总体目标完成情况年初设定目标全年实际完成情况按月补助"]],
    // a project title after a figure (a total's) begins the next form
    ["合计100.0046.35项目支出绩效自评表项目名称某某教学管理主管部门某某厅实施单位某某中学", ["合计100.0046.35", "项目支出绩效自评表", "项目名称某某教学管理"]],
  ])("%s", (line, expected) => {
    const rows = cutAtRowStarts(TITLE + line);
    for (const row of expected) expect(rows).toContain(row);
  });

  it("keeps 项目 before 主管部门 with the project's name (…资助项目主管部门…)", () => {
    expect(cutAtRowStarts(TITLE + "项目名称某某学院学生资助项目主管部门某某厅实施单位某某学院年度资金总额55")).toContain("项目名称某某学院学生资助项目");
  });
});

describe("合计 in a sentence", () => {
  it("before a count of people or things starts no row (…困难户合计3875人…)", () => {
    const rows = cutAtRowStarts(TITLE + "项目名称某某帮扶主管部门某某局实施单位某某局一级指标二级指标三级指标分值指标值实际值得分产出指标数量指标面向纳入监测的边缘易致贫户和突发困难户合计3875人,计划送茶对象3875户20100%100%20合计100100");
    expect(rows.some((r) => r.startsWith("合计3875人"))).toBe(false);
    expect(rows.at(-1)).toBe("合计100100");
  });
});

// A 二级 row left with one figure, then the next 一级 name that is a row-start label (满意度指标 after
// 生态效益指标 0): the figure ends that row, so the label starts its own; without a figure between, a
// longer name (服务对象满意度指标, 社会效益指标, spaced or not) or a 一级 name run into its 二级 stays
// one row. All text made up.
describe("a label after a short row's figure, not inside a longer name", () => {
  const TABLE = "项目支出绩效自评表项目名称某某经费主管部门某某局实施单位某某中心一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标培训人次≥100人次120人次1010";
  it("cuts before 满意度指标 after 生态效益指标0", () => {
    const rows = cutAtRowStarts(TABLE + "生态效益指标0满意度指标(10分)满意度指标学员满意度≥90%95%1010");
    expect(rows).toContain("生态效益指标0");
    expect(rows).toContain("满意度指标(10分)");
  });
  it.each([
    ["服务对象满意度指标学员满意度≥90%95%1010", "服务对象满意度指标学员满意度≥90%95%1010"],
    ["社 会 效 益 指 标带动就业≥20人25人1010", "社 会 效 益 指 标带动就业≥20人25人1010"],
  ])("keeps %s whole", (rest, row) => {
    expect(cutAtRowStarts(TABLE + rest)).toContain(row);
  });
  it("keeps a 一级 name run into its 二级 name in one row (满意度指标服务对象满意度指标)", () => {
    const rows = cutAtRowStarts(TABLE + "满意度指标服务对象满意度指标学员满意度≥90%95%1010");
    expect(rows.at(-1)).toBe("满意度指标服务对象满意度指标学员满意度≥90%95%1010");
  });
});
