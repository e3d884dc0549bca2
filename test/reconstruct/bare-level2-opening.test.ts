import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { bareLevel2Opening, currentGroup } from "../../src/reconstruct/bare-level2-opening.js";
import type { RawIndicator, RawValue } from "../../src/reconstruct/raw-form.js";

// Run-together text of a table that prints one 三级 to each 二级, its later 二级 without 指标 (成本, 时效)
// run into the 三级 after it. All text made up.
const raw = (text: string): RawValue => ({ text, source: { line: 1 } as RawValue["source"] });
function row(level1: string | null, level2: string | null, level3: string): RawIndicator {
  const none = { nature: null, target: null, unit: null, actual: null, weight: null, score: null, method: null, deviation: null };
  return { ...none, level1: level1 ? raw(level1) : null, level2: level2 ? raw(level2) : null, level3: raw(level3) };
}

describe("a bare 二级 word opening a run-together row's 三级 name", () => {
  const named = [row("产出指标", "数量指标", "培训场次"), row("产出指标", "质量指标", "培训合格率")];
  it.each([
    ["成本人均培训费用", "成本", "人均培训费用"],
    ["时效按期完成率", "时效", "按期完成率"],
    ["时效1个月", "时效", "1个月"],
  ])("%s → %s | %s", (name, level2, level3) => {
    const ind = row(null, null, name);
    bareLevel2Opening(ind, named, raw("产出指标"));
    expect([ind.level2?.text, ind.level3?.text]).toEqual([level2, level3]);
  });

  it.each([
    // a group whose 二级 spans rows (two rows of 数量指标): its rows' names stay whole
    ["a 二级 spanning rows", [row("产出指标", "数量指标", "培训场次"), row("产出指标", "数量指标", "培训人数")], "成本控制率"],
    // only one row read: too little to say each row prints its 二级
    ["one row read", [row("产出指标", "数量指标", "培训场次")], "成本控制率"],
    // the 二级 already read: a second row of it prints none
    ["成本指标 read", [row("产出指标", "数量指标", "培训场次"), row("产出指标", "成本指标", "人均费用")], "成本控制率"],
    // a word no 二级 of the group: 效益指标 holds no 成本指标
    ["another group", [row("效益指标", "社会效益指标", "受益人数"), row("效益指标", "经济效益指标", "增收")], "成本节约额"],
    // no word after it
    ["the word alone", named, "成本"],
  ])("leaves the name whole: %s", (_why, group, name) => {
    const ind = row(null, null, name);
    const level1 = group[0]!.level1!.text;
    bareLevel2Opening(ind, group, raw(level1));
    expect([ind.level2, ind.level3?.text]).toEqual([null, name]);
  });

  it("takes the group from the rows at the end under the same 一级", () => {
    const rows = [row("效益指标", "社会效益指标", "受益人数"), ...named];
    expect(currentGroup(rows, raw("产出指标"))).toEqual(named);
  });

  it("reads a run-together form's bare 二级 names", async () => {
    const text =
      "项目支出绩效自评表(2022年度)项目名称某某培训经费主管部门某某局实施单位某某中心" +
      "一级指标二级指标三级指标年初目标值实际完成值得分产出指标数量指标培训场次10场10场10质量指标培训合格率90%95%10" +
      "成本人均培训费用500元480元10时效按期完成率100%100%10效益指标社会效益指标受训人员技能提升明显明显20总分100100";
    const doc = await parse(Buffer.from(text + "\n"), { path: "made-up.txt" });
    const names = doc.forms[0]!.indicators.map((i) => [i.level2, i.level3]);
    expect(names).toContainEqual(["成本", "人均培训费用"]);
    expect(names).toContainEqual(["时效", "按期完成率"]);
  });
});
