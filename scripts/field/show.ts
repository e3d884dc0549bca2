/** Prints what jixiao reads from a file: forms (without audit) and diagnostics. `npx tsx scripts/field/show.ts FILE` */
import { readFileSync } from "node:fs";
import { parse } from "../../src/pipeline.js";

const doc = await parse(readFileSync(process.argv[2]!), { path: process.argv[2]! });
for (const f of doc.forms) {
  const { audit: _a, sources: _s, indicators, goals, ...rest } = f;
  console.log(JSON.stringify(rest));
  console.log("goals:", JSON.stringify(goals).slice(0, 200));
  for (const i of indicators) console.log("  ", JSON.stringify(i));
}
for (const d of doc.diagnostics) console.log("diag", d.code, d.message.slice(0, 120));
