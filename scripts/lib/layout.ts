/**
 * The logical table of a generated form: rows of cells with column positions and spans, as the
 * ruled table is drawn. Every renderer prints this table in its own text shape.
 */
import type { Rng } from "./prng.js";
import type { FundRowPrint, GeneratedForm } from "./truth.js";
import { fixed } from "./num.js";
import { formatAmount, type CellKind, type LCell, type Layout, type LayoutOptions, type LRow } from "./layout-types.js";
import { buildDepartmentLayout } from "./department-layout.js";
import { isDepartment, type AnyGeneratedForm } from "./department-truth.js";

export { formatAmount, type CellKind, type LCell, type Layout, type LayoutOptions, type LRow };
export type { RowKind } from "./layout-types.js";

function c(col: number, text: string, kind: CellKind, span = 1, rowSpan = 1): LCell {
  return { col, span, rowSpan, text, kind };
}

export function buildLayout(rng: Rng, g: AnyGeneratedForm, opts: LayoutOptions = {}): Layout {
  if (isDepartment(g)) return buildDepartmentLayout(rng, g, opts);
  return buildProjectLayout(rng, g, opts);
}

function buildProjectLayout(rng: Rng, g: GeneratedForm, opts: LayoutOptions): Layout {
  const p = g.print;
  const v = g.variant;
  const ncols = v === "sichuan" ? 11 : v === "beijing2016" ? 10 : 9;
  const rows: LRow[] = [];
  const blocks: Layout["blocks"] = [];
  const style = opts.amountStyle ?? p.amountStyle;
  const amount = (h: number | null, blank: string): string => (h === null ? blank : formatAmount(rng, h, style, g.form.funds.unit));
  const dashWeight = rng.pick(["—", "", "—"]);

  rows.push({ kind: "title", cells: [c(0, p.title, "title", ncols)] });
  if (p.yearLine) rows.push({ kind: "year", cells: [c(0, p.yearLine, "title", ncols)] });
  if (p.reportNo) rows.push({ kind: "reportNo", cells: [c(0, "", "empty", ncols - 4), c(ncols - 4, `报表编号：${p.reportNo}`, "label", 4)] });
  rows.push({ kind: "name", cells: [c(0, "项目名称", "label"), c(1, g.form.projectName ?? "", "text", ncols - 1)] });
  {
    const dSpan = v === "central" || v === "shanghai" ? 3 : v === "beijing2016" ? 4 : 5;
    const uCol = 1 + dSpan;
    rows.push({
      kind: "dept",
      cells: [c(0, p.deptLabel, "label"), c(1, p.deptPrinted, "text", dSpan), c(uCol, p.unitLabel, "label"), c(uCol + 1, p.unitPrinted, "text", ncols - uCol - 1)],
    });
  }

  // ---- funds ------------------------------------------------------------------------------
  const fundStart = rows.length;
  const nFund = p.fundRows.length;
  const fundHeadCells: LCell[] = [c(0, p.fundLabel, "vlabel", 1, nFund + 1), c(1, "", "empty")];
  p.fundHeaders.forEach((h, i) => {
    const col = 2 + i;
    const last = i === p.fundHeaders.length - 1;
    fundHeadCells.push(c(col, h, "label", last ? ncols - col : 1));
  });
  rows.push({ kind: "fundHead", cells: fundHeadCells });
  p.fundRows.forEach((r: FundRowPrint, i) => {
    const first = i === 0;
    const cells: LCell[] = [c(1, r.label, "label")];
    if (v === "beijing2016") {
      cells.push(c(2, amount(r.initial, r.blank), "number"), c(3, amount(r.executed, r.blank), "number"));
      cells.push(c(4, first ? p.fundWeight : "", first ? "number" : "empty"));
      cells.push(c(5, first ? p.rate : "", first ? "number" : "empty"), c(6, first ? p.fundScore : "", first ? "number" : "empty"));
      cells.push(c(7, first ? p.fundMethod ?? "" : "", first ? "text" : "empty", 3));
    } else if (v === "sichuan") {
      cells.push(c(2, amount(r.initial, r.blank), "number"), c(3, amount(r.annual, r.blank), "number"), c(4, amount(r.executed, r.blank), "number"));
      cells.push(c(5, first ? p.rate : "", first ? "number" : "empty"), c(6, first ? p.fundWeight : "", first ? "number" : "empty"));
      cells.push(c(7, first ? p.fundScore : "", first ? "number" : "empty"), c(8, first ? p.fundReason ?? "" : "", first && p.fundReason ? "text" : "empty", 3));
    } else {
      cells.push(c(2, amount(r.initial, r.blank), "number"), c(3, amount(r.annual, r.blank), "number"), c(4, amount(r.executed, r.blank), "number"));
      cells.push(c(5, first ? p.fundWeight : dashWeight, first ? "number" : "label"));
      cells.push(c(6, first ? p.rate : "", first ? "number" : "empty"), c(7, first ? p.fundScore : "", first ? "number" : "empty", 2));
    }
    rows.push({ kind: "fund", cells: cells.map((x) => (x.text === "" ? { ...x, kind: "empty" as const } : x)) });
  });
  blocks.push({ kind: "fund", start: fundStart, end: rows.length, label: p.fundLabel });

  // ---- goals ------------------------------------------------------------------------------
  const gSpan = v === "central" || v === "shanghai" ? 3 : v === "beijing2016" ? 4 : 5;
  const goalStart = rows.length;
  rows.push({ kind: "goalHead", cells: [c(0, p.goalLabel, "vlabel", 1, 2), c(1, p.goalHeader, "label", gSpan), c(1 + gSpan, p.actualHeader, "label", ncols - 1 - gSpan)] });
  rows.push({ kind: "goal", cells: [c(1, g.form.goals.expected ?? "", "goal", gSpan), c(1 + gSpan, g.form.goals.actual ?? "", "goal", ncols - 1 - gSpan)] });
  blocks.push({ kind: "goal", start: goalStart, end: rows.length, label: p.goalLabel });

  // ---- indicators -------------------------------------------------------------------------
  const inds = g.form.indicators;
  const ip = p.indicators;
  const indStart = rows.length;
  const totalIndRows = inds.length + p.placeholders.length;
  rows.push({ kind: "indHead", cells: [c(0, "绩效指标", "vlabel", 1, totalIndRows + 1), ...p.indicatorHeaders.map((h, i) => c(1 + i, h, "label"))] });
  // row spans of level1 / level2 (placeholders join the level-2 group they follow)
  const printedRows: { kind: "ind" | "placeholder"; i: number; l1: string; l2: string }[] = [];
  inds.forEach((ind, i) => {
    printedRows.push({ kind: "ind", i, l1: ip[i]!.level1, l2: ind.level2 ?? "" });
    for (const ph of p.placeholders) if (ph.after === i) printedRows.push({ kind: "placeholder", i, l1: ip[i]!.level1, l2: ind.level2 ?? "" });
  });
  printedRows.forEach((pr, k) => {
    const prev = printedRows[k - 1];
    const cells: LCell[] = [];
    const newL1 = !prev || prev.l1 !== pr.l1;
    const newL2 = newL1 || prev!.l2 !== pr.l2;
    if (newL1) {
      let span = 1;
      while (printedRows[k + span] && printedRows[k + span]!.l1 === pr.l1) span++;
      cells.push(c(1, pr.l1, "text", 1, span));
    }
    if (newL2) {
      let span = 1;
      while (printedRows[k + span] && printedRows[k + span]!.l1 === pr.l1 && printedRows[k + span]!.l2 === pr.l2) span++;
      cells.push({ ...c(2, pr.l2, "text", 1, span), level2: true });
    }
    if (pr.kind === "placeholder") {
      const ph = p.placeholders.find((x) => x.after === pr.i)!;
      cells.push(c(3, ph.level3, "label"));
      for (let col = 4; col < ncols; col++) cells.push(c(col, "", "empty"));
      rows.push({ kind: "placeholder", cells });
      return;
    }
    const x = ip[pr.i]!;
    const t = (col: number, text: string, kind: CellKind): LCell => c(col, text, text === "" ? "empty" : kind);
    cells.push(t(3, x.level3, "text"));
    if (v === "beijing2016") {
      cells.push(t(4, x.weight, "number"), { ...t(5, x.target, "target"), texable: x.texable }, t(6, x.actual, "target"));
      cells.push(t(7, x.method ?? "", "text"), t(8, x.score, "number"), t(9, x.deviation, "text"));
    } else if (v === "sichuan") {
      const s = x.sichuan!;
      cells.push(t(4, s.nature, "target"), t(5, s.value, "target"), t(6, s.unit, "text"), t(7, s.done, "target"));
      cells.push(t(8, x.weight, "number"), t(9, x.score, "number"), t(10, x.deviation, "text"));
    } else {
      cells.push({ ...t(4, x.target, "target"), texable: x.texable }, t(5, x.actual, "target"));
      cells.push(t(6, x.weight, "number"), t(7, x.score, "number"), t(8, x.deviation, "text"));
    }
    rows.push({ kind: "ind", cells });
  });
  blocks.push({ kind: "ind", start: indStart, end: rows.length, label: "绩效指标" });

  // ---- total ------------------------------------------------------------------------------
  if (v === "beijing2016") {
    rows.push({ kind: "total", cells: [c(0, p.totalLabel, "label", 4), c(4, p.totalWeight, "number"), c(5, "", "empty", 3), c(8, p.totalScore, "number"), c(9, "", "empty")] });
  } else {
    const wCol = ncols - 3;
    rows.push({ kind: "total", cells: [c(0, p.totalLabel, "label", wCol), c(wCol, p.totalWeight, "number"), c(wCol + 1, p.totalScore, "number"), c(wCol + 2, "", "empty")] });
  }
  if (p.sichuanTail) {
    rows.push({ kind: "tail", cells: [c(0, "评价结论", "label"), c(1, p.sichuanTail.conclusion, "text", ncols - 1)] });
    rows.push({ kind: "tail", cells: [c(0, "存在问题", "label"), c(1, p.sichuanTail.problems, "text", ncols - 1)] });
    rows.push({ kind: "tail", cells: [c(0, "改进措施", "label"), c(1, p.sichuanTail.improvements, "text", ncols - 1)] });
  }
  return { ncols, rows, blocks };
}

/** Shorthand used by renderers: format a fixed decimal. */
export { fixed };
