/**
 * pdf.js's worker code loaded with its built-in CMaps kept across documents
 * (src/extract/pdf/worker-cmap-cache.ts): the change applies to the installed pdf.js (if an
 * upgrade changes the source, this fails rather than the speed silently going), the memo returns
 * one parse per name and forgets failures, and a STSong form read twice in one process (the
 * second time from the kept CMaps) reads the same.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { FONT_CHARS, patchWorkerSource } from "../../../src/extract/pdf/worker-cmap-cache.js";
import { TYPE3_ORIGINAL } from "../../../src/extract/pdf/worker-type3.js";

describe("patchWorkerSource", () => {
  it("applies to the installed pdf.js worker", () => {
    const path = createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
    const script = patchWorkerSource(readFileSync(path, "utf8"), "file:///x/pdf.worker.mjs");
    expect(script).not.toBeNull();
    expect(script).toContain("async function jixiaoCreateBuiltInCMap(name, fetchBuiltInCMap) {");
    expect(script).toContain("jixiaoLoadType3Data(evaluator, resources, task) {");
    expect(script).not.toMatch(/import\.meta\.url|^export \{/m);
    // It must still parse as a script (no module syntax left).
    expect(() => new vm.Script(script!)).not.toThrow();
  });

  it("refuses a source without the expected shape", () => {
    expect(patchWorkerSource("globalThis.pdfjsWorker = {};\nexport { WorkerMessageHandler };", "file:///x")).toBeNull();
  });

  it("parses each CMap name once, and tries again after a failure", async () => {
    const source = [
      "let parses = 0;",
      "async function createBuiltInCMap(name, fetchBuiltInCMap) {",
      "  parses++;",
      "  return fetchBuiltInCMap(name);",
      "}",
      "class ToUnicodeMap {",
      "  constructor(map) { this._map = map; }",
      "  forEach(callback) { loops++; for (const charCode in this._map) callback(charCode, this._map[charCode].codePointAt(0)); }",
      "}",
      "const getGlyphsUnicode = () => ({});",
      "const getUnicodeForGlyph = () => -1;",
      "class Font {",
      "  constructor(toUnicode, composite) { this.toUnicode = toUnicode; this.composite = composite; this.differences = []; this.defaultEncoding = []; }",
      "  fallbackToSystemFont() {",
      "    {",
      FONT_CHARS,
      "          const glyphName = this.differences[charCode] || this.defaultEncoding[charCode];",
      "          const unicode = getUnicodeForGlyph(glyphName, glyphsUnicodeMap);",
      "          if (unicode !== -1) unicodeCharCode = unicode;",
      "        }",
      "        map[+charCode] = unicodeCharCode;",
      "      });",
      "      this.toFontChar = map;",
      "    }",
      "    return this.toFontChar;",
      "  }",
      "}",
      "class IdentityCMap {}",
      "let walks = 0;",
      "let loops = 0;",
      "class PartialEvaluator {",
      "  async buildToUnicode(properties) {",
      "    walks++;",
      "    properties.hasIncludedToUnicodeMap = false;",
      "    return new ToUnicodeMap([, String.fromCodePoint(0x4e00 + walks), , String.fromCodePoint(0x20000 + walks)]);",
      "  }",
      "}",
      "class TranslatedFont {",
      "  #type3Loaded = null;",
      TYPE3_ORIGINAL + "    return null;",
      "  }",
      "}",
      "globalThis.pdfjsWorker = { create: createBuiltInCMap, parses: () => parses, url: import.meta.url, evaluator: new PartialEvaluator(), walks: () => walks, loops: () => loops, Font, ToUnicodeMap };",
      "export { WorkerMessageHandler };",
    ].join("\n");
    interface Fake {
      create(name: string, f: (n: string) => unknown): Promise<unknown>;
      parses(): number;
      url: string;
      evaluator: { buildToUnicode(p: object): Promise<{ _map: unknown[] }> };
      walks(): number;
      loops(): number;
      Font: new (toUnicode: object, composite: boolean) => { fallbackToSystemFont(): number[] };
      ToUnicodeMap: new (map: unknown[]) => object;
    }
    const sandbox: { pdfjsWorker?: Fake } = {};
    vm.runInNewContext(patchWorkerSource(source, "file:///x/w.mjs")!, sandbox);
    const w = sandbox.pdfjsWorker!;
    expect(w.url).toBe("file:///x/w.mjs");
    const a = { name: "UniGB-UCS2-H" };
    const first = await w.create("UniGB-UCS2-H", () => a);
    const second = await w.create("UniGB-UCS2-H", () => ({ other: true }));
    expect(second).toBe(first);
    expect(w.parses()).toBe(1);
    await expect(w.create("Adobe-GB1-UCS2", () => Promise.reject(new Error("no file")))).rejects.toThrow("no file");
    await new Promise((r) => setImmediate(r));
    expect(await w.create("Adobe-GB1-UCS2", () => "parsed")).toBe("parsed");
    expect(w.parses()).toBe(3);

    // A font's text map from a built-in CMap and its collection: walked once per CMap and
    // collection, each font given its own copy; other fonts go to pdf.js's method every time.
    const builtIn = { builtInCMap: true };
    const gb1 = { registry: "Adobe", ordering: "GB1" };
    const font = () => ({ composite: true, cMap: builtIn, cidSystemInfo: gb1 });
    const m1 = await w.evaluator.buildToUnicode(font());
    const m2 = await w.evaluator.buildToUnicode(font());
    expect(w.walks()).toBe(1);
    expect(m2._map).toEqual(m1._map);
    expect(m2._map).not.toBe(m1._map);
    await w.evaluator.buildToUnicode({ ...font(), cidSystemInfo: { registry: "Adobe", ordering: "CNS1" } });
    expect(w.walks()).toBe(2);
    await w.evaluator.buildToUnicode({ ...font(), toUnicode: { length: 10 } });
    await w.evaluator.buildToUnicode({ composite: false, cMap: builtIn, cidSystemInfo: gb1 });
    expect(w.walks()).toBe(4);

    // A copied map's glyph codes come from the memo, made once: the same as pdf.js's loop gives
    // for an equal map that is not a copy, each font its own array.
    const fromMemo = new w.Font(m1, true).fallbackToSystemFont();
    const again = new w.Font(m2, true).fallbackToSystemFont();
    const looped = new w.Font(new w.ToUnicodeMap(m1._map.slice()), true).fallbackToSystemFont();
    expect(looped).toEqual([, 0x4e01, , 0x20001]);
    expect(fromMemo).toEqual(looped);
    expect(again).toEqual(looped);
    expect(again).not.toBe(fromMemo);
    expect(w.loops()).toBe(1);
  });
});

describe("reading with kept CMaps", () => {
  it("reads a STSong form (UniGB-UCS2-H, not embedded) the same the second time", async () => {
    const { readPdf } = await import("../../../src/extract/pdf/read-pdf.js");
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "pdf", "m01-central-stsong.pdf")));
    const first = await readPdf(bytes);
    const second = await readPdf(bytes);
    const text = first.pages.flatMap((p) => p.runs.map((r) => r.str)).join("");
    expect(text).toContain("绩效");
    expect(text).toContain("项目名称");
    // Font names carry pdf.js's document number (g_d0_f1, g_d1_f1): everything else is equal.
    const sansDoc = (r: typeof first) => JSON.parse(JSON.stringify(r).replace(/"g_d\d+_/g, '"g_'));
    expect(sansDoc(second)).toEqual(sansDoc(first));
  });
});
