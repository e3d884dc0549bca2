/**
 * The text path generalises: ground-truth forms rendered into every text shape of forms.md, with
 * realistic damage (scripts/generate-text-fixtures.ts), parse back field by field. Expected values
 * come from the ground truth, never from the parser. Each shape has a floor on field accuracy
 * (spec/measuring.md); the figures are printed, and `npx tsx scripts/accuracy.ts SHAPE --misses 50`
 * lists what is missed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/pipeline.js";
import { compareForms } from "./helpers/field-accuracy.js";

const root = new URL("../fixtures/generated/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as {
  files: { file: string; truth: string; shape: string; forms: number }[];
};

/** Field-accuracy floors per shape, in percent. Shapes 1 and 2 keep the cells; 3–5 and 7 lose more. */
const FLOOR: Record<string, number> = {
  "delimited-tab": 99.9,
  "delimited-markdown": 99.5,
  "cell-per-line": 99.9,
  linear: 99.5,
  "run-together": 92,
  "layout-ordered": 99,
  traditional: 98,
  encodings: 95,
};

const shapes = [...new Set(manifest.files.map((f) => f.shape))];

describe.each(shapes)("shape %s", (shape) => {
  const files = manifest.files.filter((f) => f.shape === shape);

  it("has at least 30 generated forms", () => {
    if (shape === "encodings") return;
    expect(files.reduce((n, f) => n + f.forms, 0)).toBeGreaterThanOrEqual(30);
  });

  it(`parses to the ground truth (≥ ${FLOOR[shape]}% of fields)`, async () => {
    let checks = 0;
    let matches = 0;
    let formsFound = 0;
    for (const f of files) {
      const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8"));
      const doc = await parse(readFileSync(join(root, f.file)), { path: f.file });
      const acc = compareForms(truth, doc.forms);
      checks += acc.checks;
      matches += acc.matches;
      formsFound += doc.forms.length;
    }
    const pct = (100 * matches) / checks;
    console.log(`${shape}: ${pct.toFixed(2)}% of ${checks} fields, ${formsFound} forms`);
    expect(pct).toBeGreaterThanOrEqual(FLOOR[shape] ?? 100);
  });
});
