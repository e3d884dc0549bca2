/**
 * `npx tsx scripts/dump-text-json.ts OUTDIR`: writes the Document JSON of every text fixture (the
 * generated project and department fixtures, the seed, the field corpus's texts) under OUTDIR, one
 * file per fixture at its path. Work meant to change no output (throughput, refactoring) is checked
 * by dumping before and after and comparing: `diff -r BEFORE AFTER` prints nothing.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../src/pipeline.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const FOLDERS = ["fixtures/generated", "fixtures/seed", "fixtures/department/generated", "fixtures/field/texts"];

function* texts(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* texts(path);
    else if (/\.(txt|md)$/.test(name)) yield path;
  }
}

const out = process.argv[2];
if (!out) {
  console.error("usage: npx tsx scripts/dump-text-json.ts OUTDIR");
  process.exit(2);
}
let n = 0;
for (const folder of FOLDERS) {
  for (const file of texts(join(root, folder))) {
    const rel = relative(root, file);
    // The path as given is recorded in source.path: relative, so two checkouts dump alike.
    const doc = await parse(readFileSync(file), { path: rel });
    const target = join(out, rel + ".json");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(doc, null, 1) + "\n");
    n++;
  }
}
console.log(`${n} documents written under ${out}`);
