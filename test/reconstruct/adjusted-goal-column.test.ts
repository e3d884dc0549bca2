/**
 * A goals head with the adjusted target's column between the two goals (年初绩效目标 |
 * 全年(调整)绩效目标 | 全年目标实际完成情况): three texts are one a column; fewer, as a page that
 * collapsed its merged cells leaves them, give the first column its text and leave the rest
 * undecided, with a diagnostic. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const head = [
  "2022年度部门整体绩效自评表 | |||",
  "项目主管部门: | 某县气象局 | 联系电话: | 12345678 |",
  "绩效目标 | |||",
  "年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况 |",
];
const read = async (lines: string[]) => (await parse(lines.join("\n") + "\n", { path: "goals.txt" })).forms;

describe("the adjusted target's column in the goals head", () => {
  it("three texts in a row: the first and last are the goals", async () => {
    const forms = await read([...head, "完成气象观测任务。 | 完成气象观测任务并增设站点。 | 全年观测任务全部完成。 |"]);
    expect(forms[0]!.goals).toEqual({ expected: "完成气象观测任务。", actual: "全年观测任务全部完成。" });
  });

  it("two texts, a line each: the first is the first column's, the second undecided", async () => {
    const doc = await parse([...head, "完成气象观测任务。 |", "全年观测任务全部完成,新增站点两个。"].join("\n") + "\n", { path: "goals.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: "完成气象观测任务。", actual: null });
    expect(JSON.stringify(doc)).toContain("新增站点两个");
  });
});
