/** The report's unit of work: one form of one Document, with the ids the page uses for it. */
import type { Document, Finding, Form, Severity } from "../schema/index.js";

export interface FormEntry {
  doc: Document;
  docIndex: number;
  form: Form;
  formIndex: number;
  /** Element id of the form's section; cell and finding ids are built from it. */
  id: string;
}

export function formEntries(docs: readonly Document[]): FormEntry[] {
  const out: FormEntry[] = [];
  docs.forEach((doc, docIndex) => doc.forms.forEach((form, formIndex) => out.push({ doc, docIndex, form, formIndex, id: `f${docIndex}-${formIndex}` })));
  return out;
}

export function countBy(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** A Document that could not be read at all: no form and an error diagnostic (as `parse` judges it). */
export function unreadable(doc: Document): boolean {
  return doc.forms.length === 0 && doc.diagnostics.some((d) => d.severity === "error");
}
