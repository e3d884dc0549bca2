/**
 * The generated department-wide forms as web pages, Word, Excel and PDF files
 * (scripts/generate-department-office-fixtures.ts: the project fixtures' writers, the three
 * department layouts) read field-perfect against the generator's truth: the same Grid and the
 * same reader as text, whatever the input kind. Expected values come from the truth files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { compareForms } from "../helpers/field-accuracy.js";
import type { DepartmentTruth } from "../../scripts/lib/department-truth.js";

const kinds = ["html", "docx", "xlsx", "pdf"] as const;

describe.each(kinds)("generated department forms as %s files", (kind) => {
  const dir = new URL(`../../fixtures/department/${kind}/`, import.meta.url).pathname;
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { file: string; truth: string; variants: string[] }[];

  it("holds every department layout", () => {
    expect([...new Set(manifest.flatMap((f) => f.variants))].sort()).toEqual(["department-mirror", "department-national", "department-structure"]);
  });

  it.each(manifest.map((f) => [f.file, f] as const))("%s parses to its ground truth, every field", async (_name, f) => {
    const truth = JSON.parse(readFileSync(join(dir, f.truth), "utf8")) as DepartmentTruth[];
    const doc = await parse(readFileSync(join(dir, f.file)), { path: f.file });
    expect(doc.forms.map((x) => x.template)).toEqual(truth.map(() => "department"));
    const acc = compareForms(truth, doc.forms);
    expect(acc.misses).toEqual([]);
    // The department-only parts were really compared (not left out of the truth).
    expect(acc.checks).toBeGreaterThan(60 * truth.length);
  });
});
