/**
 * Loads pdf.js (the legacy build, the one that runs on Node 20) once per process, with the
 * package's own cMaps and standard font data: without the cMaps, PDFs whose CJK fonts are not
 * embedded (STSong-Light with UniGB-UCS2-H, common from iText and reportlab) yield no text.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { installNativeInflate } from "./inflate.js";
import { loadWorkerWithCMapCache, workerHooks } from "./worker-cmap-cache.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js and its worker code (run in this thread: pdf.js's "fake worker" finds it on
 * `globalThis.pdfjsWorker`), then puts back the built-ins their core-js polyfills replaced.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const before = snapshotBuiltins();
    const pdfjs = await importModules();
    restoreBuiltins(before);
    if (pdfJsSettings.inflate === "native") installNativeInflate();
    else delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    return pdfjs;
  })();
  return loading;
}

export const pdfJsSettings = {
  /**
   * How pdf.js inflates Flate streams (content streams, fonts, each glyph of a Type 3 font). It
   * uses a web `DecompressionStream` when the global exists, its own JavaScript inflater when not.
   * Node's web stream cost ≈25 % of the reading's CPU (a zlib context and several promise turns
   * per stream); pdf.js's inflater, ≈10 % more than zlib in one call. "native": the global is
   * replaced by `NativeDecompressionStream` (inflate.ts: `zlib.inflateSync` behind the few calls
   * pdf.js makes); "js": the global is removed. Damaged streams go to pdf.js's inflater either
   * way, so what is read does not change.
   */
  inflate: "native" as "native" | "js",
  /**
   * Keep pdf.js's parsed built-in CMaps across documents (worker-cmap-cache.ts): a batch of
   * STSong forms otherwise parses the same two CMaps in every file. Read once, when pdf.js loads.
   */
  cMapCache: true as boolean,
  /**
   * Documents opened text-only (never drawn) are registered with the patched worker, which then
   * leaves the glyph programs of their Type 3 fonts unparsed wherever pdf.js would take nothing
   * from them for the text (worker-type3.ts). Read at each opening.
   */
  type3TextOnly: true as boolean,
};

const PDF_MODULE = "pdfjs-dist/legacy/build/pdf.mjs";
const WORKER_MODULE = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/**
 * `require()` of the two ES modules (Node ≥ 20.19 loads ES modules without top-level await that
 * way) rather than `import()`: in a checkout, where the sources run through tsx, every `import()`
 * goes through tsx's loader, which spent ≈3.4 s of CPU on these 4.5 MB of JavaScript and their
 * 8 MB of source maps, per process and per worker thread; `require()` with source maps off takes
 * ≈0.85 s (plain Node's `import()` ≈0.45 s). Older Node 20 releases refuse: `import()` then.
 */
async function importModules(): Promise<PdfJs> {
  // tsx turns source maps on; Node would then read and parse pdf.js's 8 MB of maps on every
  // load, for stack traces into a bundle nobody debugs here.
  const maps = process.sourceMapsEnabled;
  if (maps) process.setSourceMapsEnabled(false);
  try {
    try {
      const require = createRequire(import.meta.url);
      const pdfjs = require(PDF_MODULE) as PdfJs;
      // The worker code with its built-in CMaps kept across documents; unchanged when it cannot be.
      if (!pdfJsSettings.cMapCache || !loadWorkerWithCMapCache(require.resolve(WORKER_MODULE))) require(WORKER_MODULE);
      return pdfjs;
    } catch (err) {
      if ((err as NodeJS.ErrnoException)?.code !== "ERR_REQUIRE_ESM") throw err;
    }
    const pdfjs = (await import(PDF_MODULE)) as PdfJs;
    await import(WORKER_MODULE);
    return pdfjs;
  } finally {
    if (maps) process.setSourceMapsEnabled(true);
  }
}

/**
 * The built-in objects whose methods the legacy build's core-js may replace. On Node 20 it
 * replaces `Array.prototype.push` (a slower JS push, for every array in the process), and
 * `JSON.stringify` (a replacer called for every key, then a character-by-character pass over the
 * result), `JSON.parse` and `Function.prototype.toString` with wrappers, for edge cases of the
 * standard that neither pdf.js nor this project meets. Measured: ~30% of the CPU time of reading
 * the fixture PDFs, and every later JSON output slower. What core-js *adds* (methods Node 20
 * lacks: `Promise.withResolvers`, `Map.prototype.getOrInsert`, …) stays: pdf.js needs those.
 */
function builtinHolders(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as { prototype: object };
  return [Array, Array.prototype, JSON, Function.prototype, Object, Object.prototype, Promise, Promise.prototype, String, String.prototype, Number, Math, Map.prototype, Set.prototype, ArrayBuffer.prototype, Uint8Array, Uint8Array.prototype, typedArray, typedArray.prototype, RegExp.prototype, Reflect];
}

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function snapshotBuiltins(): Snapshot {
  const snap: Snapshot = new Map();
  for (const holder of builtinHolders()) {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(holder)) props.set(key, Object.getOwnPropertyDescriptor(holder, key)!);
    snap.set(holder, props);
  }
  return snap;
}

/** Puts back every property that existed before and was replaced; added ones stay. */
function restoreBuiltins(snap: Snapshot): void {
  for (const [holder, props] of snap) {
    for (const [key, was] of props) {
      const now = Object.getOwnPropertyDescriptor(holder, key);
      if (now && Object.is(now.value, was.value) && now.get === was.get && now.set === was.set) continue;
      if (!now || now.configurable) Object.defineProperty(holder, key, was);
    }
  }
}

let dirs: { cMapUrl: string; standardFontDataUrl: string } | null = null;

/** Folders inside the installed pdfjs-dist package, with the trailing slash pdf.js expects. */
export function pdfJsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!dirs) {
    const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    dirs = { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
  }
  return dirs;
}

/**
 * Opens a PDF with the options every caller needs: the package's cMaps and standard fonts, no
 * eval, no system fonts, no console noise. pdf.js may detach the buffer it is given, so it gets a
 * copy. Returns the loading task (`task.promise` for the document, `task.destroy()` to free it).
 */
export async function openPdf(bytes: Uint8Array, password?: string, opts: { textOnly?: boolean } = {}) {
  const pdfjs = await loadPdfJs();
  const { cMapUrl, standardFontDataUrl } = pdfJsDataDirs();
  const task = pdfjs.getDocument({
    worker: sharedWorker(pdfjs),
    data: new Uint8Array(bytes),
    password,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    BinaryDataFactory: CachedDataFactory,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    // With font faces disabled pdf.js turns every glyph shown into a path (for drawing on a
    // canvas without fonts) while building the operator list, and posts each path to this
    // thread: a third of its time on a text-layer form. A reader that only wants text and
    // rulings never draws, so it lets pdf.js "load" font faces into a document that drops them.
    disableFontFace: !opts.textOnly,
    ...(opts.textOnly ? { ownerDocument: fontSink() } : {}),
    stopAtErrors: false,
  });
  if (opts.textOnly && pdfJsSettings.type3TextOnly) registerTextOnly(task);
  return task;
}

/**
 * Tells the patched worker that this document is never drawn (worker-type3.ts), until it is
 * destroyed. pdf.js's worker knows a document as "g_" + the loading task's id.
 */
function registerTextOnly(task: { docId: string; destroy(): Promise<void> }): void {
  const hooks = workerHooks();
  if (!hooks) return;
  const id = `g_${task.docId}`;
  hooks.textOnlyDocs.add(id);
  const destroy = task.destroy.bind(task);
  task.destroy = () => {
    hooks.textOnlyDocs.delete(id);
    return destroy();
  };
}

/** The package's cMap and standard font files, read once per process (they never change). */
const dataFiles = new Map<string, Promise<Uint8Array>>();

/**
 * pdf.js's binary data factory (`BinaryDataFactory`, called when a document needs a cMap or a
 * standard font), reading each file of the package once per process instead of once per
 * document: a batch of STSong forms asks for the same UniGB-UCS2-H cMap in every file. Each
 * caller gets its own copy, since pdf.js may keep or alter what it is given.
 */
class CachedDataFactory {
  private readonly dirs: Record<string, string | null>;
  constructor({ cMapUrl = null, standardFontDataUrl = null }: { cMapUrl?: string | null; standardFontDataUrl?: string | null }) {
    this.dirs = { cMapUrl, standardFontDataUrl };
  }

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const dir = this.dirs[kind];
    if (!dir) throw new Error(`no folder for pdf.js ${kind} data (${filename})`);
    const path = dir + filename;
    let bytes = dataFiles.get(path);
    if (!bytes) {
      bytes = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      // A failed read is not kept: the next document tries again.
      bytes.catch(() => dataFiles.delete(path));
      dataFiles.set(path, bytes);
    }
    return (await bytes).slice();
  }
}

type PdfWorker = InstanceType<PdfJs["PDFWorker"]>;
let worker: PdfWorker | null = null;

/**
 * One pdf.js worker for every document this thread opens, running in this thread (as pdf.js's
 * own "fake worker" does in Node) but talking through a `SharedPort`: pdf.js's loopback port
 * deep-copies every message with `structuredClone`, and the operator lists and text chunks it
 * posts per page cost ≈ 12 ms of CPU a page to copy (measured on fixtures/pdf: 0.93 s of
 * clones for 48 pages), for two ends that share one heap anyway.
 */
function sharedWorker(pdfjs: PdfJs): PdfWorker {
  if (!worker) {
    const handler = (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: { initializeFromPort(port: unknown): void } } }).pdfjsWorker?.WorkerMessageHandler;
    if (!handler) throw new Error("pdf.js worker code not loaded");
    const port = new SharedPort();
    handler.initializeFromPort(port);
    worker = new pdfjs.PDFWorker({ port: port as never, verbosity: 0 });
  }
  return worker;
}

/**
 * A message port whose two ends are in one thread. What the worker posts is handed over as it
 * is, except the arrays of a stream chunk, which pdf.js empties in place once it has posted them
 * (`OperatorList.flush` sets `fnArray.length = 0`): those are copied, one level deep. Nothing
 * else is changed after posting by either side: the worker builds new objects for each chunk and
 * reply, glyphs and fonts are read, not written, on this side, and a transferred buffer is one
 * the sender no longer uses. Delivery stays asynchronous (a microtask), as pdf.js's port does.
 */
export class SharedPort {
  #listeners = new Set<(event: { data: unknown }) => void>();
  #deferred = Promise.resolve();

  postMessage(message: unknown): void {
    const event = { data: detachArrays(message) };
    void this.#deferred.then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(name: string, listener: (event: { data: unknown }) => void): void {
    if (name === "message") this.#listeners.add(listener);
  }

  removeEventListener(name: string, listener: (event: { data: unknown }) => void): void {
    if (name === "message") this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

/** A message with its stream chunk's arrays copied (the sender reuses them); all else shared. */
function detachArrays(message: unknown): unknown {
  const chunk = (message as { chunk?: unknown } | null)?.chunk;
  if (!chunk || typeof chunk !== "object" || Array.isArray(chunk)) return message;
  const copy: Record<string, unknown> = { ...(chunk as Record<string, unknown>) };
  for (const key of Object.keys(copy)) if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).slice();
  return { ...(message as object), chunk: copy };
}

/**
 * Just enough of a DOM document for pdf.js's font loader (a `<style>` sheet to insert
 * `@font-face` rules into): the rules are dropped, which is all a reader that never draws needs.
 */
function fontSink(): unknown {
  const sheet = { cssRules: [] as unknown[], insertRule: () => 0 };
  const style = { sheet, remove: () => undefined };
  // With a `fonts` set pdf.js takes the font loading API: it makes a FontFace of the font's bytes
  // instead of writing them out as base64 into an @font-face rule (≈4 % of its CPU time).
  if (typeof (globalThis as { FontFace?: unknown }).FontFace === "undefined") {
    Object.defineProperty(globalThis, "FontFace", { value: DroppedFontFace, configurable: true, writable: true });
  }
  return {
    createElement: () => style,
    documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
    fonts: { add: () => undefined, delete: () => undefined },
  };
}

/** A font face that is never drawn with: loaded at once. Node has no FontFace of its own. */
class DroppedFontFace {
  readonly loaded: Promise<this> = Promise.resolve(this);
  constructor(readonly family: string) {}
}
