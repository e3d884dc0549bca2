/**
 * OCR end to end on a few scanned pages only (OCR is slow; the full accuracy run is the
 * benchmark, scripts/scan/bench-scan.ts): a JPEG and an image-only PDF made from generated PDFs,
 * parsed to their ground truth, with a confidence and a box on every value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { checkOcrDocument } from "../../../src/correct/ocr-stage.js";
import { terminateOcr } from "../../../src/extract/ocr/tesseract.js";
import { compareForms } from "../../helpers/field-accuracy.js";

const DIR = join(__dirname, "..", "..", "..", "fixtures", "scan");

afterAll(async () => {
  await terminateOcr();
});

describe("scanned forms by OCR", () => {
  it.each([
    // [file, kind, least share of fields right]
    ["s-p14-200-jpeg.jpg", "image", 0.95],
    ["s-p01-300-skew.pdf", "pdf-scan", 0.95],
  ] as const)(
    "%s parses to its truth",
    async (file, kind, floor) => {
      const raw = await parse(new Uint8Array(readFileSync(join(DIR, file))), { input: "image", path: file });
      const doc = checkOcrDocument(raw);
      expect(doc.source.kind).toBe(kind);
      expect(doc.source.pages).toBe(1);
      const truth = JSON.parse(readFileSync(join(DIR, file.replace(/\.(jpg|pdf)$/, ".truth.json")), "utf8"));
      const acc = compareForms(truth, doc.forms, { ocr: true });
      expect(acc.matches / acc.checks).toBeGreaterThanOrEqual(floor);
      // Every value read has its page, box and a confidence in [0, 1].
      const sources = Object.values(doc.forms[0]!.sources ?? {});
      expect(sources.length).toBeGreaterThan(20);
      for (const s of sources) {
        expect(s.page).toBe(1);
        expect(s.bbox).toHaveLength(4);
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
      // Low-confidence values are listed with their place.
      for (const d of doc.diagnostics.filter((x) => x.code === "low-confidence")) expect(d.source?.confidence).toBeLessThan(0.6);
    },
    60_000,
  );
});

describe("a bilevel fax-like TIFF (thin strokes lost: 3 reads as 8, 5 as 6)", () => {
  it(
    "reads the funds table and the scores right, the misreads put back by the form's arithmetic with the reading kept",
    async () => {
      const file = "s-p06-200-tiff.tif";
      const doc = await parse(new Uint8Array(readFileSync(join(DIR, file))), { input: "image", path: file });
      const truth = JSON.parse(readFileSync(join(DIR, "s-p06-200-tiff.truth.json"), "utf8"))[0].form;
      const form = doc.forms[0]!;
      expect(form.year).toBe(truth.year);
      expect(form.funds.rows).toEqual(truth.funds.rows);
      expect([form.funds.weight, form.funds.executionRatePercent, form.funds.score]).toEqual([truth.funds.weight, truth.funds.executionRatePercent, truth.funds.score]);
      expect(form.indicators.map((i) => [i.weight, i.score])).toEqual(truth.indicators.map((i: { weight: number; score: number }) => [i.weight, i.score]));
      expect(form.total).toEqual(truth.total);
      // What was corrected says what it was read as, and the audit reports it.
      const corrected = Object.entries(form.sources ?? {}).filter(([, s]) => s.corrected);
      expect(corrected.length).toBeGreaterThan(0);
      for (const [path, s] of corrected) {
        expect(s.corrected!.from, path).toBeTruthy();
        expect(form.audit.findings.some((f) => f.rule === "corrected-value" && f.path === path), path).toBe(true);
      }
      expect(form.audit.findings.filter((f) => f.severity === "error")).toEqual([]);
    },
    120_000,
  );
});
