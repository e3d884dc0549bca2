/**
 * The real-forms corpus (fixtures/field): its manifest, the seeded split, and the measurement.
 * See fixtures/field/README.md for what the files hold and how the split is fixed.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/pipeline.js";
import { compareFieldTruth, type FieldTruth } from "../../test/helpers/field-truth.js";
import { foldString, valueMatches, type Accuracy } from "../../test/helpers/field-accuracy.js";

export const FIELD_ROOT = new URL("../../fixtures/field/", import.meta.url).pathname;

export type Split = "tune" | "held-back";

export interface FieldEntry {
  name: string;
  url: string;
  search: string;
  date: string;
  province: string;
  region?: string;
  year: number | null;
  shape: string;
  template: "project" | "department";
  forms: number;
  typedBy: string;
  checkedBy: string | null;
  notes?: string;
  split: Split;
}

/** The split rule: held back when the first four bytes of sha256(seed + name) are divisible by 3. */
export const SPLIT_SEED = "jixiao-field-split-v1:";
export function splitOf(name: string): Split {
  const h = createHash("sha256").update(SPLIT_SEED + name).digest();
  return h.readUInt32BE(0) % 3 === 0 ? "held-back" : "tune";
}

export function readManifest(root = FIELD_ROOT): FieldEntry[] {
  const path = join(root, "manifest.json");
  const entries: FieldEntry[] = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as { fixtures: FieldEntry[] }).fixtures : [];
  // Collections under way: their parts count too, with the split computed from the name.
  const parts = join(root, "parts");
  if (existsSync(parts)) {
    const files = readdirSync(parts).filter((n) => n.endsWith(".json")).sort();
    for (const f of files.filter((n) => !n.startsWith(CHECKS_PREFIX))) {
      const part = JSON.parse(readFileSync(join(parts, f), "utf8")) as Omit<FieldEntry, "split">[];
      for (const e of part) if (!entries.some((x) => x.name === e.name)) entries.push({ ...e, split: splitOf(e.name) });
    }
    // A checker records its checks in a file of its own while the collectors still write theirs.
    for (const f of files.filter((n) => n.startsWith(CHECKS_PREFIX))) {
      for (const c of JSON.parse(readFileSync(join(parts, f), "utf8")) as Check[]) applyCheck(entries, c, f);
    }
  }
  return entries;
}

/** Parts named `checks-*.json` hold a second reader's checks, not entries. */
const CHECKS_PREFIX = "checks-";

/** One fixture checked by a second reader: who, what was corrected in its truth, what prose was replaced in its text. */
interface Check {
  name: string;
  checkedBy: string;
  corrections: string;
  textChanged?: string;
}

function applyCheck(entries: FieldEntry[], check: Check, file: string): void {
  const entry = entries.find((e) => e.name === check.name);
  if (!entry) throw new Error(`fixtures/field/parts/${file}: a check of ${check.name}, which no manifest entry names`);
  if (check.checkedBy === entry.typedBy) throw new Error(`fixtures/field/parts/${file}: ${check.name} checked by ${check.checkedBy}, who typed it`);
  entry.checkedBy = check.checkedBy;
  const text = check.textChanged && check.textChanged !== "none" ? ` Text: ${check.textChanged}` : "";
  entry.notes = `${entry.notes ? `${entry.notes}; ` : ""}checked: ${check.corrections}.${text}`;
}

export function textPath(e: FieldEntry, root = FIELD_ROOT): string {
  return join(root, "texts", `${e.name}.txt`);
}
export function truthPath(e: FieldEntry, root = FIELD_ROOT): string {
  return join(root, "truth", `${e.name}.truth.json`);
}
export function readTruth(e: FieldEntry, root = FIELD_ROOT): FieldTruth {
  return JSON.parse(readFileSync(truthPath(e, root), "utf8")) as FieldTruth;
}

export interface FixtureResult {
  entry: FieldEntry;
  accuracy: Accuracy;
  /** Figures wrong / missed with indicators matched by 三级 name (figureMissesByName). */
  figuresByName: ReturnType<typeof figureMissesByName>;
}

/** Parses every fixture (that the filter keeps) and compares it with its truth. */
export async function measureField(filter: (e: FieldEntry) => boolean = () => true, root = FIELD_ROOT): Promise<FixtureResult[]> {
  const out: FixtureResult[] = [];
  for (const e of readManifest(root)) {
    if (!filter(e)) continue;
    // A collection under way may list a fixture before its files are written.
    if (!existsSync(textPath(e, root)) || !existsSync(truthPath(e, root))) {
      console.warn(`${e.name}: listed, but its text or truth is not there yet — skipped`);
      continue;
    }
    const doc = await parse(readFileSync(textPath(e, root)), { path: `${e.name}.txt` });
    const truth = readTruth(e, root);
    const accuracy = compareFieldTruth(truth, doc, { ocr: e.shape === "ocr" });
    out.push({ entry: e, accuracy, figuresByName: figureMissesByName(accuracy.misses, truth.forms, doc.forms) });
  }
  return out;
}

export interface Tally {
  checks: number;
  matches: number;
  fixtures: number;
}
export function tally(results: FixtureResult[]): Tally {
  let checks = 0;
  let matches = 0;
  for (const r of results) {
    checks += r.accuracy.checks;
    matches += r.accuracy.matches;
  }
  return { checks, matches, fixtures: results.length };
}
export function ratio(t: Tally): number {
  return t.checks === 0 ? 1 : t.matches / t.checks;
}

/**
 * A truth's number the reader missed, apart from one it read as another number. The second is
 * what the rule "never a guess" forbids: an auditor reads a wrong figure as the form's, where a
 * null says "not read, look at the text".
 */
export function figureMisses(misses: readonly { expected: unknown; actual: unknown }[]): { wrong: number; missed: number } {
  let wrong = 0;
  let missed = 0;
  for (const m of misses) {
    if (typeof m.expected !== "number") continue;
    if (typeof m.actual === "number") wrong++;
    else missed++;
  }
  return { wrong, missed };
}

/** The indicator fields the comparison checks (test/helpers/field-truth.ts) that can hold a number. */
const INDICATOR_FIGURE_FIELDS = ["target", "actual", "weight", "score", "deviation"];

/** An indicator's 三级 name as the comparison folds it (white space, NFKC, numbering). */
function nameKey(v: unknown): string | null {
  return typeof v === "string" && foldString(v) !== "" ? foldString(v) : null;
}
function indicatorsOf(form: unknown): Record<string, unknown>[] {
  const inds = form !== null && typeof form === "object" ? (form as Record<string, unknown>).indicators : undefined;
  return Array.isArray(inds) ? inds.filter((x): x is Record<string, unknown> => x !== null && typeof x === "object") : [];
}

/**
 * Pairs each truth indicator with the output's indicator of the same 三级 name (the first not yet
 * taken). A truth indicator left unpaired keeps its place where the output's indicator there is
 * free and its name is none of the truth's (a name misread, its row in place); otherwise it has
 * no pair (-1).
 */
export function pairIndicatorsByName(truth: readonly Record<string, unknown>[], actual: readonly Record<string, unknown>[]): number[] {
  const taken = new Set<number>();
  const pairs = truth.map((t) => {
    const key = nameKey(t.level3);
    const j = key === null ? -1 : actual.findIndex((a, k) => !taken.has(k) && nameKey(a.level3) === key);
    if (j >= 0) taken.add(j);
    return j;
  });
  const truthNames = new Set(truth.map((t) => nameKey(t.level3)).filter((k) => k !== null));
  return pairs.map((j, i) => {
    if (j >= 0 || i >= actual.length || taken.has(i)) return j;
    const name = nameKey(actual[i]!.level3);
    if (name !== null && truthNames.has(name)) return -1;
    taken.add(i);
    return i;
  });
}

/**
 * Figures read as another number, with indicators paired by 三级 name (pairIndicatorsByName)
 * instead of by position. Indicators are checked by position (docs/measuring.md), so one missed
 * row shifts every later row's weight and score and `figureMisses` counts them wrong; this count
 * tells a real guess from a shifted row. An indicator without a pair counts its figures missed.
 * The other figures (funds, totals, tasks) are counted as `figureMisses` counts them.
 */
export function figureMissesByName(
  misses: readonly { form: number; field: string; expected: unknown; actual: unknown }[],
  truthForms: readonly unknown[],
  actualForms: readonly unknown[],
): { wrong: number; missed: number; guesses: { form: number; field: string; expected: number; actual: number }[] } {
  const outside = misses.filter((m) => !/^indicators\[\d+\]\./.test(m.field));
  let { wrong, missed } = figureMisses(outside);
  const guesses = outside.filter((m) => typeof m.expected === "number" && typeof m.actual === "number") as { form: number; field: string; expected: number; actual: number }[];
  truthForms.forEach((t, fi) => {
    const tInds = indicatorsOf(t);
    const aInds = indicatorsOf(actualForms[fi]);
    const pairs = pairIndicatorsByName(tInds, aInds);
    tInds.forEach((ti, i) => {
      const a = pairs[i]! >= 0 ? aInds[pairs[i]!] : undefined;
      for (const field of INDICATOR_FIGURE_FIELDS) {
        const e = ti[field];
        if (typeof e !== "number") continue;
        const v = a?.[field];
        if (valueMatches(e, v)) continue;
        if (typeof v === "number") {
          wrong++;
          guesses.push({ form: fi, field: `indicators[${i}].${field}`, expected: e, actual: v });
        } else missed++;
      }
    });
  });
  return { wrong, missed, guesses };
}
