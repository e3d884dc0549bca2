import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { parse } from "../../src/pipeline.js";
import { joinContinuedLines } from "../../src/reconstruct/text-rows/continued-lines.js";

// Run-together rows (cells joined with nothing, one row a line) whose long cells a converter
// wrapped onto lines of their own. All text made up.
const form = (rows: string[]) =>
  [
    "项目支出绩效自评表",
    "项目名称某某设施维护经费",
    "主管部门某某局实施单位某某中心",
    "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
    ...rows,
    "合计10090",
  ].join("\n");

const rows = async (text: string) => (await parse(text, { path: "wrapped.txt" })).forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.weight, i.score]);

describe("run-together rows with wrapped cells", () => {
  it("joins a line that opens on a comma or another mark no cell opens on to the line above", () => {
    const row = (text: string, extra: Partial<Row> = {}): Row => ({ cells: [{ text, source: { line: 1 } }], boundaries: "none", ...extra });
    const joined = joinContinuedLines([row("某某考核全覆盖"), row(",抽查比例不低于10%"), row("、某某"), row("某某维护及时率"), row("；其余"), row("。完成", { pageBreakBefore: true })]);
    expect(joined.map((r) => r.cells.map((c) => c.text).join("|"))).toEqual(["某某考核全覆盖,抽查比例不低于10%、某某", "某某维护及时率；其余", "。完成"]);
    // Rows parted by spaces (linear text) are left as read.
    expect(joinContinuedLines([{ ...row("某某"), boundaries: "spaces" }, { ...row(",某某"), boundaries: "spaces" }])).toHaveLength(2);
  });

  it("reads a row whose name's second line opens on a comma as one indicator", async () => {
    const read = await rows(form(["产出指标数量指标某某设施巡查覆盖率达到全覆盖", ",抽查比例≥10%12%1010", "质量指标某某设施完好率≥95%96%1010"]));
    expect(read).toHaveLength(2);
    expect(read[0]!.slice(1)).toEqual(["≥10%", "12%", 10, 10]);
  });

  it("joins a 三级 name with no value at all to the next line's rest of the name and values", async () => {
    const read = await rows(form(["产出指标数量指标某某设备及配套设施购置安装", "和调试验收≥3台3台1010", "质量指标某某设施完好率≥95%96%1010"]));
    expect(read).toEqual([
      ["某某设备及配套设施购置安装和调试验收", "≥3台", "3台", 10, 10],
      ["某某设施完好率", "≥95%", "96%", 10, 10],
    ]);
  });

  it("leaves a name with no value alone when the next line opens on a name of its own", async () => {
    const read = await rows(form(["产出指标数量指标某某设备购置安装", "质量指标某某设施完好率≥95%96%1010"]));
    expect(read).toEqual([["某某设施完好率", "≥95%", "96%", 10, 10]]);
    // A 三级 name numbered as printed opens a row of its own too.
    const numbered = await rows(form(["产出指标数量指标指标1.某某设备购置安装", "指标2:某某设施完好率≥95%96%1010"]));
    expect(numbered.at(-1)).toEqual(["某某设施完好率", "≥95%", "96%", 10, 10]);
  });
});

describe("run-together goal texts wrapped onto lines of their own", () => {
  const page = [
    "项目支出绩效自评表",
    "项目名称某某设施维护经费",
    "主管部门某某局实施单位某某中心",
    "年度总体目标预期目标实际完成情况",
    "完成某某设施改造十处,提升群众出",
    "行条件,保障设施安全运行。2024年共改",
    "造某某设施十二处,群众出行条件明显",
    "改善。",
    "绩效指标一级指标",
    "二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
    "产出指标数量指标某某设施改造数量≥10处12处1010",
  ].join("\n");

  it("are one run again, cut where the completion begins; a column name on their last line is no goal text", async () => {
    const f = (await parse(page, { path: "goals.txt" })).forms[0]!;
    expect(f.goals).toEqual({ expected: "完成某某设施改造十处,提升群众出行条件,保障设施安全运行。", actual: "2024年共改造某某设施十二处,群众出行条件明显改善。" });
  });

  it("are left as read when nothing tells where the completion begins", async () => {
    const { rejoinWrappedGoals } = await import("../../src/reconstruct/wrapped-goals.js");
    const v = (text: string) => ({ text, source: { line: 1 } });
    expect(rejoinWrappedGoals([v("完成某某设施改造十处,"), v("提升群众出行条件。完成改"), v("造。")])).toBeNull();
    expect(rejoinWrappedGoals([v("某某。"), v("2024年完成。")])).toBeNull();
  });
});
