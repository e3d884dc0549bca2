/**
 * The workbench's state and actions over one import folder: the Documents as imported (read once;
 * never written), the review records (read again on every request, so two servers or a hand
 * edit are seen at once), and the two things a reviewer does — correct a value, set a form's
 * status. Every write goes through the store's append; nothing else touches the folder.
 */
import { z } from "zod";
import type { Profile } from "../audit/index.js";
import { fieldName } from "../audit/fields.js";
import { editableValue, fieldKind, fitsField, sameValue } from "../correct/editable.js";
import { reviewedDocument, type ReviewedDocument } from "../correct/folder.js";
import { JsonPointer, ReviewStatus, ReviewValue, type CorrectionRecord, type StatusRecord } from "../correct/records.js";
import { appendRecord, reviewDir, reviewFile } from "../correct/store.js";
import { normaliseText } from "../normalise/text.js";
import { findOriginal, originalCandidates, readImportDir } from "../report/load.js";
import { renderPageImages } from "../report/page-images.js";
import type { PageImage } from "../report/page-view.js";
import type { Document, Finding } from "../schema/index.js";
import { queueEntries, type QueueEntry } from "./queue.js";
import { REVIEW_WORDS, type ReviewWords } from "./words.js";

const Reviewer = z.string().trim().min(1).max(100);

/** What the browser sends to correct a value. */
export const CorrectionInput = z
  .object({
    path: JsonPointer,
    to: ReviewValue,
    reason: z.string().max(2000).nullable().optional(),
    /** The value the reviewer saw: when someone changed it meanwhile the correction is refused. */
    expect: ReviewValue.optional(),
    reviewer: Reviewer.optional(),
  })
  .strict();
export type CorrectionInput = z.infer<typeof CorrectionInput>;

export const StatusInput = z.object({ status: ReviewStatus, note: z.string().max(2000).optional(), reviewer: Reviewer.optional() }).strict();
export type StatusInput = z.infer<typeof StatusInput>;

/** A refusal with its HTTP status and a message for people. */
export class ReviewError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413,
    message: string,
  ) {
    super(message);
  }
}

export interface WorkbenchOptions {
  lang?: "zh" | "en";
  profile?: Profile | undefined;
  /** Who a record is by when the browser does not say. */
  reviewer: string;
}

export interface FindingChange {
  resolved: Finding[];
  added: Finding[];
}

export class Workbench {
  private docs = new Map<string, Document>();
  private order: string[] = [];
  private originals = new Map<string, string[]>();
  private pages = new Map<string, Promise<PageImage[]>>();
  /** One correction at a time per input: its read, check and append go together. */
  private locks = new Map<string, Promise<unknown>>();
  readonly w: ReviewWords;

  constructor(
    readonly dir: string,
    readonly opts: WorkbenchOptions,
  ) {
    this.w = REVIEW_WORDS[opts.lang ?? "zh"];
  }

  /** Reads the import's Documents; returns the files that were not valid Documents. */
  async load(): Promise<{ file: string; reason: string }[]> {
    const read = await readImportDir(this.dir, this.opts.lang, false);
    for (const d of read.docs) {
      if (this.docs.has(d.source.sha256)) continue;
      this.docs.set(d.source.sha256, d);
      this.order.push(d.source.sha256);
      this.originals.set(d.source.sha256, originalCandidates(d, this.dir, read.indexPaths.get(d.source.sha256)));
    }
    return read.rejected;
  }

  get reviewFolder(): string {
    return reviewDir(this.dir);
  }

  /** The Document as imported, corrections applied. */
  async reviewed(sha256: string): Promise<ReviewedDocument> {
    const doc = this.docs.get(sha256);
    if (!doc) throw new ReviewError(404, this.w.errors.notFound);
    return reviewedDocument(this.reviewFolder, doc, { profile: this.opts.profile, lang: this.opts.lang });
  }

  async queue(): Promise<QueueEntry[]> {
    const all: ReviewedDocument[] = [];
    for (const sha of this.order) all.push(await this.reviewed(sha));
    return queueEntries(all);
  }

  /** The reviewed Document of a form, checked to hold it. */
  async form(sha256: string, index: number): Promise<ReviewedDocument> {
    const r = await this.reviewed(sha256);
    if (!Number.isInteger(index) || !r.doc.forms[index]) throw new ReviewError(404, this.w.errors.notFound);
    return r;
  }

  async correct(sha256: string, index: number, input: CorrectionInput): Promise<{ record: CorrectionRecord; reviewed: ReviewedDocument; change: FindingChange }> {
    return this.locked(sha256, async () => {
      const before = await this.form(sha256, index);
      const form = before.doc.forms[index]!;
      const kind = fieldKind(input.path);
      const current = editableValue(form, input.path);
      if (!kind || current === undefined) throw new ReviewError(400, this.w.errors.notEditable(input.path));
      const field = fieldName(input.path, form, this.opts.lang);
      const to = kind === "text" && typeof input.to === "string" ? normaliseText(input.to) : input.to;
      if (!fitsField(kind, to)) throw new ReviewError(400, kind === "text" ? this.w.errors.wrongText(field) : this.w.errors.wrongType(field));
      if (input.expect !== undefined && !sameValue(input.expect, current)) throw new ReviewError(409, this.w.errors.conflict(field, current === null ? "—" : String(current)));
      const record: CorrectionRecord = { at: new Date().toISOString(), reviewer: input.reviewer ?? this.opts.reviewer, form: index, path: input.path, from: current, to, reason: input.reason?.trim() || null };
      await appendRecord(reviewFile(this.reviewFolder, sha256), record);
      const after = await this.form(sha256, index);
      return { record, reviewed: after, change: diffFindings(form.audit.findings, after.doc.forms[index]!.audit.findings) };
    });
  }

  async setStatus(sha256: string, index: number, input: StatusInput): Promise<StatusRecord> {
    await this.form(sha256, index);
    const record: StatusRecord = { at: new Date().toISOString(), reviewer: input.reviewer ?? this.opts.reviewer, form: index, status: input.status, ...(input.note ? { note: input.note } : {}) };
    await appendRecord(reviewFile(this.reviewFolder, sha256), record);
    return record;
  }

  /** The pictures of the pages a Document was read from, rendered once from its original (checked by hash). */
  pageImages(sha256: string): Promise<PageImage[]> {
    const doc = this.docs.get(sha256);
    if (!doc) return Promise.resolve([]);
    let p = this.pages.get(sha256);
    if (!p) {
      p = findOriginal(doc, this.originals.get(sha256) ?? []).then((bytes) => (bytes ? renderPageImages(doc, bytes).catch(() => []) : []));
      this.pages.set(sha256, p);
    }
    return p;
  }

  private async locked<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(key) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(fn);
    this.locks.set(key, next);
    try {
      return await next;
    } finally {
      if (this.locks.get(key) === next) this.locks.delete(key);
    }
  }
}

const findingKey = (f: Finding): string => `${f.rule} ${f.path}`;

/** Findings that went away and findings that appeared, by rule and place. */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingChange {
  const was = new Set(before.map(findingKey));
  const is = new Set(after.map(findingKey));
  return { resolved: before.filter((f) => !is.has(findingKey(f))), added: after.filter((f) => !was.has(findingKey(f))) };
}
