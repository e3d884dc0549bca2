import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { runFundRowStarts } from "../../../src/reconstruct/text-rows/run-fund-rows.js";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";
import { dropLostMarksInRunRows } from "../../../src/reconstruct/text-rows/lost-marks.js";
import { parse } from "../../../src/pipeline.js";

// A form whose figures each carry a lost character's mark (`?` after two decimals) run onto one line,
// with spaces in its goals' text (so read as linear text): its funds' total spelled 年度总金额, a fund
// row named by its budget kind after the marked figures, the goals' block labelled by a bare 绩效目标
// before its column names. All text made up.
const HEAD = "2024年度部门整体绩效自评表项目名称:某某协会整体支出项目编码:12345自评总分:98.50主管部门:某某协会";
const FUNDS = "资金情况年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额1,200.00?1,500.00?1,350.00?其中:财政拨款1,200.00?1,500.00?1,350.00?90.0010.009.00?一般公共预算1,200.00?1,500.00?1,350.00?90.00";
const GOALS = "绩效目标年初绩效目标全年(调整)绩效目标全年目标实际完成情况保障机关运转; 开展科普活动。机关运转正常; 开展科普活动12场。";
const TABLE = "绩效指标一级指标二级指标三级指标指标值实际完成值分值得分产出指标数量指标科普活动场次≥10场12场1010";

describe("a flattened form's funds with marked figures", () => {
  it("cuts a fund row named by its budget kind after a marked figure, under the total 年度总金额", () => {
    const key = "年度总金额1,200.00?1,500.00?其中:财政拨款1,200.00?1,500.00?一般公共预算1,200.00?1,500.00?绩效目标";
    const at = runFundRowStarts(key, []).map((k) => key.slice(k, k + 6));
    expect(at).toContain("一般公共预算");
  });

  it("begins rows at 年度总金额 and at the bare goals label 绩效目标, not inside 年初绩效目标", () => {
    const rows = cutAtRowStarts(HEAD + FUNDS + GOALS + TABLE);
    expect(rows.some((r) => r.startsWith("年度总金额1,200.00?"))).toBe(true);
    expect(rows.some((r) => r.startsWith("绩效目标年初绩效目标"))).toBe(true);
    expect(rows.some((r) => r.endsWith("年初"))).toBe(false);
  });

  it("drops the marks in the rows a flattened line was cut into, not in rows parted by spaces", () => {
    const row = (text: string, boundaries: Row["boundaries"]): Row => ({ boundaries, cells: [{ text, source: { line: 1 } }] });
    const [flat, spaced] = dropLostMarksInRunRows([row("年度总金额1,200.00?1,500.00?", "none"), row("1,200.00?", "spaces")]);
    expect(flat!.cells[0]!.text).toBe("年度总金额1,200.001,500.00");
    expect(spaced!.cells[0]!.text).toBe("1,200.00?");
  });

  it("reads the funds of such a line read as linear text", async () => {
    const doc = await parse(HEAD + FUNDS + GOALS + TABLE, { path: "a.txt" });
    const f = doc.forms[0]!;
    expect(f.funds.rows.find((r) => r.key === "total")).toMatchObject({ initialBudget: 1200, annualBudget: 1500, executed: 1350 });
  });
});
