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

const ORIGINAL = "async function createBuiltInCMap(name, fetchBuiltInCMap) {";
const EXPORT_LINE = "export { WorkerMessageHandler };";

/**
 * The worker's ES module source made into a script: the CMap memo put in front of pdf.js's own
 * function (renamed), `import.meta.url` replaced by the file's URL, the one export line dropped
 * (the module also publishes itself on `globalThis.pdfjsWorker`, which is what is used). Null when
 * the source is not as expected.
 */
export function patchWorkerSource(source: string, fileUrl: string): string | null {
  if (source.split(ORIGINAL).length !== 2 || source.split(EXPORT_LINE).length !== 2) return null;
  if (!source.includes("globalThis.pdfjsWorker")) return null;
  const memo =
    "const jixiaoBuiltInCMaps = new Map();\n" +
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
    .replace(EXPORT_LINE, "")
    .replaceAll("import.meta.url", JSON.stringify(fileUrl));
  // An ES module is strict and has its own scope: the same for the script.
  return `"use strict";(function () {\n${body}\n})();`;
}

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
