import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../src/pipeline.js";
import type { Document } from "../src/schema/index.js";

const seed = new URL("../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url);
const golden = JSON.parse(readFileSync(new URL("../fixtures/seed/000_2ddec0f555d76dd0.expected.json", import.meta.url), "utf8"));

/** The golden file holds the contract fields only: no sources, optional fields or finding messages. */
function contractView(doc: Document) {
  return {
    diagnostics: doc.diagnostics,
    forms: doc.forms.map((f) => ({
      template: f.template,
      title: f.title,
      year: f.year,
      projectName: f.projectName,
      department: f.department,
      implementingUnit: f.implementingUnit,
      funds: f.funds,
      goals: f.goals,
      indicators: f.indicators.map(({ level1, level2, level3, target, actual, weight, score, deviation }) => ({
        level1, level2, level3, target, actual, weight, score, deviation,
      })),
      total: f.total,
      audit: { ...f.audit, findings: f.audit.findings.map(({ message: _m, ...rest }) => rest) },
    })),
  };
}

describe("the seed file", () => {
  it("gives exactly the golden output", async () => {
    const doc = await parse(readFileSync(seed), { path: "fixtures/seed/000_2ddec0f555d76dd0.txt" });
    expect(contractView(doc)).toEqual(golden);
  });

  it("is byte-identical across runs", async () => {
    const a = JSON.stringify(await parse(readFileSync(seed), { path: "x" }));
    const b = JSON.stringify(await parse(readFileSync(seed), { path: "x" }));
    expect(a).toBe(b);
  });

  it("records where each value came from", async () => {
    const doc = await parse(readFileSync(seed), { path: "seed.txt" });
    const form = doc.forms[1]!;
    // 满意度 row of the second form: line 43 of the seed, printed 5.
    expect(form.sources?.["/indicators/5/score"]).toEqual({ text: "5", line: 43 });
    expect(form.sources?.["/funds/executionRatePercent"]?.text).toBe("100.00%");
  });
});
