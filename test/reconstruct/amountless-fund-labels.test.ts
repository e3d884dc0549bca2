import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

/**
 * One cell a line, fund rows named in words of the unit's own (no contract key) printed with no
 * amounts one after another (其中:… | …资金 | …资金 | 40 | 40): each label is a row of the block, so
 * the rows after keep their places (extra1, extra2, extra3). Every text made up.
 */
const lines = [
  "乡村阅览室建设项目绩效目标自评表",
  "(2023年度)",
  "项目名称",
  "乡村阅览室建设",
  "项目主管部门",
  "某县文化馆",
  "项目资金",
  "全年预算数",
  "全年执行数",
  "预算执行率",
  "年度资金总额:",
  "25",
  "24",
  "96%",
  "其中:中央、省补助",
  "市级财政资金",
  "县级财政资金",
  "25",
  "24",
  "96%",
  "其他资金",
  "总体目标",
  "全年实际完成情况",
  "建成乡村阅览室5个并对外开放。",
  "建成乡村阅览室5个,均已开放。",
  "",
];

describe("fund rows named by the unit, printed without amounts one after another", () => {
  it("reads each label as its own row, the amounts to the label they follow", async () => {
    const f = (await parse(lines.join("\n"), { path: "amountless-fund-labels.txt" })).forms[0]!;
    expect(f.funds.rows.map((r) => [r.key, r.label, r.annualBudget ?? null, r.executed ?? null])).toEqual([
      ["total", "年度资金总额:", 25, 24],
      ["extra1", "其中:中央、省补助", null, null],
      ["extra2", "市级财政资金", null, null],
      ["extra3", "县级财政资金", 25, 24],
      ["other", "其他资金", null, null],
    ]);
  });
});
