/**
 * Which values of a Form a person may correct, and what JSON type each takes. Only the values
 * the form prints: never `audit` (recomputed), `sources` (provenance) or the parsed targets
 * (derived from the texts, and derived again after a correction).
 */
import { valueAt } from "../audit/context.js";
import type { Form } from "../schema/index.js";
import type { ReviewValue } from "./records.js";

export type FieldKind = "number" | "integer" | "text";

const FIELDS: readonly (readonly [RegExp, FieldKind])[] = [
  [/^\/(title|projectName|department|implementingUnit)$/, "text"],
  [/^\/year$/, "integer"],
  [/^\/funds\/(weight|executionRatePercent|score)$/, "number"],
  [/^\/funds\/rows\/\d+\/(initialBudget|annualBudget|executed)$/, "number"],
  [/^\/funds\/rows\/\d+\/label$/, "text"],
  [/^\/goals\/(expected|actual)$/, "text"],
  [/^\/indicators\/\d+\/(weight|score)$/, "number"],
  [/^\/indicators\/\d+\/(level1|level2|level3|target|actual|deviation)$/, "text"],
  [/^\/total\/(weight|score)$/, "number"],
];

/** The kind of an editable path; null when the path is not one a person may correct. */
export function fieldKind(path: string): FieldKind | null {
  return FIELDS.find(([re]) => re.test(path))?.[1] ?? null;
}

/** Does `value` fit the field (a number field takes a number or null, a text field a string or null)? */
export function fitsField(kind: FieldKind, value: ReviewValue): boolean {
  if (value === null) return true;
  if (kind === "text") return typeof value === "string" && value.trim() !== "";
  return typeof value === "number" && Number.isFinite(value) && (kind === "number" || Number.isInteger(value));
}

/** The value at an editable path of a form, or undefined when the form has no such place (an indicator row that is gone). */
export function editableValue(form: Form, path: string): ReviewValue | undefined {
  if (!fieldKind(path)) return undefined;
  const v = valueAt(form, path);
  return v === null || typeof v === "number" || typeof v === "string" ? v : undefined;
}

/** Two field values are the same value (numbers by value, so 95 and 95.0 are one). */
export function sameValue(a: ReviewValue | undefined, b: ReviewValue | undefined): boolean {
  return a === b;
}

/** Sets a value in place at a path `editableValue` accepted. */
export function setValue(form: Form, path: string, value: ReviewValue): void {
  const keys = path.split("/").slice(1);
  const last = keys.pop()!;
  // a top-level field (/projectName) has the form itself as parent: "" is the pointer to the root, "/" is not
  const parent = valueAt(form, keys.length ? "/" + keys.join("/") : "") as Record<string, unknown>;
  parent[last] = value;
}
