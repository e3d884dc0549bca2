/**
 * The reader's learning must not hang on what is incidental to the pages it was tuned on. For the
 * largest tuned fixture of each text shape, its text changed the ways real pages differ from one
 * another (line ends, blanks, zero-width characters, a portal's wrapper, full-width digits,
 * traditional characters, indentation, no-break spaces and entities, Markdown bold, other spellings of the header labels) is read as well as the text as found: every field it got right it
 * still gets right. `scripts/field/perturb.ts` measures every tuned fixture the same way.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readManifest, textPath, type FieldEntry } from "../scripts/field/corpus.js";
import { measureVariation, VARIATIONS } from "../scripts/field/perturb.js";

const CHANGES = ["crlf", "trailing-spaces", "nbsp-blanks", "zero-width", "wrapper", "full-width", "traditional", "indented-mixed", "nbsp-spaces", "nbsp-entity", "bold-labels", "synonyms"] as const;

/** The tuned fixture of each shape with the most checks (the held-back part is never used). */
function representatives(): FieldEntry[] {
  const byShape = new Map<string, { e: FieldEntry; size: number }>();
  for (const e of readManifest().filter((x) => x.split === "tune" && x.template === "project")) {
    const size = readFileSync(textPath(e), "utf8").length;
    const best = byShape.get(e.shape);
    if (!best || size > best.size) byShape.set(e.shape, { e, size });
  }
  return [...byShape.values()].map((x) => x.e).sort((a, b) => a.name.localeCompare(b.name));
}

describe("field robustness", () => {
  const fixtures = representatives();
  it("has a representative of each shape", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });
  for (const e of fixtures) {
    it(`${e.name} (${e.shape}) reads as well with its text changed as pages change it`, async () => {
      const text = readFileSync(textPath(e), "utf8");
      const lost: string[] = [];
      for (const v of CHANGES) {
        const { base, varied } = await measureVariation(e, v, text, VARIATIONS[v]!(text));
        if (varied < base) lost.push(`${v}: ${base} → ${varied}`);
      }
      expect(lost).toEqual([]);
    }, 60_000);
  }
});
