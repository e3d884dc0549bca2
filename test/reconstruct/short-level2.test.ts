import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/layout/grid.js";
import { parse } from "../../src/pipeline.js";
import type { RawIndicator } from "../../src/reconstruct/raw-form.js";
import { shortLevel2BeforeName, shortLevel2InNames } from "../../src/reconstruct/short-level2.js";

// A 二级 name the template does not know, printed after its 一级. All text made up.
const value = (text: string) => ({ text, source: { line: 1 } });
const v = (t: string | null) => (t === null ? null : value(t));
const cell = (text: string): Cell => ({ text, source: { line: 1 } }) as Cell;
const ind = (p: Partial<Record<keyof RawIndicator, string | null>>): RawIndicator => ({
  level1: v(p.level1 ?? null), level2: v(p.level2 ?? null), level3: v(p.level3 ?? null), nature: null, target: v(p.target ?? null),
  unit: null, actual: v(p.actual ?? null), weight: v(p.weight ?? null), score: v(p.score ?? null), method: null, deviation: null,
});
const names = (i: RawIndicator) => [i.level1?.text ?? null, i.level2?.text ?? null, i.level3?.text ?? null, i.target?.text ?? null];

describe("two names in the 三级 column after a printed 一级 (cells parted by spaces)", () => {
  it.each([
    // [level1, level2, level3 cells, the group read before] → [level1, level2, level3]
    ["满意度指标", null, ["群众满意", "村民对道路通行满意度"], null, ["满意度指标", "群众满意", "村民对道路通行满意度"]],
    // a name of both levels the group read does not hold opens a group of its own
    [null, "满意度指标", ["受益群众", "受益群众满意率"], "效益指标", ["满意度指标", "受益群众", "受益群众满意率"]],
    // …but one it holds is its 二级, and the space broke a 三级 name
    [null, "成本指标", ["每户补", "助标准"], "产出指标", [null, "成本指标", "每户补 助标准"]],
    // no group read: the name of both levels says nothing
    [null, "满意度指标", ["受益群众", "受益群众满意率"], null, [null, "满意度指标", "受益群众 受益群众满意率"]],
    // the second piece no name (a unit), the first too long or with a figure: untouched
    ["效益指标", null, ["年新增产值", "(万元)"], null, ["效益指标", null, "年新增产值 (万元)"]],
    ["效益指标", null, ["带动周边农户发展特色种植", "增收"], null, ["效益指标", null, "带动周边农户发展特色种植 增收"]],
    ["产出指标", null, ["2个村", "道路硬化长度"], null, ["产出指标", null, "2个村 道路硬化长度"]],
  ] as const)("%s | %s | %j (group %s)", (l1, l2, cells, group, want) => {
    const i = ind({ level1: l1, level2: l2, level3: cells.join(" ") });
    shortLevel2InNames(i, cells.map(cell), " ", v(group));
    expect(names(i).slice(0, 3)).toEqual(want);
  });
});

describe("a row of its 一级, a short name and one more name, and nothing else", () => {
  it.each([
    // [level1, level3, target, actual, score] → [level1, level2, level3, target]
    ["满意度指标(10分)", "群众", "开展入户回访调查", null, null, ["满意度指标(10分)", "群众", "开展入户回访调查", null]],
    // a completion or points printed, a target that reads as one, or a long 三级 name: untouched
    ["满意度指标(10分)", "群众", "开展入户回访调查", "已开展", null, ["满意度指标(10分)", null, "群众", "开展入户回访调查"]],
    ["满意度指标(10分)", "群众", "开展入户回访调查", null, "10", ["满意度指标(10分)", null, "群众", "开展入户回访调查"]],
    ["满意度指标(10分)", "群众", "≥95%", null, null, ["满意度指标(10分)", null, "群众", "≥95%"]],
    ["满意度指标(10分)", "群众", "满意", null, null, ["满意度指标(10分)", null, "群众", "满意"]],
    ["满意度指标(10分)", "受益群众对服务质量的满意程度", "开展入户回访调查", null, null, ["满意度指标(10分)", null, "受益群众对服务质量的满意程度", "开展入户回访调查"]],
    [null, "群众", "开展入户回访调查", null, null, [null, null, "群众", "开展入户回访调查"]],
  ] as const)("%s | %s | %s | %s | %s", (l1, l3, target, actual, score, want) => {
    const i = ind({ level1: l1, level3: l3, target, actual, score });
    shortLevel2BeforeName(i);
    expect(names(i)).toEqual(want);
  });

  it("takes the second name from the completion's column too", () => {
    const i = ind({ level1: "满意度指标(10分)", level3: "群众", actual: "开展入户回访调查" });
    shortLevel2BeforeName(i);
    expect([...names(i), i.actual?.text ?? null]).toEqual(["满意度指标(10分)", "群众", "开展入户回访调查", null, null]);
  });

  it("takes a scoring rule after the names for no value", () => {
    const i = { ...ind({ level1: "满意度指标(10分)", level3: "群众", target: "开展入户回访调查" }), method: value("完成指标值得满分") };
    shortLevel2BeforeName(i);
    expect(names(i)).toEqual(["满意度指标(10分)", "群众", "开展入户回访调查", null]);
  });
});

describe("pages with a short 二级 of their own", () => {
  const page = (header: string, rows: string[]) =>
    [
      "项目支出绩效自评表",
      "项目名称 某某镇中心小学营养餐补助",
      "主管部门 某某县教育局 实施单位 某某镇中心小学",
      header,
      ...rows,
    ].join("\n");

  it("reads a linear row whose 一级 is also a 二级 name, then a short 二级", async () => {
    const text = page("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施", [
      "产出指标 数量指标 受助学生人数 ≥300人 312人 20 20",
      "效益指标 社会效益指标 学生营养状况改善 明显改善 明显改善 20 20",
      "满意度指标 服务对象满意度 家长满意率 ≥90% 96% 10 10",
    ]);
    const last = (await parse(text, { path: "short-level2.txt" })).forms[0]!.indicators.at(-1)!;
    expect([last.level1, last.level2, last.level3, last.target, last.actual]).toEqual(["满意度指标", "服务对象满意度", "家长满意率", "≥90%", "96%"]);
  });

  it("reads a pipe table cut off after a row's names", async () => {
    const text = page("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分", [
      "产出指标(40分) | 数量指标 | 受助学生人数 | ≥300人 | 312人 | 20",
      "效益指标(30分) | 社会效益指标 | 学生营养状况改善 | 明显改善 | 明显改善 | 20",
      "满意度指标(10分) | 家长 | 开展家长满意度问卷调查",
    ]);
    const last = (await parse(text, { path: "short-level2-cut.txt" })).forms[0]!.indicators.at(-1)!;
    expect([last.level1, last.level2, last.level3, last.target]).toEqual(["满意度指标", "家长", "开展家长满意度问卷调查", null]);
  });
});
