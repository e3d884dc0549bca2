import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { audit as auditForm } from "./audit/index.js";
import type { Profile } from "./audit/profiles.js";
import { detectKind } from "./detect-kind.js";
import { attachParsed } from "./normalise/quantity.js";
import { normaliseForm } from "./normalise/form.js";
import { reconstruct } from "./reconstruct/index.js";
import { bestReading } from "./reconstruct/best-reading.js";
import { withTextRows } from "./reconstruct/text-rows/index.js";
import type { Grid } from "./layout/grid.js";
import { Diagnostic, Document, type Form, type InputKind } from "./schema/index.js";
import { parseDocument } from "./schema/validate.js";
import { failedExtraction, type Extraction, type Limits } from "./extract/extraction.js";
import { readers } from "./extract/readers.js";
import { checkOcrDocument, recheckOcrDocument, withRereadings } from "./correct/ocr-stage.js";
import { national } from "./audit/profiles.js";
import { decodeText } from "./extract/text/decode.js";
import { boundGrid, checkPdf, isTiff, largestImage, limitMessages, readTiffStructure, resolveLimits, withTimeLimit } from "./limits/index.js";
import { pipelineMessages, type Lang } from "./messages.js";

export interface ParseOptions {
  /** The path recorded in `source.path` (as given by the user). */
  path?: string;
  /** Overrides detection by content. */
  input?: InputKind;
  profile?: Profile;
  /** Password for encrypted PDFs. */
  password?: string;
  /** Folder for per-page layout pictures (PDF, scans). */
  debugLayout?: string;
  /** Limits on what one input may cost. */
  limits?: Partial<Limits>;
  /** Language of messages meant for people (diagnostics, findings). */
  lang?: Lang;
}

/**
 * Parses one input into a Document: extract → Grid → reconstruct → normalise → audit, validated
 * against the schema. Never throws for bad input: what went wrong is in `diagnostics`.
 */
export async function parse(input: Uint8Array | string, options: ParseOptions = {}): Promise<Document> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const path = options.path ?? "<input>";
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const limits: Limits = resolveLimits(options.limits);
  const msg = pipelineMessages(options.lang);
  let kind: InputKind = options.input ?? "text";

  let extraction: Extraction;
  try {
    kind = options.input ?? (typeof input === "string" ? "text" : detectKind(bytes));
    extraction = beyondLimits(bytes, kind, limits, options.lang) ?? (await extractTimed(bytes, kind, options, limits));
  } catch (err) {
    extraction = failed(kind, "unreadable-file", msg.unreadable(describe(err)));
  }

  const diagnostics: Diagnostic[] = [...extraction.diagnostics];
  const forms: Form[] = [];
  let grid = extraction.grid;
  if (grid) {
    const bounded = boundGrid(grid, limits, options.lang);
    diagnostics.push(...bounded.diagnostics);
    grid = bounded.grid;
  }
  if (grid) {
    try {
      readForms(grid, options, forms, diagnostics, extraction.otherReadings && (() => extraction.otherReadings!().map((o) => ({ label: o.label, grid: boundGrid(o.grid, limits, options.lang).grid })).filter((o): o is { label: string; grid: Grid } => o.grid !== null)));
    } catch (err) {
      // A bug met by some input: that input gets an error diagnostic, the run goes on.
      forms.length = 0;
      diagnostics.push({ code: "internal-error", severity: "error", message: internalMessage(describe(err), options.lang) });
    }
  }

  let doc: Document = {
    schemaVersion: 1,
    source: { path, sha256, kind: extraction.kind, pages: extraction.pages },
    forms,
    diagnostics,
  };
  // The correct stage, after the audit: a digit OCR misread is corrected only where the form's
  // own arithmetic confirms it (text and text-layer PDFs pass through unchanged).
  if (doc.forms.length > 0) {
    try {
      const check = { profile: options.profile ?? national, lang: options.lang };
      doc = checkOcrDocument(doc, { ...check, alternatives: extraction.ocrAlternatives, characters: extraction.ocrCharacters });
      // Where sums still fail, the numbers the check doubts are read again other ways, and it
      // runs once more with those readings (src/correct/reread.ts).
      if (extraction.ocrRereads?.length) {
        const more = await withRereadings(doc, extraction.ocrRereads, extraction.ocrAlternatives ?? [], check);
        if (more.reread > 0) doc = recheckOcrDocument(doc, { ...check, alternatives: more.alternatives });
      }
    } catch {
      // The check only ever improves a Document; if it fails, the Document as read stands.
    }
  }
  // (parseDocument is Document.safeParse, its result the same, with the forms' sources checked cheaply.)
  const checked = parseDocument(doc);
  if (checked.success) return checked.data;
  // A value the schema refuses (a bug met by this input): the input gets an error diagnostic and
  // no forms, rather than an exception that would end a whole run.
  const issue = checked.error.issues[0];
  const where = issue ? "/" + issue.path.join("/") : "";
  return Document.parse({
    ...doc,
    forms: [],
    diagnostics: [
      ...diagnostics.filter((d) => Diagnostic.safeParse(d).success),
      { code: "internal-error", severity: "error", message: internalMessage(`${where}: ${issue?.message ?? "invalid document"}`, options.lang) },
    ],
  });
}

/** Grid → forms and their diagnostics (reconstruct, normalise, audit). */
function readForms(grid: Grid, options: ParseOptions, forms: Form[], diagnostics: Diagnostic[], others?: () => Array<{ label: string; grid: Grid }>): void {
  const msg = pipelineMessages(options.lang);
  const first = reconstruct(grid, { lang: options.lang });
  let read = first;
  if (others) {
    // A thin first reading of text: the text read in its other shapes may place clearly more.
    let labels: string[] = [];
    const chosen = bestReading(first, () => {
      const grids = others();
      labels = grids.map((g) => g.label);
      return grids.map((g) => reconstruct(g.grid, { lang: options.lang }));
    });
    if (chosen.other !== null) {
      read = chosen.result;
      diagnostics.push({ code: "text-shape-reread", severity: "info", message: msg.reread(labels[chosen.other]!) });
    }
  }
  const { forms: raws, stray, diagnostics: found } = read;
  for (const d of found) {
    const src = d.source;
    diagnostics.push({
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(src ? { source: { text: src.text ?? "", ...(src.line ? { line: src.line } : {}), ...(src.page ? { page: src.page } : {}), ...(src.sheet ? { sheet: src.sheet } : {}) } } : {}),
    });
  }
  raws.forEach((raw, i) => {
    const { form, diagnostics: d } = normaliseForm(raw, `/forms/${i}`, { lang: options.lang });
    diagnostics.push(...d);
    form.indicators = form.indicators.map(attachParsed);
    // The form gets its audit in place (the schema validation below puts keys in contract order).
    const full = form as Form;
    full.audit = emptyAudit();
    full.audit = auditForm(full, options.profile, { lang: options.lang ?? "zh" });
    // (normaliseForm leaves `sources` out when it recorded none: no empty record reaches the schema.)
    forms.push(full);
  });
  for (const s of stray) {
    if (raws.length === 0) break;
    diagnostics.push({
      code: "unplaced-text",
      severity: "info",
      message: msg.outsideTable(s.text.length > 60 ? s.text.slice(0, 60) + "…" : s.text),
      source: { text: s.text, ...(s.source.line ? { line: s.source.line } : {}), ...(s.source.page ? { page: s.source.page } : {}) },
    });
  }
  if (raws.length === 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({ code: "no-form", severity: "warning", message: msg.noForm });
  }
}

/**
 * What can be told to be too costly before any reader runs: the size of the file, the pixels an
 * image header declares, what a PDF's streams inflate to, the length of a text.
 */
function beyondLimits(bytes: Uint8Array, kind: InputKind, limits: Limits, lang: Lang | undefined): Extraction | null {
  const lm = limitMessages(lang);
  if (bytes.length > limits.maxBytes) return failed(kind, "limit-exceeded", pipelineMessages(lang).tooLarge(bytes.length, limits.maxBytes));
  const tiff = isTiff(bytes) ? readTiffStructure(bytes) : null;
  if (tiff && !tiff.ok) return failed(kind, "unreadable-file", lm.damagedTiff(tiff.problem));
  const image = largestImage(bytes);
  if (image && image.width * image.height > limits.maxPixels) return failed(kind, "limit-exceeded", lm.pixels(image.width, image.height, limits.maxPixels));
  if (looksLikePdf(bytes)) {
    const problem = checkPdf(bytes, limits);
    if (problem?.kind === "stream") return failed(kind, "limit-exceeded", lm.pdfStream(problem.maxBytes));
    if (problem?.kind === "image") return failed(kind, "limit-exceeded", lm.pdfImage(problem.width, problem.height, problem.maxPixels));
  }
  // Characters never outnumber bytes in the encodings read, so only a long file needs decoding to tell.
  if (kind === "text" && bytes.length > limits.maxTextLength) {
    const length = decodeText(bytes).text.length;
    if (length > limits.maxTextLength) return failed(kind, "limit-exceeded", lm.textLength(length, limits.maxTextLength));
  }
  return null;
}

/** The reader, raced against the time limit; past it the reader is told to stop (its signal aborts). */
async function extractTimed(bytes: Uint8Array, kind: InputKind, options: ParseOptions, limits: Limits): Promise<Extraction> {
  const timed = await withTimeLimit(limits.timeoutMs, (signal) => extract(bytes, kind, options, limits, signal));
  if (timed.ok) return timed.value;
  return failed(kind, "limit-exceeded", limitMessages(options.lang).timeout(timed.ms));
}

function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes("%PDF-");
}

/** One line for people: a thrown non-Error (a string, undefined) still says something. */
function describe(err: unknown): string {
  const m = err instanceof Error ? err.message : typeof err === "string" ? err : String(err);
  const line = m.split("\n")[0]!.trim();
  return line || (err instanceof Error ? err.name : "unknown error");
}

function internalMessage(m: string, lang: Lang | undefined): string {
  return lang === "en" ? `internal error while reading the forms (please report this file): ${m}` : `读取表格时发生内部错误（请报告此文件）：${m}`;
}

export async function parseFile(path: string, options: ParseOptions = {}): Promise<Document> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const msg = pipelineMessages(options.lang);
    const reason = e.code === "ENOENT" ? msg.notFound : e.code === "EISDIR" ? msg.isDirectory : e.code === "EACCES" ? msg.noPermission : e.message;
    return Document.parse({
      schemaVersion: 1,
      source: { path, sha256: createHash("sha256").update("").digest("hex"), kind: options.input ?? "text", pages: null },
      forms: [],
      diagnostics: [{ code: "unreadable-file", severity: "error", message: reason }],
    });
  }
  return parse(bytes, { ...options, path });
}

export async function* parseFiles(paths: Iterable<string>, options: ParseOptions = {}): AsyncIterable<Document> {
  for (const p of paths) yield await parseFile(p, options);
}

async function extract(bytes: Uint8Array, kind: InputKind, options: ParseOptions, limits: Limits, signal: AbortSignal): Promise<Extraction> {
  const reader = readers[kind];
  if (!reader) return failed(kind, "unsupported-input", pipelineMessages(options.lang).unsupported(kind));
  const extraction = await reader(bytes, { limits, password: options.password, debugLayout: options.debugLayout, path: options.path ?? "<input>", signal, lang: options.lang });
  // Text: where its rows start needs the template, not the reader (reconstruct/text-rows); done
  // here, under the same time limit, so that the limits on the Grid apply to the rows it cuts.
  return withTextRows(extraction);
}

const failed = failedExtraction;

function emptyAudit(): Form["audit"] {
  return { ok: true, grade: null, recomputed: { weight: null, score: null, executionRatePercent: null, budgetScore: null }, findings: [] };
}
