/**
 * Any text or bytes through `parse()`: a sound Document (schema, no internal error, a reason when
 * there is no form), never an exception; the same bytes give the same JSON.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { byteMutation, expectSound, generatedSamples, mutate, mutateBytes, mutation, runs, seedText } from "./helpers.js";

async function parseTwice(input: Uint8Array | string): Promise<string> {
  const a = await parse(input, { path: "p.txt" });
  expectSound(a);
  const b = await parse(input, { path: "p.txt" });
  const ja = JSON.stringify(a);
  expect(JSON.stringify(b)).toBe(ja);
  return ja;
}

describe("text input: properties", () => {
  it("random strings (any Unicode) give a sound Document, deterministically", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 300 }), async (s) => {
        await parseTwice(s);
      }),
      { numRuns: runs(60) },
    );
  });

  it("random bytes give a sound Document, whatever kind they are taken for", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (b) => {
        await parseTwice(b);
      }),
      { numRuns: runs(80) },
    );
  });

  it("random bytes forced to every text-like kind give a sound Document", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("text", "html", "hocr", "alto", "docx", "xlsx") as fc.Arbitrary<"text">, async (b, input) => {
        expectSound(await parse(b, { input }));
      }),
      { numRuns: runs(60) },
    );
  });

  it("the seed, mutated (cut, duplicated, spliced, lines swapped, digits changed), gives a sound Document, deterministically", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (ops) => {
        await parseTwice(mutate(seedText, ops));
      }),
      { numRuns: runs(60) },
    );
  });

  it("every generated text shape, byte-mutated, gives a sound Document", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...generatedSamples), fc.array(byteMutation, { minLength: 1, maxLength: 6 }), async (sample, ops) => {
        await parseTwice(mutateBytes(sample.bytes, ops));
      }),
      { numRuns: runs(60) },
    );
  });

  it("every generated text shape, text-mutated, gives a sound Document", async () => {
    const texts = generatedSamples.map((s) => new TextDecoder().decode(s.bytes));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (text, ops) => {
        await parseTwice(mutate(text, ops));
      }),
      { numRuns: runs(40) },
    );
  });
});
