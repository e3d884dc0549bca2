/**
 * Limits: each one settable through `ParseOptions.limits`, each one answered by a
 * `limit-exceeded` diagnostic (never an exception), the time limit racing a reader that never
 * finishes, and inputs built at run time that are too big to commit (a 10 MB single line).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ReaderContext } from "../../src/extract/extraction.js";
import { readPdf, PdfReadError } from "../../src/extract/pdf/index.js";
import { readers } from "../../src/extract/readers.js";
import { defaultLimits, resolveLimits, withTimeLimit } from "../../src/limits/index.js";
import { parse, parseFile } from "../../src/pipeline.js";
import type { Document } from "../../src/schema/index.js";

const root = new URL("../../", import.meta.url).pathname;
const seed = readFileSync(join(root, "fixtures/seed/000_2ddec0f555d76dd0.txt"), "utf8");
const twoPagePdf = join(root, "fixtures/pdf/m02-shanghai-stsong-2p.pdf");
const png = join(root, "fixtures/scan/s-m01-200-png.png");

function codes(doc: Document, severity?: string): string[] {
  return doc.diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.code);
}

describe("limits: defaults and options", () => {
  it("defaults are sensible: 200 MB, 500 pages, 60 Mpx, 10 min, 200,000 cells, 2,000,000 characters", () => {
    expect(defaultLimits).toEqual({ maxBytes: 200 * 1024 * 1024, maxPages: 500, maxPixels: 60_000_000, timeoutMs: 600_000, maxCells: 200_000, maxTextLength: 2_000_000 });
    // An option left undefined, zero or NaN keeps the default: a limit of 0 would refuse everything.
    expect(resolveLimits({ maxPages: undefined, maxBytes: 0, timeoutMs: Number.NaN, maxCells: 7 })).toEqual({ ...defaultLimits, maxCells: 7 });
  });

  it("the seed reads within every default limit", async () => {
    const doc = await parse(seed);
    expect(doc.forms).toHaveLength(2);
    expect(codes(doc)).not.toContain("limit-exceeded");
  });

  it("maxBytes: a file larger is not read", async () => {
    const doc = await parse(seed, { limits: { maxBytes: 1000 } });
    expect(doc.forms).toEqual([]);
    expect(codes(doc, "error")).toEqual(["limit-exceeded"]);
    expect(doc.diagnostics[0]!.message).toContain("1000");
  });

  it("maxPages: only the first pages of a PDF are read, with a warning", async () => {
    const doc = await parseFile(twoPagePdf, { limits: { maxPages: 1 } });
    expect(doc.source.pages).toBe(2);
    expect(doc.diagnostics.find((d) => d.code === "limit-exceeded")?.severity).toBe("warning");
  });

  it("maxPixels: an image larger than the limit is not decoded", async () => {
    const doc = await parseFile(png, { limits: { maxPixels: 10_000 } });
    expect(doc.source.kind).toBe("image");
    expect(codes(doc, "error")).toEqual(["limit-exceeded"]);
  });

  it("maxCells and maxTextLength: a Grid past them is not read", async () => {
    const cells = await parse(seed, { limits: { maxCells: 50 } });
    expect(cells.forms).toEqual([]);
    expect(codes(cells, "error")).toEqual(["limit-exceeded"]);
    const text = await parse(seed, { limits: { maxTextLength: 1000 } });
    expect(text.forms).toEqual([]);
    expect(codes(text, "error")).toEqual(["limit-exceeded"]);
  });

  it("a 10 MB single-line text is refused at once, without being read", async () => {
    const line = "项目名称" + "x".repeat(10 * 1024 * 1024);
    const t0 = Date.now();
    const doc = await parse(line, { path: "one-line.txt" });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(codes(doc, "error")).toEqual(["limit-exceeded"]);
  });

  it("a single line of 1.9 million Chinese characters (within the text limit) is read with its cell cut, in seconds", async () => {
    const line = "项目名称" + "预算执行率".repeat(380_000);
    const t0 = Date.now();
    const doc = await parse(line, { path: "one-line.txt" });
    expect(Date.now() - t0).toBeLessThan(15_000);
    const cut = doc.diagnostics.find((d) => d.code === "limit-exceeded");
    expect(cut?.severity).toBe("warning");
  });

  it("a 300-digit amount over a tiny budget: a Document, the recomputed rate null (once Infinity, which failed the schema)", async () => {
    const big = "1" + "0".repeat(300);
    const doc = await parse(seed.replace("1000000.00\t1000000.00\t1,000,000", `0.0000001\t0.0000001\t${big}`));
    expect(doc.forms[0]!.audit.recomputed.executionRatePercent).toBeNull();
    const rate = doc.forms[0]!.audit.findings.find((f) => f.rule === "execution-rate");
    expect(rate?.expected).toBeNull();
  });
});

describe("limits: time", () => {
  const original = { ...readers };
  afterEach(() => {
    Object.assign(readers, original);
  });

  it("a reader that never finishes is abandoned at the time limit, and told so through its signal", async () => {
    let seen: AbortSignal | undefined;
    readers.text = (_bytes: Uint8Array, ctx: ReaderContext) => {
      seen = ctx.signal;
      return new Promise(() => {});
    };
    const t0 = Date.now();
    const doc = await parse(seed, { limits: { timeoutMs: 300 } });
    const ms = Date.now() - t0;
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(3_000);
    expect(codes(doc, "error")).toEqual(["limit-exceeded"]);
    expect(seen?.aborted).toBe(true);
  });

  it("a reader that fails after the time limit leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    readers.text = () => new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 150));
    const doc = await parse(seed, { limits: { timeoutMs: 50 } });
    expect(codes(doc, "error")).toEqual(["limit-exceeded"]);
    await new Promise((r) => setTimeout(r, 300));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it("a reader that throws (an Error, a string, undefined) gives unreadable-file with a one-line reason", async () => {
    for (const thrown of [new Error("boom\n    at somewhere (x.js:1:1)"), "plain string", undefined]) {
      readers.text = () => {
        throw thrown;
      };
      const doc = await parse(seed);
      expect(codes(doc, "error")).toEqual(["unreadable-file"]);
      expect(doc.diagnostics[0]!.message).not.toContain("\n");
      expect(doc.diagnostics[0]!.message).not.toContain("at somewhere");
    }
  });

  it("withTimeLimit returns the work's value when it is in time, and its error", async () => {
    expect(await withTimeLimit(1000, async () => 42)).toEqual({ ok: true, value: 42 });
    await expect(withTimeLimit(1000, async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(await withTimeLimit(20, () => new Promise(() => {}))).toEqual({ ok: false, ms: 20 });
  });

  it("a PDF read whose signal has aborted stops: the pdf.js document is destroyed and reading throws", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readPdf(readFileSync(twoPagePdf), { signal: controller.signal })).rejects.toBeInstanceOf(PdfReadError);
  });

  it("a PDF past a tiny time limit gives limit-exceeded, and the next PDF still reads", async () => {
    const slow = await parseFile(twoPagePdf, { limits: { timeoutMs: 1 } });
    expect(codes(slow, "error")).toEqual(["limit-exceeded"]);
    const ok = await parseFile(twoPagePdf);
    expect(ok.forms.length).toBeGreaterThan(0);
  });
});

describe("hOCR and ALTO: entities", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-xxe-"));
  const secret = join(dir, "secret.txt");
  writeFileSync(secret, "TOP-SECRET-MARKER-8d1f");

  for (const kind of ["hocr", "alto"] as const) {
    it(`${kind}: an external entity naming a local file is never read`, async () => {
      const body =
        kind === "hocr"
          ? `<html><body><div class="ocr_page" title="bbox 0 0 100 100"><span class="ocrx_word" title="bbox 1 1 50 20; x_wconf 90">&x;</span></div></body></html>`
          : `<alto><Layout><Page WIDTH="100" HEIGHT="100"><PrintSpace><TextBlock><TextLine><String CONTENT="&x;" HPOS="1" VPOS="1" WIDTH="49" HEIGHT="19"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
      const xml = `<?xml version="1.0"?>\n<!DOCTYPE ${kind === "hocr" ? "html" : "alto"} [<!ENTITY x SYSTEM "file://${secret}">]>\n${body}`;
      const doc = await parse(new TextEncoder().encode(xml), { input: kind });
      expect(JSON.stringify(doc)).not.toContain("TOP-SECRET-MARKER");
      expect(doc.diagnostics.length).toBeGreaterThan(0);
    });
  }
});

describe("deep nesting", () => {
  it("HTML nested 100,000 deep: a clean diagnostic, not a crash", async () => {
    const html = "<html><body>" + "<div>".repeat(100_000) + "项目名称" + "</div>".repeat(100_000) + "</body></html>";
    const doc = await parse(new TextEncoder().encode(html), { path: "deep.html" });
    expect(doc.source.kind).toBe("html");
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    expect(codes(doc)).not.toContain("internal-error");
  });
});
