/** An import folder the review tests share: the seed and a copy whose first 总分 was misread as 97. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/run-cli.js";
import { SEED, tamperedSeed } from "../report/fixtures.js";
import { Document } from "../../src/schema/index.js";

export { SEED };

export interface Imported {
  root: string;
  /** The import folder. */
  dir: string;
  /** sha256 of the misread copy and of the seed. */
  misread: string;
  seed: string;
}

/** Runs the real `jixiao import` over the two files; every test gets a folder of its own. */
export async function importFixtures(extra: Record<string, string> = {}): Promise<Imported> {
  const root = mkdtempSync(join(tmpdir(), "jixiao-review-"));
  const inputs = join(root, "inputs");
  mkdirSync(inputs);
  writeFileSync(join(inputs, "misread.txt"), tamperedSeed());
  writeFileSync(join(inputs, "seed.txt"), readFileSync(SEED));
  for (const [name, from] of Object.entries(extra)) writeFileSync(join(inputs, name), readFileSync(from));
  const dir = join(root, "import");
  const r = await runCli("import", inputs, "--out", dir, "--jobs", "1");
  if (r.code !== 0) throw new Error(`import failed: ${r.err}`);
  const index = readFileSync(join(dir, "index.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { path: string; sha256: string });
  const sha = (name: string) => index.find((e) => e.path.endsWith(name))!.sha256;
  return { root, dir, misread: sha("misread.txt"), seed: sha("seed.txt") };
}

export function readDocument(dir: string, sha: string): Document {
  return Document.parse(JSON.parse(readFileSync(join(dir, `${sha}.json`), "utf8")));
}

/** A correction record as the contract writes it. */
export function correction(form: number, path: string, from: number | string | null, to: number | string | null, extra: { reviewer?: string; at?: string; reason?: string | null } = {}) {
  return { at: extra.at ?? "2026-12-01T10:00:00.000Z", reviewer: extra.reviewer ?? "张三", form, path, from, to, reason: extra.reason ?? null };
}
