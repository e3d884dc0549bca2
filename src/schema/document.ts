import { z } from "zod";
import { Diagnostic } from "./diagnostic.js";
import { Form } from "./form.js";

export const InputKind = z.enum(["text", "pdf", "pdf-scan", "pdf-sandwich", "image", "hocr", "alto", "html", "docx", "xlsx", "doc", "xls"]);
export type InputKind = z.infer<typeof InputKind>;

export const DocumentSource = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: InputKind,
  pages: z.number().int().nonnegative().nullable(),
});

export const Document = z.object({
  schemaVersion: z.literal(1),
  source: DocumentSource,
  forms: z.array(Form),
  diagnostics: z.array(Diagnostic),
});
export type Document = z.infer<typeof Document>;
