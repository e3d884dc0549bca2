/** Web pages (saved pages, converters' table HTML) → Grid. */
import type { Extraction, ReaderContext } from "../extraction.js";
import { limitDiagnostic } from "../office/diagnostics.js";
import { officeMessages } from "../office/messages.js";
import { officeSettings } from "../office/settings.js";
import { decodeHtml } from "./decode-html.js";
import { htmlToRows } from "./html-grid.js";

export function readHtmlInput(bytes: Uint8Array, ctx?: ReaderContext): Extraction {
  const lang = ctx?.lang ?? "zh";
  const { text } = decodeHtml(bytes);
  const { rows, truncated } = htmlToRows(text);
  const diagnostics = truncated ? [limitDiagnostic(officeMessages(lang).htmlRows(officeSettings.maxRows), "warning", lang)] : [];
  return { grid: { rows, rowsKnown: true, pages: null }, kind: "html", pages: null, diagnostics };
}
