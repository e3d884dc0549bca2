/**
 * The README's converter table from the bed (scripts/field/converter-dumps.mts): one row a
 * converter, its field accuracy and its figures read wrong / missed.
 *   npx tsx scripts/field/converter-table.mts
 */
import { measureDumps, MODES } from "./converter-dumps.mjs";
import { figureMisses } from "./corpus.js";

/** What each converter was given, for the table's first column. */
const INPUT: Record<string, string> = {
  layout: "`pdftotext -layout`, 48 PDFs (cells laid out with spaces)",
  plain: "`pdftotext`, 48 PDFs (a page's text blocks one after another)",
  raw: "`pdftotext -raw`, 48 PDFs (the order the page draws its text)",
  lynx: "`lynx -dump`, 16 web pages",
  w3m: "`w3m -dump`, 16 web pages (box-drawn tables)",
  html2text: "`html2text` 1.3, 16 web pages (cuts wide characters in half)",
  "pandoc-html": "`pandoc -t plain`, 16 web pages",
  "soffice-docx": "LibreOffice text export, 14 Word files",
  "pandoc-docx": "`pandoc -t plain`, 14 Word files",
  "soffice-csv": "LibreOffice CSV, 14 workbooks",
};

const results = await measureDumps();
const modes = [...new Set(results.map((r) => r.dump.mode as string))];
for (const mode of modes) {
  const rs = results.filter((r) => r.dump.mode === mode);
  const checks = rs.reduce((s, r) => s + r.checks, 0);
  const matches = rs.reduce((s, r) => s + r.matches, 0);
  const f = figureMisses(rs.flatMap((r) => r.misses));
  const name = INPUT[mode] ?? (mode in MODES ? `pdftotext ${mode}` : mode);
  console.log(`| ${name} | ${((100 * matches) / checks).toFixed(1)} % | ${f.wrong} / ${f.missed} |`);
}
