/**
 * Rows of the tables written to a batch folder, one `TABLE.jsonl` per table, for the DuckDB
 * loader to insert with `read_json` (load-batch.ts). A line is one row, every column
 * spelled (null included), encoded so that DuckDB reads back exactly what the appender would
 * have stored: -0 as `-0.0` (DuckDB reads `-0` as the integer 0), lone surrogates as U+FFFD (as
 * Node's UTF-8 conversion does; DuckDB refuses them in JSON).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { TABLES, type Row, type Table, type TableName } from "./model.js";
import type { DocumentRows } from "./rows.js";
import { batchFile } from "./sql.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  const j = JSON.stringify(s);
  // JSON.stringify writes a lone surrogate as an escape; only then is the slower replace needed
  return j.includes("\\ud") ? JSON.stringify(s.replace(LONE_SURROGATE, "\uFFFD")) : j;
}

/** One row as a JSON line, keys in column order. */
export function rowLine(t: Table, row: Row): string {
  let out = "{";
  t.columns.forEach((c, i) => {
    const v = row[c.key] ?? null;
    let s: string;
    if (v === null) s = "null";
    else if (c.type === "text") s = text(String(v));
    else if (c.type === "boolean") s = v ? "true" : "false";
    else {
      const n = v as number;
      if (!Number.isFinite(n)) throw new Error(`${t.name}.${c.key}: ${n} is not a number DuckDB can store (form_id ${row.form_id ?? "-"}, doc_id ${row.doc_id ?? "-"})`);
      s = c.type === "number" && Object.is(n, -0) ? "-0.0" : String(n);
    }
    out += (i ? "," : "") + JSON.stringify(c.key) + ":" + s;
  });
  return out + "}\n";
}

/** Rows are gathered into chunks of this many characters: one write per row would be one system call per row. */
const CHUNK = 1 << 16;

/** One batch folder being written; `size` is the characters of its rows so far. */
export class BatchSpool {
  size = 0;
  private readonly files = new Map<TableName, WriteStream>();
  private readonly pending = new Map<TableName, string>();

  private constructor(readonly dir: string) {}

  static async create(dir: string): Promise<BatchSpool> {
    await mkdir(dir, { recursive: true });
    return new BatchSpool(dir);
  }

  async add(rows: DocumentRows): Promise<void> {
    for (const t of TABLES) {
      const list = rows[t.name];
      if (!list.length) continue;
      let chunk = this.pending.get(t.name) ?? "";
      const before = chunk.length;
      for (const row of list) chunk += rowLine(t, row);
      this.size += chunk.length - before;
      if (chunk.length > CHUNK) {
        await this.write(t, chunk);
        chunk = "";
      }
      this.pending.set(t.name, chunk);
    }
  }

  private async write(t: Table, s: string): Promise<void> {
    let f = this.files.get(t.name);
    if (!f) this.files.set(t.name, (f = createWriteStream(batchFile(this.dir, t))));
    if (!f.write(s)) await once(f, "drain");
  }

  /** Writes what is pending and closes the files; the folder is then ready for the loader. */
  async close(): Promise<void> {
    for (const t of TABLES) {
      const chunk = this.pending.get(t.name);
      if (chunk) await this.write(t, chunk);
    }
    this.pending.clear();
    await Promise.all([...this.files.values()].map(async (f) => (f.end(), await once(f, "close"))));
  }
}
