/**
 * Faithfulness of the analyst outputs' tables: for any Document (and any review status), every
 * value appears in the tables unchanged — rebuilding the Document from the rows gives it back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentRows } from "../../src/export/tables/rows.js";
import { TABLES } from "../../src/export/tables/model.js";
import { Document, type Form } from "../../src/schema/index.js";
import type { FormReview } from "../../src/correct/apply.js";
import { comparable, rebuild } from "./assemble.js";

/** Text as hostile as a cell gets: formula starts, quotes, line breaks, a leading ', CJK. */
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 10 }), fc.constantFrom("=1+1", "'x", "@SUM(A1)", "-3", "a\r\nb", '"q"', "财政项目支出绩效自评表", " ", ""));
const str = fc.option(text, { nil: null });
const num = fc.option(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  { nil: null },
);
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const severity = fc.constantFrom("error" as const, "warning" as const, "info" as const);
const pointer = fc.constantFrom("/total/score", "/funds/rows/0/executed", "/indicators/0/score", "/year", "/x~1y");
const sourceLoc = fc.record(
  {
    text,
    page: fc.integer({ min: 1, max: 500 }),
    line: fc.integer({ min: 1, max: 99999 }),
    bbox: fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true })).map((b) => b.map((x) => (Object.is(x, -0) ? 0 : x)) as [number, number, number, number]),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
    sheet: text,
    cell: fc.constantFrom("A1", "B12"),
    corrected: fc.record({ from: text, reason: text, reviewer: text, at: fc.constant("2024-05-01T08:00:00Z") }, { requiredKeys: ["from", "reason"] }),
  },
  { requiredKeys: ["text"] },
);
const parsedValue = fc.oneof(
  fc.record({ kind: fc.constant("quantity" as const), comparator: fc.constantFrom("≥" as const, "≤" as const, "=" as const, null), value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)), unit: str }),
  fc.record({ kind: fc.constant("qualitative" as const), text }),
);
const findingValue = fc.oneof(fc.integer(), fc.constant(null), text, fc.dictionary(fc.constantFrom("产出指标", "效益指标"), fc.option(fc.integer(), { nil: null })));

const form: fc.Arbitrary<Form> = fc.record(
  {
    template: fc.constantFrom("project" as const, "department" as const),
    title: str,
    year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
    projectName: str,
    department: str,
    implementingUnit: str,
    departmentCode: optional(text),
    implementingUnitCode: optional(text),
    funds: fc.record({
      unit: fc.constantFrom("元" as const, "万元" as const, null),
      rows: fc.array(fc.record({ key: fc.constantFrom("total", "currentYear", "extra1"), label: str, initialBudget: num, annualBudget: num, executed: num }), { maxLength: 3 }),
      weight: num,
      executionRatePercent: num,
      score: num,
    }),
    goals: fc.record({ expected: str, actual: str }),
    indicators: fc.array(
      fc.record(
        { level1: str, level2: str, level3: str, target: str, actual: str, weight: num, score: num, deviation: str, level1Weight: fc.integer(), targetParsed: parsedValue, actualParsed: parsedValue },
        { requiredKeys: ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation"] },
      ),
      { maxLength: 3 },
    ),
    total: fc.record({ weight: num, score: num }),
    audit: fc.record({
      ok: fc.boolean(),
      grade: fc.constantFrom("优" as const, "良" as const, "中" as const, "差" as const, null),
      recomputed: fc.record({ weight: num, score: num, executionRatePercent: num, budgetScore: num }),
      findings: fc.array(fc.record({ rule: text, severity, message: text, path: pointer, reported: findingValue, expected: findingValue }, { requiredKeys: ["rule", "severity", "message", "path"] }), { maxLength: 3 }),
    }),
    sources: fc.dictionary(pointer, sourceLoc, { minKeys: 1, maxKeys: 3 }),
  },
  { requiredKeys: ["template", "title", "year", "projectName", "department", "implementingUnit", "funds", "goals", "indicators", "total", "audit"] },
);

const document: fc.Arbitrary<Document> = fc
  .record({
    path: text,
    sha256: fc.constantFrom("a".repeat(64), "0123456789abcdef".repeat(4)),
    kind: fc.constantFrom("text" as const, "pdf" as const, "pdf-scan" as const),
    pages: fc.option(fc.nat(), { nil: null }),
    forms: fc.array(form, { maxLength: 3 }),
    diagnostics: fc.array(fc.record({ code: fc.constantFrom("no-form", "unplaced-text"), severity, message: text, path: optional(fc.constantFrom("/forms/0/total/score", "/forms/2", "/x")), source: optional(sourceLoc) }, { requiredKeys: ["code", "severity", "message"] }), { maxLength: 3 }),
  })
  .map(({ path, sha256, kind, pages, forms, diagnostics }) => Document.parse({ schemaVersion: 1, source: { path, sha256, kind, pages }, forms, diagnostics }));

const review: fc.Arbitrary<FormReview> = fc.oneof(
  fc.constant<FormReview>({ status: "unreviewed", statusRecord: null, applied: [] }),
  fc.record({ status: fc.constantFrom("approved" as const, "in-review" as const, "rejected" as const), reviewer: fc.constantFrom("张三", "li"), note: optional(text) }).map(
    ({ status, reviewer, note }): FormReview => ({ status, statusRecord: { at: "2024-05-02T09:00:00Z", reviewer, form: 0, status, ...(note === undefined ? {} : { note }) }, applied: [] }),
  ),
);

describe("the tables hold every value of every Document, unchanged", () => {
  it("rows → Documents gives the Documents back (any Document, any review status)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(document, fc.array(review, { minLength: 3, maxLength: 3 })), { maxLength: 3 }), (batch) => {
        const tables = Object.fromEntries(TABLES.map((t) => [t.name, [] as unknown[]])) as unknown as Parameters<typeof rebuild>[0];
        let lastForm = 0;
        batch.forEach(([doc, reviews], k) => {
          const rows = documentRows({ doc, forms: reviews }, { docId: k + 1, firstFormId: lastForm + 1 });
          lastForm += doc.forms.length;
          for (const t of TABLES) tables[t.name].push(...rows[t.name]);
        });
        // every row has exactly its table's columns
        for (const t of TABLES) for (const r of tables[t.name]) expect(Object.keys(r).sort()).toEqual(t.columns.map((c) => c.key).sort());
        const back = rebuild(tables);
        expect(back.docs).toEqual(batch.map(([d]) => comparable(d)));
        batch.forEach(([doc, reviews], k) =>
          doc.forms.forEach((_, i) => {
            const r = reviews[i]!;
            expect(back.status.get(`${k + 1}#${i}`)).toEqual({ status: r.status, reviewer: r.statusRecord?.reviewer ?? null, at: r.statusRecord?.at ?? null, note: r.statusRecord?.note ?? null });
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
});
