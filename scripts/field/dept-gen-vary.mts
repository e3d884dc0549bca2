/**
 * A department variation (department-variations.ts) or a generic one (perturb.ts) applied to the
 * generated department fixtures of some shapes, measured against their truths:
 *   npx tsx scripts/field/dept-gen-vary.mts VARIATION [SHAPE…] [--misses N]
 * The generated set holds forms of every layout (national, mirror, 资金结构): where the tuned field
 * forms print no task table or 资金结构 columns, this is how a variation's effect on them is seen.
 * (tasks-reversed leaves the truth's task order as it was: its task misses are the variation's.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareForms } from "../../test/helpers/field-accuracy.js";
import { parse } from "../../src/pipeline.js";
import { DEPARTMENT_TRUTH_CHANGE, DEPARTMENT_VARIATIONS } from "./department-variations.js";
import { VARIATIONS } from "./perturb.js";

const args = process.argv.slice(2);
const at = args.indexOf("--misses");
const show = at >= 0 ? Number(args[at + 1]) : 0;
const rest = at < 0 ? args : args.filter((_, i) => i !== at && i !== at + 1);
const [name, ...shapes] = rest;
const vary = name === "none" ? (t: string) => t : (DEPARTMENT_VARIATIONS[name!] ?? VARIATIONS[name!]);
if (!vary) throw new Error(`no variation ${name}`);
const root = new URL("../../fixtures/department/generated/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { files: { file: string; truth: string; shape: string }[] };
let checks = 0;
let matches = 0;
for (const f of manifest.files) {
  if (shapes.length && !shapes.includes(f.shape)) continue;
  // (A variation that renames what the truth holds renames the truth's strings alike.)
  const rename = DEPARTMENT_TRUTH_CHANGE[name!];
  const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8"), (_k, v) => (rename && typeof v === "string" ? rename(v) : v));
  const text = vary(readFileSync(join(root, f.file), "utf8"));
  const doc = await parse(Buffer.from(text), { path: f.file });
  const acc = compareForms(truth, doc.forms);
  checks += acc.checks;
  matches += acc.matches;
  console.log(`${f.file.padEnd(28)} ${acc.matches}/${acc.checks}`);
  for (const m of acc.misses.slice(0, show)) console.log(`    ${m.form}:${m.field}  ${JSON.stringify(m.expected)?.slice(0, 70)} → ${JSON.stringify(m.actual)?.slice(0, 70)}`);
}
console.log(`all ${matches}/${checks} ${((100 * matches) / checks).toFixed(2)}%`);
