/**
 * Layouts and damage the field corpus showed, each in a small text written for this test (no
 * published prose): what the reader must make of them, typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

/** One cell per line, as an HTML or word-processor export gives a table. */
const lines = (cells: string[]) => cells.join("\n\n") + "\n";

describe("forms as units published them", () => {
  it("a scoring sheet (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分), one cell a line, omitting merged cells on the left", async () => {
    const text = lines([
      "某项目绩效自评表",
      "项目名称", "某项目",
      "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
      "项目决策", "20", "项目目标", "5", "目标明确", "5", "4",
      "决策过程", "15", "决策依据", "10", "9",
      "决策程序", "5", "5",
      "项目管理", "30", "资金管理", "30", "资金使用", "30", "28",
    ]);
    const doc = await parse(text, { path: "scoring.txt" });
    const f = doc.forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["项目决策", 20, "项目目标", "目标明确", 5, 4],
      ["项目决策", 20, "决策过程", "决策依据", 10, 9],
      ["项目决策", 20, "决策过程", "决策程序", 5, 5],
      ["项目管理", 30, "资金管理", "资金使用", 30, 28],
    ]);
    // The 二级 groups' points have no field: kept in diagnostics, not lost.
    expect(doc.diagnostics.filter((d) => d.code === "unplaced-text").map((d) => d.source?.text)).toEqual(expect.arrayContaining(["5", "15", "30"]));
  });

  it("indicators numbered as printed (指标1:…) start rows, with a column the header does not name", async () => {
    const text = lines([
      "某补助资金区域绩效目标自评表",
      "专项名称", "某补助资金",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值",
      "产出指标", "数量指标", "指标1:检查企业数", "≥100家", "120家", "10",
      "指标2:抽检批次", "50批次", "52批次", "10",
      "时效指标", "指标1:完成时间", "2021年12月31日", "2021年12月31日", "5",
      // the template's label with its number deleted
      "质量指标", "指标:验收合格率", "100%", "98%", "5",
    ]);
    const f = (await parse(text, { path: "numbered.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual])).toEqual([
      ["产出指标", "数量指标", "检查企业数", "≥100家", "120家"],
      ["产出指标", "数量指标", "抽检批次", "50批次", "52批次"],
      ["产出指标", "时效指标", "完成时间", "2021年12月31日", "2021年12月31日"],
      ["产出指标", "质量指标", "验收合格率", "100%", "98%"],
    ]);
  });

  it("a 完成率 column between the actual value and the points (Hainan's template), linear: no part of the actual", async () => {
    const text = [
      "某某中学项目支出绩效自评表",
      "一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 未完成原因分析",
      "产出指标 数量指标 资助困难学生 52 10 19.23% 20.00 3.85 资金由上级直接拨付到个人账户。",
      "效益指标 社会效益指标 帮助学生提高生活水平 95 % 100 100.00% 30.00 30",
      "合计 100.00 46.35",
    ].join("\n");
    const f = (await parse(Buffer.from(text), { path: "completion.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["资助困难学生", "52", "10", 20, 3.85],
      ["帮助学生提高生活水平", "95%", "100%", 30, 30],
    ]);
  });

  it("goals printed item by item, each expected beside its actual, one cell a line", async () => {
    const text = lines([
      "某项目绩效自评表",
      "项目名称", "某项目",
      "年度目标完成情况", "预期目标", "目标实际完成情况", "20",
      "目标1:修好两座桥。", "目标1:两座桥已修好。",
      "目标2:培训三十人。", "目标2:培训了三十二人。",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "数量指标", "修桥数量", "2座", "2座", "50", "50",
    ]);
    const f = (await parse(text, { path: "goals.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: "目标1:修好两座桥。目标2:培训三十人。", actual: "目标1:两座桥已修好。目标2:培训了三十二人。" });
  });

  it("linear text: 单位:万元 beside the header, a 一级 whose name was lost, a name broken over two lines, a cut last row", async () => {
    const text = [
      "某区部门预算项目支出绩效自评表",
      "(2019年度)",
      "主管部门(盖章): 单位:万元",
      "项目名称 某项目 主管部门 某区某局",
      "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额 45 45 45 10 100% 10",
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
      "",
      "(50分)",
      "数量指标 开放天数 300天 310天 50 50",
      "",
      "(30分)",
      "社会效益",
      "指标",
      "受益人数 1000人 1200人 30 30",
      "满意度指标 服务对象满意度",
    ].join("\n");
    const f = (await parse(text, { path: "linear.txt" })).forms[0]!;
    expect(f.funds.unit).toBe("万元");
    expect(f.indicators.map((i) => [i.level1 ?? null, i.level1Weight ?? null, i.level2, i.level3, i.target ?? null])).toEqual([
      [null, 50, "数量指标", "开放天数", "300天"],
      [null, 30, "社会效益指标", "受益人数", "1000人"],
      [null, 30, "满意度指标", "服务对象满意度", null],
    ]);
  });

  it("a document site's page counter run onto the title is not the title's", async () => {
    const text = "1/1某项目绩效自评表\n项目名称\t某项目\n";
    const f = (await parse(text, { path: "counter.txt" })).forms[0]!;
    expect(f.title).toBe("某项目绩效自评表");
  });

  it("cells each closed by a pipe on its own line, rows by a line of pipes: a year inside a row is its value, prose after the table no row", async () => {
    const cell = (t: string) => `     ${t}\n        | `;
    const row = (cells: string[]) => ["|   " + cells[0], "        | ", ...cells.slice(1).map(cell), "  ||||"].join("\n");
    const text = [
      row(["产出指标", "质量指标", "设施完好率", "≥90%", "95%"]),
      row(["产出指标", "时效指标", "完成年度", "2020年", "2020年"]),
      row(["效益指标", "社会效益指标", "受益人数", "≥100人", "120人"]),
      row(["2.部门评价结果。", "本部门按规定完成了自评工作。", "另对各项目逐一自评。", "", ""]),
    ].join("\n");
    const f = (await parse(text, { path: "pipes.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual])).toEqual([
      ["产出指标", "质量指标", "设施完好率", "≥90%", "95%"],
      ["产出指标", "时效指标", "完成年度", "2020年", "2020年"],
      ["效益指标", "社会效益指标", "受益人数", "≥100人", "120人"],
    ]);
  });

  it("the regional form: funds as label and value pairs, parts printed twice, goals item by item down each column", async () => {
    const text = lines([
      "某补助资金区域绩效目标自评表",
      "专项名称", "某补助资金",
      "预算执行情况", "预算数:", "12.5", "执行数:", "12", "20",
      "其中:中央补助", "10 万元", "其中:中央补助", "9.5万元",
      "地方资金/其他", "万元", "地方资金/其他", "万元",
      "年度目标完成情况", "预期目标", "目标实际完成情况",
      "目标1:修好两座桥。", "目标2:培训三十人。",
      "目标1:两座桥已修好。", "目标2:培训了三十二人。",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "数量指标", "修桥数量", "2座", "2座", "50", "50",
    ]);
    const f = (await parse(text, { path: "regional.txt" })).forms[0]!;
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.rows.map((r) => [r.key, r.label, r.annualBudget, r.executed])).toEqual([
      ["total", "预算数:", 12.5, 12],
      ["extra1", "其中:中央补助", 10, 9.5],
      ["extra2", "地方资金/其他", null, null],
    ]);
    expect(f.goals).toEqual({ expected: "目标1:修好两座桥。目标2:培训三十人。", actual: "目标1:两座桥已修好。目标2:培训了三十二人。" });
    expect(f.indicators).toHaveLength(1);
  });

  it.each([
    ["附件1某项目支出绩效自评表\n项目名称\t某项目\n", "某项目支出绩效自评表", null],
    ["某区域(项目)绩效目标自评表 (2021)\n项目名称\t某项目\n", "某区域(项目)绩效目标自评表", 2021],
    ["2021年项目绩效自评报告表(实施单位用)\n项目名称\t某项目\n", "2021年项目绩效自评报告表(实施单位用)", 2021],
  ])("a title as printed around it: %j", async (text, title, year) => {
    const f = (await parse(text, { path: "title.txt" })).forms[0]!;
    expect([f.title, f.year]).toEqual([title, year]);
  });

  it("a 定性 indicator in the Sichuan layout's 指标性质 column, in a loose pipe table whose header the excerpt cut off", async () => {
    const text = [
      "验收合格率 | = | 100 | % | 100 | 5 |", "|", "| |||",
      "成本指标 | 整治成本预算 | = | 6 | 万元 | 6 | 5 |", "|", "| ||",
      "可持续影响指标 | 管理机制健全性 | 定性 | 优良中低差 |", "| 优 | 10 |", "|", "| ||",
      "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | % | 96 | 10 |", "|",
    ].join("\n");
    const f = (await parse(text, { path: "sichuan.txt" })).forms[0]!;
    expect(f.indicators[2]).toMatchObject({ level2: "可持续影响指标", level3: "管理机制健全性", target: "定性优良中低差", actual: "优", weight: 10 });
  });

  it("a form whose title is not printed begins at its 项目名称, also after a list of projects or another form's table", async () => {
    const text = [
      "| 项目名称 | 1 | 甲项目 | 2 | 乙项目 |",
      "| (2023年度) |",
      "| 项目名称 | 甲项目 |",
      "| 主管部门 | 某局 |",
      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
      "| 产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 10 | 10 |",
      "| 项目名称 | 乙项目 |",
      "| 主管部门 | 某局 |",
      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
      "| 产出指标 | 数量指标 | 检查次数 | ≥4次 | 5次 | 10 | 10 |",
    ].join("\n");
    const doc = await parse(text, { path: "untitled.md" });
    expect(doc.forms.map((f) => [f.projectName, f.year, f.indicators.map((i) => i.level3)])).toEqual([
      ["甲项目", 2023, ["培训人次"]],
      ["乙项目", null, ["检查次数"]],
    ]);
  });

  it("an excerpt that starts inside one form's indicator table and goes on into the next, untitled form: two forms", async () => {
    const text = [
      "| 产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 10 | 10 |",
      "| 总分 | | | | | 100 | 98 |",
      "| 项目名称 | 乙项目 |",
      "| 主管部门 | 某局 |",
      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
      "| 产出指标 | 数量指标 | 检查次数 | ≥4次 | 5次 | 10 | 10 |",
    ].join("\n");
    const doc = await parse(text, { path: "excerpt.md" });
    expect(doc.forms.map((f) => [f.projectName, f.department, f.indicators.map((i) => i.level3)])).toEqual([
      [null, null, ["培训人次"]],
      ["乙项目", "某局", ["检查次数"]],
    ]);
  });

  it("full-width digits and ％ read as their ASCII forms, in one cell per line too; sources keep the text as printed", async () => {
    const text = lines([
      "某补助资金区域绩效目标自评表",
      "专项名称", "某补助资金",
      "预算执行情况", "预算数:", "２.３８", "执行数:", "２.３８",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值",
      "产出指标", "数量指标", "指标１:检查企业数", "≥１００家", "１２０家", "１０",
      "指标２:抽检率", "１００％", "９８％", "１０",
    ]);
    const doc = await parse(text, { path: "full-width.txt" });
    const f = doc.forms[0]!;
    expect(f.funds.rows[0]).toMatchObject({ key: "total", annualBudget: 2.38, executed: 2.38 });
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual])).toEqual([
      ["检查企业数", "≥100家", "120家"],
      ["抽检率", "100%", "98%"],
    ]);
    expect(f.sources?.["/funds/rows/0/executed"]?.text).toBe("２.３８");
  });

  it("a report's bare heading (绩效评价自评报告) under its full title leaves the full title", async () => {
    const text = lines(["某县2021年度部门整体支出绩效评价自评报告", "", "绩效评价自评报告", "部门(单位)名称", "某县某镇人民政府"]);
    const doc = await parse(text, { path: "heading.txt" });
    expect(doc.forms[0]?.title).toBe("某县2021年度部门整体支出绩效评价自评报告");
  });

  it("a conversion site's traditional text: 萬元 amounts, 指標1: names, 目標1: goals and a title with its year read as in simplified text, the text kept traditional", async () => {
    const text = lines([
      "某補助資金區域績效目標自評表(2021)",
      "專項名稱", "某補助資金",
      "預算執行情況", "預算數:", "2.38萬元", "執行數:", "2.38萬元",
      "年度目標完成情況", "預期目標", "目標實際完成情況",
      "目標1:修好兩座橋。", "目標1:兩座橋已修好。",
      "目標2:培訓三十人。", "目標2:培訓了三十二人。",
      "一級指標", "二級指標", "三級指標", "年度指標值", "實際完成指標值",
      "產出指標", "數量指標", "指標1:檢查企業數", "≥100家", "120家", "10",
      "指標2:抽檢批次", "50批次", "52批次", "10",
    ]);
    const f = (await parse(text, { path: "traditional.txt" })).forms[0]!;
    expect([f.title, f.year, f.funds.unit]).toEqual(["某補助資金區域績效目標自評表", 2021, "万元"]);
    expect(f.funds.rows[0]).toMatchObject({ key: "total", annualBudget: 2.38, executed: 2.38 });
    expect(f.goals).toEqual({ expected: "目標1:修好兩座橋。目標2:培訓三十人。", actual: "目標1:兩座橋已修好。目標2:培訓了三十二人。" });
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual])).toEqual([
      ["檢查企業數", "≥100家", "120家"],
      ["抽檢批次", "50批次", "52批次"],
    ]);
  });

  it("a document site's lead-in before the title (文档介绍:) is the site's: the title is the form's", async () => {
    const doc = await parse(["文档介绍:项目支出绩效自评表", "( 2021年度)", "项目名称", "某检测经费", "实施单位", "某局"].join("\n"), { path: "lead-in.txt" });
    expect([doc.forms[0]?.title, doc.forms[0]?.year, doc.forms[0]?.projectName]).toEqual(["项目支出绩效自评表", 2021, "某检测经费"]);
    expect(doc.diagnostics.some((d) => d.source?.text === "文档介绍:")).toBe(true);
  });

  it("linear text: the funds label's unit on a line of its own, and goals whose halves number their items differently (目标1 … then 1. …)", async () => {
    const text = [
      "项目名称 某防灾项目",
      "项目资金",
      "(万元)",
      "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额: 55 55 55 10 100% 10",
      "年度总体目标完成情况 预期目标 实际完成情况",
      "目标1:完成两次演练。",
      "目标2:培训一百人。",
      "1.完成演练两次。",
      "2.培训一百零五人。",
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
      "产出指标 数量指标 演练次数 2次 2次 10 10",
    ].join("\n");
    const f = (await parse(text, { path: "linear-goals.txt" })).forms[0]!;
    expect(f.funds.unit).toBe("万元");
    expect(f.goals).toEqual({ expected: "目标1:完成两次演练。目标2:培训一百人。", actual: "1.完成演练两次。2.培训一百零五人。" });
  });

  it("run-together fund digits with amounts of different decimals (200, 200, 179.43): a budget of 0 cut out of them does not escape the rate check", async () => {
    const text = ["项目支出绩效自评表", "项目名称某文化服务经费", "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分", "年度资金总额200200179.431089.7%9"].join("\n");
    const f = (await parse(text, { path: "run-together-funds.txt" })).forms[0]!;
    expect(f.funds.rows[0]).toMatchObject({ key: "total", initialBudget: 200, annualBudget: 200, executed: 179.43 });
    expect([f.funds.weight, f.funds.executionRatePercent, f.funds.score]).toEqual([10, 89.7, 9]);
  });

  it("one cell a line: an indicator header on two rows (年度指标值 over 指标性质 / 指标值 / 度量单位) and a subtotal of numbers before the first row", async () => {
    const text = [
      "某项目支出绩效自评表",
      "项目名称", "某项目",
      "绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
      "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
      "80.00", "79.00",
      "产出指标", "数量指标", "检查企业家数", ">=", "30", "家", "31", "20.00", "20.00",
      "产出指标", "质量指标", "整改完成率", "=", "100", "%", "98", "20.00", "19.00",
      "效益指标", "社会效益", "群众知晓率", ">=", "90", "%", "92", "40.00", "40.00",
    ].join("\n") + "\n";
    const f = (await parse(text, { path: "two-row-header.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "检查企业家数", "31家", 20, 20],
      ["产出指标", "质量指标", "整改完成率", "98%", 20, 19],
      ["效益指标", "社会效益", "群众知晓率", "92%", 40, 40],
    ]);
  });

  it("one cell a line, an excerpt that starts inside the indicator table: rows end after 分值 and 得分, with no header to count by", async () => {
    const text = [
      "读者到馆率", "≥", "80", "%", "85", "10", "9", "",
      "可持续影响指标", "服务机制健全性", "定性", "健全", "健全", "10", "10", "",
      "满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%", "93", "10", "10", "",
      "志愿者满意度", "≥", "90", "%", "88", "10", "8", "",
      "合计", "100", "95",
    ].join("\n") + "\n";
    const f = (await parse(text, { path: "mid-table.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.actual, i.weight, i.score])).toEqual([
      [null, null, "读者到馆率", "85%", 10, 9],
      [null, "可持续影响指标", "服务机制健全性", "健全", 10, 10],
      ["满意度指标", "服务对象满意度指标", "读者满意度", "93%", 10, 10],
      ["满意度指标", "服务对象满意度指标", "志愿者满意度", "88%", 10, 8],
    ]);
  });

  it("one cell a line with empty cells left out: a row's missing 偏差原因 does not take the next row's 三级 name", async () => {
    const text = [
      "某项目支出绩效自评表",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
      "产出指标", "数量指标", "新建仓储面积", "≥1200平方米", "1250平方米", "10", "10",
      "购置加工设备", "8台", "8台", "10", "10",
      "1、培训人次2、覆盖村数", "≥300人次", "320人次", "10", "9", "培训场地不足，下年增设分会场",
      "效益指标", "经济效益指标", "带动增收", "≥50万元", "55万元", "20", "20",
    ].join("\n") + "\n";
    const f = (await parse(text, { path: "no-empty-cells.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.weight, i.score, i.deviation])).toEqual([
      ["数量指标", "新建仓储面积", "≥1200平方米", 10, 10, null],
      ["数量指标", "购置加工设备", "8台", 10, 10, null],
      ["数量指标", "1、培训人次2、覆盖村数", "≥300人次", 10, 9, "培训场地不足，下年增设分会场"],
      ["经济效益指标", "带动增收", "≥50万元", 20, 20, null],
    ]);
  });

  it("one cell a line with empty cells left out: 预算执行率 as a 三级 name after a 二级 name, and a 二级 row with nothing in it", async () => {
    const text = [
      "某项目支出绩效自评表",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
      "产出指标", "数量指标", "预算执行率", "100%", "90%", "20", "18",
      "资金拨付率", "100%", "100%", "10", "10",
      "时效指标",
      "成本指标", "运行维护费", "80万", "80万", "10", "10",
    ].join("\n") + "\n";
    const f = (await parse(text, { path: "budget-exec-level3.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "预算执行率", "90%", 20, 18],
      ["产出指标", "数量指标", "资金拨付率", "100%", 10, 10],
      ["产出指标", "成本指标", "运行维护费", "80万", 10, 10],
    ]);
  });

  it("the evaluation sheet's funds as label and amount pairs: 计划投资额 / 实际到位资金 / 实际使用情况, units in brackets, parts printed once per amount", async () => {
    const text = [
      "某项目绩效自评表",
      "项目实施单位", "某县某局",
      "计划投资额", "(万元)", "300", "实际到位资金", "(万元)", "250.5", "实际使用情况(万元)", "240.25",
      "其中:", "中央财政", "100", "其中:", "中央财政", "80", "省财政", "200", "省财政", "170.5",
      "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
      "项目决策", "20", "项目目标", "20", "目标内容", "20", "18",
    ].join("\n") + "\n";
    const f = (await parse(text, { path: "evaluation-funds.txt" })).forms[0]!;
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.rows.map((r) => [r.key, r.label, r.initialBudget, r.annualBudget, r.executed])).toEqual([
      ["total", "计划投资额", 300, 250.5, 240.25],
      ["extra1", "中央财政", 100, 80, null],
      ["extra2", "省财政", 200, 170.5, null],
    ]);
    expect(f.indicators.map((i) => [i.level1, i.level3, i.weight, i.score])).toEqual([["项目决策", "目标内容", 20, 18]]);
  });

  it("the evaluation report's funds (计划安排资金 / 实际到位资金 / 实际支出): a part printed once per column, some printings blank", async () => {
    const text = [
      "某项目绩效评价自评表",
      "项目名称", "某项目",
      "计划安排资金", "(万元)", "120", "实际到位资金", "(万元)", "120", "实际支出", "(万元)", "118.5",
      "其中:中央财政", "其中:中央财政", "其中:中央财政",
      "省财政", "100", "省财政", "100", "省财政", "98.5",
      "县财政", "县财政", "20", "县财政", "20",
    ].join("\n") + "\n";
    const f = (await parse(text, { path: "evaluation-report-funds.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.label, r.initialBudget, r.annualBudget, r.executed])).toEqual([
      ["计划安排资金", 120, 120, 118.5],
      ["其中:中央财政", null, null, null],
      ["省财政", 100, 100, 98.5],
      ["县财政", null, 20, 20],
    ]);
  });
});
