import { z } from "zod";
import { SourceLocation } from "./source.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** A problem reading the input (not an audit finding). */
export const Diagnostic = z.object({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: Severity,
  message: z.string(),
  path: z.string().optional(),
  source: SourceLocation.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** A value a finding compares: a number, or an object of numbers by name (level1-weights). */
export const FindingValue = z.union([z.number(), z.string(), z.null(), z.record(z.string(), z.number().nullable())]);

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  path: z.string(),
  reported: FindingValue.optional(),
  expected: FindingValue.optional(),
});
export type Finding = z.infer<typeof Finding>;
