/**
 * The per-text facts a row looks up once (text-facts.ts) must answer what each direct question
 * answers, before and after the classifier fills their lazy parts.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { classifyRow, headerLabelValue, isTitle, otherFormName } from "../../src/reconstruct/row-classifier.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import { columnRoles, labelRole } from "../../src/reconstruct/row-view.js";
import { textFacts } from "../../src/reconstruct/text-facts.js";
import { fundPairWords } from "../../src/template/project.js";

const row = (cells: string[]): Row => ({ cells: cells.map((text, col) => ({ text, col, source: { line: 1 } })), boundaries: "exact" });

const ROWS: Array<[string[], ReturnType<typeof classifyRow>["kind"]]> = [
  [["某县项目支出绩效自评表(2021年度)"], "title"],
  [["项目支出绩效目标执行监控表"], "otherForm"],
  [["项目名称：乡村道路养护", "主管部门：某局"], "header"],
  [["主管部门", "某某局"], "header"],
  [["年度资金总额", "100", "100", "98", "10", "98%", "9.8"], "fundRow"],
  [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], "indicatorHeader"],
];

describe("textFacts", () => {
  it("gives each cell's label role and column roles as the direct calls do", () => {
    for (const text of ROWS.flat(2).filter((x): x is string => typeof x === "string").concat(["", "  ", "分值", "得分(10分)"])) {
      const f = textFacts(text);
      expect(f.text).toBe(text);
      expect(f.role).toEqual(labelRole(text));
      expect(f.cols).toEqual(columnRoles(text));
    }
  });

  it("carries the two row gates (a pair layout's funds word, 任务) as the direct tests give them", () => {
    const texts = ["预算数：", "执行数", "實際使用情況", "计划投资额(万元)", "年度主要任务", "任務名稱", "主要任", "预算", "执行率", "", "分值"];
    for (const text of texts) {
      const f = textFacts(text);
      expect(f.fundPairWord, text).toBe(fundPairWords.test(text));
      expect(f.taskWord, text).toBe(text.includes("任务") || text.includes("任務"));
    }
    expect(texts.map((t) => textFacts(t).fundPairWord)).toEqual([true, true, true, true, false, false, false, false, false, false, false]);
    expect(texts.map((t) => textFacts(t).taskWord)).toEqual([false, false, false, false, true, true, false, false, false, false, false]);
  });

  it("classifies a row alike with its facts fresh and filled, and the filled facts are the direct answers", () => {
    for (const [cells, kind] of ROWS) {
      for (let pass = 0; pass < 2; pass++) {
        const v = prepareRow(row(cells), "header");
        expect(v, cells.join("|")).not.toBeNull();
        expect(classifyRow(v!, "header").kind, `${cells.join("|")} pass ${pass}`).toBe(kind);
        for (const [k, f] of v!.facts.entries()) {
          if (f.title !== undefined) expect(f.title).toBe(isTitle(v!.cells[k]!.text));
          if (f.otherForm !== undefined) expect(f.otherForm).toBe(otherFormName(v!.cells[k]!.text));
          if (f.header !== undefined) expect(f.header).toEqual(headerLabelValue(v!.cells[k]!));
        }
      }
    }
  });
});
