/**
 * Field accuracy of the text path over the generated fixtures, per shape, with the misses.
 * `npx tsx scripts/accuracy.ts [shape] [--misses N]`
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareForms } from "../test/helpers/field-accuracy.js";
import { parse } from "../src/pipeline.js";

const root = new URL("../fixtures/generated/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as {
  files: { file: string; truth: string; shape: string }[];
};
const only = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : null;
const missArg = process.argv.indexOf("--misses");
const showMisses = missArg > 0 ? Number(process.argv[missArg + 1]) : 0;

export async function textAccuracy(filter: string | null = null) {
  const byShape = new Map<string, { checks: number; matches: number; misses: { file: string; field: string; expected: unknown; actual: unknown }[] }>();
  for (const f of manifest.files) {
    if (filter && f.shape !== filter) continue;
    const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8"));
    const doc = await parse(readFileSync(join(root, f.file)), { path: f.file });
    const acc = compareForms(truth, doc.forms);
    const s = byShape.get(f.shape) ?? { checks: 0, matches: 0, misses: [] };
    s.checks += acc.checks;
    s.matches += acc.matches;
    for (const m of acc.misses) s.misses.push({ file: f.file, field: `${m.form}:${m.field}`, expected: m.expected, actual: m.actual });
    byShape.set(f.shape, s);
  }
  return byShape;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await textAccuracy(only);
  for (const [shape, s] of r) {
    console.log(`${shape.padEnd(22)} ${((100 * s.matches) / s.checks).toFixed(2)}%  (${s.matches}/${s.checks})`);
    for (const m of s.misses.slice(0, showMisses)) console.log("   ", m.file, m.field, JSON.stringify(m.expected)?.slice(0, 80), "→", JSON.stringify(m.actual)?.slice(0, 80));
  }
}
