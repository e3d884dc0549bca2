/**
 * Loading pdf.js leaves the process's built-ins as they were: the legacy build's core-js
 * replacements (a slower `Array.prototype.push`, wrapped `JSON.stringify`/`JSON.parse`) are put
 * back, what it adds and needs stays, and the web `DecompressionStream` is replaced by one that
 * inflates with zlib in one call (measured faster than both the web stream and pdf.js's own
 * inflater). Captured before pdf.js is first loaded in this test file's process.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const natives = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse, toString: Function.prototype.toString };

describe("loadPdfJs", () => {
  it("restores replaced built-ins, keeps added ones, replaces DecompressionStream, and still reads PDFs", async () => {
    expect(typeof (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBe("undefined");
    const { loadPdfJs } = await import("../../../src/extract/pdf/pdfjs.js");
    await loadPdfJs();
    expect(typeof (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBe("object");
    expect(Array.prototype.push).toBe(natives.push);
    expect(JSON.stringify).toBe(natives.stringify);
    expect(JSON.parse).toBe(natives.parse);
    expect(Function.prototype.toString).toBe(natives.toString);
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe("function");
    const { NativeDecompressionStream } = await import("../../../src/extract/pdf/inflate.js");
    expect((globalThis as { DecompressionStream?: unknown }).DecompressionStream).toBe(NativeDecompressionStream);

    const { readPdf } = await import("../../../src/extract/pdf/read-pdf.js");
    // A Type 3 font: every glyph is its own Flate stream, now inflated by zlib.
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "pdf", "p04-central-noto-type3.pdf")));
    const text = (await readPdf(bytes)).pages.flatMap((p) => p.runs.map((r) => r.str)).join("");
    expect(text).toContain("项目名称");
  });
});
