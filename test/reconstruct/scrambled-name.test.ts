/** A 一级 name whose characters came out of order is read as the known name they spell; nothing else is. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { unscrambledLevel1 } from "../../src/reconstruct/scrambled-name.js";

describe("a 一级 name printed with its characters out of order", () => {
  it.each([
    ["出标产指", "产出指标"],
    ["指标效益", "效益指标"],
    ["意度满指标", "满意度指标"],
    [" 标 果效指 ", "效果指标"],
    // in traditional characters, given back as printed
    ["出標產指", "產出指標"],
  ])("%s is read as %s", (read, name) => {
    expect(unscrambledLevel1(read)).toBe(name);
  });

  it.each([
    ["产出指标", "a known name as printed"],
    ["產出指標", "a known name in traditional characters"],
    ["出产指示", "one character differs"],
    ["出标产", "a character is missing"],
    ["产出指标标", "a character too many"],
    ["标指", "too short to tell"],
    ["预算编审管理", "no permutation of any name"],
  ])("%s is left alone (%s)", (read) => {
    expect(unscrambledLevel1(read)).toBeNull();
  });

  it("reads the scrambled name of a row where the form names its 一级, and says what it read", async () => {
    const doc = await parse(
      [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称\t某县道路养护",
        "年度总体目标\t预期目标\t实际完成情况",
        "\t养护道路。\t已养护。",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "出标产指\t数量指标\t养护里程\t≥20公里\t22公里\t50\t50",
        "指标益效\t社会效益指标\t通行时间\t缩短\t已缩短\t50\t50",
        "总分\t\t\t\t\t100\t100",
      ].join("\n") + "\n",
      { path: "scrambled.tsv" },
    );
    const f = doc.forms[0]!;
    expect(f.indicators.map((i) => [i.level1, i.level3])).toEqual([
      ["产出指标", "养护里程"],
      ["效益指标", "通行时间"],
    ]);
    expect(Object.values(f.sources ?? {}).some((s) => s.corrected?.from === "出标产指")).toBe(true);
  });
});
