/**
 * Which audit rules can confirm an OCR reading is said by each rule (`confirmsReadings`), not by
 * a list kept in the correct stage: this pins the set, so a rule that starts or stops confirming
 * readings does so on purpose.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";

describe("rules that confirm a reading", () => {
  it("are the arithmetic rules, and only errors", () => {
    const confirming = rules.filter((r) => r.confirmsReadings);
    expect(confirming.map((r) => r.id)).toEqual(["total-weight", "total-score", "execution-rate", "budget-score", "fund-breakdown", "unreadable"]);
    for (const r of confirming) expect(r.severity).toBe("error");
  });
});
