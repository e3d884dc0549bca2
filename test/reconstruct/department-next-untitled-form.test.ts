/**
 * A page of two department-wide forms whose second form's title was not printed (or was lost with
 * the page above it): the second begins where its header does, at the unit's label (部门(单位)名称,
 * or 单位名称 / 部门 after a department form), and a year line after the first form's total is the
 * second's year (next-untitled-form.ts). Text written for this test, values typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const FIRST = [
  "某县林业局2021年度部门整体支出绩效自评表",
  "| 部门(单位)名称 | 某县林业局 | 部门预算编码 | 101001 |",
  "| 年度总体目标 | 预期目标 | 实际完成情况 |",
  "| | 完成造林任务 | 已完成造林任务 |",
  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
  "| 产出指标 | 数量指标 | 新造林面积 | ≥500亩 | 520亩 | 60 | 60 |",
  "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 40 | 40 |",
  "| 总分 | | | | | 100 | 100 |",
];

const second = (label: string, year: string) => [
  ...(year ? [year] : []),
  `| ${label} | 某县水利局 | | |`,
  "| 年度总体目标 | 预期目标 | 实际完成情况 |",
  "| | 完成河道整治 | 已完成河道整治 |",
  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
  "| 产出指标 | 数量指标 | 整治河道长度 | ≥12公里 | 12公里 | 50 | 50 |",
  "| 效益指标 | 社会效益指标 | 防洪能力 | 有所提升 | 明显提升 | 30 | 30 |",
  "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 88% | 20 | 18 |",
  "| 总分 | | | | | 100 | 98 |",
];

const read = async (lines: string[]) => (await parse(lines.join("\n") + "\n", { path: "two-forms.txt" })).forms;
const summary = (forms: Awaited<ReturnType<typeof read>>) =>
  forms.map((f) => [f.template, f.year, f.department, f.indicators.map((i) => i.level3), f.total.score]);

describe("a second department form with no title of its own", () => {
  it.each([["部门(单位)名称"], ["部门名称"], ["单位名称"], ["部门"]])("starts at %s after the first form's total", async (label) => {
    expect(summary(await read([...FIRST, "", ...second(label, "")]))).toEqual([
      ["department", 2021, "某县林业局", ["新造林面积", "群众满意度"], 100],
      ["department", null, "某县水利局", ["整治河道长度", "防洪能力", "群众满意度"], 98],
    ]);
  });

  it("takes the year line printed after the first form's total as its own, not the first form's", async () => {
    expect(summary(await read([...FIRST, "", ...second("部门(单位)名称", "（2022年度）")])).map((s) => s[1])).toEqual([2021, 2022]);
  });

  it("starts one cell a line too", async () => {
    const cells = (lines: string[]) => lines.flatMap((l) => (l.startsWith("|") ? l.split("|").map((c) => c.trim()).filter((c) => c !== "") : [l]));
    const forms = await read([...cells(FIRST), ...cells(second("部门(单位)名称", ""))]);
    expect(forms.map((f) => [f.department, f.total.score])).toEqual([["某县林业局", 100], ["某县水利局", 98]]);
  });

  it("keeps one form where the unit's label comes before its indicators (a cover above the table)", async () => {
    const forms = await read([FIRST[0]!, "| 部门(单位)名称 | 某县林业局 | | |", ...FIRST.slice(1)]);
    expect(forms).toHaveLength(1);
  });

  it("keeps one form where the header prints the total (自评总分) above the unit's label", async () => {
    const forms = await read([
      "2023年度部门整体绩效自评表",
      "| 项目名称: | 某县档案馆整体支出 | 自评总分: | 96.50 |",
      "| 项目主管部门: | 某县档案馆 | 联系电话: | 12345678 |",
      "| 资金情况 | | | |",
      "| | 年初预算数 | 全年预算数 | 全年执行数 |",
      "| 年度资金总额 | 120.00 | 130.00 | 125.00 |",
    ]);
    expect(forms.map((f) => [f.template, f.department, f.total.score, f.funds.rows.length])).toEqual([["department", "某县档案馆", 96.5, 1]]);
  });

  it("leaves a project form's 单位名称 after its total to the project form (no new form)", async () => {
    const project = [
      "项目支出绩效自评表",
      "| 项目名称 | 森林防火 | | |",
      "| 主管部门 | 某县林业局 | 实施单位 | 某县林业局 |",
      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
      "| 产出指标 | 数量指标 | 巡护里程 | ≥500公里 | 520公里 | 90 | 90 |",
      "| 总分 | | | | | 100 | 100 |",
      "| 单位名称 | 某县林业局 | | |",
    ];
    expect((await read(project)).map((f) => f.template)).toEqual(["project"]);
  });
});
