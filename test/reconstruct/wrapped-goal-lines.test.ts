import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

/**
 * One cell a line, goal texts wrapped at the dump's width (every text made up): the expected goal's
 * last line fills the width exactly, so the reader takes the completion's first line on into it.
 * Parted where the completion begins (a sentence opening on the year) only because a line begins
 * there and the line before it ends a sentence.
 */
const WIDTH = 20;
const lines = (text: string) => [...text].reduce<string[]>((out, ch, i) => (i % WIDTH === 0 ? [...out, ch] : [...out.slice(0, -1), out.at(-1)! + ch]), []);

// 60 characters: three full lines, the last ending the goal.
const EXPECTED = "完成全县乡村道路日常养护，及时修补路面坑槽和破损边沟，清理路肩杂物，设置警示标志保障群众出行安全，提升农村公路通行能力。";
const ACTUAL = "2023年度全县养护乡村道路86公里，修补坑槽1200平方米，清理边沟35公里，群众出行条件明显改善。";

const form = (goalLines: string[]) =>
  [
    "乡村道路养护资金项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "乡村道路养护资金",
    "主管部门",
    "县交通运输局",
    "实施单位",
    "县公路养护中心",
    "资金投入情况(万元)",
    "全年预算数(A)",
    "全年执行数(B)",
    "预算执行率(B/A×100%)",
    "年度资金总额:",
    "120",
    "120",
    "100%",
    "总体目标完成情况",
    "总体目标",
    "全年实际完成情况",
    ...goalLines,
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "全年实际完成值",
    "产出指标",
    "数量指标",
    "养护道路里程",
    "≥80公里",
    "86公里",
    "",
  ].join("\n");

describe("goal texts wrapped one line a cell", () => {
  it("parts the completion from a goal whose last line fills the wrap width", async () => {
    expect(EXPECTED.length).toBe(3 * WIDTH);
    const doc = await parse(form([...lines(EXPECTED), ...lines(ACTUAL)]), { path: "wrapped-goals.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: EXPECTED, actual: ACTUAL });
  });

  it("takes the completion's rest after a line shorter than the width, which ends the reader's join mid-phrase", async () => {
    // `…清理边` / `沟35公里…`: the short line stops the join, the next line is a cell of its own.
    const doc = await parse(form([...lines(EXPECTED), ACTUAL.slice(0, WIDTH), ACTUAL.slice(WIDTH, 33), ACTUAL.slice(33)]), { path: "wrapped-goals-rest.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: EXPECTED, actual: ACTUAL });
  });

  it("joins a completion broken before its figures back into one text", async () => {
    const goal = "按期完成道路养护任务,保障群众出行安全。";
    const doc = await parse(form([goal, "全年安排养护资金80万元,实际支出", "76.4万元,资金执行率为", "95.5%。"]), { path: "broken-goal.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: goal, actual: "全年安排养护资金80万元,实际支出76.4万元,资金执行率为95.5%。" });
  });

  it("leaves one text whole where no line begins the completion", async () => {
    // The goal one character short: the completion's year opens inside a line, which the wraps do not part.
    const short = EXPECTED.slice(0, -2) + "。";
    const doc = await parse(form([...lines(short + ACTUAL)]), { path: "wrapped-goals-inline.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: short + ACTUAL, actual: null });
  });
});
