/**
 * Sandwich PDFs (a page image under an invisible OCR text layer): telling them from the operator
 * list, judging the layer by the template's labels, and two fixtures end to end — a good layer
 * read through the layer, a poor ocrmypdf layer sent to jixiao's own OCR.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { readPdf } from "../../src/extract/pdf/read-pdf.js";
import { isSandwichPage, pageMarks, type SandwichOpsCodes } from "../../src/extract/pdf/sandwich-detect.js";
import { labelShare } from "../../src/extract/pdf/sandwich-labels.js";
import { isSandwich, splitWords } from "../../src/extract/pdf/sandwich.js";
import { SANDWICH_SETTINGS } from "../../src/extract/pdf/sandwich-settings.js";
import { terminateOcr } from "../../src/extract/ocr/tesseract.js";
import type { Matrix } from "../../src/extract/pdf/rulings.js";
import { compareForms } from "../helpers/field-accuracy.js";

const ROOT = join(__dirname, "..", "..", "fixtures");
const DIR = join(ROOT, "pdf-sandwich");

afterAll(async () => {
  await terminateOcr();
});

// pdf.js's OPS numbers (pdfjs-dist 5).
const OPS: SandwichOpsCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  setGState: 9,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  setTextRenderingMode: 38,
  showText: 44,
  showSpacedText: 45,
  nextLineShowText: 46,
  nextLineSetSpacingShowText: 47,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintImageXObjectRepeat: 88,
};
// An A4 page: PDF user space (bottom-left origin) → top-left origin.
const TO_PAGE: Matrix = [1, 0, 0, -1, 0, 842];
const PAGE = { width: 595, height: 842 };

function ops(list: [number, unknown[] | null][]) {
  return { fnArray: list.map((o) => o[0]), argsArray: list.map((o) => o[1]) };
}

describe("telling a sandwich page", () => {
  const fullImage: [number, unknown[] | null][] = [
    [OPS.save, null],
    [OPS.transform, [595, 0, 0, 842, 0, 0]],
    [OPS.paintImageXObject, ["img1", 100, 100]],
    [OPS.restore, null],
  ];
  it("invisible text over a page-sized image is a sandwich", () => {
    const m = pageMarks(ops([...fullImage, [OPS.setTextRenderingMode, [3]], [OPS.showText, [[]]], [OPS.showText, [[]]]]), OPS, TO_PAGE, PAGE);
    expect(m).toEqual({ invisibleTextOps: 2, visibleTextOps: 0, imageCover: 1, imageBox: [0, 0, 595, 842] });
    expect(isSandwichPage(m, SANDWICH_SETTINGS)).toBe(true);
  });
  it("visible text, or invisible text over a logo, is not", () => {
    const visible = pageMarks(ops([...fullImage, [OPS.showText, [[]]]]), OPS, TO_PAGE, PAGE);
    expect(isSandwichPage(visible, SANDWICH_SETTINGS)).toBe(false);
    const logo: [number, unknown[] | null][] = [[OPS.save, null], [OPS.transform, [100, 0, 0, 50, 40, 750]], [OPS.paintImageXObject, ["logo", 10, 10]], [OPS.restore, null]];
    const m = pageMarks(ops([...logo, [OPS.setTextRenderingMode, [3]], [OPS.showText, [[]]]]), OPS, TO_PAGE, PAGE);
    expect(m.imageCover).toBeCloseTo((100 * 50) / (595 * 842), 5);
    expect(isSandwichPage(m, SANDWICH_SETTINGS)).toBe(false);
  });
  it("the render mode is restored with the graphics state", () => {
    const m = pageMarks(
      ops([...fullImage, [OPS.save, null], [OPS.setTextRenderingMode, [3]], [OPS.showText, [[]]], [OPS.restore, null], [OPS.showText, [[]]]]),
      OPS,
      TO_PAGE,
      PAGE,
    );
    expect(m.invisibleTextOps).toBe(1);
    expect(m.visibleTextOps).toBe(1);
  });
  it("the reader marks the fixtures' pages, and a printed PDF's pages are no sandwich", async () => {
    const sw = await readPdf(new Uint8Array(readFileSync(join(DIR, "sw-t-p02-2p.pdf"))));
    expect(sw.pages.map((p) => p.marks && isSandwichPage(p.marks, SANDWICH_SETTINGS))).toEqual([true, true]);
    expect(isSandwich(sw)).toBe(true);
    // A scan drawn 30 pt inside the page edges: where it lies is kept, so its rulings land under the words
    // (the fixture reads 100% of fields; 30% when the image is taken to fill the page).
    const inset = await readPdf(new Uint8Array(readFileSync(join(DIR, "sw-t-p05-inset.pdf"))));
    const p1 = inset.pages[0]!;
    expect(p1.marks!.imageBox!.map((v) => Math.round(v))).toEqual([30, 30, Math.round(p1.width) - 30, Math.round(p1.height) - 30]);
    expect(isSandwich(inset)).toBe(true);
    const printed = await readPdf(new Uint8Array(readFileSync(join(ROOT, "pdf", "p02-shanghai-uming-2p.pdf"))));
    expect(isSandwich(printed)).toBe(false);
  });
});

describe("judging a layer", () => {
  it("counts the core labels found, white space ignored", () => {
    const good = labelShare([{ runs: [{ str: "财政支出项目绩效 自评表 项目 名称 主管部门 实施单位 年初 预算数 全年执行数 执行率" }, { str: "一级指标 二级指标 三级指标 年度指标值 实际完成值 产出指标 效益指标 分值 得分 总分" }] }]);
    expect(good).toMatchObject({ found: 17, of: 17, missing: [] });
    const poor = labelShare([{ runs: [{ str: "机 上 名 SEEDY 年初 预算 数 一 级 指标 得 分" }] }]);
    expect(poor.found).toBe(3);
    expect(poor.missing).toContain("projectName");
    expect(poor.share).toBeLessThan(SANDWICH_SETTINGS.minLabelShare);
  });
  it("judges a department-wide form's layer on the labels that form prints", () => {
    const dept = labelShare([{ runs: [{ str: "部门整体支出绩效自评表 部门(单位)名称 一级指标 二级指标 三级指标 年度指标值 实际完成值 产出指标 效益指标 分值 得分 合计" }] }]);
    expect(dept).toMatchObject({ found: 12, of: 12 });
  });
  it("cuts a text item pdf.js joined across cells at its spaces", () => {
    const parts = splitWords({ str: "30 按", page: 1, bbox: [451.3, 351.5, 471.3, 359.5], fontName: "f", fontSize: 8 });
    expect(parts.map((p) => p.str)).toEqual(["30", "按"]);
    expect(parts[0]!.bbox[2]).toBeCloseTo(461.3, 5);
    expect(parts[1]!.bbox[0]).toBeCloseTo(466.3, 5);
  });
});

describe("sandwich fixtures end to end", () => {
  it("a good layer over a page turned 2° is read through the layer, by position, with the image's rulings", async () => {
    // The words are turned back with the image (89% of fields without that, 100% with it).
    const doc = await parse(new Uint8Array(readFileSync(join(DIR, "sw-t-p01-skew.pdf"))), { path: "sw-t-p01-skew.pdf" });
    expect(doc.source.kind).toBe("pdf-sandwich");
    expect(doc.diagnostics.map((d) => d.code)).toContain("sandwich-layer");
    const truth = JSON.parse(readFileSync(join(DIR, "sw-t-p01-skew.truth.json"), "utf8"));
    const acc = compareForms(truth, doc.forms);
    expect(acc.matches / acc.checks).toBeGreaterThanOrEqual(0.98);
    // Values keep their page and box; the layer gives no confidence, so none is made up.
    const src = doc.forms[0]!.sources!["/total/score"]!;
    expect(src.page).toBe(1);
    expect(src.bbox).toHaveLength(4);
    expect(src.confidence).toBeUndefined();
  });
  it("a digit the layer misread is put right by the arithmetic check (the layer's numbers count as unsure)", async () => {
    const doc = await parse(new Uint8Array(readFileSync(join(DIR, "sw-t-p14-misread.pdf"))), { path: "sw-t-p14-misread.pdf" });
    expect(doc.source.kind).toBe("pdf-sandwich");
    const form = doc.forms[0]!;
    // Printed 26992.02, the layer says 28992.02: the execution rate (81%) and the budget score (8.1) both say 26992.02.
    expect(form.funds.rows[0]!.executed).toBe(26992.02);
    expect(form.sources!["/funds/rows/0/executed"]!.corrected?.from).toBe("28992.02");
    expect(form.audit.findings.map((f) => f.rule)).toEqual(["corrected-value"]);
  });
  it("a page whose scan cannot be decoded keeps its words, read without rulings, and says so", async () => {
    const bytes = Buffer.from(readFileSync(join(DIR, "sw-t-p14.pdf")));
    const start = bytes.indexOf("stream\n", bytes.indexOf("/DCTDecode")) + 7;
    bytes.fill(0, start, start + 400); // the JPEG's headers wiped
    const doc = await parse(new Uint8Array(bytes), { path: "broken.pdf" });
    expect(doc.source.kind).toBe("pdf-sandwich");
    expect(doc.diagnostics.find((d) => d.code === "sandwich-image-unreadable")?.source?.page).toBe(1);
    expect(doc.forms[0]!.projectName).toBe("2021年院士专家工作站建设");
  });
  it("a poor ocrmypdf layer is set aside and the page OCR'd by jixiao", async () => {
    const doc = await parse(new Uint8Array(readFileSync(join(DIR, "sw-o-m01-clean.pdf"))), { path: "sw-o-m01-clean.pdf" });
    expect(doc.source.kind).toBe("pdf-scan");
    const poor = doc.diagnostics.find((d) => d.code === "sandwich-layer-poor");
    expect(poor?.message).toMatch(/17 个中只识别出 13 个/);
    const truth = JSON.parse(readFileSync(join(DIR, "sw-o-m01-clean.truth.json"), "utf8"));
    const acc = compareForms(truth, doc.forms);
    expect(acc.matches / acc.checks).toBeGreaterThanOrEqual(0.95);
    expect(doc.forms[0]!.sources!["/total/score"]!.confidence).toBeGreaterThan(0);
  }, 120_000);
});
