/**
 * Field accuracy of the PDF path over a fixture folder (fixtures/pdf by default), per file and per
 * kind of fixture, with the misses:
 *   npx tsx scripts/pdf-accuracy.ts [--dir fixtures/pdf-office] [--misses N] [--only NAME]
 * The kind comes from the manifest (`ruling`, `across`, `from` of the office-made PDFs), so the
 * figures can be read per kind: unruled, partly ruled, ruled, split across.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "../src/pipeline.js";
import { compareForms } from "../test/helpers/field-accuracy.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const root = arg("--dir") ? resolve(arg("--dir")!) : new URL("../fixtures/pdf/", import.meta.url).pathname;
const only = arg("--only");
const show = Number(arg("--misses") ?? 0);
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { file: string; truth: string; ruling?: string; across?: boolean; from?: string }[];
const byKind = new Map<string, { checks: number; matches: number }>();
const add = (k: string, c: number, m: number) => {
  const t = byKind.get(k) ?? { checks: 0, matches: 0 };
  t.checks += c;
  t.matches += m;
  byKind.set(k, t);
};
let checks = 0;
let matches = 0;
for (const f of manifest) {
  if (only && !f.file.includes(only)) continue;
  const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8"));
  const doc = await parse(readFileSync(join(root, f.file)), { path: f.file });
  const acc = compareForms(truth, doc.forms);
  checks += acc.checks;
  matches += acc.matches;
  if (f.ruling) add(`${f.from ?? "pdf"} ruling=${f.ruling}${f.across ? " across" : ""}`, acc.checks, acc.matches);
  if (f.ruling) add(`ruling=${f.ruling}${f.across ? " across" : ""}`, acc.checks, acc.matches);
  console.log(`${f.file.padEnd(40)} ${((100 * acc.matches) / acc.checks).toFixed(1).padStart(6)}% (${acc.matches}/${acc.checks})`);
  for (const m of acc.misses.slice(0, show)) console.log("  ", f.file, `${m.form}:${m.field}`, JSON.stringify(m.expected)?.slice(0, 70), "→", JSON.stringify(m.actual)?.slice(0, 70));
  if (show && doc.diagnostics.length) console.log("   diag", f.file, JSON.stringify(doc.diagnostics).slice(0, 300));
}
for (const [k, t] of [...byKind.entries()].sort()) console.log(`  ${k.padEnd(30)} ${((100 * t.matches) / t.checks).toFixed(2)}% (${t.matches}/${t.checks})`);
console.log(`pdf: ${((100 * matches) / checks).toFixed(2)}% (${matches}/${checks})`);
