/**
 * The views over the tables that answer the analysts' common questions; created in every DuckDB
 * export and by `jixiao query`, and written beside a Parquet export as `views.sql`. Documented,
 * with example queries, in docs/export-formats.md.
 *
 * Amounts stay in the unit printed (元 or 万元) in the tables; where the views add amounts up
 * they convert to 元 first, since a sum across the two units would be meaningless.
 */
export interface View {
  name: string;
  sql: string;
}

const yuan = (col: string) => `CASE f.funds_unit WHEN '万元' THEN ${col} * 10000 ELSE ${col} END`;

export const VIEWS: readonly View[] = [
  {
    name: "form_summary",
    sql: `SELECT f.form_id, f.path, f.year, f.department, f.implementing_unit, f.project_name, f.template,
  f.total_score, f.recomputed_score, f.grade, f.execution_rate_percent, f.recomputed_execution_rate_percent,
  f.audit_ok, f.errors, f.warnings, f.infos,
  (SELECT string_agg(DISTINCT x.rule, ' ' ORDER BY x.rule) FROM findings x WHERE x.form_id = f.form_id) AS rules,
  f.review_status, f.reviewed_by, f.corrections
FROM forms f`,
  },
  {
    name: "findings_by_rule_department",
    sql: `SELECT x.rule, x.severity, f.department, f.year, count(*) AS findings, count(DISTINCT x.form_id) AS forms
FROM findings x JOIN forms f USING (form_id)
GROUP BY ALL`,
  },
  {
    name: "execution_by_year_department",
    sql: `SELECT f.year, f.department, count(*) AS forms,
  count(f.execution_rate_percent) AS forms_with_rate,
  round(avg(f.execution_rate_percent), 2) AS mean_rate_percent,
  round(median(f.execution_rate_percent), 2) AS median_rate_percent,
  count(*) FILTER (WHERE f.execution_rate_percent < 60) AS forms_below_60,
  round(sum(${yuan("f.annual_budget")}), 2) AS annual_budget_yuan,
  round(sum(${yuan("f.executed")}), 2) AS executed_yuan,
  round(100 * sum(${yuan("f.executed")}) FILTER (WHERE f.annual_budget > 0) / nullif(sum(${yuan("f.annual_budget")}) FILTER (WHERE f.annual_budget > 0 AND f.executed IS NOT NULL), 0), 2) AS pooled_rate_percent
FROM forms f
GROUP BY ALL`,
  },
];

export function createViewsSql(): string {
  return VIEWS.map((v) => `CREATE OR REPLACE VIEW ${v.name} AS\n${v.sql};\n`).join("\n");
}
