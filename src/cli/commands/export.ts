import { collectSummary, exportImport, isImportFolder, type ExportFormat } from "../../export/import-folder.js";
// The table formats load ExcelJS and DuckDB (≈1.5 s of CPU): only when they are asked for, not
// at the start of every command.
import type { TableFormat } from "../../export/tables/export.js";
import type { CsvLevel } from "../../export/csv.js";
import { staleMessage } from "../../correct/folder.js";
import type { Command } from "../command.js";
import { UsageError } from "./parse-options.js";

const tables = () => import("../../export/tables/export.js");

const formats: (ExportFormat | TableFormat)[] = ["csv", "xml", "jsonl", "xlsx", "duckdb", "parquet"];
const tableFormats: readonly string[] = ["xlsx", "duckdb", "parquet"];

export const exportCommand: Command = {
  name: "export",
  usage: {
    zh: "jixiao export IMPORT_DIR --format csv|xml|jsonl|xlsx|duckdb|parquet --out FILE [--level indicator|form]\n        把一次导入的全部结果（含复核更正与复核状态）导出为一个 CSV / XML / JSONL / Excel 工作簿 / DuckDB 数据库文件，或一个 Parquet 文件夹（CSV 默认每个指标一行，--level form 每张表一行）",
    en: "jixiao export IMPORT_DIR --format csv|xml|jsonl|xlsx|duckdb|parquet --out FILE [--level indicator|form]\n        export a whole import, review corrections and status included, as one CSV / XML / JSONL file, Excel workbook or DuckDB database, or a folder of Parquet files (CSV: one row per indicator, --level form one per form)",
  },
  options: { format: { type: "string" }, out: { type: "string" }, level: { type: "string" } },
  async run(ctx) {
    const en = ctx.lang === "en";
    const [dir, ...rest] = ctx.args;
    if (!dir || rest.length > 0) throw new UsageError(en ? "give one import folder" : "请给出一个导入文件夹");
    const format = ctx.values.format;
    if (typeof format !== "string" || !formats.includes(format as ExportFormat)) {
      throw new UsageError(en ? `--format must be one of ${formats.join(", ")}` : `--format 须为 ${formats.join("、")} 之一`);
    }
    if (typeof ctx.values.out !== "string") throw new UsageError(en ? "--out FILE is required" : "须用 --out FILE 指定输出文件");
    const level = ctx.values.level ?? "indicator";
    if (level !== "indicator" && level !== "form") throw new UsageError(en ? "--level must be indicator or form" : "--level 须为 indicator 或 form");
    if (level === "form" && format !== "csv") throw new UsageError(en ? "--level applies to CSV only" : "--level 只用于 CSV");
    if (!(await isImportFolder(dir))) {
      ctx.io.err(en ? `${dir}: not an import folder (no index.jsonl)\n` : `${dir}：不是导入文件夹（没有 index.jsonl）\n`);
      return 2;
    }
    let s;
    if (tableFormats.includes(format)) {
      const { summary, read } = collectSummary(ctx.lang);
      try {
        summary.documents = (await (await tables()).exportTables(dir, format as TableFormat, ctx.values.out, read)).documents;
      } catch (err) {
        if (!(err instanceof (await tables()).OutputInTheWay)) throw err;
        ctx.io.err(en ? `${ctx.values.out}: exists and is not an earlier export of this format; not overwritten\n` : `${ctx.values.out}：已存在，且不是此格式以前的导出，未覆盖\n`);
        return 2;
      }
      s = summary;
    } else s = await exportImport(dir, format as ExportFormat, ctx.values.out, level as CsvLevel, ctx.lang);
    for (const x of s.stale) ctx.io.err(staleMessage(x.doc, x.stale, ctx.lang) + "\n");
    if (s.missing > 0) ctx.io.err(en ? `${s.missing} Document files missing or unreadable, skipped\n` : `${s.missing} 个 Document 文件缺失或无法读取，已跳过\n`);
    ctx.io.err(en ? `${s.documents} documents → ${ctx.values.out}\n` : `${s.documents} 个文档 → ${ctx.values.out}\n`);
    return 0;
  },
};
