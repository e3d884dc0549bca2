import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { splitWrappedLabels } from "../../src/reconstruct/wrapped-label-lines.js";

/**
 * One cell a line wrapped at a fixed width: a value exactly as long as the width is joined by the
 * text reader to the line under it. Where that line is a header field's label, the value ended
 * before it. Every text made up.
 */
const WIDTH = 20;
const lines = (text: string) => [...text].reduce<string[]>((out, ch, i) => (i % WIDTH === 0 ? [...out, ch] : [...out.slice(0, -1), out.at(-1)! + ch]), []);
const NAME = "某县中共某某地委旧址修缮陈列布展提升项目";
const EXPECTED = "完成旧址主体建筑修缮和屋面防水处理，更新陈列展板和展柜，改善参观动线，提升旧址展示和宣传教育功能。";
const ACTUAL = "2023年度完成旧址主体修缮和陈列布展，新增展板60块，全年接待参观群众1.2万人次，宣传教育作用明显。";

describe("a value as long as the wrap width, a header label under it", () => {
  it("parts the label from the value the reader joined it to", async () => {
    expect([...NAME].length).toBe(WIDTH);
    const text = [
      "某县转移支付区域(项目)绩效目标自评表",
      "(2023年度)",
      "转移支付(项目)名称",
      NAME,
      "中央主管部门",
      "国家文物局",
      "地方主管部门",
      "某县文化旅游体育局",
      "资金使用单位",
      "某县文物局",
      "总体目标",
      "全年实际完成情况",
      ...lines(EXPECTED),
      ...lines(ACTUAL),
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "全年实际完成值",
      "产出指标",
      "数量指标",
      "新增展板数量",
      "≥50块",
      "60块",
      "",
    ].join("\n");
    const f = (await parse(text, { path: "wrapped-label.txt" })).forms[0]!;
    expect(f.projectName).toBe(NAME);
    expect(f.implementingUnit).toBe("某县文物局");
  });

  it.each([
    [["某县中共某某地委旧址修缮陈列布展提升项目", "中央主管部门"], [NAME, "中央主管部门"]],
    [["某县中共某某地委旧址修缮陈列布展提升项目", "主管部门", "某县文化局"], [NAME, "主管部门", "某县文化局"]],
    // A line that is no header label is the value's own.
    [["某县中共某某地委旧址修缮陈列布展提升项目", "二期"], [NAME + "二期"]],
  ])("%j → %j", (wrapped, cells) => {
    const cell = { text: wrapped.join(""), source: { line: 4 }, wrappedLines: wrapped };
    expect(splitWrappedLabels([cell]).map((c) => c.text)).toEqual(cells);
  });
});

describe("a title or a year alone opening a cell of joined lines (a converter's block)", () => {
  const cell = (lines: string[]) => ({ text: lines.join(""), source: { line: 1 }, wrappedLines: lines });
  const table: { name: string; lines: string[]; want: string[] }[] = [
    { name: "title, year, a value's pieces", lines: ["某某项目支出绩效自评表", "(2031年度)", "某某街道老旧小区", "改造工程"], want: ["某某项目支出绩效自评表", "(2031年度)", "某某街道老旧小区改造工程"] },
    { name: "year alone, then a label", lines: ["（ 2031 年度 ）", "主管部门"], want: ["（ 2031 年度 ）", "主管部门"] },
    { name: "title then a value's lines", lines: ["项目支出绩效自评表", "某某工程", "二期"], want: ["项目支出绩效自评表", "某某工程二期"] },
    { name: "the total row's label under a name's pieces", lines: ["服务对象满意", "度指标", "总分"], want: ["服务对象满意度指标", "总分"] },
    { name: "a fund row's label under a value", lines: ["某某县财政局", "其他资金"], want: ["某某县财政局", "其他资金"] },
    { name: "the indicators' label under a name's pieces", lines: ["社会效益", "指标", "绩效指标"], want: ["社会效益指标", "绩效指标"] },
    { name: "a value's lines alone stay one cell", lines: ["某某街道老旧小区", "改造工程"], want: ["某某街道老旧小区改造工程"] },
  ];
  for (const t of table)
    it(t.name, () => {
      expect(splitWrappedLabels([cell(t.lines)]).map((c) => c.text)).toEqual(t.want);
    });
  it("each part keeps its own line", () => {
    expect(splitWrappedLabels([cell(["项目支出绩效自评表", "(2031年度)", "某某工程"])]).map((c) => c.source.line)).toEqual([1, 2, 3]);
  });
});

describe("a funds column's name stacked under the value beside it (a converter's block)", () => {
  const cell = (lines: string[]) => ({ text: lines.join(""), source: { line: 7 }, wrappedLines: lines });
  const table: { name: string; lines: string[]; want: string[] }[] = [
    { name: "the first head under the department's name", lines: ["100200-某市某某局", "年初预算数"], want: ["100200-某市某某局", "年初预算数"] },
    { name: "a head under a value's pieces", lines: ["某某区某某", "管理中心", "全年执行数"], want: ["某某区某某管理中心", "全年执行数"] },
    { name: "another spelling of a head", lines: ["某某街道办事处", "年中调整金额"], want: ["某某街道办事处", "年中调整金额"] },
    // A head broken in its narrow column is one name: never parted.
    { name: "a head broken in two", lines: ["预算", "执行率"], want: ["预算执行率"] },
    { name: "a head broken after its first word", lines: ["年初", "预算数"], want: ["年初预算数"] },
    { name: "a head's unit under it", lines: ["资金情况", "(万元)"], want: ["资金情况(万元)"] },
  ];
  for (const t of table)
    it(t.name, () => {
      expect(splitWrappedLabels([cell(t.lines)]).map((c) => c.text)).toEqual(t.want);
    });
});

describe("header rows stacked one a line, each a label, a space and its value (pdftotext's plain order)", () => {
  it.each([
    [
      ["项目名称 某县河道保洁经费", "主管部门 某县水利局"],
      ["项目名称 某县河道保洁经费", "主管部门 某县水利局"],
    ],
    [
      ["项目名称 某县河道保洁经费", "主管部门 某县水利局", "实施单位 某县河道管理站"],
      ["项目名称 某县河道保洁经费", "主管部门 某县水利局", "实施单位 某县河道管理站"],
    ],
    // A wrapped value's next line is no header label with a value after it: the cell stays whole.
    [["项目名称 某县河道保洁及", "堤防维修 二期工程"], ["项目名称 某县河道保洁及堤防维修 二期工程"]],
  ])("%j → %j", (wrapped, cells) => {
    const cell = { text: wrapped.join(""), source: { line: 3 }, wrappedLines: wrapped };
    expect(splitWrappedLabels([cell]).map((c) => c.text)).toEqual(cells);
  });

  it("reads each header field from its own line", async () => {
    const text = [
      "项目支出绩效自评表",
      "(2022年度)",
      "项目名称 某县河道保洁经费",
      "主管部门 某县水利局",
      "",
      "实施单位",
      "某县河道管理站",
      "",
    ].join("\n");
    const cells = [{ text: "项目名称 某县河道保洁经费主管部门 某县水利局", source: { line: 3 }, wrappedLines: ["项目名称 某县河道保洁经费", "主管部门 某县水利局"] }];
    expect(splitWrappedLabels(cells).map((c) => c.source.line)).toEqual([3, 4]);
    const f = (await parse(text, { path: "header-rows.txt" })).forms[0]!;
    expect(f.projectName).toBe("某县河道保洁经费");
    expect(f.department).toBe("某县水利局");
  });
});
