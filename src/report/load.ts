/**
 * Where the report's Documents come from: an import folder written by `jixiao import` (Document
 * JSON files named `<sha256>.json` beside `index.jsonl`), or files parsed on the spot. Also finds
 * each Document's original file again, checked by hash, for the page pictures.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { StaleCorrection } from "../correct/apply.js";
import { reviewedDocument } from "../correct/folder.js";
import { reviewDir } from "../correct/store.js";
import { Document } from "../schema/index.js";

const DOC_FILE = /^[0-9a-f]{64}\.json$/;

/** A folder holding `index.jsonl` is an import folder. */
export async function isImportDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory() && (await stat(join(path, "index.jsonl"))).isFile();
  } catch {
    return false;
  }
}

export interface ImportRead {
  docs: Document[];
  /** Files that were not valid Documents: name and why. */
  rejected: { file: string; reason: string }[];
  /** Paths the index gives for each sha256 (where the original may still be). */
  indexPaths: Map<string, string>;
  /** Review corrections not applied (the value as read has changed since). */
  stale: { doc: Document; stale: StaleCorrection }[];
}

/**
 * Reads every Document of an import folder, in the index's order, then any the index does not
 * list (by name). Each is validated against the schema; one that fails is reported, not used.
 * The review corrections of `IMPORT_DIR/review/` are applied (not for the workbench, which
 * applies them anew on every request).
 */
export async function readImportDir(dir: string, lang: "zh" | "en" = "zh", applyCorrections = true): Promise<ImportRead> {
  const indexPaths = new Map<string, string>();
  const order: string[] = [];
  const index = await readFile(join(dir, "index.jsonl"), "utf8").catch(() => "");
  for (const line of index.split("\n")) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { sha256?: unknown; path?: unknown };
      if (typeof entry.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(entry.sha256)) continue;
      if (!order.includes(entry.sha256)) order.push(entry.sha256);
      if (typeof entry.path === "string") indexPaths.set(entry.sha256, entry.path);
    } catch {
      // a torn last line of an interrupted import: the Documents themselves are what count
    }
  }
  const names = (await readdir(dir)).filter((n) => DOC_FILE.test(n)).sort();
  const shas = [...order.filter((s) => names.includes(`${s}.json`)), ...names.map((n) => n.slice(0, 64)).filter((s) => !order.includes(s))];
  const docs: Document[] = [];
  const rejected: ImportRead["rejected"] = [];
  const stale: ImportRead["stale"] = [];
  for (const sha of shas) {
    const file = join(dir, `${sha}.json`);
    try {
      const parsed = Document.safeParse(JSON.parse(await readFile(file, "utf8")));
      if (parsed.success && !applyCorrections) docs.push(parsed.data);
      else if (parsed.success) {
        const reviewed = await reviewedDocument(reviewDir(dir), parsed.data, { lang });
        docs.push(reviewed.doc);
        stale.push(...reviewed.stale.map((x) => ({ doc: reviewed.doc, stale: x })));
      }
      else rejected.push({ file, reason: parsed.error.issues[0]?.message ?? "not a Document" });
    } catch (err) {
      rejected.push({ file, reason: (err as Error).message });
    }
  }
  return { docs, rejected, indexPaths, stale };
}

/**
 * The bytes of a Document's original file, if one of the candidate paths still holds exactly
 * them (same sha256); null otherwise — the report then draws the cells without the picture.
 */
export async function findOriginal(doc: Document, candidates: readonly string[]): Promise<Uint8Array | null> {
  for (const c of [...new Set(candidates.map((p) => resolve(p)))]) {
    try {
      const bytes = await readFile(c);
      if (createHash("sha256").update(bytes).digest("hex") === doc.source.sha256) return bytes;
    } catch {
      // not there: try the next place
    }
  }
  return null;
}

/** Where an imported Document's original may be: as recorded, from here or beside the import folder. */
export function originalCandidates(doc: Document, importDir: string, indexPath: string | undefined): string[] {
  const paths = [doc.source.path, ...(indexPath ? [indexPath] : [])];
  return paths.flatMap((p) => [p, join(dirname(resolve(importDir)), p)]);
}
