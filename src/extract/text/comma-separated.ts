/**
 * Comma-separated values, as a spreadsheet's CSV export writes a sheet (LibreOffice, Excel): one
 * record a line, fields parted by commas, a field holding a comma, a quote or a line break wrapped
 * in quotes (`"13,249.70"`, a goal's text over two lines), a quote inside doubled. Every record of
 * a sheet has as many fields as the sheet is wide (empty cells are empty fields), which is what
 * tells such a text from prose or a linear table whose figures carry thousands commas.
 *
 * Told by the separators alone, like tabs: the text is rewritten as the tab-separated shape it is
 * (the same lines, a field with a line break still quoted), so the tab reader reads it.
 */

/** Fewest records of three or more fields for a text to be taken as CSV. */
const MIN_RECORDS = 3;

interface Parsed {
  /** Each record's fields, unquoted. */
  records: string[][];
}

/** The text parsed as CSV, or null where a quote never closes (not CSV). */
function parseCsv(text: string): Parsed | null {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      // A quoted field: runs to the quote not doubled, over line ends.
      let j = i + 1;
      let value = "";
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return null;
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      // After the closing quote comes a comma or the line's end; anything else is no CSV quoting.
      if (j < text.length && text[j] !== "," && text[j] !== "\n" && text[j] !== "\r") return null;
      field = value;
      i = j;
      atFieldStart = false;
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = "";
      atFieldStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return { records };
}

/**
 * Whether the records are a sheet's: most records that hold anything have three or more fields,
 * and most of those share one width (a sheet pads every row to its width; two sheets one after
 * the other have two widths, each a run of rows).
 */
function looksLikeSheet(records: readonly string[][]): boolean {
  const filled = records.filter((r) => r.some((f) => f.trim() !== ""));
  const wide = filled.filter((r) => r.length >= 3);
  if (wide.length < MIN_RECORDS || wide.length < filled.length * 0.8) return false;
  // Rows of the widths most rows share (a run of two or more records of one width).
  const counts = new Map<number, number>();
  for (const r of wide) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  const shared = wide.filter((r) => (counts.get(r.length) ?? 0) >= 2).length;
  return shared >= wide.length * 0.8;
}

/** A field as the tab reader takes it: quoted where it holds a line break or opens with a quote. */
function asTabField(field: string): string {
  const f = field.replace(/\t/g, " ");
  return f.includes("\n") || f.startsWith('"') ? `"${f.replace(/"/g, '""')}"` : f;
}

/**
 * The text rewritten with tabs between its fields where it is a spreadsheet's CSV export; null
 * where it is not (no commas between cells, or commas only inside figures and prose).
 */
export function commaSeparatedAsTabs(text: string): string | null {
  if (!text.includes(",")) return null;
  // A text with tabs between cells already is the tab shape.
  if (/\S[^\S\n]*\t\S/.test(text)) return null;
  const parsed = parseCsv(text);
  if (!parsed || !looksLikeSheet(parsed.records)) return null;
  return parsed.records.map((r) => (r.length === 1 && r[0] === "" ? "" : r.map(asTabField).join("\t"))).join("\n");
}
