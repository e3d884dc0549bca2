/**
 * Bad office input: damaged packages, zip bombs (declared and lying sizes), encrypted files,
 * a sheet of 1,000,000 empty rows. Each gives a clear diagnostic, fast, and never throws.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectKind } from "../../../src/detect-kind.js";
import { parse } from "../../../src/pipeline.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "fixtures");
const read = (p: string) => new Uint8Array(readFileSync(join(ROOT, p)));

describe("damaged packages", () => {
  for (const f of ["docx/bad/truncated.docx", "docx/bad/garbled.docx", "xlsx/bad/truncated.xlsx"]) {
    it(`${f}: unreadable-file, no form`, async () => {
      const doc = await parse(read(f), { path: f, input: f.endsWith("xlsx") ? "xlsx" : "docx" });
      expect(doc.forms).toEqual([]);
      expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([["unreadable-file", "error"]]);
    });
  }
  it("bytes that are no package at all", async () => {
    for (const input of ["docx", "xlsx"] as const) {
      const doc = await parse(new TextEncoder().encode("这不是 Office 文件"), { input });
      expect(doc.diagnostics[0]).toMatchObject({ code: "unreadable-file", severity: "error" });
    }
  });
});

describe("zip bombs", () => {
  it("a member declaring 300 MB is refused before inflating", async () => {
    const t0 = Date.now();
    const doc = await parse(read("docx/bad/bomb.docx"));
    expect(doc.source.kind).toBe("docx");
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["limit-exceeded"]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it("a member lying about its size stops inflating at the limit", async () => {
    const doc = await parse(read("docx/bad/bomb-lying.docx"));
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["limit-exceeded"]);
  });
  it("a smaller limit on input size lowers the inflation limit too", async () => {
    const doc = await parse(read("docx/d01-central.docx"), { limits: { maxBytes: 20_000 } });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["limit-exceeded"]);
  });
});

describe("password-protected files", () => {
  for (const [f, kind] of [
    ["docx/bad/encrypted.docx", "docx"],
    ["xlsx/bad/encrypted.xlsx", "xlsx"],
    ["office/bad/encrypted.doc", "doc"],
    ["office/bad/encrypted.xls", "xls"],
  ] as const) {
    it(`${f}: encrypted (no converter needed)`, async () => {
      const doc = await parse(read(f), { input: kind });
      expect(doc.forms).toEqual([]);
      expect(doc.diagnostics).toHaveLength(1);
      expect(doc.diagnostics[0]).toMatchObject({ code: "encrypted", severity: "error" });
      expect(doc.diagnostics[0]!.message).toMatch(/密码/);
    });
  }
  it("detected from content: encrypted OOXML as docx, encrypted legacy by its streams", async () => {
    expect(detectKind(read("xlsx/bad/encrypted.xlsx"))).toBe("docx");
    expect(detectKind(read("office/bad/encrypted.xls"))).toBe("xls");
    expect((await parse(read("xlsx/bad/encrypted.xlsx"))).diagnostics[0]!.code).toBe("encrypted");
  });
});

/** A workbook whose only sheet holds a small table and then 1,000,000 rows of formatted empty cells. */
function millionEmptyRows(): Uint8Array {
  const rows: string[] = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>测试项目</t></is></c></row>`,
    `<row r="2"><c r="A2" s="1"><v>0.7957</v></c></row>`,
  ];
  // Rows may omit their number (they follow the one before): 1,000,000 identical formatted empty rows.
  rows.push(`<row spans="1:3"><c s="1"/><c s="1"></c></row>`.repeat(1_000_000));
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C1000002"/><sheetData>${rows.join("")}</sheetData><mergeCells count="1"><mergeCell ref="A3:C1000002"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:C1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>`;
  const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
  return zipSync(
    {
      "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
      "_rels/.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      "xl/workbook.xml": strToU8(`<?xml version="1.0"?><workbook ${ns}><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
      "xl/styles.xml": strToU8(`<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    },
    { level: 1 },
  );
}

describe("a sheet of 1,000,000 empty rows", () => {
  it("reads the rows that hold values, quickly, with a bounded Grid", async () => {
    const bytes = millionEmptyRows();
    const { readXlsxInput } = await import("../../../src/extract/xlsx/read-xlsx.js");
    const { defaultLimits } = await import("../../../src/extract/extraction.js");
    const t0 = Date.now();
    const ex = await readXlsxInput(bytes, { limits: defaultLimits, path: "million.xlsx" });
    // ≈1–2 s on one core (inflate 47 MB, one pass over it); the margin is for a loaded machine.
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(ex.kind).toBe("xlsx");
    expect(ex.diagnostics).toEqual([]);
    expect(ex.grid!.rows.map((r) => r.cells.map((c) => [c.text, c.source.cell]))).toEqual([
      [["项目名称", "A1"], ["测试项目", "B1"]],
      [["79.57%", "A2"], ["", "B2"]],
    ]);
  }, 20_000);

  it("a sheet with more value rows than the limit is cut, with a limit-exceeded warning", async () => {
    const { compactSheet } = await import("../../../src/extract/xlsx/compact-sheet.js");
    const xml = `<worksheet><sheetData>${`<row><c><v>1</v></c></row>`.repeat(50)}</sheetData></worksheet>`;
    const c = compactSheet(xml, { maxRows: 10, maxCells: 1000, maxMerges: 10 });
    expect(c.rows).toBe(10);
    expect(c.truncated).toBe(true);
    // Rows that relied on their position got their number written.
    expect(c.xml).toContain(`<row r="10">`);
  });
});
