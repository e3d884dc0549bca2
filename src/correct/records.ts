/**
 * The review records of the contract ("Review"): one JSON object a line in
 * `IMPORT_DIR/review/<sha256>.jsonl`, either a correction of one value or a form's status.
 * These schemas are the only definition; the server validates what it writes with them and
 * every reader validates each line it reads.
 */
import { z } from "zod";

/** A value a person may put in a Form field: the field's own JSON type. */
export const ReviewValue = z.union([z.number().finite(), z.string(), z.null()]);
export type ReviewValue = z.infer<typeof ReviewValue>;

/** A JSON Pointer into the Form, as RFC 6901 writes it. */
export const JsonPointer = z.string().max(200).regex(/^(\/([^~/]|~[01])*)+$/);

export const ReviewStatus = z.enum(["approved", "in-review", "rejected"]);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

const head = {
  at: z.iso.datetime({ offset: true }),
  reviewer: z.string().min(1).max(100),
  form: z.number().int().nonnegative(),
};

export const CorrectionRecord = z.object({
  ...head,
  path: JsonPointer,
  from: ReviewValue,
  to: ReviewValue,
  reason: z.string().max(2000).nullable(),
});
export type CorrectionRecord = z.infer<typeof CorrectionRecord>;

export const StatusRecord = z.object({
  ...head,
  status: ReviewStatus,
  note: z.string().max(2000).optional(),
});
export type StatusRecord = z.infer<typeof StatusRecord>;

/** A correction has `path`, a status line `status`: the two never overlap. */
export const ReviewRecord = z.union([CorrectionRecord.strict(), StatusRecord.strict()]);
export type ReviewRecord = z.infer<typeof ReviewRecord>;

export function isCorrection(r: ReviewRecord): r is CorrectionRecord {
  return "path" in r;
}

/** A form's status: its last status line, `unreviewed` when it has none. */
export type FormStatus = ReviewStatus | "unreviewed";
