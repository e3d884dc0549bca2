/**
 * The PDF fixtures' text as poppler's pdftotext gives it in its three orders (scripts/field/
 * converter-dumps.mts; the dumps are committed in fixtures/converted/). Floors, not targets: the
 * shapes real pages hold, made from forms whose truth is known, must not read worse than measured.
 */
import { describe, expect, it } from "vitest";
import { measureDumps } from "../scripts/field/converter-dumps.mjs";

const FLOORS = { layout: 0.58, plain: 0.21, raw: 0.35 } as const;

describe("PDF fixtures as pdftotext dumps them", () => {
  for (const [mode, floor] of Object.entries(FLOORS)) {
    it(`pdftotext ${mode} reads at least ${floor}`, async () => {
      const results = await measureDumps(mode);
      expect(results.length).toBeGreaterThan(40);
      const checks = results.reduce((s, r) => s + r.checks, 0);
      const matches = results.reduce((s, r) => s + r.matches, 0);
      expect(matches / checks).toBeGreaterThanOrEqual(floor);
    }, 60_000);
  }
});
