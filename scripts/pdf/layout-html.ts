/**
 * The logical table of a generated form (scripts/lib/layout.ts) → HTML with real rowspan/colspan,
 * the title and year printed above the table, as the published forms are.
 */
import type { Layout } from "../lib/layout.js";

export interface PrintStyle {
  font: string;
  fontSizePt: number;
  landscape: boolean;
  pageNumbers: boolean;
  /** Cell padding (pt): taller rows, more page breaks. */
  paddingPt: number;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const OUTSIDE = new Set(["title", "year", "reportNo"]);

function colWidths(ncols: number, landscape: boolean): number[] {
  if (ncols === 9) return landscape ? [6, 10, 11, 17, 12, 10, 6, 6, 22] : [7, 12, 12, 17, 12, 10, 6, 6, 18];
  if (ncols === 10) return [6, 10, 11, 15, 7, 11, 10, 12, 7, 11];
  return [6, 9, 10, 14, 6, 8, 6, 9, 7, 7, 18];
}

export function layoutTableHtml(layout: Layout, style: PrintStyle): string {
  const outside: string[] = [];
  const rows: string[] = [];
  for (const row of layout.rows) {
    if (OUTSIDE.has(row.kind)) {
      const text = row.cells.map((c) => c.text).filter(Boolean).join(" ");
      if (row.kind === "title") outside.push(`<h1>${esc(text)}</h1>`);
      else if (row.kind === "year") outside.push(`<p class="year">${esc(text)}</p>`);
      else outside.push(`<p class="no">${esc(text)}</p>`);
      continue;
    }
    const cells = row.cells.map((c) => {
      const a: string[] = [];
      if (c.rowSpan > 1) a.push(`rowspan="${c.rowSpan}"`);
      if (c.span > 1) a.push(`colspan="${c.span}"`);
      const cls = c.kind === "goal" || c.kind === "text" ? "t" : c.kind === "number" ? "n" : "";
      if (cls) a.push(`class="${cls}"`);
      return `<td${a.length ? " " + a.join(" ") : ""}>${esc(c.text)}</td>`;
    });
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  const cols = colWidths(layout.ncols, style.landscape)
    .map((w) => `<col style="width:${w}%">`)
    .join("");
  return `${outside.join("\n")}\n<table><colgroup>${cols}</colgroup>\n${rows.join("\n")}\n</table>`;
}

export function documentHtml(layouts: Layout[], style: PrintStyle, opts: { newPagePerForm: boolean }): string {
  const body = layouts
    .map((l, i) => `<section${i > 0 && opts.newPagePerForm ? ' style="break-before:page"' : ""}>\n${layoutTableHtml(l, style)}\n</section>`)
    .join("\n");
  const size = style.landscape ? "A4 landscape" : "A4";
  const pageNo = style.pageNumbers ? `@bottom-center { content: "-" counter(page) "-"; font-family: ${style.font}; font-size: 9pt; }` : "";
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<style>
@page { size: ${size}; margin: 16mm 14mm 18mm 14mm; ${pageNo} }
body { font-family: ${style.font}; font-size: ${style.fontSizePt}pt; margin: 0; }
h1 { text-align: center; font-size: ${style.fontSizePt + 6}pt; margin: 0 0 4pt 0; font-weight: normal; }
p.year { text-align: center; margin: 0 0 6pt 0; }
p.no { text-align: right; margin: 0 0 4pt 0; }
section + section { margin-top: 28pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { border: 1px solid #000; padding: ${style.paddingPt}pt; text-align: center; vertical-align: middle; word-break: break-all; }
td.t { text-align: left; }
td.n { text-align: right; }
</style></head><body>
${body}
</body></html>
`;
}
