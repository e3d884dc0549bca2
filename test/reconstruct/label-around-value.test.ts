import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { isLabelAroundValue, partLabelsAroundValues } from "../../src/reconstruct/label-around-value.js";

/**
 * A header label broken in its narrow column, its value printed between the pieces (pdftotext's
 * plain order): the three lines joined into one cell by the text reader. Every text made up.
 */
describe("a broken header label around its value", () => {
  it.each([
    ["主管部", "某县水利局", "门", true],
    ["实施单位(盖", "某县河道管理站", "章)", true],
    ["项目名", "某县河道保洁经费", "称", true],
    ["主管部门", "123-某县水利局", "及代码", true],
    // The last piece a label of its own, the middle a label, a sentence, or pieces spelling no label: not this class.
    ["项目名称", "某县河道保洁经费", "主管部门", false],
    ["主管部", "实施单位", "门", false],
    ["主管部", "完成河道保洁，水质达标。", "门", false],
    ["年度资", "某县水利局", "金总额", false],
  ])("%s / %s / %s → %s", (a, v, b, want) => {
    expect(isLabelAroundValue(a, v, b)).toBe(want);
  });

  it("parts the cell into the lines before, the label, the value and the lines after", () => {
    const wrapped = ["项目名", "某县河道保洁经费", "称", "主管部", "某县水利局", "门", "年初预算数", "年度资金总", "额"];
    const cell = { text: wrapped.join(""), source: { line: 3 }, wrappedLines: wrapped };
    expect(partLabelsAroundValues(cell).map((c) => [c.text, c.source.line])).toEqual([
      ["项目名称", 3],
      ["某县河道保洁经费", 4],
      ["主管部门", 6],
      ["某县水利局", 7],
      ["年初预算数", 9],
      ["年度资金总额", 10],
    ]);
  });

  it("reads the department and unit, a funds column's name after a value no tail of it", async () => {
    const text = [
      "项目支出绩效自评表",
      "(2022年度)",
      "项目名",
      "某县河道保洁经费",
      "称",
      "主管部",
      "某县水利局",
      "门",
      "年初预算数",
      "",
      "实施单位(盖",
      "某县河道管理站",
      "章)",
      "全年预算数",
      "",
    ].join("\n");
    const f = (await parse(text, { path: "label-around-value.txt" })).forms[0]!;
    expect(f.projectName).toBe("某县河道保洁经费");
    expect(f.department).toBe("某县水利局");
    expect(f.implementingUnit).toBe("某县河道管理站");
  });
});

describe("a broken header label around its value, the value and the last piece joined by width", () => {
  it("makes the label's pieces one cell and the value its own", async () => {
    const { joinLabelsAroundValues } = await import("../../src/reconstruct/label-around-value.js");
    const cells = [
      { text: "项目名", source: { line: 3 } },
      { text: "某县河道保洁经费称", source: { line: 4 }, wrappedLines: ["某县河道保洁经费", "称"] },
      { text: "主管部", source: { line: 6 } },
      { text: "某县水利局门", source: { line: 7 }, wrappedLines: ["某县水利局", "门"] },
      // A wrapped value whose second line spells no label with the cell before: left as it came.
      { text: "实施单位", source: { line: 9 } },
      { text: "某县河道管理站二", source: { line: 10 }, wrappedLines: ["某县河道管理站", "二"] },
    ];
    expect(joinLabelsAroundValues(cells).map((c) => c.text)).toEqual(["项目名称", "某县河道保洁经费", "主管部门", "某县水利局", "实施单位", "某县河道管理站二"]);
  });
});

describe("a broken header label around its value on a page of one cell a paragraph", () => {
  it("joins no short tail to the value (the label's last piece is no tail of it)", async () => {
    const { joinParagraphPieces } = await import("../../src/reconstruct/text-rows/paragraph-pieces.js");
    const cells = ["主管部", "某县大数据中心", "门", "", "说明：完成平台建设任务", "务"].map((text, k) => ({ text, source: { line: 6 + k } }));
    const grid = { rows: [{ cells, boundaries: "none" }] } as unknown as Parameters<typeof joinParagraphPieces>[0];
    const out = joinParagraphPieces(grid).rows[0]!.cells.map((c) => c.text);
    expect(out).toEqual(["主管部", "某县大数据中心", "门", "", "说明：完成平台建设任务务"]);
  });
});
