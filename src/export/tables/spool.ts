/**
 * One pass over an import that writes the rows of every table to its own JSON Lines file in a
 * scratch folder. ExcelJS's streaming workbook writes one sheet after another, so the xlsx
 * writer reads each table's spool in turn afterwards: no table is ever held in memory.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import type { Lang } from "../../audit/fields.js";
import type { ImportReadOptions } from "../import-folder.js";
import { TABLES, type TableName } from "./model.js";
import { importRows } from "./stream.js";

export interface SpoolSummary {
  documents: number;
  forms: number;
}

/** The spool file of a table. */
export function spoolFile(spoolDir: string, table: TableName): string {
  return join(spoolDir, `${table}.jsonl`);
}

async function write(out: WriteStream, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

/** Rows are gathered into chunks of this many characters: one write per row would be one system call per row. */
const SPOOL_CHUNK = 1 << 16;

/** Writes every table's rows, one JSON object a line, in import order. */
export async function spoolTables(dir: string, spoolDir: string, opts: ImportReadOptions & { lang?: Lang } = {}): Promise<SpoolSummary> {
  const files = new Map(TABLES.map((t) => [t.name, createWriteStream(spoolFile(spoolDir, t.name))]));
  const summary: SpoolSummary = { documents: 0, forms: 0 };
  const pending = new Map<TableName, string>();
  try {
    for await (const rows of importRows(dir, opts)) {
      summary.documents++;
      summary.forms += rows.forms.length;
      for (const t of TABLES) {
        let chunk = (pending.get(t.name) ?? "") + rows[t.name].map((row) => JSON.stringify(row) + "\n").join("");
        if (chunk.length > SPOOL_CHUNK) {
          await write(files.get(t.name)!, chunk);
          chunk = "";
        }
        pending.set(t.name, chunk);
      }
    }
    for (const [name, chunk] of pending) if (chunk) await write(files.get(name)!, chunk);
  } finally {
    await Promise.all([...files.values()].map(async (f) => (f.end(), await once(f, "close"))));
  }
  return summary;
}
