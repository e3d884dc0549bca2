/**
 * Any Grid a reader might hand on — random rows of cells drawn from real form text and junk,
 * random spans, columns, sources, boundaries — through the reconstructor, normaliser and audit:
 * never an exception, a Document that passes the schema, the same JSON every time.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { Extraction, Reader } from "../../src/extract/extraction.js";
import { readers } from "../../src/extract/readers.js";
import type { Cell, Grid, Row } from "../../src/layout/grid.js";
import { parse } from "../../src/pipeline.js";
import { reconstruct } from "../../src/reconstruct/index.js";
import { cellText, expectSound, runs, seedText } from "./helpers.js";

const source = fc.record(
  {
    page: fc.integer({ min: 1, max: 5 }),
    line: fc.integer({ min: 1, max: 5000 }),
    bbox: fc.tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 })),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    sheet: fc.constantFrom("Sheet1", "表1"),
    cell: fc.constantFrom("A1", "B12", "AA100"),
  },
  { requiredKeys: [] },
);

const cell: fc.Arbitrary<Cell> = fc.record(
  {
    text: cellText,
    col: fc.integer({ min: 0, max: 20 }),
    rowSpan: fc.integer({ min: 1, max: 6 }),
    colSpan: fc.integer({ min: 1, max: 6 }),
    source,
  },
  { requiredKeys: ["text", "source"] },
);

const row: fc.Arbitrary<Row> = fc.record(
  { cells: fc.array(cell, { maxLength: 12 }), boundaries: fc.constantFrom("exact", "spaces", "none") as fc.Arbitrary<Row["boundaries"]>, pageBreakBefore: fc.boolean() },
  { requiredKeys: ["cells", "boundaries"] },
);

const grid: fc.Arbitrary<Grid> = fc.record({ rows: fc.array(row, { maxLength: 40 }), rowsKnown: fc.boolean(), pages: fc.option(fc.integer({ min: 1, max: 5 })) });

/** The seed's rows as a Grid, so shuffles and drops of real rows can be generated. */
const seedRows: Row[] = seedText
  .split("\n")
  .map((line, i) => ({ cells: line.split("\t").map((t, c) => ({ text: t, col: c, source: { line: i + 1 } })), boundaries: "exact" as const }))
  .filter((r) => r.cells.some((c) => c.text.trim() !== ""));

const seedGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.shuffledSubarray(seedRows.map((_, i) => i), { minLength: 1 }), fc.array(fc.tuple(fc.nat(), row), { maxLength: 5 }), fc.boolean())
  .map(([keep, extra, rowsKnown]) => {
    const rows = keep.sort((a, b) => a - b).map((i) => seedRows[i]!);
    for (const [at, r] of extra) rows.splice(at % (rows.length + 1), 0, r);
    return { rows, rowsKnown, pages: null };
  });

let next: Grid | null = null;
const original = readers.text;
const fake: Reader = (): Extraction => ({ grid: structuredClone(next), kind: "text", pages: null, diagnostics: [] });
readers.text = fake;
afterAll(() => {
  readers.text = original;
});

async function check(g: Grid): Promise<void> {
  next = g;
  // The reconstructor itself must not throw (the pipeline would turn that into an internal-error diagnostic).
  expect(() => reconstruct(structuredClone(g))).not.toThrow();
  const a = await parse("x", { path: "grid" });
  expectSound(a);
  const b = await parse("x", { path: "grid" });
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
}

describe("random grids: properties", () => {
  it("random grids of form words and junk", async () => {
    await fc.assert(fc.asyncProperty(grid, check), { numRuns: runs(120) });
  });

  it("the seed's rows, some dropped, with random rows inserted, rows known or not", async () => {
    await fc.assert(fc.asyncProperty(seedGrid, check), { numRuns: runs(60) });
  });
});
