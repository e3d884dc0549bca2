/**
 * parseDocument must give exactly what Document.safeParse gives — the same success, the same data
 * with its keys in the same order, the same issues — for the pipeline's own Documents and for
 * sources of every shape, valid or not (its fast check of the forms' sources is otherwise untested).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { Document, Indicator, SourceLocation } from "../../src/schema/index.js";
import { INDICATOR_KEYS, parseDocument, SOURCE_KEYS } from "../../src/schema/validate.js";

const seed = readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url));

function same(doc: unknown): void {
  const a = parseDocument(doc);
  const b = Document.safeParse(doc);
  expect(a.success).toBe(b.success);
  if (a.success && b.success) {
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
    expect(a.data).toStrictEqual(b.data);
  } else {
    expect(a.error?.issues).toStrictEqual(b.error?.issues);
  }
}

const anyNumber = fc.oneof(fc.integer({ min: -3, max: 5000 }), fc.double(), fc.constantFrom(0, -0, 1, 0.5, Number.NaN, Infinity, 2 ** 53));
const anyValue = fc.oneof(anyNumber, fc.string({ maxLength: 3 }), fc.constant(undefined), fc.constant(null), fc.array(anyNumber, { maxLength: 5 }));
const location = fc.record(
  {
    text: fc.oneof(fc.string({ maxLength: 4 }), anyValue),
    page: fc.oneof(fc.integer({ min: 1, max: 9 }), anyValue),
    line: fc.oneof(fc.integer({ min: 1, max: 9999 }), anyValue),
    bbox: fc.oneof(fc.tuple(anyNumber, anyNumber, anyNumber, anyNumber), anyValue),
    confidence: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyValue),
    sheet: fc.oneof(fc.string({ maxLength: 3 }), anyValue),
    cell: fc.oneof(fc.string({ maxLength: 3 }), anyValue),
    corrected: fc.oneof(fc.record({ from: fc.string({ maxLength: 3 }), reason: fc.string({ maxLength: 3 }) }, { requiredKeys: ["from"] }), anyValue),
    stray: anyValue,
  },
  { requiredKeys: [] },
);
// Mostly the pipeline's own shapes, so that whole records pass and the fast path builds them.
const usual = fc.oneof(
  fc.record({ text: fc.string({ maxLength: 4 }), line: fc.integer({ min: 1, max: 9999 }) }),
  fc.record({ text: fc.string({ maxLength: 4 }), page: fc.integer({ min: 1, max: 9 }), bbox: fc.tuple(fc.integer(), fc.integer(), fc.integer(), fc.integer()) }, { requiredKeys: ["text"] }),
);
// The usual shapes with one value at an edge of what the schema allows (0, -0, 1.5, NaN, 2^53, a wrong type).
const edge = fc.constantFrom<unknown>(0, -0, 1, 1.5, -1, 1.0000001, Number.NaN, Infinity, 2 ** 53, "1", null, undefined, [0, 0, 0], [0, 0, 0, Number.NaN]);
const atEdge = fc.oneof(
  fc.record({ text: fc.string({ maxLength: 2 }), line: edge }),
  fc.record({ text: fc.string({ maxLength: 2 }), page: edge }),
  fc.record({ text: fc.string({ maxLength: 2 }), confidence: edge }),
  fc.record({ text: fc.string({ maxLength: 2 }), bbox: edge }),
  fc.record({ text: edge, sheet: fc.constantFrom("表1"), cell: edge }),
);
const record = fc.dictionary(fc.constantFrom("/title", "/year", "/funds/rows/0/executed", "/indicators/1/score", "__proto__", "0", "10"), fc.oneof({ weight: 6, arbitrary: usual }, { weight: 2, arbitrary: atEdge }, { weight: 1, arbitrary: location }), { maxKeys: 6 });

describe("parseDocument", () => {
  it("builds a source's keys in the schema's order", () => {
    expect([...SOURCE_KEYS]).toStrictEqual(Object.keys(SourceLocation.shape));
  });

  it("gives the seed's Document as Document.safeParse does", async () => {
    const doc = await parse(seed);
    expect(doc.forms.length).toBe(2);
    expect(Object.keys(doc.forms[0]!.sources ?? {}).length).toBeGreaterThan(20);
    same(doc);
    same({ ...doc, forms: doc.forms.map(({ sources, ...f }) => f) });
  });

  it("gives what Document.safeParse gives for sources of any shape", async () => {
    const doc = await parse(seed);
    fc.assert(
      fc.property(fc.array(fc.option(record, { nil: undefined }), { minLength: 2, maxLength: 2 }), (records) => {
        same({
          ...doc,
          forms: doc.forms.map((f, i) => {
            const { sources, ...rest } = f;
            return records[i] === undefined ? rest : { ...rest, sources: records[i] };
          }),
        });
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it("gives what Document.safeParse gives for each key at each edge", async () => {
    const doc = await parse(seed);
    const edges: unknown[] = [0, -0, 1, 1.5, -1, 1.0000001, Number.NaN, Infinity, 2 ** 53, "1", null, undefined, [0, 0, 0], [0, 0, 0, Number.NaN], [1, 2, 3, 4], { from: "a", reason: "b" }];
    for (const key of ["text", "page", "line", "bbox", "confidence", "sheet", "cell", "corrected", "other"]) {
      for (const value of edges) {
        const sources = { "/title": { text: "t", [key]: value }, "/year": { text: "y", line: 2 } };
        same({ ...doc, forms: doc.forms.map((f) => ({ ...f, sources })) });
      }
    }
  });

  it("leaves a sources record holding a symbol key to zod (the fast check lists Object.keys)", async () => {
    const doc = await parse(seed);
    // Filled key by key past V8's fast-property limit, as normaliseForm fills a form's record.
    const sources: Record<string | symbol, unknown> = {};
    for (let i = 0; i < 40; i++) sources[`/indicators/${i}/score`] = { text: String(i), line: i + 1 };
    same({ ...doc, forms: doc.forms.map((f) => ({ ...f, sources })) });
    sources[Symbol("stray")] = { text: "x", line: 1 };
    same({ ...doc, forms: doc.forms.map((f) => ({ ...f, sources })) });
    expect(parseDocument({ ...doc, forms: doc.forms.map((f) => ({ ...f, sources })) }).success).toBe(false);
  });

  it("builds an indicator's keys in the schema's order", () => {
    expect([...INDICATOR_KEYS]).toStrictEqual(Object.keys(Indicator.shape));
  });

  it("gives what Document.safeParse gives for indicators of any shape", async () => {
    const doc = await parse(seed);
    const text = fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 3 }) }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyValue });
    const num = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyValue });
    const parsed = fc.oneof(
      fc.record({ kind: fc.constant("quantity"), comparator: fc.constantFrom<unknown>("≥", "≤", "=", ">", "<", null, "≧", undefined), value: anyNumber, unit: fc.oneof(fc.constantFrom<unknown>("%", null, undefined, 3)), extra: anyValue }, { requiredKeys: ["kind", "value"] }),
      fc.record({ kind: fc.constantFrom<unknown>("qualitative", "other", undefined), text: fc.oneof(fc.string({ maxLength: 3 }), anyValue) }, { requiredKeys: ["kind"] }),
      anyValue,
    );
    const indicator = fc.record(
      { level1: text, level2: text, level3: text, target: text, actual: text, weight: num, score: num, deviation: text, level1Weight: fc.oneof(anyNumber, anyValue), method: text, targetParsed: parsed, actualParsed: parsed, stray: anyValue },
      { requiredKeys: ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation"] },
    );
    // Mostly whole indicators (so the fast path builds them), some with keys missing or of any kind.
    const anyIndicator = fc.oneof({ weight: 8, arbitrary: indicator }, { weight: 1, arbitrary: fc.record({ level1: text, weight: num }, { requiredKeys: [] }) }, { weight: 1, arbitrary: anyValue });
    fc.assert(
      fc.property(fc.array(fc.array(anyIndicator, { maxLength: 4 }), { minLength: 2, maxLength: 2 }), (lists) => {
        same({ ...doc, forms: doc.forms.map((f, i) => ({ ...f, indicators: lists[i] })) });
      }),
      { numRuns: 200, seed: 16 },
    );
    // The seed's own indicators, and each of them with one key at each edge value.
    const edges: unknown[] = [0, -0, 1.5, Number.NaN, Infinity, "1", null, undefined, [], {}];
    for (const key of [...INDICATOR_KEYS, "stray"]) {
      for (const value of edges) {
        same({ ...doc, forms: doc.forms.map((f) => ({ ...f, indicators: f.indicators.map((ind, k) => (k === 0 ? { ...ind, [key]: value } : ind)) })) });
      }
    }
  });

  it("leaves a Document wrong elsewhere to zod whole", async () => {
    const doc = await parse(seed);
    same({ ...doc, forms: [{ ...doc.forms[0]!, year: "2021" }] });
    same({ ...doc, forms: [{ ...doc.forms[0]!, sources: [] }] });
    same({ ...doc, forms: [{ ...doc.forms[0]!, sources: undefined }] });
    same({ ...doc, forms: [{ ...doc.forms[0]!, indicators: "none" }] });
    same({ ...doc, forms: [{ ...doc.forms[0]!, indicators: undefined }] });
    same({ ...doc, forms: "none" });
    same(null);
  });
});
