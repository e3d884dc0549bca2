/**
 * A government portal's metadata table above its page (索引号 | … | 信息名称 | … | 内容概述 | …)
 * gives the page's own text again in its summary cell, the cells run together and cut at some
 * length. Where the page's table is cut short (an excerpt ending mid-cell), the summary may hold
 * what the table lost, its funds and names. It is the page's text once more: read as text of its
 * own, it is one more reading of the page, weighed as the text's other shapes are
 * (best-reading.ts: kept only where the first reading placed next to nothing and this one places
 * clearly more). The label is the portal's word (site furniture), no label of the form.
 */
import { FLAT_FORM_LENGTH } from "../../layout/text-lines.js";
import type { Grid } from "../../layout/grid.js";

/** The summary cell's label, in either script (a page converted to traditional characters). */
const SUMMARY_LABELS: ReadonlySet<string> = new Set(["内容概述", "內容概述"]);

/**
 * The text of the summary cell of a pipe-parted metadata row (`| 内容概述 | text |`), where it is
 * long enough to hold a form run onto one line, and the line it stands on (1-based); else null.
 */
export function portalSummaryText(text: string): { text: string; line: number } | null {
  const lines = text.split("\n");
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.includes("|")) continue;
    const cells = line.split("|").map((c) => c.trim());
    const at = cells.findIndex((c) => SUMMARY_LABELS.has(c));
    const summary = at >= 0 ? cells[at + 1] : undefined;
    if (summary !== undefined && summary.length >= FLAT_FORM_LENGTH) return { text: summary, line: k + 1 };
  }
  return null;
}

/** The summary's rows placed on the page's line that holds it (read alone, they stand on lines of their own text). */
export function onSummaryLine(grid: Grid, line: number): Grid {
  return { ...grid, rows: grid.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, source: { ...c.source, line }, ...(c.parts ? { parts: c.parts.map((p) => ({ ...p, line })) } : {}) })) })) };
}
