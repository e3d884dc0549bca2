/**
 * The logical table of a generated department-wide form, in the same shape as the project form's
 * (layout.ts): rows of cells with columns and spans, blocks with their vertical labels. Every
 * text renderer prints it unchanged, so the department path meets the same damage.
 *
 * Columns: 0 holds the blocks' vertical labels, 1… the indicator table's columns (8 or 9); the
 * tasks, funds and goals tables are laid over the same columns as the paper forms draw them.
 */
import type { Rng } from "./prng.js";
import type { GeneratedDepartmentForm } from "./department-truth.js";
import type { CellKind, LCell, Layout, LayoutOptions, LRow } from "./layout-types.js";
import { formatAmount } from "./layout-types.js";

function c(col: number, text: string, kind: CellKind, span = 1, rowSpan = 1): LCell {
  return { col, span, rowSpan, text, kind: text === "" ? "empty" : kind };
}

export function buildDepartmentLayout(rng: Rng, g: GeneratedDepartmentForm, opts: LayoutOptions = {}): Layout {
  const p = g.print;
  const ncols = 1 + p.indHeaders.length;
  const rows: LRow[] = [];
  const blocks: Layout["blocks"] = [];
  const style = opts.amountStyle ?? p.amountStyle;
  const money = (h: number | null): string => (h === null ? "" : formatAmount(rng, h, style, g.form.funds.unit ?? "万元"));

  rows.push({ kind: "title", cells: [c(0, p.title, "title", ncols)] });
  if (p.yearLine) rows.push({ kind: "year", cells: [c(0, p.yearLine, "title", ncols)] });
  if (p.codeCell) {
    rows.push({
      kind: "dept",
      cells: [c(0, p.deptLabel, "label"), c(1, p.deptPrinted, "text", ncols - 5), c(ncols - 4, p.codeCell.label, "label", 2), c(ncols - 2, p.codeCell.printed, "number", 2)],
    });
  } else {
    rows.push({ kind: "dept", cells: [c(0, p.deptLabel, "label"), c(1, p.deptPrinted, "text", ncols - 1)] });
  }

  // ---- 年度主要任务: header over two lines, 预算金额 split into 总额 / 财政拨款 / 其他资金 ------------
  if (p.tasks) {
    const t = p.tasks;
    const start = rows.length;
    const b = ncols - 3;
    rows.push({
      kind: "taskHead",
      cells: [c(0, t.label, "vlabel", 1, t.rows.length + 2), c(1, t.headers[0], "label", 1, 2), c(2, t.headers[1], "label", b - 2, 2), c(b, t.headers[2], "label", 3)],
    });
    rows.push({ kind: "taskHead", cells: t.budgetHeaders.map((h, i) => c(b + i, h, "label")) });
    for (const r of t.rows) {
      rows.push({
        kind: "task",
        cells: [c(1, r.name, "text"), c(2, r.content, "text", b - 2), c(b, money(r.total), "number"), c(b + 1, money(r.fiscal), "number"), c(b + 2, money(r.other), "number")],
      });
    }
    blocks.push({ kind: "task", start, end: rows.length, label: t.label });
  }

  // ---- funds: the project form's block, or the 资金结构 table --------------------------------
  if (p.mirror) {
    const m = p.mirror;
    const start = rows.length;
    rows.push({ kind: "fundHead", cells: [c(0, m.label, "vlabel", 1, m.rows.length + 1), c(1, "", "empty"), ...m.headers.map((h, i) => c(2 + i, h, "label", i === m.headers.length - 1 ? ncols - 2 - i : 1))] });
    m.rows.forEach((r, i) => {
      const first = i === 0;
      rows.push({
        kind: "fund",
        cells: [
          c(1, r.label, "label"), c(2, money(r.initial), "number"), c(3, money(r.annual), "number"), c(4, money(r.executed), "number"),
          c(5, first ? m.weight : "", "number"), c(6, first ? m.rate : "", "number"), c(7, first ? m.score : "", "number", ncols - 7),
        ],
      });
    });
    blocks.push({ kind: "fund", start, end: rows.length, label: m.label });
  } else if (p.structure) {
    const s = p.structure;
    const start = rows.length;
    rows.push({ kind: "fundHead", cells: [c(0, s.label, "vlabel", 1, s.rows.length + 1), c(1, "", "empty"), ...s.headers.map((h, i) => c(2 + i, h, "label", i === s.headers.length - 1 ? ncols - 2 - i : 1))] });
    for (const r of s.rows) {
      rows.push({
        kind: "fund",
        cells: [
          c(1, r.label, "label"), c(2, money(r.initial), "number"), c(3, money(r.adjustment), "number"), c(4, money(r.annual), "number"),
          c(5, money(r.executed), "number"), c(6, r.rate, "number"), c(7, money(r.balance), "number"), c(8, r.balanceRate, "number", ncols - 8),
        ],
      });
    }
    blocks.push({ kind: "fund", start, end: rows.length, label: s.label });
  }

  // ---- goals ------------------------------------------------------------------------------
  const gSpan = 4;
  const goalStart = rows.length;
  rows.push({ kind: "goalHead", cells: [c(0, p.goalLabel, "vlabel", 1, 2), c(1, p.goalHeader, "label", gSpan), c(1 + gSpan, p.actualHeader, "label", ncols - 1 - gSpan)] });
  rows.push({ kind: "goal", cells: [c(1, g.form.goals.expected ?? "", "goal", gSpan), c(1 + gSpan, g.form.goals.actual ?? "", "goal", ncols - 1 - gSpan)] });
  blocks.push({ kind: "goal", start: goalStart, end: rows.length, label: p.goalLabel });

  // ---- indicators: 一级 and 二级 merged down their rows --------------------------------------
  const ip = p.indicators;
  const indStart = rows.length;
  rows.push({ kind: "indHead", cells: [c(0, p.indLabel, "vlabel", 1, ip.length + 1), ...p.indHeaders.map((h, i) => c(1 + i, h, "label"))] });
  ip.forEach((x, k) => {
    const prev = ip[k - 1];
    const cells: LCell[] = [];
    const newL1 = !prev || prev.level1 !== x.level1;
    const newL2 = newL1 || prev!.level2 !== x.level2;
    if (newL1) {
      let span = 1;
      while (ip[k + span] && ip[k + span]!.level1 === x.level1) span++;
      cells.push(c(1, x.level1, "text", 1, span));
    }
    if (newL2) {
      let span = 1;
      while (ip[k + span] && ip[k + span]!.level1 === x.level1 && ip[k + span]!.level2 === x.level2) span++;
      cells.push({ ...c(2, x.level2, "text", 1, span), level2: true });
    }
    p.indFields.forEach((f, i) => {
      if (f === "level1" || f === "level2") return;
      const col = 1 + i;
      if (f === "target") cells.push({ ...c(col, x.target, "target"), texable: x.texable });
      else if (f === "actual") cells.push(c(col, x.actual, "target"));
      else if (f === "weight" || f === "score") cells.push(c(col, x[f], "number"));
      else cells.push(c(col, x[f], "text"));
    });
    rows.push({ kind: "ind", cells });
  });
  blocks.push({ kind: "ind", start: indStart, end: rows.length, label: p.indLabel });

  // ---- total: under 分值 and 得分 ------------------------------------------------------------
  const wCol = 1 + p.indFields.indexOf("weight");
  rows.push({
    kind: "total",
    cells: [c(0, p.totalLabel, "label", wCol), c(wCol, p.totalWeight, "number"), c(wCol + 1, p.totalScore, "number"), c(wCol + 2, "", "empty", ncols - wCol - 2)],
  });
  return { ncols, rows, blocks };
}
