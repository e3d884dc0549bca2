/**
 * scripts/field/form-variations.ts's starts-at-funds on made-up text: the excerpt starts at the
 * funds block, but a text that opens on another form's last rows (its total row before this form's
 * title) is left whole: the cut would take away that form too.
 */
import { describe, expect, it } from "vitest";
import { startsAtFunds } from "../../scripts/field/form-variations.js";

const second = ["某项目支出绩效自评表(2022年度)", "项目名称 | 某项目 |", "主管部门 | 某局 |", "预算执行情况(10分) |", "年度资金总额 | 10 | 10 |"];

describe("starts-at-funds", () => {
  it("starts at the funds block", () => {
    expect(startsAtFunds(second.join("\n"), undefined as never)).toBe(second.slice(3).join("\n"));
  });
  it("leaves a text that opens on another form's total row", () => {
    const text = ["满意度指标 | 满意度 | 群众满意度 | ≥95% | 96% | 10 | 10 |", "合计 | 100 | 100 |", ...second].join("\n");
    expect(startsAtFunds(text, undefined as never)).toBe(text);
  });
});
