/** Web pages (saved pages, converters' table HTML) → Grid. */
import type { Extraction, ReaderContext } from "../extraction.js";
import { limitDiagnostic } from "../office/diagnostics.js";
import { officeSettings } from "../office/settings.js";
import { decodeHtml } from "./decode-html.js";
import { htmlToRows } from "./html-grid.js";

export function readHtmlInput(bytes: Uint8Array, _ctx?: ReaderContext): Extraction {
  const { text } = decodeHtml(bytes);
  const { rows, truncated } = htmlToRows(text);
  const diagnostics = truncated ? [limitDiagnostic(`网页超过 ${officeSettings.maxRows} 行，只读取了前面部分`, "warning")] : [];
  return { grid: { rows, rowsKnown: true, pages: null }, kind: "html", pages: null, diagnostics };
}
