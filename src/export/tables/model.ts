/**
 * The relational shape of an import that the analyst outputs share (xlsx sheets, DuckDB tables,
 * Parquet files): one table per repeated part of a Document, joined by `doc_id` and `form_id`.
 * One definition, three writers, so a column documented here is the same column everywhere.
 *
 * Column keys are snake_case SQL names (the DuckDB and Parquet column, the `--lang en`-free key);
 * `zh`/`en` are the spreadsheet headers; `doc` explains the column on the 说明 sheet.
 */
export type ColumnType = "text" | "integer" | "number" | "boolean";
/** How a number is shown in a spreadsheet; the stored value is never rounded. */
export type NumberFormat = "amount" | "percent" | "score" | "id";

export interface Column {
  key: string;
  type: ColumnType;
  zh: string;
  en: string;
  doc: { zh: string; en: string };
  format?: NumberFormat;
  /** Spreadsheet column width in characters. */
  width?: number;
}

export type TableName = "documents" | "forms" | "fund_rows" | "indicators" | "findings" | "diagnostics" | "corrections" | "sources";

export interface Table {
  name: TableName;
  zh: string;
  en: string;
  doc: { zh: string; en: string };
  columns: readonly Column[];
}

type Spec = [key: string, type: ColumnType, zh: string, en: string, docZh: string, docEn: string, format?: NumberFormat, width?: number];

function cols(...specs: Spec[]): Column[] {
  return specs.map(([key, type, zh, en, docZh, docEn, format, width]) => ({ key, type, zh, en, doc: { zh: docZh, en: docEn }, ...(format ? { format } : {}), ...(width ? { width } : {}) }));
}

const formId: Spec = ["form_id", "integer", "表号", "form id", "本次导出中表的编号，自 1 起；连接各表", "number of the form in this export, from 1; joins the tables", "id", 7];
const docId: Spec = ["doc_id", "integer", "文件号", "doc id", "本次导出中输入文件的编号，自 1 起", "number of the input file in this export, from 1", "id", 7];

/** The place a value was read, as `sources` and a diagnostic's `source` give it. */
const sourceColumns = (prefix: string): Spec[] => [
  [`${prefix}text`, "text", "原文", "text as read", "单元格读到的原文（规范化之前）", "the cell's text as read, before normalisation", undefined, 16],
  [`${prefix}page`, "integer", "页", "page", "页码（PDF、扫描件）", "page (PDF, scans)", "id"],
  [`${prefix}line`, "integer", "行", "line", "行号（文本输入，自 1 起）", "line (text input, from 1)", "id"],
  [`${prefix}x0`, "number", "x0", "x0", "框左（PDF 点或像素，自左上角）", "box left (PDF points or pixels, from the top-left)"],
  [`${prefix}y0`, "number", "y0", "y0", "框上", "box top"],
  [`${prefix}x1`, "number", "x1", "x1", "框右", "box right"],
  [`${prefix}y1`, "number", "y1", "y1", "框下", "box bottom"],
  [`${prefix}confidence`, "number", "识别置信度", "confidence", "OCR 置信度 0–1", "OCR confidence 0–1"],
  [`${prefix}sheet`, "text", "工作表", "sheet", "电子表格输入的工作表名", "sheet of a spreadsheet input"],
  [`${prefix}cell`, "text", "单元格", "cell", "电子表格输入的单元格（B12）", "cell of a spreadsheet input (B12)"],
  [`${prefix}corrected_from`, "text", "更正前", "corrected from", "更正前读到的值", "the value as read before the correction"],
  [`${prefix}corrected_reason`, "text", "更正原因", "correction reason", "更正原因", "why it was corrected"],
  [`${prefix}corrected_by`, "text", "更正人", "corrected by", "复核人（空：程序自行更正）", "reviewer (empty: corrected by the reader itself)"],
  [`${prefix}corrected_at`, "text", "更正时间", "corrected at", "更正时间（ISO 8601）", "when (ISO 8601)"],
];

export const TABLES: readonly Table[] = [
  {
    name: "forms",
    zh: "自评表",
    en: "Forms",
    doc: { zh: "每张自评表一行", en: "one row per form" },
    columns: cols(
      formId,
      docId,
      ["form_index", "integer", "表序", "form index", "表在文件中的位置，自 0 起", "position of the form in its file, from 0", "id"],
      ["path", "text", "文件", "file", "输入文件路径", "input file path", undefined, 30],
      ["sha256", "text", "SHA-256", "SHA-256", "输入文件内容的 SHA-256", "SHA-256 of the input's bytes", undefined, 12],
      ["template", "text", "表式", "template", "project 项目支出 / department 部门整体支出", "project / department", undefined, 9],
      ["title", "text", "标题", "title", "标题（照印）", "title as printed", undefined, 24],
      ["year", "integer", "年度", "year", "年度", "year", "id", 7],
      ["project_name", "text", "项目名称", "project name", "项目名称", "项目名称 (project name)", undefined, 30],
      ["department", "text", "主管部门", "department", "主管部门（不含编码）", "主管部门, without its code", undefined, 20],
      ["department_code", "text", "主管部门编码", "department code", "名称前印的编码", "the code printed before the name"],
      ["implementing_unit", "text", "实施单位", "implementing unit", "实施单位（不含编码）", "实施单位, without its code", undefined, 20],
      ["implementing_unit_code", "text", "实施单位编码", "implementing unit code", "名称前印的编码", "the code printed before the name"],
      ["funds_unit", "text", "金额单位", "amount unit", "元 / 万元（金额不换算）", "元 / 万元 (amounts are never converted)", undefined, 7],
      ["initial_budget", "number", "年初预算数", "initial budget", "年度资金总额行·年初预算数", "total fund row: 年初预算数", "amount", 14],
      ["annual_budget", "number", "全年预算数", "annual budget", "年度资金总额行·全年预算数", "total fund row: 全年预算数", "amount", 14],
      ["executed", "number", "全年执行数", "executed", "年度资金总额行·全年执行数", "total fund row: 全年执行数", "amount", 14],
      ["execution_rate_percent", "number", "执行率", "execution rate", "执行率（百分数，100 即 100%）", "执行率 in percent (100 is 100%)", "percent", 9],
      ["funds_weight", "number", "预算执行分值", "budget weight", "预算执行的分值", "分值 of budget execution", "score"],
      ["funds_score", "number", "预算执行得分", "budget score", "预算执行的得分", "得分 of budget execution", "score"],
      ["goals_expected", "text", "预期目标", "expected goals", "年度总体目标·预期目标", "年度总体目标: 预期目标", undefined, 30],
      ["goals_actual", "text", "实际完成情况", "actual goals", "年度总体目标·实际完成情况", "年度总体目标: 实际完成情况", undefined, 30],
      ["indicator_count", "integer", "指标数", "indicators", "绩效指标行数", "number of indicator rows", "id"],
      ["total_weight", "number", "总分值", "total weight", "总分行·分值", "总分 row: 分值", "score"],
      ["total_score", "number", "总得分", "total score", "总分行·得分", "总分 row: 得分", "score"],
      ["audit_ok", "boolean", "核查通过", "audit ok", "没有“错误”级的核查发现", "no finding of severity error"],
      ["grade", "text", "等级", "grade", "优 ≥90、良 ≥80、中 ≥60、差", "优 ≥90, 良 ≥80, 中 ≥60, else 差", undefined, 6],
      ["recomputed_weight", "number", "复核总分值", "recomputed weight", "按表中数字重算的总分值", "total weight recomputed from the form's numbers", "score"],
      ["recomputed_score", "number", "复核总得分", "recomputed score", "重算的总得分", "total score recomputed", "score"],
      ["recomputed_execution_rate_percent", "number", "复核执行率", "recomputed execution rate", "重算的执行率（百分数）", "execution rate recomputed (percent)", "percent"],
      ["recomputed_budget_score", "number", "复核预算执行得分", "recomputed budget score", "重算的预算执行得分", "budget score recomputed", "score"],
      ["errors", "integer", "错误", "errors", "“错误”级发现数", "findings of severity error", "id"],
      ["warnings", "integer", "警告", "warnings", "“警告”级发现数", "findings of severity warning", "id"],
      ["infos", "integer", "提示", "infos", "“提示”级发现数", "findings of severity info", "id"],
      ["review_status", "text", "复核状态", "review status", "approved 已通过 / in-review 复核中 / rejected 退回 / unreviewed 未复核", "approved / in-review / rejected / unreviewed", undefined, 11],
      ["reviewed_by", "text", "复核人", "reviewed by", "最后一条状态记录的复核人", "reviewer of the last status record", undefined, 10],
      ["reviewed_at", "text", "复核时间", "reviewed at", "最后一条状态记录的时间（ISO 8601）", "time of the last status record (ISO 8601)", undefined, 20],
      ["review_note", "text", "复核备注", "review note", "状态记录的备注", "the status record's note"],
      ["corrections", "integer", "人工更正数", "corrections", "复核中更正并已应用的值的个数（见“更正”表）", "values corrected in review and applied (see the corrections table)", "id"],
    ),
  },
  {
    name: "fund_rows",
    zh: "资金",
    en: "Funds",
    doc: { zh: "每张表的每个资金行一行（年度资金总额及其构成，按印刷顺序）", en: "one row per fund row of each form (年度资金总额 and its breakdown, printed order)" },
    columns: cols(
      formId,
      ["row_index", "integer", "行序", "row index", "资金行的位置，自 0 起", "position of the fund row, from 0", "id"],
      ["key", "text", "行键", "key", "total / currentYear / carryOver / specialAccount / unitFunds / other / extraN", "total / currentYear / carryOver / specialAccount / unitFunds / other / extraN", undefined, 12],
      ["label", "text", "名称", "label", "行名（照印）", "row label as printed", undefined, 24],
      ["unit", "text", "金额单位", "amount unit", "元 / 万元", "元 / 万元", undefined, 7],
      ["initial_budget", "number", "年初预算数", "initial budget", "年初预算数", "年初预算数", "amount", 14],
      ["annual_budget", "number", "全年预算数", "annual budget", "全年预算数（调整后预算数）", "全年预算数 (adjusted budget)", "amount", 14],
      ["executed", "number", "全年执行数", "executed", "全年执行数", "全年执行数", "amount", 14],
    ),
  },
  {
    name: "indicators",
    zh: "指标",
    en: "Indicators",
    doc: { zh: "每个绩效指标一行", en: "one row per performance indicator" },
    columns: cols(
      formId,
      ["indicator_index", "integer", "指标序", "indicator index", "指标的位置，自 0 起", "position of the indicator, from 0", "id"],
      ["level1", "text", "一级指标", "level 1", "一级指标", "一级指标", undefined, 12],
      ["level1_weight", "number", "一级指标分值", "level-1 weight", "与一级指标名一起印的分值（产出指标(50分)）", "a weight printed with the level-1 name", "score"],
      ["level2", "text", "二级指标", "level 2", "二级指标", "二级指标", undefined, 14],
      ["level3", "text", "三级指标", "level 3", "三级指标", "三级指标", undefined, 24],
      ["target", "text", "年度指标值", "target", "年度指标值（照印）", "target as printed", undefined, 14],
      ["actual", "text", "实际完成值", "actual", "实际完成值（照印）", "actual as printed", undefined, 14],
      ["weight", "number", "分值", "weight", "分值", "分值", "score"],
      ["score", "number", "得分", "score", "得分", "得分", "score"],
      ["deviation", "text", "偏差原因", "deviation", "偏差原因分析及改进措施", "偏差原因分析及改进措施", undefined, 24],
      ["target_kind", "text", "指标值类型", "target kind", "quantity 数量 / qualitative 定性；空：未解析", "quantity / qualitative; empty: not parsed"],
      ["target_comparator", "text", "指标值比较符", "target comparator", "≥ ≤ = > <", "≥ ≤ = > <"],
      ["target_value", "number", "指标值数值", "target value", "指标值的数值", "the target's number"],
      ["target_unit", "text", "指标值单位", "target unit", "指标值的单位", "the target's unit"],
      ["target_text", "text", "指标值文字", "target text", "定性指标值的文字", "text of a qualitative target"],
      ["actual_kind", "text", "完成值类型", "actual kind", "quantity / qualitative", "quantity / qualitative"],
      ["actual_comparator", "text", "完成值比较符", "actual comparator", "≥ ≤ = > <", "≥ ≤ = > <"],
      ["actual_value", "number", "完成值数值", "actual value", "完成值的数值", "the actual's number"],
      ["actual_unit", "text", "完成值单位", "actual unit", "完成值的单位", "the actual's unit"],
      ["actual_text", "text", "完成值文字", "actual text", "定性完成值的文字", "text of a qualitative actual"],
      ["finding_rules", "text", "核查规则", "finding rules", "对此指标有发现的核查规则，空格分隔", "audit rules with a finding on this indicator, space-separated", undefined, 16],
    ),
  },
  {
    name: "findings",
    zh: "核查发现",
    en: "Findings",
    doc: { zh: "每条核查发现一行；“表号”链接到“自评表”中该表的行", en: "one row per audit finding; the form id links to the form's row" },
    columns: cols(
      formId,
      ["finding_index", "integer", "发现序", "finding index", "发现的位置，自 0 起", "position of the finding, from 0", "id"],
      ["rule", "text", "规则", "rule", "核查规则（total-score、execution-rate…）", "audit rule (total-score, execution-rate, …)", undefined, 16],
      ["severity", "text", "级别", "severity", "error 错误 / warning 警告 / info 提示", "error / warning / info", undefined, 8],
      ["pointer", "text", "位置", "pointer", "表内的 JSON Pointer（/indicators/5/score）", "JSON Pointer into the form (/indicators/5/score)", undefined, 20],
      ["field", "text", "字段", "field", "字段名（绩效指标 6·得分）", "the field named as on the form", undefined, 18],
      ["reported", "number", "报告值", "reported", "表上印的值（数字时）", "the value as printed (when a number)", "score", 10],
      ["expected", "number", "复核值", "expected", "按表中数字重算的值（数字时）", "the value recomputed (when a number)", "score", 10],
      ["reported_json", "text", "报告值 JSON", "reported JSON", "报告值原样（JSON；level1-weights 为对象）", "the reported value as JSON (an object for level1-weights)"],
      ["expected_json", "text", "复核值 JSON", "expected JSON", "复核值原样（JSON）", "the expected value as JSON"],
      ["message", "text", "说明", "message", "发现的说明", "the finding's message", undefined, 60],
    ),
  },
  {
    name: "diagnostics",
    zh: "诊断",
    en: "Diagnostics",
    doc: { zh: "读入时的问题（不是核查发现），每条一行", en: "problems reading the input (not audit findings), one row each" },
    columns: cols(
      docId,
      ["diagnostic_index", "integer", "诊断序", "diagnostic index", "诊断的位置，自 0 起", "position of the diagnostic, from 0", "id"],
      ["form_id", "integer", "表号", "form id", "诊断所涉及的表（路径指向某表时）", "the form it concerns (when its path points into one)", "id", 7],
      ["path", "text", "文件", "file", "输入文件路径", "input file path", undefined, 30],
      ["code", "text", "代码", "code", "no-form、unplaced-text、other-form…", "no-form, unplaced-text, other-form, …", undefined, 16],
      ["severity", "text", "级别", "severity", "error / warning / info", "error / warning / info", undefined, 8],
      ["pointer", "text", "位置", "pointer", "文档内的 JSON Pointer（/forms/0/…）", "JSON Pointer into the Document (/forms/0/…)", undefined, 20],
      ["message", "text", "说明", "message", "诊断的说明", "the diagnostic's message", undefined, 60],
      ...sourceColumns("source_"),
    ),
  },
  {
    name: "corrections",
    zh: "更正",
    en: "Corrections",
    doc: { zh: "复核中人工更正并已应用的值，每个一行：更正后的值、读到的值、更正人", en: "values corrected in review and applied, one row each: the value as corrected, as read, and who" },
    columns: cols(
      formId,
      ["pointer", "text", "位置", "pointer", "表内的 JSON Pointer", "JSON Pointer into the form", undefined, 20],
      ["field", "text", "字段", "field", "字段名", "the field named as on the form", undefined, 18],
      ["value_read", "text", "读到的值", "value as read", "程序读到的值（文字）", "the value as read (text)", undefined, 14],
      ["value_corrected", "text", "更正后的值", "value as corrected", "更正后的值（文字；空为清空）", "the value as corrected (text; empty when cleared)", undefined, 14],
      ["reviewer", "text", "更正人", "reviewer", "复核人", "reviewer", undefined, 10],
      // not `at`: DuckDB 1.5 parses a bare AT as the start of a time-travel clause (`ORDER BY at` fails)
      ["corrected_at", "text", "更正时间", "corrected at", "ISO 8601 时间", "ISO 8601 time", undefined, 20],
      ["reason", "text", "原因", "reason", "更正原因", "why", undefined, 24],
    ),
  },
  {
    name: "sources",
    zh: "来源",
    en: "Sources",
    doc: { zh: "每个值读自何处（原文、页、行、框、置信度），以及程序或人工的更正", en: "where each value was read (text, page, line, box, confidence) and any correction" },
    columns: cols(formId, ["pointer", "text", "位置", "pointer", "表内的 JSON Pointer", "JSON Pointer into the form", undefined, 22], ...sourceColumns("")),
  },
  {
    name: "documents",
    zh: "文件",
    en: "Files",
    doc: { zh: "每个输入文件一行（包括没有表的文件）", en: "one row per input file (files with no form included)" },
    columns: cols(
      docId,
      ["path", "text", "文件", "file", "输入文件路径", "input file path", undefined, 30],
      ["sha256", "text", "SHA-256", "SHA-256", "输入文件内容的 SHA-256", "SHA-256 of the input's bytes", undefined, 12],
      ["kind", "text", "类型", "kind", "text / pdf / pdf-scan / image / html / docx / xlsx …", "text / pdf / pdf-scan / image / html / docx / xlsx …", undefined, 8],
      ["pages", "integer", "页数", "pages", "页数（无页的输入为空）", "pages (empty for inputs without pages)", "id"],
      ["schema_version", "integer", "模式版本", "schema version", "Document 的 schemaVersion", "the Document's schemaVersion", "id"],
      ["form_count", "integer", "表数", "forms", "文件中的自评表数", "forms in the file", "id"],
      ["diagnostic_count", "integer", "诊断数", "diagnostics", "诊断数", "diagnostics", "id"],
    ),
  },
];

export function table(name: TableName): Table {
  return TABLES.find((t) => t.name === name)!;
}

/** A row: column key → value; a missing key is null. */
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
export type TableRows = Record<TableName, Row[]>;
