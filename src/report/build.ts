/**
 * `buildReport(docs, opts) → string`: the whole audit report as one self-contained HTML file,
 * built from Documents only (so it serves every input kind). Page pictures, when the caller
 * has them, come in `opts.pageImages`; everything else is in the Documents.
 *
 * Self-contained and inert: styles and the script are inline and pinned by hash in a strict
 * Content-Security-Policy (no network, no other script), images are data URLs, and every
 * string from a Document is escaped.
 */
import { createHash } from "node:crypto";
import type { Document, Form } from "../schema/index.js";
import { barChart, rateHistogram } from "./charts.js";
import { CLIENT_JS } from "./client.js";
import { countBy, formEntries, unreadable, type FormEntry } from "./entries.js";
import { fieldName } from "../audit/fields.js";
import { formatFindingValue, formatNumber } from "./format.js";
import { formModel, placeFindings, renderFormTable } from "./form-table.js";
import { html, Raw, type Html } from "./html.js";
import { GRADE_KEYS, NO_DEPARTMENT, overview, type GroupTotals } from "./overview.js";
import { findingBox, pageImageId, renderPages, type PageImage } from "./page-view.js";
import { STYLES } from "./styles.js";
import { WORDS, type Lang, type Words } from "./words.js";

export interface ReportOptions {
  lang?: Lang;
  /** Rendered pages by the Document's `source.sha256`. */
  pageImages?: ReadonlyMap<string, readonly PageImage[]>;
  /** Heading of the report (default: 绩效自评表核查报告). */
  title?: string;
}

export function buildReport(docs: readonly Document[], opts: ReportOptions = {}): string {
  const w = WORDS[opts.lang ?? "zh"];
  const entries = formEntries(docs);
  const title = opts.title ?? w.title;
  const body = html`<header class="top" id="top"><h1>${title}</h1><p>${w.generated(docs.length, entries.length)}</p></header>
<main>
${renderOverview(docs, entries, w)}
${renderFormsTable(entries, w)}
${docs.map((doc, i) => renderDocument(doc, i, entries, opts.pageImages, w))}
</main>
${pageDefs(docs, opts.pageImages)}`;
  const script = CLIENT_JS;
  const csp = [
    "default-src 'none'",
    "img-src data:",
    `style-src '${sha256(STYLES)}'`,
    `script-src '${sha256(script)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html`${title}`}</title>
<style>${STYLES}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

function sha256(s: string): string {
  return "sha256-" + createHash("sha256").update(s, "utf8").digest("base64");
}

/** Each page picture once, referenced by `<use>` from every form drawn on it. */
function pageDefs(docs: readonly Document[], images: ReportOptions["pageImages"]): Raw {
  if (!images) return html``;
  const seen = new Set<string>();
  const defs: Raw[] = [];
  for (const doc of docs) {
    const pages = images.get(doc.source.sha256);
    if (!pages || seen.has(doc.source.sha256)) continue;
    seen.add(doc.source.sha256);
    for (const p of pages) {
      if (!/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/.test(p.dataUrl)) continue;
      defs.push(html`<image id="${pageImageId(doc.source.sha256, p.page)}" href="${p.dataUrl}" x="0" y="0" width="${p.width}" height="${p.height}" preserveAspectRatio="none"/>`);
    }
  }
  return defs.length ? html`<svg class="svgdefs" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><defs>${defs}</defs></svg>` : html``;
}

function renderOverview(docs: readonly Document[], entries: readonly FormEntry[], w: Words): Raw {
  const o = overview(docs);
  const card = (label: string, value: number, kind = ""): Raw => html`<div class="card ${kind}" data-stat="${label}"><b>${value}</b>${label}</div>`;
  const gradeBars = GRADE_KEYS.map((g) => ({ label: g === "none" ? w.noGrade : g, value: o.grades[g], cls: `g-${g}` }));
  return html`<section id="overview"><h2>${w.overview}</h2>
<div class="cards">${card(w.files, o.files)}${o.unreadableFiles ? card(w.unreadableFiles, o.unreadableFiles, "err") : ""}${card(w.forms, o.forms)}${card(w.ok, o.ok, "ok")}${card(w.withErrors, o.withErrors, "err")}${card(w.withWarnings, o.withWarnings, "warn")}${card(w.findings, o.findings)}</div>
<div class="charts">${barChart(w.grades, gradeBars)}${rateHistogram(w.rates, o.executionRates)}</div>
${groupTable(w.byDepartment, w.department, o.byDepartment, w)}
${groupTable(w.byYear, w.year, o.byYear, w)}
</section>`;
}

function groupTable(title: string, keyLabel: string, groups: readonly GroupTotals[], w: Words): Raw {
  const unsummed = groups.reduce((n, g) => n + g.unsummed, 0);
  const rows = groups.map(
    (g) =>
      html`<tr><td>${g.key}</td><td class="n">${g.forms}</td><td class="n">${g.ok}</td><td class="n">${g.withErrors}</td><td class="n">${g.withWarnings}</td><td class="n">${g.meanScore === null ? "—" : formatNumber(g.meanScore)}</td><td class="n">${formatNumber(g.budgetWan)}</td><td class="n">${formatNumber(g.executedWan)}</td></tr>`,
  );
  return html`<h3>${title}</h3><table class="data group"><thead><tr><th>${keyLabel}</th><th>${w.forms}</th><th>${w.ok}</th><th>${w.withErrors}</th><th>${w.withWarnings}</th><th>${w.meanScore}</th><th>${w.budgetWan}</th><th>${w.executedWan}</th></tr></thead><tbody>${rows}</tbody></table>${unsummed ? html`<p class="diag">${w.unsummed(unsummed)}</p>` : ""}`;
}

function sevSet(form: Form): string[] {
  const out = (["error", "warning", "info"] as const).filter((s) => countBy(form.audit.findings, s) > 0) as string[];
  return out.length ? out : ["none"];
}

function renderFormsTable(entries: readonly FormEntry[], w: Words): Raw {
  const rules = [...new Set(entries.flatMap((e) => e.form.audit.findings.map((f) => f.rule)))];
  const depts = [...new Set(entries.map((e) => e.form.department ?? NO_DEPARTMENT))].sort((a, b) => a.localeCompare(b, "zh"));
  const years = [...new Set(entries.map((e) => (e.form.year === null ? NO_DEPARTMENT : String(e.form.year))))].sort();
  const select = (key: string, label: string, options: readonly (readonly [string, string])[]): Raw =>
    html`<label>${label} <select data-filter="${key}" name="${key}"><option value="">${w.filterAll}</option>${options.map(([v, t]) => html`<option value="${v}">${t}</option>`)}</select></label>`;
  const rows = entries.map((e) => {
    const f = e.form;
    const counts = (["error", "warning", "info"] as const).map((s) => countBy(f.audit.findings, s));
    const ruleIds = [...new Set(f.audit.findings.map((x) => x.rule))];
    return html`<tr data-form="${e.id}" data-rule="${ruleIds.join(" ")}" data-sev="${sevSet(f).join(" ")}" data-dept="${f.department ?? NO_DEPARTMENT}" data-year="${f.year === null ? NO_DEPARTMENT : String(f.year)}">
<td data-v="${e.doc.source.path}">${e.doc.source.path}${e.doc.forms.length > 1 ? ` #${e.formIndex + 1}` : ""}</td>
<td><a href="#${e.id}">${f.projectName ?? w.untitled}</a></td>
<td>${f.department ?? ""}</td>
<td class="n" data-v="${f.year ?? ""}">${f.year ?? ""}</td>
<td class="n" data-v="${f.total.score ?? ""}">${f.total.score === null ? "" : formatNumber(f.total.score)}</td>
<td data-v="${f.audit.grade ? String(GRADE_KEYS.indexOf(f.audit.grade)) : "9"}">${f.audit.grade ?? ""}</td>
<td class="n" data-v="${counts[0]}">${counts[0] ? html`<span class="verdict-bad">${counts[0]}</span>` : "0"}</td>
<td class="n" data-v="${counts[1]}">${counts[1]}</td>
<td class="n" data-v="${counts[2]}">${counts[2]}</td>
<td>${ruleIds.map((r) => html`<span class="chip sev-${f.audit.findings.find((x) => x.rule === r)?.severity ?? "info"}">${r}</span>`)}</td>
</tr>`;
  });
  return html`<section id="forms"><h2>${w.formsTable}</h2>
<div class="filters">${select("rule", w.filterRule, rules.map((r) => [r, r] as const))}${select("sev", w.filterSeverity, [
    ["error", w.severity.error],
    ["warning", w.severity.warning],
    ["info", w.severity.info],
    ["none", w.severityClean],
  ])}${select("dept", w.department, depts.map((d) => [d, d] as const))}${select("year", w.year, years.map((y) => [y, y] as const))}<span>${w.showing} <b id="shown-count">${entries.length}</b> ${w.of} ${entries.length}</span></div>
<table class="data" id="forms-table"><thead><tr><th>${w.file}</th><th>${w.project}</th><th>${w.department}</th><th>${w.year}</th><th>${w.total}</th><th>${w.grade}</th><th>${w.errors}</th><th>${w.warnings}</th><th>${w.infos}</th><th>${w.rules}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

function renderDocument(doc: Document, docIndex: number, entries: readonly FormEntry[], images: ReportOptions["pageImages"], w: Words): Raw {
  const pages = new Map((images?.get(doc.source.sha256) ?? []).map((p) => [p.page, p] as const));
  const diags = doc.diagnostics.length
    ? html`<details class="diag" ${unreadable(doc) || doc.forms.length === 0 ? new Raw("open") : ""}><summary>${w.diagnostics} (${doc.diagnostics.length})</summary><ul>${doc.diagnostics.map(
        (d) => html`<li><span class="sev-label sev-${d.severity}">${w.severity[d.severity]}</span> <code>${d.code}</code> ${d.path ?? ""} ${d.message}</li>`,
      )}</ul></details>`
    : "";
  const forms = entries.filter((e) => e.docIndex === docIndex).map((e) => renderForm(e, pages, w));
  return html`<section class="doc" id="doc-${docIndex}"><h2>${doc.source.path}</h2><p class="meta">${w.kind}: ${doc.source.kind}${doc.source.pages !== null ? ` · ${doc.source.pages}p` : ""} · ${w.formsCount(doc.forms.length)}${doc.forms.length === 0 ? html` · <span class="verdict-bad">${w.noForm}</span>` : ""}</p>${diags}${forms}</section>`;
}

function renderForm(e: FormEntry, pages: ReadonlyMap<number, PageImage>, w: Words): Raw {
  const { form, id } = e;
  const rows = formModel(form, w);
  const placed = placeFindings(id, rows, form.audit.findings).map((p) => ({ ...p, boxId: findingBox(id, form, rows, p.finding.path) }));
  const findings = placed.length
    ? html`<table class="findings"><thead><tr><th>${w.filterSeverity}</th><th>${w.filterRule}</th><th>${w.field}</th><th>${w.reported}</th><th>${w.recomputed}</th><th>${w.message}</th></tr></thead><tbody>${placed.map(
        (p) =>
          html`<tr class="finding" tabindex="0" id="${id}-x-${p.index}" data-rule="${p.finding.rule}" data-path="${p.finding.path}"${p.cellId ? html` data-cell="${p.cellId}"` : ""}${p.boxId ? html` data-box="${p.boxId}"` : ""}><td><span class="sev-label sev-${p.finding.severity}">${w.severity[p.finding.severity]}</span></td><td><code>${p.finding.rule}</code></td><td>${fieldName(p.finding.path, form, w.lang === "en" ? "en" : "zh")}${p.cellId ? "" : html` <span class="note">${w.notInTable}</span>`}</td><td class="n">${formatFindingValue(p.finding.reported, w)}</td><td class="n">${formatFindingValue(p.finding.expected, w)}</td><td>${p.finding.message}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="verdict-ok">${w.noFindings}</p>`;
  // Seals and handwriting the reader dropped by colour are shown where they were on the page.
  const marks = e.doc.diagnostics.filter((d) => d.code === "seal" || d.code === "handwriting");
  const pageView = renderPages(id, e.doc.source.sha256, form, rows, placed, pages, w, marks);
  const verdict: Html = form.audit.ok ? html`<span class="verdict-ok">${w.ok}</span>` : html`<span class="verdict-bad">${w.withErrors}</span>`;
  return html`<section class="form" id="${id}" data-dept="${form.department ?? NO_DEPARTMENT}"><h3>${form.projectName ?? w.untitled}</h3>
<p class="meta">${e.doc.source.path} #${e.formIndex + 1} · ${form.year ?? ""} · ${w.total} ${form.total.score === null ? "—" : formatNumber(form.total.score)} · ${w.grade} ${form.audit.grade ?? "—"} · ${verdict} · <a href="#top">${w.backToTop}</a></p>
<div class="cols"><div class="left">${findings}${renderFormTable(id, form, rows, placed, w)}${pageView ? html`<p class="legend">${w.legend}</p>` : ""}</div>${pageView ? html`<div class="pages">${pageView}</div>` : ""}</div>
</section>`;
}
