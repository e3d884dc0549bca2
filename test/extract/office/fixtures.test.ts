/**
 * Every committed web-page, Word and Excel fixture (scripts/office/generate-office-fixtures.ts)
 * through parse(): each field of each ground-truth form is read right.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TruthForm } from "../../../scripts/lib/truth.js";
import { parse } from "../../../src/pipeline.js";
import { compareForms } from "../../helpers/field-accuracy.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "fixtures");

interface Entry {
  file: string;
  truth: string;
  units: (string | null)[];
  variants: string[];
}

for (const kind of ["html", "docx", "xlsx"] as const) {
  const manifest = JSON.parse(readFileSync(join(ROOT, kind, "manifest.json"), "utf8")) as Entry[];
  describe(`${kind} fixtures → forms`, () => {
    it("at least 10 files, two forms per file in some, 元 and 万元, every variant", () => {
      expect(manifest.length).toBeGreaterThanOrEqual(10);
      expect(manifest.some((m) => m.variants.length >= 2)).toBe(true);
      const units = new Set(manifest.flatMap((m) => m.units));
      expect(units).toContain("元");
      expect(units).toContain("万元");
      expect(new Set(manifest.flatMap((m) => m.variants))).toEqual(new Set(["central", "shanghai", "beijing2016", "sichuan"]));
    });
    for (const m of manifest) {
      it(`${m.file}: every field`, async () => {
        const truth = JSON.parse(readFileSync(join(ROOT, kind, m.truth), "utf8")) as TruthForm[];
        const doc = await parse(new Uint8Array(readFileSync(join(ROOT, kind, m.file))), { path: m.file });
        expect(doc.source.kind).toBe(kind);
        expect(doc.source.pages).toBeNull();
        expect(doc.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
        const acc = compareForms(truth, doc.forms);
        expect(acc.misses).toEqual([]);
        expect(acc.checks).toBeGreaterThan(50 * truth.length);
      });
    }
  });
}
