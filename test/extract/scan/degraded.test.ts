/**
 * Scans as archives hold them (issue 21), end to end on one page only (OCR is slow; every
 * degraded fixture is in the benchmark): a red seal stamped over the implementing unit's name
 * is dropped by its colour, recorded as a diagnostic with its box, and the name under it read.
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

describe("degraded scans", () => {
  it(
    "a red seal over the unit's name: removed, recorded, the name read",
    async () => {
      const file = "d-seal-red-name-p01.jpg";
      const doc = await parse(new Uint8Array(readFileSync(join(DIR, file))), { path: file });
      const truth = JSON.parse(readFileSync(join(DIR, "d-seal-red-name-p01.truth.json"), "utf8"));
      const seals = doc.diagnostics.filter((d) => d.code === "seal");
      expect(seals).toHaveLength(1);
      // The seal was stamped at the 实施单位 cell, upper right of the page (pixels of the JPEG).
      const [x0, y0, x1, y1] = seals[0]!.source!.bbox!;
      expect(x1 - x0).toBeGreaterThan(250);
      expect(y1 - y0).toBeGreaterThan(250);
      expect(x0).toBeGreaterThan(700);
      expect(y0).toBeLessThan(600);
      // The name under the seal is read exactly: the whole seal region is read through the ink's
      // channel (a ring's pale edge across 心 had made it 必 when only strongly coloured pixels were).
      expect(doc.forms[0]!.implementingUnit).toBe(truth[0].form.implementingUnit);
      const acc = compareForms(truth, doc.forms, { ocr: true });
      expect(acc.matches / acc.checks).toBeGreaterThanOrEqual(0.95);
    },
    240_000,
  );
});
