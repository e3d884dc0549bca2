/**
 * A phone photo read end to end (issue 21; one page only, OCR is slow: every photo fixture is in
 * the benchmark). d-photo-p14 is the page on a desk in perspective, lit from the top left, with
 * slight blur; read as it was before the photo path it gave 1 field in 3.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import { terminateOcr } from "../../../src/extract/ocr/tesseract.js";
import { compareForms } from "../../helpers/field-accuracy.js";

const DIR = join(__dirname, "..", "..", "..", "fixtures", "scan", "degraded");

afterAll(async () => {
  await terminateOcr();
});

describe("phone photos", () => {
  it(
    "a page photographed on a desk is found, made flat and read as a scan",
    async () => {
      const file = "d-photo-p14.jpg";
      const doc = await parse(new Uint8Array(readFileSync(join(DIR, file))), { path: file });
      const truth = JSON.parse(readFileSync(join(DIR, "d-photo-p14.truth.json"), "utf8"));
      expect(doc.forms).toHaveLength(1);
      const acc = compareForms(truth, doc.forms, { ocr: true });
      expect(acc.matches / acc.checks).toBeGreaterThanOrEqual(0.95);
      // Every number on the form (funds, weights, scores, the total) is read right.
      expect(acc.misses.filter((m) => typeof m.expected === "number")).toEqual([]);
    },
    240_000,
  );
});
