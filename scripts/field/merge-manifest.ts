/**
 * Merges the collectors' manifest parts (fixtures/field/parts/*.json) into manifest.json, each
 * entry with its split (fixed by its name, see corpus.ts), sorted by name; then removes the parts.
 * `npx tsx scripts/field/merge-manifest.ts [--keep-parts]`
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIELD_ROOT, readManifest, SPLIT_SEED } from "./corpus.js";

const entries = readManifest().sort((a, b) => a.name.localeCompare(b.name));
const manifest = {
  about: "Real published forms: see README.md. Each entry: the page's URL, the words searched, the day taken, the readers who typed and checked its truth, and its split.",
  splitRule: `held-back when the first four bytes of sha256("${SPLIT_SEED}" + name), big-endian, are divisible by 3`,
  fixtures: entries,
};
writeFileSync(join(FIELD_ROOT, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
if (!process.argv.includes("--keep-parts")) {
  const parts = join(FIELD_ROOT, "parts");
  if (existsSync(parts)) for (const f of readdirSync(parts)) rmSync(join(parts, f));
}
console.log(`${entries.length} fixtures in manifest.json (${entries.filter((e) => e.split === "held-back").length} held back)`);
