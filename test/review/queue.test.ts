/** The queue's order: what needs a person first, each for the reason it shows; approved last. */
import { describe, expect, it } from "vitest";
import type { ReviewedDocument } from "../../src/correct/folder.js";
import { queueEntries } from "../../src/review/queue.js";
import type { Document, Form } from "../../src/schema/index.js";
import { importFixtures, readDocument } from "./fixtures.js";

function reviewed(doc: Document, status: ("approved" | "unreviewed")[] = []): ReviewedDocument {
  return { doc, forms: doc.forms.map((_, i) => ({ status: status[i] ?? "unreviewed", statusRecord: null, applied: [] })), stale: [], bad: 0 };
}

function withSources(form: Form, extra: NonNullable<Form["sources"]>): Form {
  return { ...form, sources: { ...form.sources, ...extra } };
}

describe("the review queue", () => {
  it("puts low-confidence, machine-corrected and ambiguous forms before clean ones, with their reasons", async () => {
    const imp = await importFixtures();
    const seed = readDocument(imp.dir, imp.seed);
    const clean = seed.forms[0]!;
    const doc: Document = {
      ...seed,
      forms: [
        clean,
        withSources(clean, { "/total/score": { text: "95", confidence: 0.41 } }),
        withSources(clean, { "/funds/score": { text: "1O", corrected: { from: "1O", reason: "OCR" } } }),
        clean,
        withSources(clean, { "/total/weight": { text: "100", corrected: { from: "90", reason: "人工", reviewer: "甲", at: "2026-12-01T00:00:00Z" } } }),
      ],
      diagnostics: [{ code: "ambiguous-split", severity: "warning", message: "…", path: "/forms/3/funds/rows/0/executed" }],
    };
    const q = queueEntries([reviewed(doc)]);
    expect(q.slice(0, 3).map((e) => e.form)).toEqual([3, 1, 2]);
    expect(q[0]!.reasons.ambiguous).toBe(1);
    expect(q[1]!.reasons.lowConfidence).toBe(1);
    expect(q[2]!.reasons.machineCorrected).toBe(1);
    // a value a person corrected is not a reason to look again
    expect(q.find((e) => e.form === 4)!.needsReview).toBe(false);
    expect(q.slice(3).every((e) => !e.needsReview)).toBe(true);
  });

  it("an approved form goes last even when it has an error", async () => {
    const imp = await importFixtures();
    const misread = readDocument(imp.dir, imp.misread);
    const q = queueEntries([reviewed(misread, ["approved"]), reviewed(readDocument(imp.dir, imp.seed))]);
    expect(q.at(-1)).toMatchObject({ sha256: imp.misread, form: 0, status: "approved", needsReview: true });
  });
});
