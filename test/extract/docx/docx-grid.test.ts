/** word/document.xml → Grid, on XML written by hand, and a committed fixture's excerpt checked against its truth. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TruthForm } from "../../../scripts/lib/truth.js";
import { documentXmlToRows } from "../../../src/extract/docx/docx-grid.js";
import { readDocxInput } from "../../../src/extract/docx/read-docx.js";
import { defaultLimits } from "../../../src/extract/extraction.js";
import { detectKind } from "../../../src/detect-kind.js";

const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const tc = (t: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(t)}</w:tc>`;

describe("document.xml", () => {
  it("gridSpan and vMerge become spans; a merged cell appears once; paragraphs outside are rows", () => {
    const xml = doc(
      p("项目支出绩效自评表") +
        `<w:p/>` +
        `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
        `<w:tr>${tc("绩效指标", `<w:vMerge w:val="restart"/>`)}${tc("一级指标")}${tc("二级指标")}</w:tr>` +
        `<w:tr>${tc("", "<w:vMerge/>")}${tc("产出指标", `<w:gridSpan w:val="2"/>`)}</w:tr>` +
        `<w:tr>${tc("", `<w:vMerge w:val="continue"/>`)}${tc("效益指标")}${tc("社会效益指标")}</w:tr>` +
        `</w:tbl>` +
        p("(2021年度)"),
    );
    const { rows, tables } = documentXmlToRows(xml);
    expect(tables).toBe(1);
    expect(rows.map((r) => r.cells.map((c) => [c.text, c.col ?? null, c.rowSpan ?? null, c.colSpan ?? null, c.source.cell ?? null]))).toEqual([
      [["项目支出绩效自评表", null, null, null, null]],
      [["绩效指标", 0, 3, 1, "T1R1C1"], ["一级指标", 1, 1, 1, "T1R1C2"], ["二级指标", 2, 1, 1, "T1R1C3"]],
      [["产出指标", 1, 1, 2, "T1R2C2"]],
      [["效益指标", 1, 1, 1, "T1R3C2"], ["社会效益指标", 2, 1, 1, "T1R3C3"]],
      [["(2021年度)", null, null, null, null]],
    ]);
  });

  it("runs join; w:br and paragraphs are line breaks; hidden, deleted and field-code text is not read; entities decoded", () => {
    const cell = `<w:tc><w:p><w:r><w:t>项目</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>资金</w:t></w:r><w:r><w:br/><w:t>(万元)</w:t></w:r></w:p>` +
      `<w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:ins><w:r><w:t>&lt;5% &amp; ≥1</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r></w:p></w:tc>`;
    const { rows } = documentXmlToRows(doc(`<w:tbl><w:tr>${cell}</w:tr></w:tbl>`));
    expect(rows[0]!.cells[0]!.text).toBe("项目资金\n(万元)\n<5% & ≥1");
  });

  it("a paragraph with a line break gives two rows; tables inside content controls and gridBefore are read", () => {
    const xml = doc(`<w:p><w:r><w:t>财政项目支出绩效自评表</w:t><w:br/><w:t>(2020年度)</w:t></w:r></w:p>` +
      `<w:sdt><w:sdtContent><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("a")}</w:tr></w:tbl></w:sdtContent></w:sdt>`);
    const { rows } = documentXmlToRows(xml);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([["财政项目支出绩效自评表"], ["(2020年度)"], ["a"]]);
    expect(rows[2]!.cells[0]).toMatchObject({ col: 1, source: { cell: "T1R1C2" } });
  });

  it("a DOCTYPE's entities are not expanded", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;">]><w:document ${W}><w:body>${p("&b;x")}</w:body></w:document>`;
    const { rows } = documentXmlToRows(xml);
    expect(rows.map((r) => r.cells[0]!.text)).toEqual(["&b;x"]);
  });
});

describe("d01-central.docx", () => {
  it("reads the truth's texts at the right cells", async () => {
    const dir = join(import.meta.dirname, "..", "..", "..", "fixtures", "docx");
    const bytes = new Uint8Array(readFileSync(join(dir, "d01-central.docx")));
    const truth = (JSON.parse(readFileSync(join(dir, "d01-central.truth.json"), "utf8")) as TruthForm[])[0]!.form;
    expect(detectKind(bytes)).toBe("docx");
    const ex = await readDocxInput(bytes, { limits: defaultLimits, path: "d01" });
    const rows = ex.grid!.rows;
    expect(rows[0]!.cells).toEqual([{ text: truth.title, source: {} }]);
    expect(rows[1]!.cells[0]!.text).toContain(String(truth.year));
    expect(rows[2]!.cells.map((c) => [c.text, c.col, c.colSpan, c.source.cell])).toEqual([["项目名称", 0, 1, "T1R1C1"], [truth.projectName, 1, 8, "T1R1C2"]]);
    const fundLabel = rows[4]!.cells[0]!;
    expect(fundLabel).toMatchObject({ col: 0, rowSpan: truth.funds.rows.length + 1, colSpan: 1 });
    expect(fundLabel.text).toContain(truth.funds.unit!);
    const indicatorLabel = rows.flatMap((r) => r.cells).find((c) => c.text === "绩效指标")!;
    expect(indicatorLabel.rowSpan).toBe(truth.indicators.length + 1);
  });
});
