import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

/**
 * Sichuan county forms print 项目完成指标 as the 一级 name over 数量/质量/时效/成本指标 (where the
 * national template prints 产出指标). One cell a line, a row whose 一级 is printed opens at it, not at
 * its 二级: otherwise the name runs on as the row before's last cell. Every text made up.
 */
const rows = [
  ["项目完成指标", "数量指标", "新建农村公厕", "8座", "8座"],
  ["项目完成指标", "质量指标", "验收合格率", "100%", "100%"],
  ["项目完成指标", "时效指标", "完工时间", "2021年", "2021年"],
  ["效益指标", "社会效益指标", "群众如厕条件", "明显改善", "明显改善"],
  ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "96%"],
];

describe("项目完成指标 as a 一级 name", () => {
  it("opens its rows in text that starts mid-table, one cell a line", async () => {
    const text = rows.flat().join("\n") + "\n";
    const f = (await parse(text, { path: "sichuan-level1.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.actual])).toEqual(rows);
  });
});
