/**
 * What a text's lines alone tell about a page, shared by the text reader (extract/text), which
 * reads the lines, and the stage that cuts them into the form's rows (reconstruct/text-rows),
 * which must skip the same page furniture. No form's label is here: only page numbers, a document
 * site's page marks and the length from which a line may hold a whole form.
 */

/** A page number a PDF dump prints between pages: `-1-`, `- 2 -`, `—3—`, `第 1 页`, `第1页 共3页`. */
export const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)\s*$/;

/** A run-together line at least this long may be a whole form flattened onto one line. */
export const FLAT_FORM_LENGTH = 100;

/** A document site's page number before a flattened page's text. */
export const PAGE_MARK = /^[0-9０-９]{1,3}、(?=\S)/;
