/**
 * An import folder as a stream of table rows, one Document at a time (corrections applied,
 * review status attached), numbered in index order: doc_id and form_id count from 1.
 */
import type { Lang } from "../../audit/fields.js";
import { importReviewed, type ImportReadOptions } from "../import-folder.js";
import { documentRows, type DocumentRows } from "./rows.js";

export async function* importRows(dir: string, opts: ImportReadOptions & { lang?: Lang } = {}): AsyncGenerator<DocumentRows> {
  let docId = 0;
  let lastFormId = 0;
  for await (const reviewed of importReviewed(dir, opts)) {
    docId++;
    yield documentRows(reviewed, { docId, firstFormId: lastFormId + 1 }, opts.lang ?? "zh");
    lastFormId += reviewed.doc.forms.length;
  }
}
