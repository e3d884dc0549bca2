/**
 * Shared pieces of the property tests: the seed and a sample of generated fixtures as starting
 * points, the words forms are made of (so random input reaches deep into the reconstructor
 * rather than stopping at "no form"), mutations, and the check every Document must pass.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { Document } from "../../src/schema/index.js";

const root = new URL("../../", import.meta.url).pathname;

export const seedText = readFileSync(join(root, "fixtures/seed/000_2ddec0f555d76dd0.txt"), "utf8");

/** One text of every generated shape (the first file of each folder), as bytes (some are GB18030 or UTF-16). */
export const generatedSamples: { name: string; bytes: Uint8Array }[] = readdirSync(join(root, "fixtures/generated"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const file = readdirSync(join(root, "fixtures/generated", d.name)).find((f) => f.endsWith(".txt"))!;
    return { name: `${d.name}/${file}`, bytes: readFileSync(join(root, "fixtures/generated", d.name, file)) };
  });

/** The cells of the seed (tab-separated), deduplicated: labels, names, numbers, sentences of real forms. */
export const seedCells: string[] = [...new Set(seedText.split(/[\t\n]/).map((s) => s.trim()).filter(Boolean))];

/** Text a hostile or careless producer puts in a cell. */
const oddities = ["", " ", "\u3000", "—", "-", "/", "\u0000", "\ufeff", "\ud800", "<br>", "<p>", "&amp;", "&#0;", "&#x110000;", "$\\geq$", "$", '"', '""', "1e308", "-0", "NaN", "Infinity", "9".repeat(400), "1,2,3,,4", "%", "％", "１００％", "l0", "1O0%", "≥≥≥", "(", "（", "\r", "\t", "\n", "总分", "合计"];

export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...seedCells) },
  { weight: 2, arbitrary: fc.constantFrom(...oddities) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 100000 }).map(String) },
);

export type Mutation =
  | { op: "delete"; at: number; len: number }
  | { op: "duplicate"; at: number; len: number }
  | { op: "insert"; at: number; text: string }
  | { op: "swapLines"; a: number; b: number }
  | { op: "digit"; at: number; digit: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(cellText, fc.constantFrom("\t", "\n", "\t\t", "\n\n", "|")) }),
  fc.record({ op: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("digit" as const), at: fc.nat(), digit: fc.constantFrom(..."0123456789.%-") }),
);

export function mutate(text: string, ops: readonly Mutation[]): string {
  let s = text;
  for (const m of ops) {
    const n = Math.max(1, s.length);
    switch (m.op) {
      case "delete": {
        const at = m.at % n;
        s = s.slice(0, at) + s.slice(at + m.len);
        break;
      }
      case "duplicate": {
        const at = m.at % n;
        s = s.slice(0, at) + s.slice(at, at + m.len) + s.slice(at);
        break;
      }
      case "insert": {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + m.text + s.slice(at);
        break;
      }
      case "swapLines": {
        const lines = s.split("\n");
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        s = lines.join("\n");
        break;
      }
      case "digit": {
        // Change a digit where there is one near `at`: numbers are what the audit reads.
        const at = m.at % n;
        const i = s.slice(at).search(/[0-9]/);
        if (i >= 0) s = s.slice(0, at + i) + m.digit + s.slice(at + i + 1);
        break;
      }
    }
  }
  return s;
}

/** Byte-level mutations for binary inputs: flips, cuts, splices. */
export const byteMutation = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("splice" as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ op: fc.constant("zero" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
);
export type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

export function mutateBytes(bytes: Uint8Array, ops: readonly ByteMutation[]): Uint8Array {
  let b = Uint8Array.from(bytes);
  for (const m of ops) {
    const n = Math.max(1, b.length);
    const at = m.at % n;
    if (m.op === "flip") {
      if (b.length > 0) b[at]! ^= 1 << m.bit;
    } else if (m.op === "cut") b = b.slice(0, at);
    else if (m.op === "splice") b = Uint8Array.from([...b.subarray(0, at), ...m.bytes, ...b.subarray(at)]);
    else b.fill(0, at, at + m.len);
  }
  return b;
}

/**
 * What every Document must be, whatever the input: valid against the schema, free of internal
 * errors, with stable kebab-case codes, and unchanged by a JSON round trip (what the CLI writes
 * is what the library returned).
 */
export function expectSound(doc: Document): void {
  expect(() => Document.parse(doc)).not.toThrow();
  const codes = doc.diagnostics.map((d) => d.code);
  expect(codes).not.toContain("internal-error");
  for (const c of codes) expect(c).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  // A form with no error diagnostic needs none; a Document with no form says why.
  if (doc.forms.length === 0) expect(doc.diagnostics.length).toBeGreaterThan(0);
}

/** Runs of property tests in the default suite stay small; `FC_RUNS` raises them (the fuzz script goes further). */
export function runs(n: number): number {
  const env = Number(process.env.FC_RUNS);
  return Number.isFinite(env) && env > 0 ? env : n;
}
