import { describe, expect, it } from "vitest";
import { partsCellsBySpaces, withoutInnerSpaces } from "../../../src/reconstruct/text-rows/cell-spaced.js";
import { parse } from "../../../src/pipeline.js";

// A linear page run onto one line whose spaces part its cells, with a long free-text cell (a
// 偏差原因 paragraph) that would lift the words' mean length over the limit. All text made up.
const REASON = "受用地审批和施工招标进度的影响,主体工程年内尚未开工建设,合同签订以后才能支付首笔工程款,全年资金因此没有形成支出,项目单位已会同有关部门倒排工期、压实责任,确保来年上半年开工,下半年完成主体建设并投入使用。".repeat(2);
const FORM =
  "2022年度项目支出绩效自评表单位名称: 某县农业农村局 项目名称 某某良种场建设项目主管部门 某县人民政府 实施单位 某县农业农村局" +
  "预算执行情况(万元) 预算数(A) 执行数(B) 执行率(B/A)年度财政资金总额 800 0.00 0.0000" +
  "一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分产出指标 数量指标 圈舍面积(平方米) 4000" +
  "附属用房面积(平方米) 600 质量指标 工程合格率(%) 95 时效指标 竣工时间 2023.12" +
  "满意度指标 服务对象满意度指标 业主满意度(%) 95总分偏差原因分析" + REASON;

describe("a long free-text cell says nothing of how a line parts its cells", () => {
  it("still finds the line's spaces parting its cells", () => {
    expect(partsCellsBySpaces(FORM)).toBe(true);
  });

  it("a wrapping preview's long words still do not", () => {
    const preview = "项目名称某项目主管部门某局实施单位某中心项目资金年初预算数全年预算数全年执行数分值执行率得分 年度资金总额1010910909其中:当年财政拨款1010910909上年结转资金其他资金 年度总体目标预期目标实际完成情况完成全年任务已完成 " + REASON;
    expect(partsCellsBySpaces(preview)).toBe(false);
  });

  it("reads each indicator's one figure whole, as its target", async () => {
    const f = (await parse(FORM, { path: "a.txt" })).forms[0]!;
    const byName = new Map(f.indicators.map((i) => [i.level3, i]));
    expect(byName.get("圈舍面积(平方米)")).toMatchObject({ target: "4000" });
    expect(byName.get("附属用房面积(平方米)")).toMatchObject({ target: "600" });
  });
});

describe("a percent sign a space parts from its figure parts no cells", () => {
  it("leaves a run-together line whose percents were spaced run together", () => {
    const line = "产出指标(50 分)数量指标资助学生人数1200120050质量指标技能鉴定达标率96 %97 %10时效指标预算执行率100 %100 %10成本指标严格成本控制100 %100 %10效益指标(30 分)经济效益指标帮扶常态化100 %100 %10社会效益指标减轻家庭负担1 %100 %10生态效益指标环保无公害100 %100 %10满意度指标学生满意度95 %96 %10";
    expect(partsCellsBySpaces(line)).toBe(false);
  });
});

describe("a long word with no sentence in it is cells run together, and counts", () => {
  it("leaves a preview whose labels were spaced out (分 值, 得 分) run together", () => {
    const line = "2022年度项目支出绩效自评表项目名称某某配套资金主管部门某市教育局实施单位某某技工学校项目资金 (万元)年初 预算数全年 预算数全年 执行数分 值执行率得 分年度资金总额300.5300.5280.21093%9其中:当年财政拨款300.5300.5280.2上年结转资金其他资金年度总体 目标预期目标实际完成情况保障学校运转经费全部用于学校运转一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施产出指标(50 分)数量指标资助学生人数1200120050质量指标技能鉴定达标率96%97%时效指标预算执行率100%100%效益指标(30 分)经济效 益指标帮扶常态化100%100%30社会效 益指标减轻家庭负担1%100%满意度指标学生满意度95%96%";
    expect(partsCellsBySpaces(line)).toBe(false);
  });
});

describe("a dash run on after a row's last figure is an empty cell of its own", () => {
  it.each([
    ["质量指标 开放率 100% 100% 12.5 12.5-", "质量指标 开放率 100% 100% 12.5 12.5 -"],
    ["成本指标 成本 45万 45万 12.5 12.5-- -(30分)", "成本指标 成本 45万 45万 12.5 12.5 -- -(30分)"],
    // a range goes on to its figure: no cell edge
    ["时效指标 完成时间 2022-2023 2022", "时效指标 完成时间 2022-2023 2022"],
  ])("%s", (row, expected) => {
    expect(withoutInnerSpaces(row)).toBe(expected);
  });
});
