/**
 * A scoring sheet of names and points only (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分) whose cells
 * ran together, as a page flattened onto one line gives it (src/reconstruct/points-only-sheet.ts). Text written
 * for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { namedDigits, readPointsOnly } from "../../src/reconstruct/points-only-sheet.js";

const read = async (text: string) => (await parse(text, { path: "sheet.txt" })).forms;

const HEAD = "某县2015年度文化下乡项目绩效自评表项目实施单位某县文化馆主管部门某县文化局二、绩效评价指标评分一级指标分值二级指标分值三级指标分值得分";

describe("a points-only scoring sheet run together", () => {
  it("reads groups and rows by the sheet's sums: 二级 points the sum of its rows' 分值, 一级 the sum of its 二级", async () => {
    // 前期准备 (6) holds 方案编制 3 | 2 and 论证程序 3 | 3; 实施过程 (14) holds 进度控制 14 | 12 (1412 cut the one
    // way that fits); 资金使用 (20) under 过程管理 (20) holds 支出合规 12 | 12 and 核算规范 8 | 7.
    const [form] = await read(HEAD + "决策管理20前期准备6方案编制32论证程序33实施过程14进度控制1412过程管理20资金使用20支出合规1212核算规范87\n");
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策管理", 20, "前期准备", "方案编制", 3, 2],
      ["决策管理", 20, "前期准备", "论证程序", 3, 3],
      ["决策管理", 20, "实施过程", "进度控制", 14, 12],
      ["过程管理", 20, "资金使用", "支出合规", 12, 12],
      ["过程管理", 20, "资金使用", "核算规范", 8, 7],
    ]);
  });

  it("keeps the groups opened last and the name an excerpt is cut in", async () => {
    const [form] = await read(HEAD + "决策管理10前期准备10方案编制55论证程序54产出效益30社会效益30社会效\n");
    expect(form!.indicators.map((i) => [i.level1, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策管理", "前期准备", "方案编制", 5, 5],
      ["决策管理", "前期准备", "论证程序", 5, 4],
      ["产出效益", "社会效益", "社会效", null, null],
    ]);
  });

  it("reads nothing where the sums allow no reading or more than one", () => {
    const tokens = (s: string) => namedDigits(s).tokens;
    // 前期准备 claims 6, its rows give 3 + 4.
    expect(readPointsOnly(tokens("决策管理20前期准备6方案编制32论证程序44"))).toBeNull();
    // 22 under 二级 4 is 2 | 2, leaving 2: 目标内容 11 fits as a row, or 2 … as a 二级 it cannot (the 二级 is open).
    expect(readPointsOnly(tokens("项目决策4项目目标4目标内容22目标细化22"))).toEqual([
      { kind: "level1", points: "4" },
      { kind: "level2", points: "4" },
      { kind: "level3", weight: "2", score: "2" },
      { kind: "level3", weight: "2", score: "2" },
    ]);
  });

  it("stops at a total run in after the last row", () => {
    expect(namedDigits("决策管理10前期准备10方案编制55论证程序54总分100100").tokens.map((t) => t.name)).toEqual(["决策管理", "前期准备", "方案编制", "论证程序"]);
  });
});
