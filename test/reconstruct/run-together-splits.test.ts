import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { atomize, splitNumericRun } from "../../src/reconstruct/run-together.js";
import { cutAtRowStarts } from "../../src/reconstruct/text-rows/flattened-form.js";

const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((c) => c.text);

describe("cutting a run-together row's digits", () => {
  it("keeps, among the readings of a long run, the one of numbers of like size", () => {
    // 150 | 150 | 125.25 | 100 | 83.5 — five numbers in one run, outnumbered by readings of fewer.
    const readings = splitNumericRun("150150125.2510083.5").map((r) => r.join("|"));
    expect(readings).toContain("150|150|125.25|100|83.5");
    // Still fewer numbers first.
    const counts = splitNumericRun("150150125.2510083.5").map((r) => r.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it("a value printed twice or more before a figure or at the end is one atom a copy; a word printed twice is cut between the copies", () => {
    expect(atoms("路面养护质量达到养护标准达到养护标准3030")).toEqual(["路面养护质量", "达到养护标准", "达到养护标准", "3030"]);
    expect(atoms("完工时间11月底前完成11月底前完成2020")).toEqual(["完工时间", "11月底前完成", "11月底前完成", "2020"]);
    expect(atoms("保障资金专项使用专项使用专项使用10")).toEqual(["保障资金", "专项使用", "专项使用", "专项使用", "10"]);
    expect(atoms("为周边村民提供便民服务服务范围扩大")).toEqual(["为周边村民提供便民服务", "服务范围扩大"]);
  });

  it("keeps a scale printed after an amount with it (150万, 2.4亿元)", () => {
    expect(atoms("年度资金总额150万150万125.25万")).toEqual(["年度资金总额", "150万", "150万", "125.25万"]);
    expect(atoms("投资2.4亿元完成")).toEqual(["投资", "2.4亿元", "完成"]);
  });
});

describe("reading a run-together form by its arithmetic and its words", () => {
  const read = async (text: string) => (await parse(text, { path: "run-together.txt" })).forms[0]!;

  it("reads a fund row's amounts as numbers of one order, not a 0 cut out of a larger number's digits", async () => {
    // 50|50|50|10|100% and 50|50|50|100%: before, 5050|50101|0|0% and 505050|1|0|0% fitted the columns as well.
    const f = await read(
      ["项目支出绩效自评表", "项目名称某文化服务经费", "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分", "年度资金总额50505010100%", "其中:当年财政拨款505050100%"].join("\n"),
    );
    expect(f.funds.rows.map((r) => [r.initialBudget, r.annualBudget, r.executed])).toEqual([
      [50, 50, 50],
      [50, 50, 50],
    ]);
    expect([f.funds.weight, f.funds.executionRatePercent]).toEqual([10, 100]);
  });

  it("a flattened preview: a verdict after the goal's last sentence is its completion; the indicator header after a scrambled vertical label; a table of 得分 alone totals its scores", async () => {
    const f = await read(
      "项目支出绩效自评表(2023年度)项目名称某乡村道路修缮经费主管部门某县交通运输局实施单位某县公路站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分" +
        "年度资金总额60606010100%10其中:当年财政拨款606060100%年度总体目标预期目标实际完成情况修缮乡村道路十二公里,更换破损路灯。已完成" +
        "绩效指标度效标70>年绩目一级标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标修缮道路长度12公里12公里20质量指标验收合格率100%100%20总分90",
    );
    expect(f.goals).toEqual({ expected: "修缮乡村道路十二公里,更换破损路灯。", actual: "已完成" });
    expect(f.funds.rows[0]).toMatchObject({ initialBudget: 60, annualBudget: 60, executed: 60 });
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.score])).toEqual([
      ["数量指标", "修缮道路长度", "12公里", "12公里", 20],
      ["质量指标", "验收合格率", "100%", "100%", 20],
    ]);
    expect(f.total).toEqual({ weight: null, score: 90 });
  });

  it("rows whose target and completion are printed alike; the 度量单位 column's unit run onto the target's figure is the completion's too", async () => {
    const f = await read(
      [
        "部门预算项目支出绩效自评表",
        "项目名称某县道路养护",
        "绩效指标一级指标二级指标三级指标指标性质指标值度量单位完成值权重得分未完成原因分析",
        "产出指标数量指标维修道路面积≥8000平方米91202020",
        "质量指标路面养护质量达到养护标准达到养护标准3030",
        "时效指标完工时间11月底前完成11月底前完成2020",
        "效益指标社会效益群众出行条件明显改善明显改善2018部分路段仍在施工",
      ].join("\n"),
    );
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["维修道路面积", "≥8000平方米", "9120平方米", 20, 20],
      ["路面养护质量", "达到养护标准", "达到养护标准", 30, 30],
      ["完工时间", "11月底前完成", "11月底前完成", 20, 20],
      ["群众出行条件", "明显改善", "明显改善", 20, 18],
    ]);
    expect(f.indicators[3]!.deviation).toBe("部分路段仍在施工");
  });

  it("Hubei's municipal layout: 项目主管单位, 年终完成值 and 自评分 named, a 二级's points run onto it, a criterion's 1、 run onto the score, a completion of its target's order", async () => {
    const text = [
      "财政预算支出项目绩效目标自评表",
      "项目名称某县救护车购置项目实施单位某县急救站项目主管单位某县卫生健康局",
      "一级指标二级指标指标名称(三级指标)年初指标值年终完成值自评分复核分评价标准",
      "产出指标数量指标20分出诊次数8000次9050201、附完成情况的佐证材料;2、分值平均分配",
    ].join("\n");
    const doc = await parse(text, { path: "run-together.txt" });
    const f = doc.forms[0]!;
    expect([f.department, f.implementingUnit]).toEqual(["某县卫生健康局", "某县急救站"]);
    // 9050 | 20 | 1、附…, not 905020 | 1、… nor 90502 | 0: the points 20分 beside 数量指标 are the group's.
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.score])).toEqual([["数量指标", "出诊次数", "8000次", "9050", 20]]);
    expect(doc.diagnostics.some((d) => d.code === "unplaced-text" && d.message.includes("20分"))).toBe(true);
  });

  it("names that open with a label's fragment or hold a value's word (项目…, …及时性, …满意度), 不少于 opening a target with no 三级 name, ≦ for ≤", async () => {
    const f = await read(
      [
        "项目支出绩效自评表",
        "项目名称某县科普活动经费",
        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
        "产出指标数量指标不少于30场32场1010",
        "时效指标活动开展及时率≥95%96%109",
        "项目完成及时率≥95%95%44",
        "宣传开展及时性及时一般43",
        "成本指标单场活动成本≦2万元1.8万元1010",
        "满意度指标服务对象满意度指标群众满意度较满意一般54",
      ].join("\n"),
    );
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      [null, "不少于30场", "32场", 10, 10],
      ["活动开展及时率", "≥95%", "96%", 10, 9],
      ["项目完成及时率", "≥95%", "95%", 4, 4],
      ["宣传开展及时性", "及时", "一般", 4, 3],
      ["单场活动成本", "≤2万元", "1.8万元", 10, 10],
      ["群众满意度", "较满意", "一般", 5, 4],
    ]);
  });

  it("a flattened excerpt that starts inside the indicator table, no header printed: rows cut after their points (12.5 too), a figure and its unit kept whole", async () => {
    const f = await read(
      "产出指标数量指标补贴发放人数≥200人 12.5 补贴标准=300元/人 12.5 时效指标发放及时率≤10天 12.5 效益指标社会效益指标困难群众受益面≥90户 12.5 合计50 评价结论按时足额发放。存在问题无",
    );
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "补贴发放人数"],
      ["产出指标", "数量指标", "补贴标准"],
      ["产出指标", "时效指标", "发放及时率"],
      ["效益指标", "社会效益指标", "困难群众受益面"],
    ]);
    // With no header, whether the one value is the target or the completion is not told; its figure
    // is not cut (≥20 | 0人) to fill both.
    expect(f.indicators.map((i) => i.target ?? i.actual)).toEqual(["≥200人", "=300元/人", "≤10天", "≥90户"]);
  });

  it("a flattened preview: a 二级 name right after a row's points opens the next row, also with no figure after it (an excerpt cut there)", async () => {
    const f = await read(
      "项目支出绩效自评表(2022年度)项目名称某村饮水安全工程主管部门某县水利局实施单位某县水利局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分" +
        "年度资金总额808080100%绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标新建供水管网30公里31公里2020" +
        "效益指标社会效益受益人口不少于3000人3200人2019可持续性工程长期稳定运行保障村民饮水",
    );
    expect(f.indicators[1]).toMatchObject({ level2: "社会效益", level3: "受益人口", target: "不少于3000人", actual: "3200人", weight: 20, score: 19 });
    expect(f.indicators[2]?.level2).toBe("可持续性");
  });
});

describe("numbered lists in run-together rows", () => {
  const read = async (text: string) => (await parse(text, { path: "run-together.txt" })).forms[0]!;

  it.each([
    // An item number opens the text after it, also when a figure follows it (1、40所).
    ["1、新建校舍面积2、校舍验收合格率", ["1、新建校舍面积", "2、校舍验收合格率"]],
    // Run onto the weight before it, the item that starts the list anew is the run's tail: 5 | 1、…
    ["2、验收合格率51、40所；2、合格", ["2、验收合格率", "5", "1、", "40所", "；", "2、", "合格"]],
    // …or the tail that continues it (after 1、, 12、 is 1 | 2、).
    ["1、≥6场12、达标", ["1、", "≥", "6场", "1", "2、", "达标"]],
    // With no list before it, only a 1 with at least two digits before it is cut off.
    ["11、附件", ["11、附件"]],
    ["70151、附件", ["7015", "1、附件"]],
  ])("%s", (text, expected) => {
    expect(atoms(text)).toEqual(expected);
  });

  it("a 三级 name and a target that are numbered lists are read whole, the weight between them cut off", async () => {
    const f = await read(
      [
        "项目支出绩效自评表",
        "项目名称某镇学校修缮经费",
        "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值评分方法得分偏差原因",
        "产出指标数量指标1、修缮校舍间数2、更换课桌套数61、12间；2、300套部分达成预期指标完成目标得满分，未完成按比例扣分4.5个别课桌延期到货",
        "质量指标1、验收合格率2、安全事故次数81、≥98%；2、0次已完成达到目标值得满分8",
        "总分1412.5",
      ].join("\n"),
    );
    expect(f.indicators.map((i) => [i.level3, i.weight, i.target, i.actual, i.score])).toEqual([
      ["1、修缮校舍间数2、更换课桌套数", 6, "1、12间；2、300套", "部分达成预期指标", 4.5],
      ["1、验收合格率2、安全事故次数", 8, "1、≥98%；2、0次", "已完成", 8],
    ]);
  });
});

describe("a flattened preview whose indicator table names no points column", () => {
  const read = async (text: string) => (await parse(text, { path: "run-together.txt" })).forms[0]!;

  it("a value printed twice is the target and the completion, a weight after them left unplaced, a numbered 三级 name no part of its 二级", async () => {
    const f = await read(
      "河道保洁补助资金区域绩效目标自评表专项名称河道保洁补助资金主管部门某县水利局实施单位某县河道站" +
        "一级指标二级指标三级指标年度指标值实际完成指标值产出指标数量指标指标1:河道巡查频次已完成已完成6" +
        "指标2:保洁覆盖率95%95%4时效指标指标1:保洁完成时间2022年11月30日2022年11月30日5",
    );
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual])).toEqual([
      ["数量指标", "河道巡查频次", "已完成", "已完成"],
      ["数量指标", "保洁覆盖率", "95%", "95%"],
      ["时效指标", "保洁完成时间", "2022年11月30日", "2022年11月30日"],
    ]);
    // The points the header did not name are no one's weight or score: they go to diagnostics.
    expect(f.indicators.every((i) => i.weight === null && i.score === null)).toBe(true);
  });

  it("a comparator before the target's copy stays with it (≤3小时 | 3小时)", async () => {
    const f = await read(
      ["项目支出绩效自评表", "项目名称某热线服务经费", "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分", "产出指标时效指标来电响应时间≤3小时3小时1010"].join("\n"),
    );
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score])).toEqual([["来电响应时间", "≤3小时", "3小时", 10, 10]]);
  });
});

describe("a flattened preview's funds and its 预算执行率 row", () => {
  const read = async (text: string) => (await parse(text, { path: "run-together.txt" })).forms[0]!;

  it("amounts printed with their scale (80万) are the fund row's; 预算执行率 is a 三级 name whose target is not cut into it", async () => {
    const f = await read(
      "项目支出绩效自评表(2022年度)项目名称某社区服务中心运行经费主管部门某区民政局实施单位某社区服务中心" +
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额80万80万72万1009090其中:当年财政拨款80万80万72万——" +
        "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标预算执行率100%90%2018服务场次≥12场15场1010",
    );
    expect(f.funds.rows[0]).toMatchObject({ initialBudget: 80, annualBudget: 80, executed: 72 });
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual, i.weight, i.score])).toEqual([
      ["数量指标", "预算执行率", "100%", "90%", 20, 18],
      ["数量指标", "服务场次", "≥12场", "15场", 10, 10],
    ]);
  });

  it("fund rows named outside the usual labels (省级资金, 地方资金) are cut where their names stand between figures", () => {
    const line =
      "项目名称某河道治理资金主管部门某市生态环境局实施单位某市河道站项目资金(万元)全年预算数全年执行数执行率年度资金总额500450.590%" +
      "其中:中央资金300280.5省级资金100100地方资金10070其他资金00";
    expect(cutAtRowStarts(line).slice(-5)).toEqual(["年度资金总额500450.590%", "其中:中央资金300280.5", "省级资金100100", "地方资金10070", "其他资金00"]);
  });
});
