/**
 * A short header label spelled inside a sentence of run-together text (部门 in 督促县级部门和各乡镇…,
 * 主管部门 in 报送主管部门审核) is a word of the sentence, not a label whose value is the rest of it.
 * Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { joinProseLabelWords } from "../../src/reconstruct/prose-label-words.js";

const LABELS = new Set(["万元", "三级指标", "部门", "主管部门", "部门名称", "实施单位", "年度总体目标"]);
const isLabel = (s: string) => LABELS.has(s);
const pieces = (...texts: string[]) => texts.map((text) => ({ text, source: { line: 1 } }));
const texts = (cells: { text: string }[]) => cells.map((c) => c.text);

describe("joinProseLabelWords", () => {
  it.each([
    // A label right after a Chinese character of a sentence begun after a sentence end.
    [["建设。督促县级", "部门", "和各乡镇依法行政,"], ["建设。督促县级部门和各乡镇依法行政,"]],
    [["材料齐全；按时报送", "主管部门", "审核"], ["材料齐全；按时报送主管部门审核"]],
    // Two such words in one sentence.
    [["培训。组织", "部门", "与", "实施单位", "对接"], ["培训。组织部门与实施单位对接"]],
    // The label last in the run.
    [["已完成。协调各", "部门"], ["已完成。协调各部门"]],
    // A label alone in a value's brackets: the value's word.
    [["某市某局(", "部门", ")"], ["某市某局(部门)"]],
    [["某市某局（", "部门", "）", "实施单位", "某中心"], ["某市某局（部门）", "实施单位", "某中心"]],
  ])("joins %j", (input, expected) => {
    expect(texts(joinProseLabelWords(pieces(...input), isLabel))).toEqual(expected);
  });

  it.each([
    // A label after the sentence end itself: a label run on after its row's text.
    [["按期完成。", "主管部门", "某县文化局"]],
    // No sentence end before it: a value run on before the label.
    [["某县文化局", "实施单位", "某县文化馆"]],
    // A sentence end, then text that is not a Chinese character right before the label.
    [["已完成。目标2", "部门", "某局"]],
    // A label longer than four characters is no word of a sentence.
    [["按期完成。全面加强", "年度总体目标", "完成培训"]],
    // Labels in a row: the header's labels.
    [["部门名称", "部门", "某局"]],
    // A unit or a column's head in brackets after a head: the table's own note, no header's label.
    [["执行数 (", "万元", ")"]],
    [["复核指标(", "三级指标", ")标值"]],
    // A bracket opened before the label and not closed right after it.
    [["某局(", "部门", "某处)"]],
  ])("leaves %j", (input) => {
    expect(texts(joinProseLabelWords(pieces(...input), isLabel))).toEqual(input);
  });
});

describe("a department form whose duties name 部门 in a sentence", () => {
  it("takes no department from the sentence", async () => {
    const prose =
      "一是指导全县公共文化服务体系建设,向县委县政府提出推进文化强县的工作建议,跟踪督促重要部署的落实。二是牵头推进公共文化建设。督促县级部门和各乡镇严格落实文化惠民政策,协调文化执法工作,推动体制改革,促进文化市场规范化。组织开展群众文化活动和非遗保护工作,承办以县政府名义举办的文化节庆活动。三是负责全县文物保护工作,编制并实施全县文物保护规划,开展各类文化宣传活动,组织群众参与文化实践。";
    const lines = ["2021年度部门整体支出绩效自评表", "部门职责"];
    for (let i = 0; i < prose.length; i += 20) lines.push(prose.slice(i, i + 20));
    const form = (await parse(lines.join("\n"), { path: "duties.txt" })).forms[0]!;
    expect(form.department).toBeNull();
  });
});

describe("a run-together header whose unit's name holds 部门 in brackets", () => {
  it("keeps the bracket with the name and reads the next label", async () => {
    const text = [
      "项目支出绩效自评表",
      "(2022年度)",
      "项目名称某某工作经费项目",
      "主管部门某某市某某局(部门)实施单位某某市某某中心",
      "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分",
      "年度资金总额1010101010010",
      "年度总体目标预期目标实际完成情况",
      "完成某项工作完成了",
      "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
      "产出指标数量指标某某数量10个10个5050",
    ].join("\n");
    const form = (await parse(text, { path: "bracketed.txt" })).forms[0]!;
    expect(form.department).toBe("某某市某某局(部门)");
    expect(form.implementingUnit).toBe("某某市某某中心");
  });
});
