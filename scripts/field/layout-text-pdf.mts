/**
 * Text laid out with spaces, as `pdftotext -layout` gives it, read as text: every PDF fixture
 * (fixtures/pdf, fixtures/pdf-office) dumped so and parsed with `--input text`, its fields against
 * the fixture's truth. Measures src/layout/spaced-rows.ts on real converter output (the field
 * corpus holds no such text).
 *   npx tsx scripts/field/layout-text-pdf.mts [MISSES] [NAME]
 * Needs pdftotext (poppler-utils); the dumps are written to $TMPDIR/jixiao-layout-text/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "../../src/pipeline.js";
import { compareForms } from "../../test/helpers/field-accuracy.js";

const show = Number(process.argv[2] ?? 0);
const only = process.argv[3];
const out = join(tmpdir(), "jixiao-layout-text");
mkdirSync(out, { recursive: true });
const repo = new URL("../../", import.meta.url).pathname;
let checks = 0;
let matches = 0;
for (const dir of ["fixtures/pdf", "fixtures/pdf-office"]) {
  const root = resolve(repo, dir);
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { file: string; truth: string }[];
  for (const f of manifest) {
    if (only && !f.file.includes(only)) continue;
    const txt = join(out, `${dir.replace(/\//g, "_")}_${f.file}.txt`);
    if (!existsSync(txt)) execFileSync("pdftotext", ["-layout", join(root, f.file), txt]);
    const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8"));
    const doc = await parse(readFileSync(txt), { path: txt, input: "text" });
    const acc = compareForms(truth, doc.forms);
    checks += acc.checks;
    matches += acc.matches;
    console.log(`${`${dir}/${f.file}`.padEnd(52)} ${((100 * acc.matches) / acc.checks).toFixed(1).padStart(6)}% (${acc.matches}/${acc.checks})`);
    for (const m of acc.misses.slice(0, show)) console.log("  ", `${m.form}:${m.field}`, JSON.stringify(m.expected)?.slice(0, 60), "→", JSON.stringify(m.actual)?.slice(0, 60));
  }
}
console.log(`all: ${((100 * matches) / checks).toFixed(2)}% (${matches}/${checks})`);
