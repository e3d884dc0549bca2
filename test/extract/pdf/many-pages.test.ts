/**
 * A 500-page text-layer PDF (issue 4, item 7): built here in milliseconds (no Chromium), read one
 * page at a time with each page released before the next is read, memory bounded, the page limit
 * enforced with a clear diagnostic. Pages are trivial (one line in a ruled box): the point is the
 * page count, not the content.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { textPagesPdf } from "../../../scripts/pdf/minimal-pdf.js";
import { runCli } from "../../helpers/run-cli.js";
import { openPdf } from "../../../src/extract/pdf/pdfjs.js";
import { readPdfPages } from "../../../src/extract/pdf/read-pdf.js";
import { parse } from "../../../src/pipeline.js";

const PAGES = 500;
const line = (p: number) => `第${p}页说明`;
const pdf = new Uint8Array(textPagesPdf(PAGES, line));

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** pdf.js's page object prototype, to watch what the reader asks of each page. */
async function pageProto(): Promise<{ getTextContent: () => unknown; getOperatorList: () => unknown; cleanup: () => unknown }> {
  const task = await openPdf(new Uint8Array(textPagesPdf(1, line)));
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const proto = Object.getPrototypeOf(page);
  await task.destroy();
  return proto;
}

afterEach(() => vi.restoreAllMocks());

describe(`a ${PAGES}-page PDF`, () => {
  it("is read page by page: each page's text and rulings read, then the page released, before the next", async () => {
    const proto = await pageProto();
    const events: string[] = [];
    for (const name of ["getTextContent", "getOperatorList", "cleanup"] as const) {
      const original = proto[name];
      vi.spyOn(proto, name).mockImplementation(function (this: { pageNumber: number }, ...args: unknown[]) {
        events.push(`${name}:${this.pageNumber}`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      });
    }
    const heap: number[] = [];
    let n = 0;
    for await (const page of readPdfPages(pdf)) {
      n++;
      expect(page.page).toBe(n);
      expect(page.runs.map((r) => r.str).join("")).toBe(line(n));
      expect(page.segments.length).toBeGreaterThanOrEqual(4);
      if (n === 50 || n === PAGES) heap.push(heapAfterGc());
    }
    expect(n).toBe(PAGES);
    const expected = Array.from({ length: PAGES }, (_, i) => [`getTextContent:${i + 1}`, `getOperatorList:${i + 1}`, `cleanup:${i + 1}`]).flat();
    expect(events).toEqual(expected);
    // What stays per page once it is released is pdf.js's small page record (~3 KB measured);
    // keeping a page's text, rulings or operator list would cost far more than this bound.
    const growthPerPage = (heap[1]! - heap[0]!) / (PAGES - 50);
    expect(growthPerPage).toBeLessThan(12_000);
  });

  it("parses whole within the default page limit, in seconds", async () => {
    const t0 = performance.now();
    const doc = await parse(pdf, { path: "long.pdf" });
    const seconds = (performance.now() - t0) / 1000;
    expect(doc.source).toMatchObject({ kind: "pdf", pages: PAGES });
    expect(doc.diagnostics.filter((d) => d.code === "limit-exceeded")).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toContain("no-form");
    expect(seconds).toBeLessThan(20);
  });

  it("beyond --max-pages: only the first pages are read, and the diagnostic gives both counts", async () => {
    // (The message is in Chinese whatever `lang` says: readers are not told the language yet.)
    const doc = await parse(pdf, { limits: { maxPages: 100 } });
    expect(doc.source.pages).toBe(PAGES);
    const limit = doc.diagnostics.find((d) => d.code === "limit-exceeded");
    expect(limit?.severity).toBe("warning");
    expect(limit?.message).toContain(`共 ${PAGES} 页，上限 100 页`);

    // The same through the command line.
    const dir = mkdtempSync(join(tmpdir(), "jixiao-long-pdf-"));
    const file = join(dir, "long.pdf");
    writeFileSync(file, pdf);
    const { code, out, err } = await runCli("parse", "--max-pages", "100", file);
    expect(code).toBe(0);
    const [cli] = JSON.parse(out) as Array<{ diagnostics: Array<{ code: string; message: string }> }>;
    expect(cli!.diagnostics.find((d) => d.code === "limit-exceeded")?.message).toContain(`共 ${PAGES} 页，上限 100 页`);
    expect(err).toBe("");
  });
});
