import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { rebuildLayoutRows } from "../../src/reconstruct/layout-rows.js";
import { isGoalsBlockHeading, partAtGoalsBlockHeading } from "../../src/reconstruct/report-headings.js";

/**
 * A form whose goals block carries the form's own numbered headings (项目基本情况 | 1.项目年度目标完成情况
 * | 项目年度目标 | 年度目标完成情况, then 2.项目实施内容及过程概述 and its prose). Every text made up.
 */
const EXPECTED = "安排资金12万元,为乡镇文化站更新图书和阅览桌椅,提升基层阅读条件。";
const ACTUAL = "更新图书3200册、阅览桌椅40套,文化站全年接待读者1.1万人次。";
const PROSE = "项目由县图书馆牵头组织实施,采购按程序报局务会研究后执行,资金按进度拨付到位。";

const head = ["乡镇文化站图书更新项目支出绩效自评表", "(2023年度)", "项目名称", "乡镇文化站图书更新", "主管部门", "县文化广播电视和旅游局", "实施单位", "县图书馆"];
const tail = [
  "预算执行情况(10分)",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "年度资金总额",
  "12",
  "12",
  "11.6",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "产出指标",
  "数量指标",
  "更新图书册数",
  "≥3000册",
  "3200册",
  "",
];

describe("numbered headings of the form's own in its goals block", () => {
  it("tells the template's headings by their numbering and words", () => {
    expect(isGoalsBlockHeading("1.项目年度目标完成情况")).toBe(true);
    expect(isGoalsBlockHeading("2、项目实施内容及过程概述")).toBe(true);
    expect(isGoalsBlockHeading("(二)项目实施内容及过程概述")).toBe(true);
    // Unnumbered, the words may be a column's name; a goal item numbered alike is no heading.
    expect(isGoalsBlockHeading("项目年度目标完成情况")).toBe(false);
    expect(isGoalsBlockHeading("1.完成图书更新任务")).toBe(false);
    expect(isGoalsBlockHeading("2.项目实施内容及过程概述:按期完成")).toBe(false);
  });

  it("parts a row's texts: a heading before any goal heads them, one after ends them", () => {
    const t = (text: string) => ({ text });
    const heading = t("1.项目年度目标完成情况");
    const next = t("2.项目实施内容及过程概述");
    const parted = partAtGoalsBlockHeading([heading, t(EXPECTED), t(ACTUAL), next, t(PROSE)], false);
    expect(parted).toEqual({ goals: [t(EXPECTED), t(ACTUAL)], headings: [heading], after: [next, t(PROSE)], ended: true });
    // Goals read from rows before: a heading first in the row ends them.
    expect(partAtGoalsBlockHeading([next, t(PROSE)], true)).toEqual({ goals: [], headings: [], after: [next, t(PROSE)], ended: true });
  });

  it("reads the two goals, one cell a line, with the headings and the next part's prose left out", async () => {
    const text = [...head, "项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况", EXPECTED, ACTUAL, "2.项目实施内容及过程概述", PROSE, ...tail].join("\n");
    const doc = await parse(text, { path: "goals-headings.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: EXPECTED, actual: ACTUAL });
  });

  it("reads them so from a pipe table, the next part on a row of its own", async () => {
    const rows = [
      "乡镇文化站图书更新项目支出绩效自评表 |",
      "(2023年度) |",
      "项目名称 | 乡镇文化站图书更新 |",
      "主管部门 | 县文化广播电视和旅游局 | 实施单位 | 县图书馆 |",
      "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 |",
      `${EXPECTED} | ${ACTUAL} |`,
      `2.项目实施内容及过程概述 | ${PROSE} |`,
      "预算执行情况(10分) | 年初预算数 | 全年预算数 | 全年执行数 |",
      "年度资金总额 | 12 | 12 | 11.6 |",
      "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
      "| 产出指标 | 数量指标 | 更新图书册数 | ≥3000册 | 3200册 |",
      "",
    ];
    const doc = await parse(rows.join("\n"), { path: "goals-headings-pipe.txt" });
    expect(doc.forms[0]!.goals).toEqual({ expected: EXPECTED, actual: ACTUAL });
  });
});

describe("the same headings in a layout-ordered dump's rows", () => {
  const cells = (texts: string[]) => texts.map((text, i) => ({ text, source: { line: i + 1 } }));
  const rowsOf = (texts: string[]) => rebuildLayoutRows(cells(texts)).map((r) => r.cells.map((c) => c.text));

  it("keeps the heading before the goals in their header row, and ends the goals at the next heading and at the funds block", () => {
    const rows = rowsOf(["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况", EXPECTED, ACTUAL, "2.项目实施内容及过程概述", PROSE, "预算执行情况(10分)", "年初预算数", "全年预算数", "全年执行数", "年度资金总额", "12", "12", "11.6"]);
    expect(rows[0]).toEqual(["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况"]);
    expect(rows[1]).toEqual(["", EXPECTED, ACTUAL]);
    // Neither the next part's heading and prose nor the funds block run on in the goals.
    expect(rows.slice(2).some((r) => r.includes(EXPECTED) || r.includes(ACTUAL))).toBe(false);
    expect(rows.find((r) => r[0] === "年度资金总额")).toEqual(["年度资金总额", "12", "12", "11.6"]);
  });
});

describe("the same headings in a one-line dump that kept its spaces", () => {
  it("ends the header at 项目基本情况 and keeps the numbered heading whole, out of the goals", async () => {
    const line = [
      "部门预算项目支出绩效自评表(2023年度) 项目名称 乡镇文化站图书更新 主管部门 县文化广播电视和旅游局 实施单位 (盖章) 县图书馆",
      "项目基本情况 1.项目年度目标完成情况 项目年度目标 年度目标完成情况",
      EXPECTED,
      ACTUAL,
      "2.项目实施内容及过程概述",
      PROSE,
      "预算执行情况(10分) 年初预算数 全年预算数 全年执行数 年度资金总额 12 12 11.6",
      "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 更新图书册数 ≥3000册 3200册 10 10 合计 100 95",
    ].join(" ");
    const f = (await parse(line + "\n", { path: "goals-headings-one-line.txt" })).forms[0]!;
    expect(f.implementingUnit).toBe("县图书馆");
    expect(f.goals).toEqual({ expected: EXPECTED, actual: ACTUAL });
  });
});
