/**
 * A row of the split-target layout (指标性质 | 指标值 | 度量单位) whose 定性 target ends its line, its
 * completion and points wrapped onto the next, in an excerpt that starts below the header: the
 * same made-up rows by spaces and by tabs, each expected value typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const ROWS = [
  ["完成率", "=", "100", "%", "100", "5"],
  ["成本指标", "维修成本预算", "=", "8", "万元", "8", "5"],
  ["效益指标", "社会效益指标", "群众出行便利度", "≥", "90", "%", "92", "10"],
  ["可持续影响指标", "道路长效管护机制健全性", "定性", "好中差"],
  ["好", "10"],
  ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "95", "10"],
  ["合计", "100"],
];

const read = async (sep: string) => {
  const f = (await parse(ROWS.map((r) => r.join(sep)).join("\n"), { path: "wrapped.txt" })).forms[0]!;
  return f.indicators.map((i) => [i.level2, i.level3, i.target ?? null, i.actual ?? null, i.weight ?? null, i.score ?? null]);
};

const EXPECTED = [
  ["可持续影响指标", "道路长效管护机制健全性", "定性好中差", "好", 10, null],
  ["服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", 10, null],
];

describe("a 定性 row wrapped after its target", () => {
  it("linear text: the target stays the target, and the next line's completion and 分值 are the row's (the rows before print 分值 only)", async () => {
    expect((await read(" ")).slice(3)).toEqual(EXPECTED);
  });

  it("cells by tab: the line that opens on a value is the rest of the row above", async () => {
    expect((await read("\t")).slice(3)).toEqual(EXPECTED);
  });
});
