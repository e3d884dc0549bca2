import { describe, expect, it } from "vitest";
import { etaSeconds, progressLine } from "../../src/batch/progress.js";
import type { ImportProgress } from "../../src/batch/importer.js";

const p: ImportProgress = { total: 10, counted: true, done: 6, failed: 3, noForm: 2, skipped: 1, parsed: 5, elapsedMs: 2000 };

describe("progress line", () => {
  it("shows inputs without a form apart from failures", () => {
    expect(progressLine(p, "zh")).toBe("已完成 6/10，失败 1，无表 2，此前已完成 1，2.5 个/秒，预计剩余 0:02");
    expect(progressLine(p, "en")).toBe("6/10 done, 1 failed, 2 without a form, 1 already done, 2.5 files/s, ETA 0:02");
  });

  it("has no ETA before the walk has counted every input", () => {
    expect(etaSeconds({ ...p, counted: false })).toBeNull();
    expect(progressLine({ ...p, counted: false }, "en")).toContain("6/10+ done");
  });
});
