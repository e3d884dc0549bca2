import { z } from "zod";

/** Where a value came from in the input: the contract's `sources` entry. */
export const Corrected = z.object({
  from: z.string(),
  reason: z.string(),
  /** Set when a person made the correction in review (`IMPORT_DIR/review/`): who, and when. */
  reviewer: z.string().optional(),
  at: z.string().optional(),
});

export const SourceLocation = z.object({
  text: z.string(),
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  confidence: z.number().min(0).max(1).optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  corrected: Corrected.optional(),
});
export type SourceLocation = z.infer<typeof SourceLocation>;
