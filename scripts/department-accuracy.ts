/**
 * Field accuracy of the generated department-wide forms (fixtures/department/generated), per
 * shape, then of their web pages, Word, Excel and PDF files (fixtures/department/{html,docx,xlsx,pdf}) per kind,
 * with the misses: `npm run accuracy -- department [--misses N] [--shape S]`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareForms } from "../test/helpers/field-accuracy.js";
import { parse } from "../src/pipeline.js";
import type { DepartmentTruth } from "./lib/department-truth.js";

const root = new URL("../fixtures/department/generated/", import.meta.url).pathname;

export interface ShapeAccuracy {
  forms: number;
  checks: number;
  matches: number;
  misses: string[];
}

export async function departmentAccuracy(shape: string | null = null): Promise<Map<string, ShapeAccuracy>> {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { files: { file: string; truth: string; shape: string; forms: number }[] };
  const out = new Map<string, ShapeAccuracy>();
  for (const f of manifest.files) {
    if (shape && f.shape !== shape) continue;
    const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8")) as DepartmentTruth[];
    const doc = await parse(readFileSync(join(root, f.file)), { path: f.file });
    const acc = compareForms(truth, doc.forms);
    const s = out.get(f.shape) ?? { forms: 0, checks: 0, matches: 0, misses: [] };
    s.forms += f.forms;
    s.checks += acc.checks;
    s.matches += acc.matches;
    for (const m of acc.misses) {
      s.misses.push(`${f.file} [${truth[m.form]?.variant ?? "extra"}] ${m.form}:${m.field}  ${JSON.stringify(m.expected)?.slice(0, 60)} → ${JSON.stringify(m.actual)?.slice(0, 60)}`);
    }
    out.set(f.shape, s);
  }
  return out;
}

/** The web-page, Word, Excel and PDF department fixtures (scripts/generate-department-office-fixtures.ts). */
export const DEPARTMENT_FILE_KINDS = ["html", "docx", "xlsx", "pdf"] as const;

export async function departmentFileAccuracy(kind: (typeof DEPARTMENT_FILE_KINDS)[number]): Promise<ShapeAccuracy & { perFile: Map<string, number> }> {
  const dir = new URL(`../fixtures/department/${kind}/`, import.meta.url).pathname;
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { file: string; truth: string; forms: number }[];
  const s = { forms: 0, checks: 0, matches: 0, misses: [] as string[], perFile: new Map<string, number>() };
  for (const f of manifest) {
    const truth = JSON.parse(readFileSync(join(dir, f.truth), "utf8")) as DepartmentTruth[];
    const doc = await parse(readFileSync(join(dir, f.file)), { path: f.file });
    const acc = compareForms(truth, doc.forms);
    s.forms += f.forms;
    s.checks += acc.checks;
    s.matches += acc.matches;
    s.perFile.set(f.file, acc.matches / acc.checks);
    for (const m of acc.misses) {
      s.misses.push(`${kind}/${f.file} [${truth[m.form]?.variant ?? "extra"}] ${m.form}:${m.field}  ${JSON.stringify(m.expected)?.slice(0, 60)} → ${JSON.stringify(m.actual)?.slice(0, 60)}`);
    }
  }
  return s;
}

export async function departmentReport(args: string[]): Promise<void> {
  const at = (name: string): string | undefined => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const show = Number(at("--misses") ?? 0);
  const r = await departmentAccuracy(at("--shape") ?? null);
  for (const [shape, s] of r) {
    console.log(`${shape.padEnd(22)} ${((100 * s.matches) / s.checks).toFixed(2)}%  (${s.matches}/${s.checks}, ${s.forms} forms)`);
    for (const m of s.misses.slice(0, show)) console.log("   ", m);
  }
  if (at("--shape")) return;
  for (const kind of DEPARTMENT_FILE_KINDS) {
    const s = await departmentFileAccuracy(kind);
    console.log(`${kind.padEnd(22)} ${((100 * s.matches) / s.checks).toFixed(2)}%  (${s.matches}/${s.checks}, ${s.forms} forms)`);
    for (const m of s.misses.slice(0, show)) console.log("   ", m);
  }
}
