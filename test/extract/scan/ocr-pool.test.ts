/**
 * The OCR pool posts several jobs ahead to each worker (src/extract/ocr/tesseract.ts), each
 * with its own Tesseract parameters passed as recognize options. Jobs posted at once, some
 * restricted to digits and some not, must each be read with their own parameters: a parameter
 * set for one job and seen by the next (as `setParameters` messages posted out of order would)
 * turns 一级指标 into digits or lets letters through the whitelist.
 *
 * The crop is a cell of fixtures/scan/s-p14-200-jpeg.jpg as the scan path reads it, written by
 * `JIXIAO_DEBUG_SCAN_DIR=dir jixiao parse fixtures/scan/s-p14-200-jpeg.jpg`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GrayImage } from "../../../src/extract/image/gray.js";
import { recognise } from "../../../src/extract/ocr/recognise.js";
import { OcrCancelledError, OcrPool } from "../../../src/extract/ocr/tesseract.js";

function readPgm(path: string): GrayImage {
  const b = readFileSync(path);
  const header = b.subarray(0, 32).toString("latin1").match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error(`${path}: not a binary 8-bit PGM`);
  const [w, h] = [Number(header[1]), Number(header[2])];
  return { width: w, height: h, data: new Uint8Array(b.subarray(header[0].length, header[0].length + w * h)) };
}

const pool = new OcrPool({ workers: 2, model: "4.0.0_best_int", idleMs: -1 });
afterAll(async () => {
  await pool.terminate();
});

describe("OCR pool: jobs posted ahead", () => {
  it("reads each job with its own parameters", async () => {
    const crop = readPgm(join(__dirname, "..", "..", "..", "fixtures", "scan", "crops", "yiji-zhibiao-200dpi.pgm"));
    const jobs = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? recognise(pool, crop, { psm: "7", dpi: 200 })
        : recognise(pool, crop, { psm: "7", dpi: 200, lang: "eng", whitelist: "0123456789" }),
    );
    const texts = (await Promise.all(jobs)).map((r) => r.text);
    expect(texts.filter((_, i) => i % 2 === 0)).toEqual(Array(5).fill("一级指标"));
    for (const t of texts.filter((_, i) => i % 2 === 1)) expect(t).toMatch(/^\d*$/);
    // Unrestricted eng after the restricted jobs: the whitelist was put back.
    expect((await recognise(pool, crop, { psm: "7", dpi: 200, lang: "eng" })).text).toMatch(/[^\d\s]/);
  }, 60_000);

  it("keeps a worker's own parameters (set while it was idle) from jobs posted ahead with others", async () => {
    const crop = readPgm(join(__dirname, "..", "..", "..", "fixtures", "scan", "crops", "yiji-zhibiao-200dpi.pgm"));
    // The first two jobs find both slots idle and make the whitelist their workers' own; the
    // unrestricted ones after them are posted to busy workers and must pass theirs.
    const digitsOnly = [true, true, false, false, true, false, false, true];
    const jobs = digitsOnly.map((d) => recognise(pool, crop, { psm: "7", dpi: 200, lang: "eng", ...(d ? { whitelist: "0123456789" } : {}) }));
    const texts = (await Promise.all(jobs)).map((r) => r.text);
    for (const [i, t] of texts.entries()) expect(t, `job ${i}`).toMatch(digitsOnly[i] ? /^\d*$/ : /[^\d\s]/);
  }, 60_000);

  it("runs an urgent job before the jobs still waiting, after those already posted", async () => {
    const one = new OcrPool({ workers: 1, model: "4.0.0_best_int", idleMs: -1 });
    try {
      const order: string[] = [];
      // Jobs that record when they start and hold their worker a moment (no OCR needed for that).
      const job = (name: string, urgent = false) =>
        one.run({}, async () => {
          order.push(name);
          await new Promise((r) => setTimeout(r, 20));
        }, "eng", urgent);
      await one.run({}, async () => {}, "eng"); // the workers started first, so that jobs queue in the order given
      const waiting = ["a", "b", "c", "d", "e", "f"].map((n) => job(n));
      const urgent = [job("U1", true), job("U2", true)];
      await Promise.all([...waiting, ...urgent]);
      // One slot takes three jobs at once; the urgent ones go before the three still waiting, in their own order.
      expect(order).toEqual(["a", "b", "c", "U1", "U2", "d", "e", "f"]);
    } finally {
      await one.terminate();
    }
  }, 60_000);
  it("posts a job to an idle worker at once, without waiting for the caller to pause", async () => {
    const one = new OcrPool({ workers: 1, model: "4.0.0_best_int", idleMs: -1 });
    try {
      await one.run({}, async () => {}, "eng"); // the workers started
      let started = false;
      const job = one.run({}, async () => {
        started = true;
      }, "eng");
      // A page's cells are cut and posted in one synchronous sweep: a job that waited for a
      // pause first would find its worker only after the whole sweep.
      expect(started).toBe(true);
      await job;
    } finally {
      await one.terminate();
    }
  }, 60_000);

  it("keeps its workers while a job is posted, when a warm-up's start armed the idle time before the job came", async () => {
    // A page read under load: the workers, warmed while the page was prepared, took longer to
    // start than the page; the cells' jobs waited for the start, and the warm-up's own pump
    // (with nothing queued yet) armed the idle timer just before they were posted. The timer
    // then ended the workers under the posted jobs, which never settled (the fax test hung).
    const one = new OcrPool({ workers: 1, model: "4.0.0_best_int", idleMs: 50 });
    try {
      one.warm();
      const upAfterIdleTime = await one.run({}, async () => {
        await new Promise((r) => setTimeout(r, 300));
        return one.up;
      }, "eng");
      expect(upAfterIdleTime).toBe(true);
      // With nothing left, the idle time still ends them.
      await new Promise((r) => setTimeout(r, 300));
      expect(one.up).toBe(false);
    } finally {
      await one.terminate();
    }
  }, 60_000);

  it("ended on purpose, tells the jobs posted and waiting that they were dropped instead of leaving them pending", async () => {
    const one = new OcrPool({ workers: 1, model: "4.0.0_best_int", idleMs: -1 });
    await one.run({}, async () => {}, "eng"); // the workers started
    // Jobs that hold their worker until it is ended: the first ones are posted, the rest wait.
    const jobs = Array.from({ length: 6 }, () => one.run({}, () => new Promise<never>(() => {}), "eng"));
    const settled = Promise.allSettled(jobs);
    await one.terminate();
    const results = await settled;
    expect(results.map((r) => r.status)).toEqual(Array(6).fill("rejected"));
    for (const r of results) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(OcrCancelledError);
  }, 60_000);

  it("drops the cancelled jobs still waiting and runs those posted to a worker", async () => {
    const one = new OcrPool({ workers: 1, model: "4.0.0_best_int", idleMs: -1 });
    try {
      await one.run({}, async () => {}, "eng");
      const ran: string[] = [];
      const token = { cancelled: false };
      const job = (name: string) =>
        one.run({}, async () => {
          ran.push(name);
          await new Promise((r) => setTimeout(r, 20));
        }, "eng", false, token);
      const jobs = ["a", "b", "c", "d", "e", "f"].map(job);
      const other = one.run({}, async () => void ran.push("other"), "eng");
      one.cancel(token);
      const late = job("late");
      const settled = await Promise.allSettled([...jobs, late]);
      await other;
      // One slot holds three jobs at once: those ran; the three waiting and the one posted after
      // the cancel were dropped, and the job of no token still ran.
      expect(ran).toEqual(["a", "b", "c", "other"]);
      expect(settled.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected", "rejected", "rejected"]);
      for (const r of settled.slice(3)) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(OcrCancelledError);
    } finally {
      await one.terminate();
    }
  }, 60_000);
});
