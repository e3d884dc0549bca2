/**
 * A page whose every cell a pipe closes (`a | b |`), a base-data table above a scoring sheet that
 * numbers its rows (序号) and whose cells kept their line breaks (`序号 | 一级 指标 |` / `二级 指标 |`):
 * the sheet's rows are joined as a loose pipe table's are. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { readMarkdownTable } from "../../src/extract/text/delimited.js";
import { tableWords } from "../../src/reconstruct/text-rows/table-words.js";

// (The numbering column's head, 序号, is the form's word: the text-rows stage gives it to the reader.)
const rowsOf = (text: string) => readMarkdownTable(text, tableWords).rows.map((r) => r.cells.map((c) => c.text.trim()));

const PAGE = [
  "部门整体支出绩效评价基础数据表",
  "填报单位: | 单位:万元 |",
  "财政供养人员情况 | 编制数 | 实际在职人数 | 控制率 |",
  " | 20 | 19 | 95% |",
  "三公经费 | 5 | 4 | 3.8 |",
  "2023年度部门整体支出绩效评价自评表",
  "序号 | 一级 指标 |",
  "二级 指标 |",
  "三级 指标 |",
  "指标分值 | 指标解释 | 评分标准 | 自评得分 |",
  "1 | 决策 (20分) |",
  "目标设定 (8分) | 目标合理性 | 4 | 是否设定目标 | 设定的得4分 |",
  "3 |",
  "2 | 目标明确性 | 4 | 目标是否量化 | 量化的得4分 | 4 |",
  "3 | 投入 (12分) | 资金投入 (12分) | 预算编制科学性 | 6 | 编制是否科学 | 科学的得6分 | 5 |",
].join("\n");

describe("a numbered table whose cells pipes close, after another table", () => {
  it("joins a row's lines until the next number, and leaves a line with no pipe a row of its own", () => {
    const rows = rowsOf(PAGE);
    expect(rows.slice(5)).toEqual([
      ["2023年度部门整体支出绩效评价自评表"],
      ["序号", "一级 指标", "二级 指标", "三级 指标", "指标分值", "指标解释", "评分标准", "自评得分"],
      ["1", "决策 (20分)", "目标设定 (8分)", "目标合理性", "4", "是否设定目标", "设定的得4分", "3"],
      ["2", "目标明确性", "4", "目标是否量化", "量化的得4分", "4"],
      ["3", "投入 (12分)", "资金投入 (12分)", "预算编制科学性", "6", "编制是否科学", "科学的得6分", "5"],
    ]);
  });
});
