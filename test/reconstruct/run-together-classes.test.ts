import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { atomize } from "../../src/reconstruct/run-together.js";
import { classify } from "../../src/reconstruct/classify.js";

/**
 * Run-together rows (a row's cells with nothing between them), one class of miss a case: each case
 * names the class, gives a made-up row or form, and what it must read as.
 */

const atoms = (text: string) => atomize({ text, source: { line: 1 } }).map((c) => c.text);
const read = async (text: string) => (await parse(text, { path: "run-together.txt" })).forms[0]!;

/** A small form whose rows ran together, one row a line (a portal's text copy); `rows` are its indicator rows. */
const form = (title: string, rows: string[]) =>
  [
    title,
    "项目名称某便民服务平台升级",
    "主管部门某市民政局",
    "项目资金(万元)全年预算数全年执行数执行率",
    "年度资金总额40万元38.596.25%",
    "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施",
    ...rows,
  ].join("\n");

describe("run-together classes: the title", () => {
  it.each([
    ["项目支出自评表 with a unit's name and 绩效 before it", "2024年某服务中心绩效项目支出自评表", 2024],
    ["项目支出自评表 alone after the year", "2023年度项目支出自评表", 2023],
  ])("%s", async (_cls, title, year) => {
    const f = await read(form(title, ["产出指标数量指标平台功能模块数8个8个"]));
    expect([f.title, f.year]).toEqual([title, year]);
  });
});

describe("run-together classes: a target stated against another year, its completion printed as its last words", () => {
  it("cuts a piece where the comparison opens (…覆盖人群 | 同比2023年…)", () => {
    expect(atoms("扩大服务覆盖人群同比2023年服务人次明显增加明显增加")).toEqual(["扩大服务覆盖人群", "同比", "2023年", "服务人次", "明显增加", "明显增加"]);
  });

  it.each([
    // The target runs from 同比 to the value's first copy; the second copy is the completion, not the 偏差原因.
    ["同比 and a year: the comparison opens the target, not the 三级 name's end", "社会效益指标扩大服务覆盖人群同比2023年服务人次明显增加明显增加", ["社会效益指标", "扩大服务覆盖人群", "同比2023年服务人次明显增加", "明显增加", null]],
    ["较上年 without a year", "可持续影响指标服务长效运行机制较上年有所完善有所完善", ["可持续影响指标", "服务长效运行机制", "较上年有所完善", "有所完善", null]],
  ])("%s", async (_cls, row, expected) => {
    const f = await read(form("2024年某服务中心项目支出绩效自评表", ["产出指标数量指标平台功能模块数8个8个", row]));
    const i = f.indicators[1]!;
    expect([i.level2, i.level3, i.target, i.actual, i.deviation]).toEqual(expected);
  });
});

describe("run-together classes: a value printed twice is the target and the completion, never the 偏差原因", () => {
  it.each([
    ["the copies alone at the row's end", "质量指标设备验收情况验收合格验收合格", ["质量指标", "设备验收情况", "验收合格", "验收合格", null]],
    ["a comparator before the target's copy", "时效指标平台上线时间≤6个月6个月", ["时效指标", "平台上线时间", "≤6个月", "6个月", null]],
  ])("%s", async (_cls, row, expected) => {
    const f = await read(form("2024年某服务中心项目支出绩效自评表", ["产出指标数量指标平台功能模块数8个8个", row]));
    const i = f.indicators[1]!;
    expect([i.level2, i.level3, i.target, i.actual, i.deviation]).toEqual(expected);
  });
});

describe("run-together classes: a date in a row's words, the row's figures run together after them", () => {
  // 分值 | 指标值 | 实际值 | 得分计算方法 | 得分: the figures 20 | 100 | 100 | — | 20 run into one another after the 三级 name's words.
  const dated = (rows: string[]) =>
    [
      "项目支出绩效自评表(2023年度)",
      "项目名称某社区设备更新项目",
      "主管部门某区民政局",
      "项目资金(万元)年初预算数全年执行数",
      "年度资金总额:30万元",
      "绩效指标一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分计算方法得分未完成原因分析",
      "产出指标(40分)",
      ...rows,
    ].join("\n");

  it.each([
    // A year and its month (2023年 | 11 | 月底前) are one date, never the weight's figure; a 得分计算方法
    // does not end on the figures after its words (…调试201001002 | 0).
    ["a year and its month inside a 三级 name, words before the figures", "时效指标按计划于2023年11月底前完成设备安装调试2010010020", ["时效指标", "按计划于2023年11月底前完成设备安装调试", "100", "100", 20, 20]],
    // …nor on those after a clause's comma (…发完,20100100 | 20, the year cut 20 | 23年 before it).
    ["a year and its month inside a 三级 name, a comma before the figures", "数量指标为辖区困难家庭发放慰问包共420份,其余80份排定在2023年12月底前发完,2010010018", ["数量指标", "为辖区困难家庭发放慰问包共420份,其余80份排定在2023年12月底前发完,", "100", "100", 20, 18]],
  ])("%s", async (_cls, row, expected) => {
    const f = await read(dated([row]));
    const i = f.indicators[0]!;
    expect([i.level2, i.level3, i.target, i.actual, i.weight, i.score]).toEqual(expected);
  });
});

describe("run-together classes: a figure printed twice, then another of its unit", () => {
  it("the copies are the 三级 name's last words and the target; the other figure is the completion", async () => {
    const f = await read(
      [
        "2024年某服务中心项目支出绩效自评表",
        "项目名称某便民服务平台升级",
        "主管部门某市民政局",
        "项目资金(万元)全年预算数全年执行数执行率",
        "年度资金总额40万元38.596.25%",
        "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分",
        "产出指标数量指标平台功能模块数8个8个20",
        // Before: the name ran into the 二级 name (经济效益指标带动…营业额) to leave the copies as target and completion.
        "效益指标经济效益指标带动片区商业营业额达到2亿元2亿元2.35亿元10",
      ].join("\n"),
    );
    const i = f.indicators[1]!;
    expect([i.level2, i.level3, i.target, i.actual, i.score]).toEqual(["经济效益指标", "带动片区商业营业额达到2亿元", "2亿元", "2.35亿元", 10]);
  });
});

describe("run-together classes: a fund row's amounts with four decimals, closed by its rate", () => {
  it.each([
    // 64 | 12.8384 | 20% (12.8384 ÷ 64 = 20.06 %): no reading of two decimals holds the rate.
    ["four decimals", "年度资金总额:6412.838420%", [64, 12.8384, 20]],
    // Unchanged: two decimals.
    ["two decimals", "年度资金总额:6412.8420%", [64, 12.84, 20]],
  ])("%s", async (_cls, row, expected) => {
    const f = await read(
      [
        "某县转移支付区域(项目)绩效目标自评表",
        "(2023年度)",
        "转移支付(项目)名称某县村史馆布展项目",
        "中央主管部门某部",
        "资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)",
        row,
        "绩效指标一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施",
        "产出指标数量指标布展面积300平方米300平方米",
      ].join("\n"),
    );
    expect([f.funds.rows[0]!.annualBudget, f.funds.rows[0]!.executed, f.funds.executionRatePercent]).toEqual(expected);
  });
});

describe("run-together classes: a unit printed as one sign", () => {
  it("㎡ stays with its figure (布展面积300㎡0 is 300㎡ | 0, not 30 | 0㎡…)", () => {
    expect(atoms("布展面积300㎡0")).toEqual(["布展面积", "300㎡", "0"]);
  });
});

describe("run-together classes: a 二级 name's note in brackets", () => {
  it.each([
    ["数量指标(必填)", "level2"],
    ["时效指标(必填硬性指标)", "level2"],
    ["社会效益指标（必填）", "level2"],
    // Unchanged: points in brackets are a 一级's weight, and other text stays text.
    ["产出指标(40分)", "level1"],
    ["平台功能模块数(个)", "text"],
  ])("%s is %s", (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });

  it("the note printed after the name is the name's cell, not the 三级 name's start", async () => {
    const f = await read(form("2024年某服务中心项目支出绩效自评表", ["产出指标数量指标(必填)平台功能模块数8个8个", "质量指标(必填硬性指标)功能验收合格率100%100%"]));
    expect(f.indicators.map((i) => [i.level2, i.level3, i.target, i.actual])).toEqual([
      ["数量指标(必填)", "平台功能模块数", "8个", "8个"],
      ["质量指标(必填硬性指标)", "功能验收合格率", "100%", "100%"],
    ]);
  });
});

describe("run-together classes: a 二级 name printed twice in a row", () => {
  it.each([
    // A merged cell's text repeated: one name, the copy no 三级 name.
    ["a 二级 name's copy", "产出指标数量指标数量指标平台功能模块数8个8个", ["产出指标", "数量指标", "平台功能模块数", "8个", "8个"]],
    // Unchanged: a name both levels hold, printed for each (一级 成本指标, 二级 成本指标).
    ["a name both levels hold", "成本指标成本指标项目建设成本≤50万元47.68万元", ["成本指标", "成本指标", "项目建设成本", "≤50万元", "47.68万元"]],
  ])("%s", async (_cls, row, expected) => {
    const f = await read(form("2024年某服务中心项目支出绩效自评表", [row]));
    const i = f.indicators[0]!;
    expect([i.level1, i.level2, i.level3, i.target, i.actual]).toEqual(expected);
  });
});
