/**
 * Field accuracy on the sandwich PDFs (fixtures/pdf-sandwich): per file, which way it was read
 * (`pdf-sandwich` through its text layer, `pdf-scan` by jixiao's OCR when the layer was poor), the
 * layer's share of the template's core labels, the time, and the fields right; then per kind of
 * layer and over all (target ≥ 0.97). `npm run accuracy -- sandwich [--misses N] [--only NAME]`.
 * Fields are compared exactly (no allowance for OCR'd long texts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parse } from "../../src/pipeline.js";
import { readPdf } from "../../src/extract/pdf/read-pdf.js";
import { labelShare } from "../../src/extract/pdf/sandwich-labels.js";
import { terminateOcr } from "../../src/extract/ocr/tesseract.js";
import { compareForms } from "../../test/helpers/field-accuracy.js";

const DIR = fileURLToPath(new URL("../../fixtures/pdf-sandwich/", import.meta.url));

interface Entry {
  file: string;
  truth: string;
  layer: string;
  page: string;
}

export async function sandwichReport(args: string[]): Promise<{ matches: number; checks: number }> {
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const show = Number(arg("--misses") ?? 0);
  const only = arg("--only");
  const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Entry[];
  const byLayer = new Map<string, { matches: number; checks: number }>();
  let matches = 0;
  let checks = 0;
  for (const e of manifest) {
    if (only && !e.file.includes(only)) continue;
    const bytes = new Uint8Array(readFileSync(join(DIR, e.file)));
    const share = labelShare((await readPdf(bytes)).pages);
    const t0 = performance.now();
    const doc = await parse(bytes, { path: e.file });
    const seconds = (performance.now() - t0) / 1000;
    const acc = compareForms(JSON.parse(readFileSync(join(DIR, e.truth), "utf8")), doc.forms);
    matches += acc.matches;
    checks += acc.checks;
    const key = `${e.layer} (${e.page} page)`;
    const t = byLayer.get(key) ?? { matches: 0, checks: 0 };
    t.matches += acc.matches;
    t.checks += acc.checks;
    byLayer.set(key, t);
    console.log(`${e.file.padEnd(24)} ${e.layer.padEnd(12)} labels ${share.found}/${share.of}  read as ${doc.source.kind.padEnd(12)} ${((100 * acc.matches) / acc.checks).toFixed(1).padStart(5)}% (${acc.matches}/${acc.checks})  ${seconds.toFixed(1)} s`);
    for (const m of acc.misses.slice(0, show)) console.log(`   ${m.form}:${m.field}  ${JSON.stringify(m.expected)?.slice(0, 70)} → ${JSON.stringify(m.actual)?.slice(0, 70)}`);
  }
  for (const [k, t] of [...byLayer].sort()) console.log(`  ${k.padEnd(30)} ${((100 * t.matches) / t.checks).toFixed(2)}% (${t.matches}/${t.checks})`);
  console.log(`sandwich: ${((100 * matches) / checks).toFixed(2)}% (${matches}/${checks}) — target ≥ 97%`);
  await terminateOcr();
  return { matches, checks };
}
