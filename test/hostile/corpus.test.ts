/**
 * The hostile corpus (fixtures/hostile, written by scripts/hostile/generate.ts): every file gives
 * a Document that passes the schema, quickly, with memory to spare, taken for what its content
 * is (not what its name says), and answered by the diagnostic its manifest names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/pipeline.js";
import { Document } from "../../src/schema/index.js";

interface Entry {
  file: string;
  what: string;
  expect: string[];
  kind?: string;
}

const dir = new URL("../../fixtures/hostile/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Entry[];

/** Well under the default time limit (10 min): a hostile file must be dealt with in seconds. */
const BUDGET_MS = 15_000;
/** pdf.js and OCR cost a few hundred MB in a test process; a bomb that got through would cost GBs. */
const MAX_RSS = 1.5 * 1024 ** 3;

describe("hostile corpus", () => {
  it("has every kind of hostile file the issue lists", () => {
    const names = manifest.map((e) => e.file).join(" ");
    for (const want of ["pdf-truncated", "pdf-bitflip", "pdf-loop", "pdf-bomb", "zip-bomb", "png-huge", "tiff-huge", "hocr-billion-laughs", "alto-billion-laughs", "hocr-xxe", "alto-xxe", "text-nul", "pdf-named.txt", "text-named.pdf", "png-named.docx"]) {
      expect(names).toContain(want);
    }
  });

  for (const entry of manifest) {
    it(`${entry.file}: ${entry.what}`, { timeout: BUDGET_MS * 2 }, async () => {
      const t0 = Date.now();
      const doc = await parseFile(join(dir, entry.file));
      const ms = Date.now() - t0;
      expect(() => Document.parse(doc)).not.toThrow();
      expect(ms).toBeLessThan(BUDGET_MS);
      expect(process.memoryUsage().rss).toBeLessThan(MAX_RSS);
      if (entry.kind) expect(doc.source.kind.replace("pdf-scan", "pdf")).toBe(entry.kind);
      const codes = doc.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code);
      expect(codes).not.toContain("internal-error");
      if (entry.expect.length === 0) {
        expect(doc.forms.length).toBeGreaterThan(0);
      } else if (!entry.expect.includes("")) {
        expect(codes.some((c) => entry.expect.includes(c)), `codes ${codes.join(", ")} answer none of ${entry.expect.join(", ")}`).toBe(true);
      }
      // Whatever else: no entity was expanded into the output, nothing from outside the file was read.
      const json = JSON.stringify(doc);
      expect(json).not.toMatch(/root:.*:0:0:/);
      expect(json).not.toContain("lollollollollollollollollollol");
      expect(json.length).toBeLessThan(1_000_000);
    });
  }
});
