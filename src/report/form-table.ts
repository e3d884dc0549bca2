/**
 * One form laid out like the paper form — header, 项目资金 block, 年度总体目标, the indicator table
 * with 一级/二级 merged by rowspan, the 总分 row — as a model of cells first, so findings can be
 * placed on the cell their JSON Pointer names before anything is written.
 */
import type { Finding, Form, SourceLocation } from "../schema/index.js";
import { formatNumber, formatFindingValue } from "./format.js";
import { head, numCell, textCell, type TableCell, type TableRow } from "./cells.js";
import { departmentHeaderRows, fundStructureRows, isFundStructure, taskRows } from "./department-table.js";
import { cls, html, Raw, slug } from "./html.js";
import type { Words } from "./words.js";

export type { TableCell, TableRow } from "./cells.js";
/** Columns of the paper form (the indicator table's: label, 一级, 二级, 三级×2, 指标值, 完成值, 分值, 得分, 偏差×2). */
export const COLUMNS = 11;

export function formModel(form: Form, w: Words): TableRow[] {
  const department = form.template === "department";
  const rows: TableRow[] = department ? [...departmentHeaderRows(form, w), ...taskRows(form, w)] : projectHeaderRows(form, w);
  // The national department layout prints no funds block (its money is in 年度主要任务): none is drawn.
  const noFunds = department && form.funds.rows.length === 0 && form.funds.weight === null && form.funds.executionRatePercent === null && form.funds.score === null;
  if (department && isFundStructure(form)) rows.push(...fundStructureRows(form, w));
  else if (!noFunds) rows.push(...fundRowsOf(form, w));
  rows.push(...goalAndIndicatorRows(form, w));
  return rows;
}

function projectHeaderRows(form: Form, w: Words): TableRow[] {
  return [
    [head(w.project), textCell("/projectName", form.projectName, { colSpan: 10 })],
    [
      head(w.department),
      textCell("/department", [form.departmentCode, form.department].filter(Boolean).join("-") || null, { colSpan: 4 }),
      head(w.implementingUnit),
      textCell("/implementingUnit", [form.implementingUnitCode, form.implementingUnit].filter(Boolean).join("-") || null, { colSpan: 5 }),
    ],
  ];
}

function fundRowsOf(form: Form, w: Words): TableRow[] {
  const rows: TableRow[] = [];
  // 项目资金: a label column spanning the block, the row names, then the amount columns;
  // 分值 / 执行率 / 得分 are printed once, on the 年度资金总额 row.
  const fundRows = form.funds.rows;
  const span = fundRows.length + 1;
  rows.push([
    head(form.template === "department" ? w.budgetFunds(form.funds.unit) : w.projectFunds(form.funds.unit), { rowSpan: span, paths: ["/funds", "/funds/unit"] }),
    head("", { colSpan: 4 }),
    head(w.initialBudget),
    head(w.annualBudget),
    head(w.executed),
    head(w.weight),
    head(w.rate),
    head(w.score),
  ]);
  fundRows.forEach((r, i) => {
    const p = `/funds/rows/${i}`;
    const row: TableRow = [
      textCell(`${p}/label`, r.label, { colSpan: 4, head: true, paths: [`${p}/label`, p] }),
      numCell(form, `${p}/initialBudget`, r.initialBudget),
      numCell(form, `${p}/annualBudget`, r.annualBudget),
      numCell(form, `${p}/executed`, r.executed),
    ];
    if (i === 0) {
      row.push(
        numCell(form, "/funds/weight", form.funds.weight, { rowSpan: fundRows.length }),
        numCell(form, "/funds/executionRatePercent", form.funds.executionRatePercent, { rowSpan: fundRows.length }),
        numCell(form, "/funds/score", form.funds.score, { rowSpan: fundRows.length }),
      );
    }
    rows.push(row);
  });
  if (fundRows.length === 0) {
    rows.push([
      numCell(form, "/funds/weight", form.funds.weight, { colSpan: 7 }),
      numCell(form, "/funds/executionRatePercent", form.funds.executionRatePercent),
      numCell(form, "/funds/score", form.funds.score),
    ]);
    rows[rows.length - 2]![0]!.rowSpan = 2;
  }
  if (form.funds.executionRatePercent !== null) {
    const rate = rows.flat().find((c) => c.paths[0] === "/funds/executionRatePercent");
    if (rate && !rate.unread) rate.text = `${rate.text}%`;
  }
  return rows;
}

function goalAndIndicatorRows(form: Form, w: Words): TableRow[] {
  const rows: TableRow[] = [];

  rows.push([head(w.goals, { rowSpan: 2, paths: ["/goals"] }), head(w.expected, { colSpan: 5 }), head(w.actual, { colSpan: 5 })]);
  rows.push([textCell("/goals/expected", form.goals.expected, { colSpan: 5 }), textCell("/goals/actual", form.goals.actual, { colSpan: 5 })]);

  const inds = form.indicators;
  const withMethod = inds.some((i) => i.method !== undefined && i.method !== null);
  rows.push([
    head(w.indicators, { rowSpan: inds.length + 1, paths: ["/indicators"] }),
    head(w.level1),
    head(w.level2),
    head(w.level3, { colSpan: 2 }),
    head(w.target),
    head(w.actualValue),
    head(w.weight),
    head(w.score),
    // 评分标准 (department forms) takes half of the 偏差 columns, as those forms print it beside them.
    ...(withMethod ? [head(w.method), head(w.deviation)] : [head(w.deviation, { colSpan: 2 })]),
  ]);
  inds.forEach((ind, i) => {
    const p = `/indicators/${i}`;
    const row: TableRow = [];
    // A merged 一级/二级 cell is written on the first row of its run and spans the run; it stands
    // for every row it covers, so a finding on a later row's level1 still lands on it.
    const prev = inds[i - 1];
    if (!prev || prev.level1 !== ind.level1) {
      const run = runLength(inds, i, (a, b) => a.level1 === b.level1);
      const label = ind.level1Weight !== undefined ? `${ind.level1 ?? ""}(${formatNumber(ind.level1Weight)})` : ind.level1;
      row.push(textCell(`${p}/level1`, label, { rowSpan: run, paths: range(i, run).flatMap((k) => [`/indicators/${k}/level1`, `/indicators/${k}/level1Weight`]) }));
    }
    if (!prev || prev.level1 !== ind.level1 || prev.level2 !== ind.level2) {
      const run = runLength(inds, i, (a, b) => a.level1 === b.level1 && a.level2 === b.level2);
      row.push(textCell(`${p}/level2`, ind.level2, { rowSpan: run, paths: range(i, run).map((k) => `/indicators/${k}/level2`) }));
    }
    row.push(
      textCell(`${p}/level3`, ind.level3, { colSpan: 2, paths: [`${p}/level3`, p] }),
      textCell(`${p}/target`, ind.target),
      textCell(`${p}/actual`, ind.actual),
      numCell(form, `${p}/weight`, ind.weight),
      numCell(form, `${p}/score`, ind.score),
      ...(withMethod ? [textCell(`${p}/method`, ind.method ?? null), textCell(`${p}/deviation`, ind.deviation)] : [textCell(`${p}/deviation`, ind.deviation, { colSpan: 2 })]),
    );
    rows.push(row);
  });
  rows.push([
    head(w.total, { colSpan: 7, paths: ["/total"] }),
    numCell(form, "/total/weight", form.total.weight),
    numCell(form, "/total/score", form.total.score),
    head(form.audit.grade ? `${w.grade}：${form.audit.grade}` : "", { colSpan: 2 }),
  ]);
  return rows;
}

function runLength<T>(xs: readonly T[], start: number, same: (a: T, b: T) => boolean): number {
  let k = start + 1;
  while (k < xs.length && same(xs[start]!, xs[k]!)) k++;
  return k - start;
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

/** The cell a JSON Pointer lands on: its own, else the nearest ancestor's (`/indicators/3/x` → row 3). */
export function resolveCell(rows: readonly TableRow[], path: string): TableCell | null {
  const byPath = new Map<string, TableCell>();
  for (const c of rows.flat()) for (const p of c.paths) if (!byPath.has(p)) byPath.set(p, c);
  for (let p = path; p !== ""; p = p.slice(0, p.lastIndexOf("/"))) {
    const c = byPath.get(p);
    if (c) return c;
  }
  return null;
}

export const LOW_CONFIDENCE = 0.8;

export interface PlacedFinding {
  finding: Finding;
  /** Its index in `form.audit.findings`. */
  index: number;
  cellId: string | null;
}

export function cellId(formId: string, cell: TableCell): string {
  return `${formId}-c-${slug(cell.paths[0] ?? "head")}`;
}

/** Places every finding on a cell; returns them with the cell's id (null when no cell fits). */
export function placeFindings(formId: string, rows: readonly TableRow[], findings: readonly Finding[]): PlacedFinding[] {
  return findings.map((finding, index) => {
    const c = resolveCell(rows, finding.path);
    return { finding, index, cellId: c ? cellId(formId, c) : null };
  });
}

/** The paper table as HTML, each cell carrying its path, its findings and low-confidence marks. */
export function renderFormTable(formId: string, form: Form, rows: readonly TableRow[], placed: readonly PlacedFinding[], w: Words): Raw {
  const byCell = new Map<string, PlacedFinding[]>();
  for (const p of placed) if (p.cellId) byCell.set(p.cellId, [...(byCell.get(p.cellId) ?? []), p]);
  const body = rows.map((row) => {
    const cells = row.map((c) => {
      const id = cellId(formId, c);
      const own = byCell.get(id) ?? [];
      const src: SourceLocation | undefined = c.paths[0] ? form.sources?.[c.paths[0]] : undefined;
      const low = src?.confidence !== undefined && src.confidence < LOW_CONFIDENCE;
      const worst = own.some((p) => p.finding.severity === "error") ? "error" : own.some((p) => p.finding.severity === "warning") ? "warning" : own.length ? "info" : null;
      const tip = [src && src.text !== c.text ? `${w.original}：${src.text}` : null, src?.corrected ? `${w.corrected} ${src.corrected.from}（${src.corrected.reason}）` : null].filter(Boolean).join("\n");
      const tag = new Raw(c.head ? "th" : "td");
      const marks = own.map(
        (p) =>
          html`<a class="mark sev-${p.finding.severity}" href="#${formId}-x-${p.index}" data-finding="${formId}-x-${p.index}">${p.finding.rule}${p.finding.reported !== undefined || p.finding.expected !== undefined ? html`<span class="rv"> ${w.reported} ${formatFindingValue(p.finding.reported, w)} · ${w.recomputed} ${formatFindingValue(p.finding.expected, w)}</span>` : ""}</a>`,
      );
      return html`<${tag}${c.paths[0] ? html` id="${id}"` : ""}${c.paths[0] ? html` data-path="${c.paths[0]}"` : ""} class="${cls(c.head && "h", c.kind === "num" && "num", worst && `sev-${worst}`, low && "lowconf", c.unread && "unread")}"${c.colSpan && c.colSpan > 1 ? html` colspan="${c.colSpan}"` : ""}${c.rowSpan && c.rowSpan > 1 ? html` rowspan="${c.rowSpan}"` : ""}${tip ? html` title="${tip}"` : ""}>${c.text ?? ""}${c.unread ? html`<span class="note">${w.unreadValue}</span>` : ""}${low ? html`<span class="note low">${w.lowConfidence(Math.round((src?.confidence ?? 0) * 100))}</span>` : ""}${marks}</${tag}>`;
    });
    return html`<tr>${cells}</tr>`;
  });
  return html`<table class="paper"><caption>${form.title ?? (form.template === "department" ? w.departmentFormTitle : w.formTitleFallback)}${form.year !== null ? `（${form.year}）` : ""}</caption><tbody>${body}</tbody></table>`;
}
