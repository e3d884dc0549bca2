/** The queue page and the page shell every workbench page shares. */
import { NO_DEPARTMENT } from "../report/overview.js";
import { formatNumber } from "../report/format.js";
import { html, Raw, type Html } from "../report/html.js";
import type { QueueEntry, QueueReasons } from "./queue.js";
import type { Words } from "../report/words.js";
import type { ReviewWords } from "./words.js";

/** A page: the styles and the one script are files of the server (the CSP allows nothing else). */
export function shell(w: ReviewWords, title: string, body: Html): string {
  return `<!DOCTYPE html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html`${title}`}</title>
<link rel="stylesheet" href="/static/report.css">
<link rel="stylesheet" href="/static/review.css">
<script src="/static/review.js" defer></script>
</head>
<body>
${html`${body}`}
</body>
</html>
`;
}

export function formHref(sha256: string, form: number): string {
  return `/form/${sha256}/${form}`;
}

/** The reasons of an entry as short chips, the most pressing first. */
export function reasonChips(r: QueueReasons, w: ReviewWords): Raw {
  const keys: (keyof QueueReasons)[] = ["errors", "unreadable", "stale", "ambiguous", "lowConfidence", "machineCorrected", "warnings"];
  return html`${keys.filter((k) => r[k] > 0).map((k) => html`<span class="chip reason r-${k}">${w.reason[k](r[k])}</span>`)}`;
}

export function statusBadge(status: QueueEntry["status"], w: ReviewWords): Raw {
  return html`<span class="status st-${status}" data-status="${status}">${w.statuses[status]}</span>`;
}

/** The queue: `w` the workbench's words, `rw` the report's (the same column names as the report). */
export function queuePage(entries: readonly QueueEntry[], w: ReviewWords, rw: Words): string {
  const select = (key: string, label: string, options: readonly (readonly [string, string])[]): Raw =>
    html`<label>${label} <select data-filter="${key}" name="${key}"><option value="">—</option>${options.map(([v, t]) => html`<option value="${v}">${t}</option>`)}</select></label>`;
  const uniq = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, "zh"));
  const rules = uniq(entries.flatMap((e) => e.rules));
  const depts = uniq(entries.map((e) => e.department ?? NO_DEPARTMENT));
  const years = uniq(entries.map((e) => (e.year === null ? NO_DEPARTMENT : String(e.year))));
  const need = entries.filter((e) => e.needsReview && e.status !== "approved").length;
  const rows = entries.map(
    (e) => html`<tr tabindex="-1" data-href="${formHref(e.sha256, e.form)}" data-status="${e.status}" data-need="${e.needsReview ? "1" : "0"}" data-rule="${e.rules.join(" ")}" data-sev="${e.severities.join(" ")}" data-dept="${e.department ?? NO_DEPARTMENT}" data-year="${e.year === null ? NO_DEPARTMENT : String(e.year)}">
<td>${statusBadge(e.status, w)}</td>
<td>${reasonChips(e.reasons, w)}</td>
<td><a href="${formHref(e.sha256, e.form)}">${e.projectName ?? "—"}</a></td>
<td>${e.department ?? ""}</td>
<td class="n">${e.year ?? ""}</td>
<td class="n">${e.totalScore === null ? "" : formatNumber(e.totalScore)}</td>
<td>${e.grade ?? ""}</td>
<td class="file">${e.file}${` #${e.form + 1}`}</td>
</tr>`,
  );
  return shell(
    w,
    `${w.queue} · ${w.title}`,
    html`<header class="top"><h1>${w.title}</h1><p>${w.queueIntro(entries.length, need)}</p>${reviewerField(w)}</header>
<main id="queue-page">
<div class="filters">${select("status", w.status, (["unreviewed", "in-review", "rejected", "approved"] as const).map((s) => [s, w.statuses[s]] as const))}${select("rule", rw.filterRule, rules.map((r) => [r, r] as const))}${select("sev", rw.filterSeverity, [
      ["error", rw.severity.error],
      ["warning", rw.severity.warning],
      ["info", rw.severity.info],
      ["none", rw.severityClean],
    ])}${select("dept", rw.department, depts.map((d) => [d, d] as const))}${select("year", rw.year, years.map((y) => [y, y] as const))}<span><b id="shown-count">${entries.length}</b> / ${entries.length}</span></div>
<table class="data" id="queue"><thead><tr><th>${w.status}</th><th>${w.reasons}</th><th>${rw.project}</th><th>${rw.department}</th><th>${rw.year}</th><th>${rw.total}</th><th>${rw.grade}</th><th>${rw.file}</th></tr></thead><tbody>${rows}</tbody></table>
<p class="keys">${w.queueKeys}</p>
</main>`,
  );
}

/** Who the records are by: kept in the browser, sent with every change. */
export function reviewerField(w: ReviewWords): Raw {
  return html`<label class="reviewer">${w.reviewer} <input id="reviewer" name="reviewer" maxlength="100" autocomplete="name"></label>`;
}
