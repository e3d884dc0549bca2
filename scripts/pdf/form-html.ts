/**
 * Renders ground-truth Forms as the HTML of a printed 绩效自评表: one ruled table with real
 * rowspan/colspan merged cells, the title and year above it. Chromium prints it to PDF.
 */
import type { Form } from "../../src/schema/index.js";

export interface HtmlStyle {
  /** CSS font-family list. */
  font: string;
  fontSizePt: number;
  landscape: boolean;
  /** How amounts are printed. */
  amountFormat: "fixed2" | "thousands" | "plain";
  /** Header of the expected-goal column. */
  goalHeader: "预期目标" | "预算目标";
  /** Print 产出指标(50分) when the truth carries level1Weight. */
  level1WeightInName: boolean;
  /** Print page numbers (-1-) in the bottom margin. */
  pageNumbers: boolean;
  /** Line width of the borders, CSS px. */
  borderPx: number;
  /** Pad cells (pt); larger padding makes taller rows. */
  paddingPt: number;
}

export const defaultStyle: HtmlStyle = {
  font: "'AR PL UMing CN'",
  fontSizePt: 10,
  landscape: false,
  amountFormat: "fixed2",
  goalHeader: "预期目标",
  level1WeightInName: true,
  pageNumbers: true,
  borderPx: 1,
  paddingPt: 2,
};

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function text(s: string | null | undefined): string {
  return s == null ? "" : esc(s);
}

export function formatAmount(n: number | null, fmt: HtmlStyle["amountFormat"]): string {
  if (n == null) return "";
  if (fmt === "fixed2") return n.toFixed(2);
  if (fmt === "thousands") {
    const [i, d] = n.toFixed(2).split(".") as [string, string];
    const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return d === "00" ? grouped : `${grouped}.${d}`;
  }
  return String(n);
}

function num(n: number | null): string {
  return n == null ? "" : String(n);
}

function td(content: string, attrs: { rs?: number; cs?: number; cls?: string } = {}): string {
  const a: string[] = [];
  if (attrs.rs && attrs.rs > 1) a.push(`rowspan="${attrs.rs}"`);
  if (attrs.cs && attrs.cs > 1) a.push(`colspan="${attrs.cs}"`);
  if (attrs.cls) a.push(`class="${attrs.cls}"`);
  return `<td${a.length ? " " + a.join(" ") : ""}>${content}</td>`;
}

/** The table of one form: 9 columns, like the seed's printed layout. */
export function formTableHtml(form: Form, style: HtmlStyle): string {
  const rows: string[] = [];
  const tr = (cells: string[]) => rows.push(`<tr>${cells.join("")}</tr>`);
  const unit = form.funds.unit ?? "元";

  tr([td("项目名称", { cls: "l" }), td(text(form.projectName), { cs: 8 })]);
  tr([
    td("主管部门", { cls: "l" }),
    td(text((form.departmentCode ? form.departmentCode + "-" : "") + (form.department ?? "")), { cs: 3 }),
    td("实施单位", { cls: "l" }),
    td(text((form.implementingUnitCode ? form.implementingUnitCode + "-" : "") + (form.implementingUnit ?? "")), { cs: 4 }),
  ]);
  const fr = form.funds.rows;
  tr([
    td(`项目资金<br>(${unit})`, { rs: fr.length + 1, cls: "l" }),
    td(""),
    td("年初预算数"),
    td("全年预算数"),
    td("全年执行数"),
    td("分值"),
    td("执行率"),
    td("得分", { cs: 2 }),
  ]);
  fr.forEach((r, i) => {
    const first = i === 0;
    tr([
      td(text(r.label), { cls: "l" }),
      td(formatAmount(r.initialBudget, style.amountFormat), { cls: "n" }),
      td(formatAmount(r.annualBudget, style.amountFormat), { cls: "n" }),
      td(formatAmount(r.executed, style.amountFormat), { cls: "n" }),
      td(first ? num(form.funds.weight) : "—"),
      td(first && form.funds.executionRatePercent != null ? form.funds.executionRatePercent.toFixed(2) + "%" : ""),
      td(first ? num(form.funds.score) : "", { cs: 2 }),
    ]);
  });
  tr([td("年度<br>总体<br>目标", { rs: 2, cls: "l" }), td(style.goalHeader, { cs: 4 }), td("实际完成情况", { cs: 4 })]);
  tr([td(text(form.goals.expected), { cs: 4, cls: "t" }), td(text(form.goals.actual), { cs: 4, cls: "t" })]);

  const ind = form.indicators;
  tr([
    td("绩效<br>指标", { rs: ind.length + 1, cls: "l" }),
    td("一级指标"),
    td("二级指标"),
    td("三级指标"),
    td("年度<br>指标值"),
    td("实际<br>完成值"),
    td("分值"),
    td("得分"),
    td("偏差原因分析及<br>改进措施"),
  ]);
  // Spans of level1 / level2 over consecutive equal values.
  const span = (key: "level1" | "level2", i: number): number => {
    if (i > 0 && ind[i - 1]![key] === ind[i]![key] && (key === "level1" || ind[i - 1]!.level1 === ind[i]!.level1)) return 0;
    let n = 1;
    while (i + n < ind.length && ind[i + n]![key] === ind[i]![key] && (key === "level1" || ind[i + n]!.level1 === ind[i]!.level1)) n++;
    return n;
  };
  ind.forEach((it, i) => {
    const cells: string[] = [];
    const s1 = span("level1", i);
    if (s1) {
      const name = style.level1WeightInName && it.level1Weight != null ? `${it.level1 ?? ""}(${it.level1Weight}分)` : it.level1 ?? "";
      cells.push(td(text(name), { rs: s1 }));
    }
    const s2 = span("level2", i);
    if (s2) cells.push(td(text(it.level2), { rs: s2 }));
    cells.push(
      td(text(it.level3), { cls: "t" }),
      td(text(it.target)),
      td(text(it.actual)),
      td(num(it.weight)),
      td(num(it.score)),
      td(text(it.deviation), { cls: "t" }),
    );
    tr(cells);
  });
  tr([td("总分", { cs: 6 }), td(num(form.total.weight)), td(num(form.total.score)), td("")]);
  return `<table>\n<colgroup>${colWidths(style).map((w) => `<col style="width:${w}%">`).join("")}</colgroup>\n${rows.join("\n")}\n</table>`;
}

function colWidths(style: HtmlStyle): number[] {
  return style.landscape ? [6, 10, 11, 17, 12, 10, 6, 6, 22] : [7, 12, 12, 17, 12, 10, 6, 6, 18];
}

export function formsHtml(forms: Form[], style: HtmlStyle, opts: { newPagePerForm?: boolean } = {}): string {
  const body = forms
    .map((f, i) => {
      const brk = i > 0 && opts.newPagePerForm !== false ? ' style="break-before:page"' : "";
      return `<section${brk}>
<h1>${text(f.title ?? "项目支出绩效自评表")}</h1>
<p class="year">(${f.year ?? ""}年度)</p>
${formTableHtml(f, style)}
</section>`;
    })
    .join("\n");
  const size = style.landscape ? "A4 landscape" : "A4";
  const pageNo = style.pageNumbers ? `@bottom-center { content: "-" counter(page) "-"; font-family: ${style.font}; font-size: 9pt; }` : "";
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<style>
@page { size: ${size}; margin: 18mm 14mm 18mm 14mm; ${pageNo} }
body { font-family: ${style.font}; font-size: ${style.fontSizePt}pt; margin: 0; }
h1 { text-align: center; font-size: ${style.fontSizePt + 6}pt; margin: 0 0 4pt 0; font-weight: normal; }
p.year { text-align: center; margin: 0 0 6pt 0; }
section + section { margin-top: 24pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { border: ${style.borderPx}px solid #000; padding: ${style.paddingPt}pt; text-align: center; vertical-align: middle; word-break: break-all; }
td.t { text-align: left; }
td.n { text-align: right; }
</style></head><body>
${body}
</body></html>
`;
}
