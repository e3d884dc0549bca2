/**
 * hOCR and ALTO input: words from a PDF's text layer with its rulings as separators must give
 * the PDF's ground truth; native tesseract's own files (no rulings) must parse with a
 * confidence on every value; hostile XML (entity expansion, size, malformed) gives diagnostics.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { detectKind } from "../../../src/detect-kind.js";
import { defaultLimits } from "../../../src/extract/extraction.js";
import { readAlto, readHocr } from "../../../src/extract/hocr/index.js";
import { compareForms } from "../../helpers/field-accuracy.js";

const DIR = join(__dirname, "..", "..", "..", "fixtures", "hocr");
const ctx = { limits: defaultLimits, path: "x" };
const bytes = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));
const truth = (f: string) => JSON.parse(readFileSync(join(DIR, f), "utf8"));

describe("hOCR and ALTO with rulings", () => {
  it.each([
    ["h-p14-textlayer.hocr", "hocr"],
    ["h-p14-textlayer.alto.xml", "alto"],
    ["h-p02-textlayer-2p.hocr", "hocr"],
    ["h-p02-textlayer-2p.alto.xml", "alto"],
  ] as const)("%s parses to the PDF's truth", async (file, kind) => {
    expect(detectKind(bytes(file))).toBe(kind);
    const doc = await parse(bytes(file), { path: file });
    expect(doc.source.kind).toBe(kind);
    const acc = compareForms(truth(file.replace(/(\.alto\.xml|\.hocr)$/, ".truth.json")), doc.forms, { ocr: true });
    expect(acc.misses).toEqual([]);
    // Every value carries the words' confidence (0.93 in these files) and a box in the file's pixels.
    const src = doc.forms[0]!.sources!["/funds/rows/0/executed"]!;
    expect(src.confidence).toBeCloseTo(0.93, 5);
    expect(src.bbox![2]).toBeGreaterThan(1000);
  });
});

describe("native tesseract's files", () => {
  it.each(["t-p14-tesseract.hocr", "t-p14-tesseract.alto.xml"])("%s: words laid out by position, each with its confidence", (file) => {
    const ex = file.endsWith(".hocr") ? readHocr(bytes(file), ctx) : readAlto(bytes(file), ctx);
    expect(ex.pages).toBe(1);
    const cells = ex.grid!.rows.flatMap((r) => r.cells);
    const text = cells.map((c) => c.text).join("");
    expect(text.replace(/\s+/g, "")).toContain("财政支出项目绩效自评表");
    for (const c of cells) {
      expect(c.source.confidence).toBeGreaterThanOrEqual(0);
      expect(c.source.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("hostile or broken XML", () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<html><body><div class='ocr_page' title='bbox 0 0 2480 3508'><span class='ocrx_word' title='bbox 10 10 200 60; x_wconf 90'>&lol4;</span><span class='ocrx_word' title='bbox 300 10 400 60; x_wconf 90'>A&amp;B</span></div></body></html>`;

  it("does not expand entities (no billion laughs), but decodes the XML ones", () => {
    const ex = readHocr(new TextEncoder().encode(laughs), ctx);
    const text = ex.grid!.rows.flatMap((r) => r.cells.map((c) => c.text)).join(" ");
    expect(text).not.toContain("lollol");
    expect(text).toContain("A&B");
  });

  it("refuses files over the size or element limit, and malformed XML, with a diagnostic", () => {
    const big = readHocr(new TextEncoder().encode(laughs), ctx, { maxBytes: 100, maxElements: 1000 });
    expect(big.grid).toBeNull();
    expect(big.diagnostics[0]!.code).toBe("limit-exceeded");
    const many = readAlto(new TextEncoder().encode("<alto>" + "<x/>".repeat(50) + "</alto>"), ctx, { maxBytes: 1e6, maxElements: 10 });
    expect(many.diagnostics[0]!.code).toBe("limit-exceeded");
    const broken = readAlto(new TextEncoder().encode("<alto><Layout><Page WIDTH='10'"), ctx);
    expect(broken.grid === null || broken.grid.rows.length === 0).toBe(true);
  });
});
