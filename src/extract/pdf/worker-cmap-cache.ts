/**
 * Loads pdf.js's worker code with its built-in CMaps kept across documents.
 *
 * pdf.js parses a built-in CMap (UniGB-UCS2-H, Adobe-GB1-UCS2, …) again for every document: its
 * cache is the document's catalog, and only the file bytes are cached (CachedDataFactory). A
 * batch of STSong forms parses the same two CMaps, tens of thousands of ranges, in every file. The
 * parsing function is private to pdf.js's bundle, so the worker's source is loaded with one
 * targeted change: `createBuiltInCMap` remembers its result by name for the life of the thread.
 * That is safe because a built-in CMap is only read once built: pdf.js writes to a CMap only
 * while parsing it (an embedded CMap that `usecmap`s a built-in one copies from it).
 *
 * When the source does not have the expected shape (another pdf.js version), or anything in the
 * loading fails, the caller falls back to requiring the module unchanged: slower, same output.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { TYPE3_ORIGINAL, TYPE3_TEXT_ONLY } from "./worker-type3.js";

const ORIGINAL = "async function createBuiltInCMap(name, fetchBuiltInCMap) {";
const TO_UNICODE = "  async buildToUnicode(properties) {";
const EXPORT_LINE = "export { WorkerMessageHandler };";
/** Where pdf.js's fallbackToSystemFont makes a font's glyph codes from its text map. */
export const FONT_CHARS = "      const glyphsUnicodeMap = getGlyphsUnicode();\n      const map = [];\n      this.toUnicode.forEach((charCode, unicodeCharCode) => {\n        if (!this.composite) {";

/**
 * The worker's ES module source made into a script: the CMap memo put in front of pdf.js's own
 * function (renamed), `import.meta.url` replaced by the file's URL, the one export line dropped
 * (the module also publishes itself on `globalThis.pdfjsWorker`, which is what is used). Null when
 * the source is not as expected.
 */
export function patchWorkerSource(source: string, fileUrl: string): string | null {
  if ([ORIGINAL, EXPORT_LINE, TO_UNICODE, TYPE3_ORIGINAL, FONT_CHARS].some((anchor) => source.split(anchor).length !== 2)) return null;
  if (!source.includes("globalThis.pdfjsWorker")) return null;
  const memo =
    "const jixiaoBuiltInCMaps = new Map();\n" +
    "const jixiaoToUnicode = new WeakMap();\n" +
    // A font's text map copied from the memo -> the memo's codes; the codes -> their glyph codes.
    "const jixiaoToUnicodeSource = new WeakMap();\n" +
    "const jixiaoFontChars = new WeakMap();\n" +
    FONT_CHARS_MEMO +
    // Documents never drawn (worker-type3.ts), by pdf.js document id; and what the check did.
    "const jixiaoTextOnlyDocs = new Set();\n" +
    "const jixiaoType3Stats = { checked: 0, skipped: 0 };\n" +
    "function createBuiltInCMap(name, fetchBuiltInCMap) {\n" +
    "  let cMap = jixiaoBuiltInCMaps.get(name);\n" +
    "  if (!cMap) {\n" +
    "    cMap = jixiaoCreateBuiltInCMap(name, fetchBuiltInCMap);\n" +
    // A failed fetch or parse is not kept: the next document tries again.
    "    cMap.catch(() => jixiaoBuiltInCMaps.delete(name));\n" +
    "    jixiaoBuiltInCMaps.set(name, cMap);\n" +
    "  }\n" +
    "  return cMap;\n" +
    "}\n" +
    "async function jixiaoCreateBuiltInCMap(name, fetchBuiltInCMap) {";
  const body = source
    .replace(ORIGINAL, memo)
    .replace(TO_UNICODE, TO_UNICODE_MEMO)
    .replace(TYPE3_ORIGINAL, TYPE3_TEXT_ONLY)
    .replace(FONT_CHARS, FONT_CHARS_FROM_MEMO)
    .replace(EXPORT_LINE, PUBLISH_HOOKS)
    .replaceAll("import.meta.url", JSON.stringify(fileUrl));
  // An ES module is strict and has its own scope: the same for the script.
  return `"use strict";(function () {\n${body}\n})();`;
}

/** In place of the export line: the text-only registry published beside the worker's handler. */
const PUBLISH_HOOKS = "globalThis.pdfjsWorker.jixiao = { textOnlyDocs: jixiaoTextOnlyDocs, type3: jixiaoType3Stats };";

/** What the patched worker offers this side: the text-only registry and the Type 3 check's counts. */
export interface WorkerHooks {
  /** pdf.js document ids (`g_` + the loading task's `docId`) of documents that are never drawn. */
  textOnlyDocs: Set<string>;
  /** Type 3 fonts of text-only documents checked, and those whose glyph programs were skipped. */
  type3: { checked: number; skipped: number };
}

/** The patched worker's hooks, or null when pdf.js was loaded unchanged. */
export function workerHooks(): WorkerHooks | null {
  return (globalThis as { pdfjsWorker?: { jixiao?: WorkerHooks } }).pdfjsWorker?.jixiao ?? null;
}

/**
 * A font without a ToUnicode map whose CMap is a built-in one (STSong-Light with UniGB-UCS2-H)
 * gets its text from the CMap and the character collection's UCS2 CMap: pdf.js walks every code
 * of the CMap (tens of thousands) for each document. The result depends only on the CMap (now
 * one object per name) and the collection, so it is kept per CMap object and collection, and
 * each font gets its own copy (pdf.js may amend a font's map). Only where pdf.js's own condition
 * for that branch holds; everything else goes to pdf.js's method unchanged.
 */
const TO_UNICODE_MEMO = `  buildToUnicode(properties) {
    const cMap = properties.cMap;
    const info = properties.cidSystemInfo;
    const fromCollection = properties.composite && !(properties.toUnicode?.length > 0) && cMap && info &&
      (cMap.builtInCMap && !(cMap instanceof IdentityCMap) ||
        info.registry === "Adobe" && ["GB1", "CNS1", "Japan1", "Korea1"].includes(info.ordering));
    if (!fromCollection) return this.jixiaoBuildToUnicode(properties);
    properties.hasIncludedToUnicodeMap = false;
    let byCollection = jixiaoToUnicode.get(cMap);
    if (!byCollection) jixiaoToUnicode.set(cMap, (byCollection = new Map()));
    const key = info.registry + "-" + info.ordering;
    let made = byCollection.get(key);
    if (!made) {
      made = this.jixiaoBuildToUnicode(properties).then((map) => map._map);
      made.catch(() => byCollection.delete(key));
      byCollection.set(key, made);
    }
    return made.then((codes) => {
      const map = new ToUnicodeMap(codes.slice());
      jixiaoToUnicodeSource.set(map, codes);
      return map;
    });
  }
  async jixiaoBuildToUnicode(properties) {`;

/**
 * A composite font that is not embedded (STSong-Light) gets its glyph codes from its text map in
 * pdf.js's fallbackToSystemFont: each code's first code point, by a for-in over the tens of
 * thousands of codes of the CMap — ≈10 ms per STSong document. For a text map copied from the
 * memo above (nothing amends it before that point: pdf.js amends a non-embedded font's map only
 * afterwards, in amendFallbackToUnicode) the result depends on the memo's codes only, so it is
 * made once per memo entry and each font gets its own copy. Other fonts: pdf.js's loop.
 */
const FONT_CHARS_MEMO =
  "function jixiaoFontCharsOf(toUnicode) {\n" +
  "  const codes = jixiaoToUnicodeSource.get(toUnicode);\n" +
  "  if (!codes) return null;\n" +
  "  let chars = jixiaoFontChars.get(codes);\n" +
  "  if (!chars) {\n" +
  "    chars = [];\n" +
  // As ToUnicodeMap.forEach and pdf.js's callback for a composite font: map[+code] = first code point.
  "    for (const charCode in codes) chars[+charCode] = codes[charCode].codePointAt(0);\n" +
  "    jixiaoFontChars.set(codes, chars);\n" +
  "  }\n" +
  "  return chars.slice();\n" +
  "}\n";

/** pdf.js's loop, run only when the memo has no answer (the loop's own statement kept whole). */
const FONT_CHARS_FROM_MEMO =
  "      const glyphsUnicodeMap = getGlyphsUnicode();\n" +
  "      const jixiaoChars = this.composite ? jixiaoFontCharsOf(this.toUnicode) : null;\n" +
  "      const map = jixiaoChars ?? [];\n" +
  "      if (!jixiaoChars) this.toUnicode.forEach((charCode, unicodeCharCode) => {\n" +
  "        if (!this.composite) {";

/** Runs the patched worker code in this thread. False when it could not (the caller requires the module). */
export function loadWorkerWithCMapCache(path: string): boolean {
  let script: string | null;
  try {
    script = patchWorkerSource(readFileSync(path, "utf8"), pathToFileURL(path).href);
  } catch {
    return false;
  }
  if (!script) return false;
  new vm.Script(script, {
    filename: path,
    // pdf.js imports an optional JPEG 2000 decoder with import(); keep that working.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }).runInThisContext();
  return typeof (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker === "object";
}
