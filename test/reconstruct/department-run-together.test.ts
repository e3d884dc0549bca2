/**
 * Department-wide forms whose cells were run together (a document site's preview, a PDF copied
 * without its rulings), read from texts written for these tests: each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cutAtRowStarts, joinSplitGoalsLabel } from "../../src/reconstruct/text-rows/flattened-form.js";
import { joinPageContinuations } from "../../src/extract/text/stream.js";
import { atomize } from "../../src/reconstruct/run-together.js";

const lines = (...l: string[]) => l.join("\n") + "\n";

async function read(text: string) {
  const doc = await parse(text, { path: "run-together.txt" });
  expect(doc.forms).toHaveLength(1);
  return doc.forms[0]!;
}

describe("run-together department forms", () => {
  it("cuts a 评分标准 from the 偏差原因 run on after it, and keeps a rule with its own comma whole", async () => {
    const f = await read(
      lines(
        "部门整体支出绩效自评表",
        "(2023年度)",
        "部门（单位）名称某县文化馆单位编码208001",
        "年度总体目标预期目标实际完成情况",
        "举办展览十二场，观众满意度九成以上。举办展览十四场，观众满意度八成半。",
        "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分评分标准偏差原因分析及改进措施",
        "产出指标数量指标举办展览≥12场14场2020达到目标值得满分",
        "质量指标展品完好率=100%100%2020完成目标得满分，未完成按比例扣分",
        "效益指标社会效益指标观展人次≥5000人次4100人次3024B/A×分值宣传不足，下年度将加强宣传",
        "满意度指标服务对象满意度指标观众满意度≥90%85%3025达到预期得满分按计划完成",
        "自评总分10089",
      ),
    );
    expect(f.template).toBe("department");
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score, i.method, i.deviation])).toEqual([
      ["举办展览", "≥12场", "14场", 20, 20, "达到目标值得满分", null],
      ["展品完好率", "=100%", "100%", 20, 20, "完成目标得满分，未完成按比例扣分", null],
      ["观展人次", "≥5000人次", "4100人次", 30, 24, "B/A×分值", "宣传不足，下年度将加强宣传"],
      ["观众满意度", "≥90%", "85%", 30, 25, "达到预期得满分", "按计划完成"],
    ]);
  });

  it("reads the task table and the 资金结构 rows run together, each run of digits cut where the form's sums hold", async () => {
    const f = await read(
      lines(
        "部门整体支出绩效自评表",
        "(2023年度)",
        "部门（单位）名称某县林业局单位编码306002",
        "年度主要任务任务名称主要内容预算金额(万元)",
        "总额财政拨款其他资金",
        "森林防火巡山护林120.50100.5020.00",
        "造林绿化新造林1000亩80.0080.000.00",
        "资金结构（万元）年初部门预算安排金额年中调整金额小计年度拨付金额支出实现率结余金额资金结余率",
        "合计1,250.0050.001,300.001,235.0095.00%65.005.00%",
        "财政资金小计1,200.0050.001,250.001,190.0095.20%60.004.80%",
        "①项目支出400.0050.00450.00430.0095.56%20.004.44%",
        "②基本支出800.000.00800.00760.0095.00%40.005.00%",
        "单位其它收入50.000.0050.0045.0090.00%5.0010.00%",
        "年度总体目标预期目标实际完成情况",
        "完成造林绿化任务。已完成造林绿化任务。",
        "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分评分标准偏差原因分析及改进措施",
        "产出指标数量指标新造林面积≥1000亩1050亩100100达到目标值得满分",
        "自评总分100100",
      ),
    );
    // The name and the content of a task run together stay one: nothing printed tells where the one ends.
    expect(f.tasks).toEqual([
      { name: "森林防火巡山护林", content: null, budget: { total: 120.5, fiscal: 100.5, other: 20 } },
      { name: "造林绿化新造林1000亩", content: null, budget: { total: 80, fiscal: 80, other: 0 } },
    ]);
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.rows.map((r) => [r.key, r.label, r.initialBudget, r.adjustment, r.annualBudget, r.executed, r.balance, r.balanceRatePercent, r.parent ?? null])).toEqual([
      ["total", "合计", 1250, 50, 1300, 1235, 65, 5, null],
      ["extra1", "财政资金小计", 1200, 50, 1250, 1190, 60, 4.8, null],
      ["project", "①项目支出", 400, 50, 450, 430, 20, 4.44, "extra1"],
      ["basic", "②基本支出", 800, 0, 800, 760, 40, 5, "extra1"],
      ["unitIncome", "单位其它收入", 50, 0, 50, 45, 5, 10, null],
    ]);
    expect(f.funds.executionRatePercent).toBe(95);
  });

  it("reads each fund row a flattened line holds, and a rate printed alone as a rate, not a budget cut from its digits", async () => {
    const f = await read(
      lines(
        "某站整体支出绩效自评表.docx",
        "1、某站整体支出绩效自评表(2022年度)评价部门名称某县某站下属单位个数0整体支出规模全年预算数全年执行数执行率" +
          "资金结构:(1)基本支出97.40%(2)项目支出分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整率100%100%3030",
      ),
    );
    // 97.40% is not 9 | 7.40% (a budget of 9 and nothing spent).
    expect(f.funds.rows.map((r) => [r.key, r.label, r.annualBudget, r.executed])).toEqual([
      ["basic", "(1)基本支出", null, null],
      ["project", "(2)项目支出", null, null],
    ]);
    expect(f.funds.executionRatePercent).toBe(97.4);
  });

  it("cuts a department form flattened onto one line (a document site's preview) where its own rows start", async () => {
    const f = await read(
      lines(
        "某镇卫生院整体支出绩效自评表.docx",
        "1、某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率资金来源:(1)财政拨款98.50%资金结构:(1)基本支出98.50%(2)项目支出分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整、准确率100%100%44",
      ),
    );
    expect([f.template, f.title, f.year, f.department]).toEqual(["department", "某镇卫生院整体支出绩效自评表", 2022, "某县某镇卫生院"]);
  });

  it.each([
    // The completion restates the goal's opening words, with no sentence end between the two.
    ["业务收入达到60万元,公用经费控制达标业务收入71.5万元,公用经费控制达标", "业务收入达到60万元,公用经费控制达标", "业务收入71.5万元,公用经费控制达标"],
    // … after 已.
    ["加强阵地建设，提升服务能力。已加强阵地建设，服务能力提升。", "加强阵地建设，提升服务能力。", "已加强阵地建设，服务能力提升。"],
    // A list numbered only in the completion, begun after a sentence's end.
    ["做好宣传，按期完工。1、已做好宣传；2、已按期完工。", "做好宣传，按期完工。", "1、已做好宣传；2、已按期完工。"],
    // The completion restates the goal's opening after a comma: it begins at its sentence's start.
    ["开展巡诊服务，覆盖全部村组。严格执行规程，开展巡诊服务十二次。", "开展巡诊服务，覆盖全部村组。", "严格执行规程，开展巡诊服务十二次。"],
    // Clauses opened by 已 (what was done) begin in the completion: it starts at the first one's sentence.
    ["全年修缮校舍，改善条件。购置设备，保障教学。强化管理，已修缮校舍三所，已购置设备一批。", "全年修缮校舍，改善条件。购置设备，保障教学。", "强化管理，已修缮校舍三所，已购置设备一批。"],
    ["全年修缮校舍，改善条件。已修缮校舍三所，已购置设备一批。", "全年修缮校舍，改善条件。", "已修缮校舍三所，已购置设备一批。"],
    // One clause opened by 已 is no completion: the text stays whole.
    ["巩固成果，已建站点继续运行。提升服务水平。", "巩固成果，已建站点继续运行。提升服务水平。", null],
  ])("cuts two goal texts run together where the completion begins: %s", async (goals, expected, actual) => {
    const f = await read(
      lines(
        "部门整体支出绩效自评表",
        "(2023年度)",
        "年度总体目标预期目标实际完成情况",
        goals,
        "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分",
        "产出指标数量指标举办展览≥12场14场100100",
        "自评总分100100",
      ),
    );
    expect([f.goals.expected, f.goals.actual]).toEqual([expected, actual]);
  });

  it("reads the department 一级 names 产出目标 / 效果目标 printed with their points in full-width brackets", async () => {
    const f = await read(
      lines(
        "部门整体支出绩效自评表",
        "(2023年度)",
        "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分",
        "产出目标（70分）数量指标举办培训班≥8期9期7070",
        "效果目标（30分）社会效益指标参训人员技能提升明显提升明显提升3028",
        "自评总分10098",
      ),
    );
    expect(f.indicators.map((i) => [i.level1, i.level1Weight ?? null, i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出目标", 70, "数量指标", "举办培训班", "≥8期", "9期", 70, 70],
      ["效果目标", 30, "社会效益指标", "参训人员技能提升", "明显提升", "明显提升", 30, 28],
    ]);
  });

  it("puts back a vertical goals label a preview split around its column names, and cuts the two goal texts after them", async () => {
    expect(joinSplitGoalsLabel("(2)项目支出年度总年初设定目标全年完成情况体目标接诊人次达到9千接诊人次9.3千分解目标")).toBe(
      "(2)项目支出年度总体目标年初设定目标全年完成情况接诊人次达到9千接诊人次9.3千分解目标",
    );
    expect(joinSplitGoalsLabel("年度总体预期目标目标")).toBe("年度总体预期目标目标"); // one column name is no pair: left as printed
    const f = await read(
      lines(
        "某站整体支出绩效自评表.docx",
        "1、某站整体支出绩效自评表(2022年度)评价部门名称某县某站下属单位个数0整体支出规模全年预算数全年执行数执行率" +
          "资金来源:(1)财政拨款96.00%资金结构:(1)基本支出96.00%(2)项目支出年度总年初设定目标全年完成情况体目标接诊人次达到9千接诊人次9.3千" +
          "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标30预算编审管理完整率100%100%3030",
      ),
    );
    expect([f.goals.expected, f.goals.actual]).toEqual(["接诊人次达到9千", "接诊人次9.3千"]);
  });

  it("leaves goal texts run together whole when the opening words come back more than once", async () => {
    const f = await read(
      lines(
        "部门整体支出绩效自评表",
        "(2023年度)",
        "年度总体目标预期目标实际完成情况",
        "举办展览两场，举办展览讲座一场已举办展览两场",
        "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分",
        "产出指标数量指标举办展览≥12场14场100100",
        "自评总分100100",
      ),
    );
    expect(f.goals.actual).toBeNull();
  });

  it("starts a cell where a list is numbered anew (三级 1、…2、… then the target's 1、…)", async () => {
    const f = await read(
      lines(
        "部门整体支出绩效自评表",
        "(2023年度)",
        "年度总体目标预期目标实际完成情况",
        "举办展览和讲座。",
        "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分评分标准偏差原因分析及改进措施",
        "产出指标数量指标1、举办展览2、举办讲座1、≥12场；2、≥4场已完成5050达到目标值得满分",
        "质量指标展品完好率=100%100%5050完成目标得满分，未完成按比例扣分",
        "自评总分100100",
      ),
    );
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["1、举办展览2、举办讲座", "1、≥12场；2、≥4场", "已完成", 50, 50],
      ["展品完好率", "=100%", "100%", 50, 50],
    ]);
  });

  it("joins a preview's pages broken mid-cell and cuts its indicator table after each row's points and before numbered 三级 names", () => {
    const page1 =
      "1、某所整体支出绩效自评表(2022年度)评价部门名称某所分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析" +
      "管理指标30预算编审管理完整率100%100%55资产管理资产完好率无资产损失达成目标55产出指标20数量指标任务1:接诊人次增加增120人次1010任务2:体检率按规定时";
    const lines = joinPageContinuations(["某所整体支出绩效自评表.docx", page1, "2、限1010录入有延迟"]);
    expect(lines).toEqual(["某所整体支出绩效自评表.docx", page1 + "限1010录入有延迟", ""]);
    expect(cutAtRowStarts(lines[1]!.replace(/^1、/, ""))).toEqual([
      "某所整体支出绩效自评表(2022年度)",
      "评价部门名称某所",
      "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析",
      "管理指标30",
      "预算编审管理完整率100%100%55",
      "资产管理资产完好率无资产损失达成目标55",
      "产出指标20",
      "数量指标任务1:接诊人次增加增120人次1010",
      // Text with no figure after a row's points is its 偏差原因: no row of its own.
      "任务2:体检率按规定时限1010录入有延迟",
    ]);
    // Points in a name (产出指标(50分)) and an amount with its unit (27万元) end no row.
    expect(cutAtRowStarts("某局整体支出绩效自评表(2022年度)评价部门名称某局一级指标二级指标三级指标分值得分产出指标(50分)数量指标业务收入27万元1010满意度指标")).toEqual([
      "某局整体支出绩效自评表(2022年度)",
      "评价部门名称某局",
      "一级指标二级指标三级指标分值得分",
      "产出指标(50分)",
      "数量指标业务收入27万元1010",
      "满意度指标",
    ]);
  });

  it("reads a 一级 printed with its points on a row of its own (分解目标 | 自评权重), numbered 三级 names (任务1:), and 预算执行 opening a 二级 name of the unit's own", async () => {
    const f = await read(
      lines(
        "某站整体支出绩效自评表",
        "(2022年度)",
        "年度总体目标预期目标实际完成情况",
        "完成年度任务。",
        "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析",
        "管理指标65",
        "预算执行管理执行率≥90%95%3030",
        "资产管理资产完好率=100%100%3535",
        // A 一级 name printed with its characters out of order, alone with its points, opens a group
        // and is read as the known name it spells (标产出指 = 产出指标).
        "标产出指35",
        "数量指标任务1:接诊人次≥1000人次1200人次2020",
        "任务2:体检人数≥500人600人1515",
        "自评总分100100",
      ),
    );
    // Under 管理指标 a 二级 name is a field of management (…管理) run into its 三级 name: cut after 管理.
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.target, i.actual, i.weight, i.score])).toEqual([
      ["管理指标", 65, "预算执行管理", "≥90%", "95%", 30, 30],
      ["管理指标", 65, "资产管理", "=100%", "100%", 35, 35],
      ["产出指标", 35, "数量指标", "≥1000人次", "1200人次", 20, 20],
      ["产出指标", 35, "数量指标", "≥500人", "600人", 15, 15],
    ]);
    expect(f.indicators.map((i) => i.level3)).toEqual(["执行率", "资产完好率", "接诊人次", "体检人数"]);
    expect(f.funds.rows).toEqual([]);
  });

  it("keeps 完成率 and 及时率 whole in run-together atoms, and cuts at 完成 and 及时 standing alone", () => {
    const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((a) => a.text);
    expect(atoms("完成率、控制率100%按期完成")).toEqual(["完成率、控制率", "100", "%", "按期", "完成"]);
    expect(atoms("文书及时率及时")).toEqual(["文书及时率", "及时"]);
    // 按规定 and 已 begin a piece and stay with the words after them.
    expect(atoms("档案公开完善按规定公开已公开")).toEqual(["档案公开完善", "按规定公开", "已公开"]);
  });

  it("cuts after 管理 only under 管理指标, and only when a name follows it", async () => {
    const f = await read(
      lines(
        "某站整体支出绩效自评表",
        "(2022年度)",
        "年度总体目标预期目标实际完成情况",
        "完成年度任务。",
        "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析",
        "管理指标40",
        "政府采购管理≥90%95%1010",
        // 小于 / 高于 before a figure is the target's comparator, not the end of the name.
        "结余资金管理结余率小于5%3%1010",
        "产出指标60",
        "质量指标档案管理规范率=100%100%3030",
        "档案管理制度健全率=100%100%3030",
        "自评总分100100",
      ),
    );
    expect(f.indicators[1]!.target).toBe("小于5%");
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["管理指标", null, "政府采购管理"],
      ["管理指标", "结余资金管理", "结余率"],
      ["产出指标", "质量指标", "档案管理规范率"],
      ["产出指标", "质量指标", "档案管理制度健全率"],
    ]);
  });
});
