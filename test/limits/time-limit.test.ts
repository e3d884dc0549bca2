import { describe, expect, it } from "vitest";
import { withTimeLimit } from "../../src/limits/index.js";

/** Work that never yields to the event loop: only microtasks, so no timer can fire meanwhile. */
async function busy(ms: number): Promise<string> {
  const until = performance.now() + ms;
  while (performance.now() < until) await Promise.resolve();
  return "done";
}

describe("withTimeLimit", () => {
  it("gives the work's result when it ends in time", async () => {
    expect(await withTimeLimit(1000, () => busy(1))).toEqual({ ok: true, value: "done" });
  });

  it("drops a result that came past the limit even when the work never let the timer run", async () => {
    expect(await withTimeLimit(5, () => busy(30))).toEqual({ ok: false, ms: 5 });
  });

  it("times out work that waits, and aborts its signal", async () => {
    let aborted = false;
    const r = await withTimeLimit(5, (signal) => new Promise<string>((resolve) => { signal.addEventListener("abort", () => { aborted = true; }); setTimeout(() => resolve("late"), 200); }));
    expect(r).toEqual({ ok: false, ms: 5 });
    expect(aborted).toBe(true);
  });
});
