import { staleMessage } from "../../correct/folder.js";
import { collectSummary, isImportFolder } from "../../export/import-folder.js";
import { formatResult, type QueryFormat } from "../../export/tables/print.js";
// DuckDB loads only when a query is run, not at the start of every command.
const duckdb = () => import("../../export/tables/query.js");
import type { Command } from "../command.js";
import { UsageError } from "./parse-options.js";

const formats: QueryFormat[] = ["table", "csv", "json"];

export const queryCommand: Command = {
  name: "query",
  usage: {
    zh: 'jixiao query IMPORT_DIR "SQL" [--format table|csv|json]\n        对一次导入（含复核更正）的表和视图运行 SQL（DuckDB），打印结果；表与视图见 docs/export-formats.md',
    en: 'jixiao query IMPORT_DIR "SQL" [--format table|csv|json]\n        run SQL (DuckDB) over an import\'s tables and views, review corrections applied, and print the result; tables and views: docs/export-formats.md',
  },
  options: { format: { type: "string" } },
  async run(ctx) {
    const en = ctx.lang === "en";
    const [dir, sql, ...rest] = ctx.args;
    if (!dir || sql === undefined || rest.length > 0) throw new UsageError(en ? 'give one import folder and one SQL query in quotes' : "请给出一个导入文件夹和一条用引号括起的 SQL");
    const format = (ctx.values.format ?? "table") as QueryFormat;
    if (!formats.includes(format)) throw new UsageError(en ? `--format must be one of ${formats.join(", ")}` : `--format 须为 ${formats.join("、")} 之一`);
    if (!(await isImportFolder(dir))) {
      ctx.io.err(en ? `${dir}: not an import folder (no index.jsonl)\n` : `${dir}：不是导入文件夹（没有 index.jsonl）\n`);
      return 2;
    }
    const { summary, read } = collectSummary(ctx.lang);
    try {
      const result = await (await duckdb()).queryImport(dir, sql, read);
      for (const x of summary.stale) ctx.io.err(staleMessage(x.doc, x.stale, ctx.lang) + "\n");
      ctx.io.out(formatResult(result, format, ctx.lang));
      return 0;
    } catch (err) {
      if (!(err instanceof (await duckdb()).BadSql)) throw err;
      ctx.io.err(en ? `SQL error: ${err.message}\n` : `SQL 有误：${err.message}\n`);
      return 2;
    }
  },
};
