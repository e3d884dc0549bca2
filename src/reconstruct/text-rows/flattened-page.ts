import { FLAT_FORM_LENGTH, PAGE_MARK } from "../../layout/text-lines.js";
import { cutAtRowStarts, opensWithTitle, rowStartCount, WRAP_SPACE } from "./flattened-form.js";

/**
 * Fewest rows the flattened lines must be cut into to hold a form (title, header, funds, goals,
 * indicators); a line that opens with a form's title holds one from its first cut (a short
 * excerpt's preview: `2020年度部门整体支出绩效自评表部门名称某局内容说明…`).
 */
const FORM_ROWS = 6;

/**
 * Is the page's form on lines a preview flattened (a document site's one line per page), with the
 * page's other lines in some other shape that holds no form: a portal's `索引号: | … |` rows above
 * it, a dossier's list of projects one a line before it? Those lines would make the page a pipe
 * table or one cell a line and the form one cell of it; read by lines, the flattened form is cut
 * where its rows start (cut-long-line.ts, asked by the reader's readLines) and the other lines go to the stray text.
 *
 * Flattened lines: 100 characters or more, no tab or pipe (a table's row), cut into rows. The
 * other lines hold the form when they hold at least half as many row-start labels as it has rows.
 */
export function formIsFlattened(text: string): boolean {
  let rows = 0;
  const others: string[] = [];
  for (const line of text.split("\n")) {
    if (line.length < FLAT_FORM_LENGTH || line.includes("\t") || line.includes("|")) {
      others.push(line);
      continue;
    }
    const flat = line.trim().replace(PAGE_MARK, "").replace(WRAP_SPACE, "");
    const cut = cutAtRowStarts(flat);
    if (cut.length > 1) rows += opensWithTitle(flat) ? Math.max(cut.length, FORM_ROWS) : cut.length;
    else others.push(line);
  }
  return rows >= FORM_ROWS && 2 * rowStartCount(others.join("\n")) < rows;
}
