/**
 * One form for review: the report's paper table and page picture with its boxes (the same
 * renderers, so the workbench and the report show a form alike), the findings, stale
 * corrections, and an inspector the script fills for the value chosen. What the script needs
 * (fields, sources, history) is one JSON block, read as data and never run.
 */
import { fieldName } from "../audit/fields.js";
import { editableValue, fieldKind } from "../correct/editable.js";
import type { ReviewedDocument } from "../correct/folder.js";
import { staleMessage } from "../correct/folder.js";
import { formatFindingValue } from "../report/format.js";
import { formModel, placeFindings, renderFormTable, cellId, type TableRow } from "../report/form-table.js";
import { html, Raw } from "../report/html.js";
import { findingBox, pageImageId, renderPages, type PageImage } from "../report/page-view.js";
import type { Words } from "../report/words.js";
import type { Form } from "../schema/index.js";
import { formHref, reviewerField, shell, statusBadge } from "./queue-page.js";
import type { ReviewWords } from "./words.js";

export interface FormPageInput {
  reviewed: ReviewedDocument;
  index: number;
  images: readonly PageImage[];
  /** Neighbours in the queue, for ] and [. */
  prev: { sha256: string; form: number } | null;
  next: { sha256: string; form: number } | null;
}

/** The editable values of the form, by path: name, kind, value, and the cell that shows it. */
function fieldsOf(form: Form, rows: readonly TableRow[], formId: string, lang: "zh" | "en") {
  const out: Record<string, { name: string; kind: string; value: unknown; cell: string }> = {};
  for (const c of rows.flat()) {
    const path = c.paths[0];
    if (!path || !fieldKind(path)) continue;
    const value = editableValue(form, path);
    if (value === undefined) continue;
    out[path] = { name: fieldName(path, form, lang), kind: fieldKind(path)!, value, cell: cellId(formId, c) };
  }
  return out;
}

/** JSON inside <script type="application/json">: `<` escaped so no text can close the element. */
function jsonBlock(id: string, data: unknown): Raw {
  return new Raw(`<script type="application/json" id="${id}">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`);
}

export function formPage(input: FormPageInput, w: ReviewWords, rw: Words): string {
  const { reviewed, index } = input;
  const doc = reviewed.doc;
  const form = doc.forms[index]!;
  const review = reviewed.forms[index]!;
  const lang = w.lang === "en" ? "en" : "zh";
  const id = "f";
  const rows = formModel(form, rw);
  const placed = placeFindings(id, rows, form.audit.findings).map((p) => ({ ...p, boxId: findingBox(id, form, rows, p.finding.path) }));
  const images = new Map(input.images.map((p) => [p.page, p] as const));
  const pageView = renderPages(id, doc.source.sha256, form, rows, placed, images, rw);
  const stale = reviewed.stale.filter((s) => s.record.form === index);
  const findings = placed.length
    ? html`<table class="findings" id="findings"><thead><tr><th>${rw.filterSeverity}</th><th>${rw.filterRule}</th><th>${rw.field}</th><th>${rw.reported}</th><th>${rw.recomputed}</th><th>${rw.message}</th></tr></thead><tbody>${placed.map(
        (p) =>
          html`<tr class="finding" tabindex="-1" data-rule="${p.finding.rule}" data-path="${p.finding.path}" data-sev="${p.finding.severity}"${p.cellId ? html` data-cell="${p.cellId}"` : ""}${p.boxId ? html` data-box="${p.boxId}"` : ""}><td><span class="sev-label sev-${p.finding.severity}">${rw.severity[p.finding.severity]}</span></td><td><code>${p.finding.rule}</code></td><td>${fieldName(p.finding.path, form, lang)}</td><td class="n">${formatFindingValue(p.finding.reported, rw)}</td><td class="n">${formatFindingValue(p.finding.expected, rw)}</td><td>${p.finding.message}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="verdict-ok" id="findings">${rw.noFindings}</p>`;
  const staleList = stale.length ? html`<section class="stale"><h3>${w.staleTitle}</h3><ul>${stale.map((s) => html`<li>${staleMessage(doc, s, lang)}</li>`)}</ul></section>` : "";
  const defs = input.images.length
    ? html`<svg class="svgdefs" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><defs>${input.images.map(
        (p) => html`<image id="${pageImageId(doc.source.sha256, p.page)}" href="/page/${doc.source.sha256}/${p.page}.jpg" x="0" y="0" width="${p.width}" height="${p.height}" preserveAspectRatio="none"/>`,
      )}</defs></svg>`
    : "";
  const data = {
    sha256: doc.source.sha256,
    form: index,
    status: review.status,
    fields: fieldsOf(form, rows, id, lang),
    sources: form.sources ?? {},
    pageImage: Object.fromEntries(input.images.map((p) => [p.page, pageImageId(doc.source.sha256, p.page)])),
    history: review.applied,
    prev: input.prev ? formHref(input.prev.sha256, input.prev.form) : null,
    next: input.next ? formHref(input.next.sha256, input.next.form) : null,
  };
  const nav = html`<nav class="formnav"><a href="/" id="to-queue">${w.backToQueue}</a>${data.prev ? html` · <a href="${data.prev}" id="prev-form">${w.prevForm}</a>` : ""}${data.next ? html` · <a href="${data.next}" id="next-form">${w.nextForm}</a>` : ""}</nav>`;
  const approvedBy = review.statusRecord ? html` <span class="note">${review.statusRecord.reviewer} · ${review.statusRecord.at}${review.statusRecord.note ? ` · ${review.statusRecord.note}` : ""}</span>` : "";
  const inspector = html`<aside id="inspector" class="inspector" aria-live="polite">
<div id="change" class="change" hidden></div>
<div id="value-panel"><p class="hint">${w.chooseValue}</p></div>
<form id="edit" hidden autocomplete="off">
<label>${w.newValue} <input id="edit-to" name="to"></label>
<label>${w.why} <input id="edit-reason" name="reason" maxlength="2000"></label>
<p id="edit-error" class="error" role="alert" hidden></p>
<button type="submit" id="edit-save">${w.save}</button> <button type="button" id="edit-cancel">${w.cancel}</button>
</form>
<div class="status-actions">${w.status}: ${statusBadge(review.status, w)}${approvedBy}<br><button type="button" id="approve" data-status="approved">${w.approve} (a)</button> <button type="button" id="reject" data-status="rejected">${w.reject} (x)</button> <button type="button" id="in-review" data-status="in-review">${w.markInReview}</button> <input id="status-note" placeholder="${w.note}" maxlength="2000"></div>
<p id="status-error" class="error" role="alert" hidden></p>
</aside>`;
  return shell(
    w,
    `${form.projectName ?? rw.untitled} · ${w.title}`,
    html`<header class="top"><h1>${form.projectName ?? rw.untitled}</h1><p>${doc.source.path} #${index + 1} · ${form.year ?? ""} · ${rw.total} ${form.total.score ?? "—"} · ${rw.grade} ${form.audit.grade ?? "—"} · ${form.audit.ok ? html`<span class="verdict-ok">${rw.ok}</span>` : html`<span class="verdict-bad">${rw.withErrors}</span>`}</p>${nav}${reviewerField(w)}</header>
<main id="form-page">
<div class="cols review-cols"><div class="left">${staleList}${findings}${renderFormTable(id, form, rows, placed, rw)}<p class="keys">${w.keys}</p></div>
<div class="side">${inspector}${pageView ? html`<div class="pages">${pageView}</div>` : ""}</div></div>
</main>
${defs}
${jsonBlock("form-data", data)}
${jsonBlock("words", { asRead: w.asRead, confidence: w.confidence, place: w.place, pageCrop: w.pageCrop, findingsHere: w.findingsHere, noFindingsHere: w.noFindingsHere, history: w.history, noHistory: w.noHistory, notEditable: w.notEditable, changes: w.changes, resolved: w.resolved, added: w.added, none: w.none, saved: w.saved, value: w.value, line: w.line(0), page: w.pageBox(0) })}`,
  );
}
