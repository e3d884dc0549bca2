import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { audit as auditForm } from "./audit/index.js";
import type { Profile } from "./audit/profiles.js";
import { detectKind } from "./detect-kind.js";
import { attachParsed } from "./normalise/quantity.js";
import { normaliseForm } from "./normalise/form.js";
import { reconstruct } from "./reconstruct/index.js";
import { Document, type Diagnostic, type Form, type InputKind } from "./schema/index.js";
import { defaultLimits, failedExtraction, type Extraction, type Limits } from "./extract/extraction.js";
import { readers } from "./extract/readers.js";
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
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const msg = pipelineMessages(options.lang);
  const kind = options.input ?? (typeof input === "string" ? "text" : detectKind(bytes));

  let extraction: Extraction;
  if (bytes.length > limits.maxBytes) {
    extraction = failed(kind, "limit-exceeded", msg.tooLarge(bytes.length, limits.maxBytes));
  } else {
    try {
      extraction = await extract(bytes, kind, options, limits);
    } catch (err) {
      extraction = failed(kind, "unreadable-file", msg.unreadable((err as Error).message));
    }
  }

  const diagnostics: Diagnostic[] = [...extraction.diagnostics];
  const forms: Form[] = [];
  if (extraction.grid) {
    const { forms: raws, stray } = reconstruct(extraction.grid);
    raws.forEach((raw, i) => {
      const { form, diagnostics: d } = normaliseForm(raw, `/forms/${i}`);
      diagnostics.push(...d);
      form.indicators = form.indicators.map(attachParsed);
      const { sources, ...fields } = form;
      const full: Form = { ...fields, audit: auditForm({ ...fields, sources, audit: emptyAudit() } as Form, options.profile, { lang: options.lang ?? "zh" }) };
      if (sources && Object.keys(sources).length > 0) full.sources = sources;
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

  const doc: Document = {
    schemaVersion: 1,
    source: { path, sha256, kind: extraction.kind, pages: extraction.pages },
    forms,
    diagnostics,
  };
  return Document.parse(doc);
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

async function extract(bytes: Uint8Array, kind: InputKind, options: ParseOptions, limits: Limits): Promise<Extraction> {
  const reader = readers[kind];
  if (!reader) return failed(kind, "unsupported-input", pipelineMessages(options.lang).unsupported(kind));
  return reader(bytes, { limits, password: options.password, debugLayout: options.debugLayout, path: options.path ?? "<input>" });
}

const failed = failedExtraction;

function emptyAudit(): Form["audit"] {
  return { ok: true, grade: null, recomputed: { weight: null, score: null, executionRatePercent: null, budgetScore: null }, findings: [] };
}
