/**
 * Excerpts that start inside the indicator table (the title, header, funds and goals on a page
 * before), and 一级 names printed without 指标: each case a small text written for this test, its
 * expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const ind = (i: { level1?: string | null; level2?: string | null; level3?: string | null; target?: string | null; actual?: string | null; weight?: number | null; score?: number | null }) => i;
const pick = (xs: readonly Record<string, unknown>[]) =>
  xs.map((x) => ind({ level1: x.level1 as string | null, level2: x.level2 as string | null, level3: x.level3 as string | null, target: x.target as string | null, actual: x.actual as string | null, weight: x.weight as number | null, score: x.score as number | null }));

describe("an excerpt that starts inside the indicator table", () => {
  it("one cell a line with its row ends marked: 预算执行率 in the first row is that row's 三级 name, not the funds' column", async () => {
    // A converter's export: each cell on its line closed by a pipe, each row ended by a line of pipes.
    const rows = [
      ["产出指标", "数量指标", "预算执行率", "100%", "90%", "20", "18", ""],
      ["", "", "补贴发放户数", "≥50户", "56户", "10", "10", ""],
      ["", "质量指标", "补贴发放准确率", "100%", "100%", "10", "10", ""],
      ["效益指标", "社会效益指标", "群众生活条件改善", "有所改善", "明显改善", "10", "9", "宣传不够"],
    ];
    const text = rows.map((r) => r.map((c) => `${c} |`).join("\n") + "\n||||||||").join("\n");
    const doc = await parse(text, { path: "mid-table.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f.funds.weight ?? null).toBeNull();
    expect(f.funds.score ?? null).toBeNull();
    expect(pick(f.indicators as never)).toEqual([
      { level1: "产出指标", level2: "数量指标", level3: "预算执行率", target: "100%", actual: "90%", weight: 20, score: 18 },
      { level1: "产出指标", level2: "数量指标", level3: "补贴发放户数", target: "≥50户", actual: "56户", weight: 10, score: 10 },
      { level1: "产出指标", level2: "质量指标", level3: "补贴发放准确率", target: "100%", actual: "100%", weight: 10, score: 10 },
      { level1: "效益指标", level2: "社会效益指标", level3: "群众生活条件改善", target: "有所改善", actual: "明显改善", weight: 10, score: 9 },
    ]);
  });

  it("one cell a line, row ends marked but for some rows, in the layout that splits the target (正向 | 大于等于 | 5 | 6 | 场 …)", async () => {
    // Each cell closed by a pipe; a line of pipes ends most rows, a lone pipe (an empty cell) ends others.
    const rows = [
      [["数量指标", "指标1:举办培训班", "正向", "大于等于", "5", "6", "场", "10", "10", ""], "|"],
      [["指标2:发放宣传册", "正向", "小于等于", "200", "180", "份", "10", "9", ""], "|||"],
      [["", "质量指标", "指标1:学员考核合格率", "正向", "等于", "100", "100", "%", "10", "10", ""], "||||"],
    ] as const;
    const text = rows.map(([cells, end]) => cells.map((c) => `${c} |`).join("\n") + "\n" + end).join("\n");
    const f = (await parse(text, { path: "marked-split-target.txt" })).forms[0]!;
    expect(pick(f.indicators as never).map((i) => [i.level2, i.level3?.replace(/^指标\d+:/, ""), i.target, i.actual, i.weight, i.score])).toEqual([
      ["数量指标", "举办培训班", "大于等于5场", "6场", 10, 10],
      ["数量指标", "发放宣传册", "小于等于200份", "180份", 10, 9],
      ["质量指标", "学员考核合格率", "等于100%", "100%", 10, 10],
    ]);
  });

  it("one cell a line without row ends, names numbered and only 分值 printed: each numbered name starts its row", async () => {
    const text = [
      "产出指标", "数量指标",
      "指标1:培训基层人员", "已完成", "已完成", "5",
      "指标2:抽检合格率", "≥98%", "99%", "4",
      "指标3:宣传活动场次", "≥6场", "8场", "5",
      "效益指标", "社会效益指标",
      "指标1:群众知晓率", "≥85%", "90%", "6",
    ].join("\n");
    const f = (await parse(text, { path: "numbered.txt" })).forms[0]!;
    // (The normaliser may drop a name's printed number: the rows' ends are what is tested.)
    expect(pick(f.indicators as never).map((i) => [i.level2, i.level3?.replace(/^指标\d+:/, ""), i.target, i.actual, i.weight])).toEqual([
      ["数量指标", "培训基层人员", "已完成", "已完成", 5],
      ["数量指标", "抽检合格率", "≥98%", "99%", 4],
      ["数量指标", "宣传活动场次", "≥6场", "8场", 5],
      ["社会效益指标", "群众知晓率", "≥85%", "90%", 6],
    ]);
  });
});

describe("一级 names without 指标 (产出, 效益, 满意度)", () => {
  it("start their rows one cell a line", async () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称", "某村道路维护",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
      "产出", "数量指标", "维护道路里程", "≥12公里", "13公里", "20", "20", "",
      "效益", "社会效益指标", "群众出行条件", "有所改善", "明显改善", "30", "30", "",
      "满意度", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", "20", "20", "",
    ].join("\n");
    const f = (await parse(text, { path: "bare-level1-lines.txt" })).forms[0]!;
    expect(pick(f.indicators as never).map((i) => [i.level1, i.level2, i.level3, i.weight])).toEqual([
      ["产出", "数量指标", "维护道路里程", 20],
      ["效益", "社会效益指标", "群众出行条件", 30],
      ["满意度", "服务对象满意度指标", "沿线群众满意度", 20],
    ]);
  });
});

describe("two forms on one page, the first cut short", () => {
  it("a row cut after its 三级 name keeps what was read when the next form's title follows it", async () => {
    // One cell a line, as a converter gives a Word table.
    const form = (name: string, cut: boolean) => [
      "项目支出绩效自评表",
      "项目名称", name,
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "数量指标", "维修校舍面积", "≥500平方米", "560平方米", "20", "20",
      "产出指标", "质量指标", "验收合格率", ...(cut ? [] : ["100%", "100%", "20", "20"]),
    ];
    const text = [...form("某校舍维修", true), "", ...form("某操场改造", false)].join("\n");
    const doc = await parse(text, { path: "two-forms.txt" });
    expect(doc.forms.map((f) => f.projectName)).toEqual(["某校舍维修", "某操场改造"]);
    expect(doc.forms[0]!.indicators.map((i) => [i.level2, i.level3])).toEqual([
      ["数量指标", "维修校舍面积"],
      ["质量指标", "验收合格率"],
    ]);
  });
});

describe("a funds block of amounts only (no 分值, 执行率 or 得分)", () => {
  it("a fund row outside the contract's keys whose amounts carry their scale is a fund row", async () => {
    const text = [
      "某补助资金转移支付项目绩效目标自评表",
      "转移支付(项目)名称 | 某补助资金 |",
      "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) |",
      "年度资金总额: | 500万 | 480万 |",
      "其中:中央财政资金 | 300万 | 290万 |",
      "地方资金 | 200万 | 190万 |",
      "其他资金 |",
      "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
      "产出指标 | 数量指标 | 救助人次 | ≥100人次 | 120人次 |",
    ].join("\n");
    const f = (await parse(text, { path: "funds-amounts.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.label, r.annualBudget ?? null, r.executed ?? null])).toEqual([
      ["年度资金总额:", 500, 480],
      ["其中:中央财政资金", 300, 290],
      ["地方资金", 200, 190],
      ["其他资金", null, null],
    ]);
  });
});
