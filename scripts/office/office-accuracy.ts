/** Field accuracy of the web and office readers over fixtures/{html,docx,xlsx,office}: `npx tsx scripts/office/office-accuracy.ts [--misses N]`. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/pipeline.js";
import { compareForms } from "../../test/helpers/field-accuracy.js";

const root = new URL("../../fixtures/", import.meta.url).pathname;
const missArg = process.argv.indexOf("--misses");
const show = missArg > 0 ? Number(process.argv[missArg + 1]) : 0;
for (const kind of ["html", "docx", "xlsx", "office"]) {
  let manifest: { file: string; truth: string }[];
  try {
    manifest = JSON.parse(readFileSync(join(root, kind, "manifest.json"), "utf8"));
  } catch {
    continue;
  }
  let checks = 0;
  let matches = 0;
  let perfect = 0;
  for (const f of manifest) {
    const truth = JSON.parse(readFileSync(join(root, kind, f.truth), "utf8"));
    const doc = await parse(readFileSync(join(root, kind, f.file)), { path: f.file });
    const acc = compareForms(truth, doc.forms);
    checks += acc.checks;
    matches += acc.matches;
    if (acc.matches === acc.checks) perfect++;
    for (const m of acc.misses.slice(0, show)) console.log("  ", f.file, `${m.form}:${m.field}`, JSON.stringify(m.expected)?.slice(0, 70), "→", JSON.stringify(m.actual)?.slice(0, 70));
    if (show && doc.diagnostics.length) console.log("   diag", f.file, JSON.stringify(doc.diagnostics).slice(0, 300));
  }
  console.log(`${kind}: ${((100 * matches) / checks).toFixed(2)}% (${matches}/${checks}), ${perfect}/${manifest.length} files field-perfect`);
}
