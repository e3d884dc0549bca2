/**
 * A Document with the corrections of a review folder applied — what `export`, `report`,
 * `parse --corrections` and the server all call — and the one wording of a stale correction.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Document } from "../schema/index.js";
import { fieldName } from "../audit/fields.js";
import { applyReview, type AppliedReview, type ApplyOptions, type StaleCorrection } from "./apply.js";
import { readRecords, reviewDir, reviewFile } from "./store.js";

export interface ReviewedDocument extends AppliedReview {
  /** Lines of the review file that were not valid records. */
  bad: number;
}

/** Reads `<dir>/<sha256>.jsonl` (none: nothing to apply) and applies it to `doc`. */
export async function reviewedDocument(dir: string, doc: Document, opts: ApplyOptions = {}): Promise<ReviewedDocument> {
  const { records, bad } = await readRecords(reviewFile(dir, doc.source.sha256));
  if (records.length === 0) return { doc, forms: doc.forms.map(() => ({ status: "unreviewed", statusRecord: null, applied: [] })), stale: [], bad };
  return { ...applyReview(doc, records, opts), bad };
}

function show(v: unknown): string {
  return v === null ? "—" : v === undefined ? "?" : String(v);
}

/** One line for people: which file, form and field, what the correction expected and what is read now. */
export function staleMessage(doc: Document, s: StaleCorrection, lang: "zh" | "en" = "zh"): string {
  const r = s.record;
  const form = doc.forms[r.form];
  const where = `${doc.source.path} #${r.form + 1} ${form ? fieldName(r.path, form, lang) : r.path}`;
  if (lang === "en") {
    const why = s.reason === "changed" ? `it was made against ${show(r.from)}, the value is now read as ${show(s.asRead)}` : s.reason === "wrong-type" ? `${show(r.to)} does not fit this field` : "the form no longer has this value";
    return `${where}: stale correction to ${show(r.to)} by ${r.reviewer} (${r.at}) not applied: ${why}`;
  }
  const why = s.reason === "changed" ? `更正时原值为 ${show(r.from)}，现在读作 ${show(s.asRead)}` : s.reason === "wrong-type" ? `${show(r.to)} 不适合此字段` : "表中已无此值";
  return `${where}：${r.reviewer}（${r.at}）更正为 ${show(r.to)} 已过时，未应用：${why}`;
}

/**
 * The review folder `--corrections DIR` names: DIR itself, or, when DIR is an import folder,
 * its `review/`. Null when there is no such folder.
 */
export async function correctionsFolder(dir: string): Promise<string | null> {
  const isDir = async (p: string) => (await stat(p).catch(() => null))?.isDirectory() === true;
  if (!(await isDir(dir))) return null;
  const inner = reviewDir(dir);
  return (await stat(join(dir, "index.jsonl")).catch(() => null)) && (await isDir(inner)) ? inner : dir;
}
