/** docs/export-formats.md documents every table, column and view the analyst outputs have, and its example queries work. */
import { DuckDBInstance } from "@duckdb/node-api";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentFileName, indexFileName } from "../../src/batch/index-file.js";
import { appendRecord, reviewDir, reviewFile } from "../../src/correct/store.js";
import { importDocuments } from "../../src/export/import-folder.js";
import { parseFile } from "../../src/pipeline.js";
import type { Document, Form } from "../../src/schema/index.js";
import { cli, fixtures, tempDir } from "../batch/helpers.js";
import { TABLES } from "../../src/export/tables/model.js";
import { VIEWS } from "../../src/export/tables/views.js";

const doc = readFileSync(new URL("../../docs/export-formats.md", import.meta.url), "utf8");

describe("docs/export-formats.md", () => {
  it("has a section for each table listing each of its columns", () => {
    for (const t of TABLES) {
      const start = doc.indexOf(`### \`${t.name}\``);
      expect(start, t.name).toBeGreaterThan(0);
      const section = doc.slice(start, doc.indexOf("\n### ", start + 1) > 0 ? doc.indexOf("\n### ", start + 1) : doc.indexOf("\n## ", start));
      for (const c of t.columns) expect(section, `${t.name}.${c.key}`).toContain(`| \`${c.key}\` |`);
    }
  });

  it("names each view", () => {
    for (const v of VIEWS) expect(doc).toContain(`| \`${v.name}\` |`);
  });
});

/**
 * The example queries of docs/export-formats.md, taken from the page itself, run over an import
 * of generated fixtures chosen to hold what they look for (a project's lowered targets across
 * years, totals that do not add up), and their answers checked against the Documents directly.
 */
describe("docs/export-formats.md: the example queries answer their questions", () => {
  const examples = [...doc.slice(doc.indexOf("## Example queries")).matchAll(/jixiao query \/tmp\/imp "([^"]*)"(?: --format \w+)?\n/g)].map((m) => m[1]!);
  const provenance = /```sql\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf("## Example queries")))![1]!;
  // two projects' forms in two years each, targets lowered between them; totals that do not add up
  const files = ["run-together/010.txt", "cell-per-line/009.txt", "linear/001.txt", "delimited-markdown/006.txt"];
  let imp: string;
  let db: string;
  /** Every form of the import in form_id order (form_id = position + 1), with its Document. */
  let forms: { form: Form; doc: Document }[];
  let approved: number;
  let scoreAsRead: number | null;

  beforeAll(async () => {
    const root = tempDir();
    // the import folder written here from parseFile, as `jixiao import` writes it (its workers
    // would take most of this test's time; the import itself is tested in test/batch)
    imp = join(root, "imp");
    mkdirSync(imp);
    let index = "";
    for (const f of files) {
      const d = await parseFile(join(fixtures, "generated", f));
      writeFileSync(join(imp, documentFileName(d.source.sha256)), JSON.stringify(d));
      index += JSON.stringify({ path: d.source.path, sha256: d.source.sha256, kind: d.source.kind, status: "ok", forms: d.forms.length, findings: { error: 0, warning: 0, info: 0 }, error: null, durationMs: 0 }) + "\n";
    }
    writeFileSync(join(imp, indexFileName), index);
    const before: Document[] = [];
    for await (const d of importDocuments(imp)) before.push(d);
    // a reviewer corrects a form's 总得分 and approves a form that has an error finding
    const withError = before.flatMap((d) => d.forms.map((f, i) => ({ d, f, i }))).find((x) => x.f.audit.findings.some((g) => g.severity === "error"))!;
    const file = reviewFile(reviewDir(imp), withError.d.source.sha256);
    scoreAsRead = withError.f.total.score;
    await appendRecord(file, { at: "2024-05-01T08:00:00.000Z", reviewer: "张三", form: withError.i, path: "/total/score", from: withError.f.total.score, to: 1, reason: "核对原件" });
    await appendRecord(file, { at: "2024-05-01T09:00:00.000Z", reviewer: "李四", form: withError.i, status: "approved" });
    forms = [];
    for await (const d of importDocuments(imp)) for (const form of d.forms) forms.push({ form, doc: d });
    approved = forms.findIndex((x) => x.doc.source.sha256 === withError.d.source.sha256 && x.doc.forms.indexOf(x.form) === withError.i) + 1;
    db = join(root, "imp.duckdb");
    expect((await cli(["export", imp, "--format", "duckdb", "--out", db])).code).toBe(0);
  }, 120_000);

  async function run(sql: string): Promise<Record<string, unknown>[]> {
    const inst = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    try {
      return (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
    } finally {
      conn.closeSync();
      inst.closeSync();
    }
  }
  const example = (needle: string) => examples.find((s) => s.includes(needle))!;

  it("the page has the examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it("which bureaus' totals do not add up, by year: the findings counted from the Documents", async () => {
    const sql = example("FROM findings_by_rule_department");
    const rules = ["total-score", "total-weight", "fund-breakdown", "execution-rate"];
    const counts = new Map<string, number>();
    for (const { form } of forms) for (const f of form.audit.findings) if (rules.includes(f.rule)) counts.set(`${f.rule}|${form.department}|${form.year}`, (counts.get(`${f.rule}|${form.department}|${form.year}`) ?? 0) + 1);
    const rows = await run(sql);
    expect(rows.length).toBe(Math.min(5, counts.size));
    for (const r of rows) expect(r.findings, JSON.stringify(r)).toBe(counts.get(`${r.rule}|${r.department}|${r.year}`));
    // the largest counts first: nothing left out has more findings than the last shown
    const shown = new Set(rows.map((r) => `${r.rule}|${r.department}|${r.year}`));
    for (const [k, n] of counts) if (!shown.has(k)) expect(n).toBeLessThanOrEqual(rows.at(-1)!.findings as number);
  });

  it("execution rates by department and year: forms, mean rate and forms under 60 % from the Documents", async () => {
    const rows = await run(example("FROM execution_by_year_department"));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const group = forms.filter(({ form }) => form.year === r.year && form.department === r.department).map(({ form }) => form.funds.executionRatePercent);
      const rates = group.filter((x): x is number => x !== null);
      expect(r.forms).toBe(group.length);
      expect(r.mean_rate_percent).toBeCloseTo(rates.reduce((a, b) => a + b, 0) / rates.length, 2);
      expect(r.forms_below_60).toBe(rates.filter((x) => x < 60).length);
    }
  });

  it("indicators whose targets were lowered: each pair is in the Documents, the later target smaller", async () => {
    const rows = await run(example("target_before"));
    expect(rows.length).toBeGreaterThan(0);
    const parsed = (year: number, project: string, level3: string, target: string) =>
      forms.filter(({ form }) => form.year === year && form.projectName === project).flatMap(({ form }) => form.indicators).filter((i) => i.level3 === level3 && i.target === target).map((i) => i.targetParsed).filter((p) => p?.kind === "quantity");
    for (const r of rows) {
      const before = parsed(r.year_before as number, r.project_name as string, r.level3 as string, r.target_before as string);
      const after = parsed(r.year as number, r.project_name as string, r.level3 as string, r.target as string);
      expect(before.length, JSON.stringify(r)).toBeGreaterThan(0);
      expect(after.length, JSON.stringify(r)).toBeGreaterThan(0);
      const lowered = before.some((b) => after.some((a) => b!.kind === "quantity" && a!.kind === "quantity" && ["≥", ">"].includes(b.comparator ?? "") && a.unit === b.unit && a.value < b.value));
      expect(lowered, JSON.stringify(r)).toBe(true);
    }
  });

  it("totals the form's own numbers do not give: reported total and a total-score finding in the Document", async () => {
    const rows = await run(example("LIKE '%total-score%'"));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const { form } = forms[(r.form_id as number) - 1]!;
      expect(form.total.score).toBe(r.total_score);
      expect(form.audit.findings.some((f) => f.rule === "total-score")).toBe(true);
    }
  });

  it("what reviewers changed, and forms approved with errors still in them (through jixiao query)", async () => {
    const changed = await run(example("FROM corrections"));
    expect(changed).toEqual([{ reviewer: "张三", field: "总分·得分", value_read: String(scoreAsRead), value_corrected: "1", reason: "核对原件" }]);
    const q = await cli(["query", imp, example("review_status = 'approved' AND errors > 0"), "--format", "json"]);
    expect(q.code).toBe(0);
    expect(JSON.parse(q.out).map((r: { form_id: number }) => r.form_id)).toEqual([approved]);
  });

  it("where on the page a finding's value was read: the provenance query runs", async () => {
    const rows = await run(provenance);
    const errors = forms.flatMap(({ form }) => form.audit.findings.filter((f) => f.severity === "error" && form.sources?.[f.path]));
    expect(rows.length).toBe(errors.length);
  });
});
