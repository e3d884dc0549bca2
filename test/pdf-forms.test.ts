/**
 * Text-layer PDFs, rendered from ground-truth forms (scripts/pdf/), parse field-perfect through the
 * same reconstructor as text; every value's source names its page and box.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/pipeline.js";
import { compareForms } from "./helpers/field-accuracy.js";

const root = new URL("../fixtures/pdf/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { file: string; truth: string; note?: string }[];

describe("text-layer PDFs", () => {
  it.each(manifest.map((m) => [m.file, m] as const))("%s parses to its ground truth", async (_name, m) => {
    const truth = JSON.parse(readFileSync(join(root, m.truth), "utf8"));
    const doc = await parse(readFileSync(join(root, m.file)), { path: m.file });
    expect(doc.source.kind).toBe("pdf");
    expect(doc.source.pages).toBeGreaterThanOrEqual(1);
    const acc = compareForms(truth, doc.forms);
    expect(acc.misses).toEqual([]);
    for (const form of doc.forms) {
      for (const [pointer, src] of Object.entries(form.sources ?? {})) {
        expect(src.page, pointer).toBeGreaterThanOrEqual(1);
        expect(src.bbox, pointer).toHaveLength(4);
      }
    }
  });

  it("drops page numbers as page furniture, not as text of a cell", async () => {
    const doc = await parse(readFileSync(join(root, "p02-shanghai-uming-2p.pdf")));
    const texts = doc.forms.flatMap((f) => f.indicators.map((i) => i.level3 ?? ""));
    expect(texts.some((t) => /-\d+-/.test(t))).toBe(false);
    expect(doc.diagnostics.filter((d) => /-\d+-/.test(d.message))).toEqual([]);
  });
});
