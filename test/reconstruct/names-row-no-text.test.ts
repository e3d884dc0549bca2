import { describe, expect, it } from "vitest";
import { alignRow, type ColumnSpec } from "../../src/reconstruct/align.js";

// An indicator table's columns as a header names them, space-separated cells joined where they make one.
const COLUMNS: ColumnSpec[] = [
  { name: "level1", type: "level1" },
  { name: "level2", type: "level2" },
  { name: "level3", type: "level3" },
  { name: "target", type: "value" },
  { name: "actual", type: "value" },
  { name: "weight", type: "weight" },
  { name: "score", type: "score" },
  { name: "deviation", type: "text" },
];
const placed = (texts: string[]) =>
  Object.fromEntries([...alignRow(texts.map((text) => ({ text, source: { line: 1 } })), COLUMNS, { joinTokens: true }).placed].map(([k, v]) => [k, v.map((c) => c.text).join(" ")]));

// Made-up rows (not any fixture's): a row of merged names printed between the rows they span.
describe("alignRow: names alone side by side are no text", () => {
  const cases: { row: string[]; want: Record<string, string> }[] = [
    { row: ["效益指标", "社会效益指标"], want: { level1: "效益指标", level2: "社会效益指标" } },
    { row: ["产出指标", "时效指标"], want: { level1: "产出指标", level2: "时效指标" } },
    { row: ["满意度指标", "服务对象满意度指标"], want: { level1: "满意度指标", level2: "服务对象满意度指标" } },
  ];
  for (const { row, want } of cases) it(`reads ${row.join(" ")} as the 一级 and 二级 names`, () => expect(placed(row)).toEqual(want));
  it("still joins a row's words after its figures into the text column", () =>
    expect(placed(["道路里程", "≥20公里", "21公里", "5", "5", "部分路段", "进度滞后"])).toMatchObject({ level3: "道路里程", score: "5", deviation: "部分路段 进度滞后" }));
});
