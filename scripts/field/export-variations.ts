/**
 * What portals' HTML and office exports do to a form printed one cell a line or as pipe rows that
 * no tuned text shows as found (perturb.ts measures the tuned fixtures under each). Each keeps
 * every field a person reads; none changes the truth.
 */
import type { FieldTruth } from "../../test/helpers/field-truth.js";
import { serialColumn } from "./form-variations.js";

type Variation = (text: string, truth?: FieldTruth) => string;

/** Rows of cells with text on both sides of a pipe make up at least 30 % of the page's lines (as perturb.ts). */
function isPipeTable(t: string): boolean {
  const filled = t.split("\n").filter((l) => l.trim() !== "");
  return filled.filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2).length >= 0.3 * filled.length;
}

/**
 * One cell a line, each cell followed by a line holding a lone `|` (a table's text copied from a
 * browser that closes every <td> with a separator of its own line: portals' "text version" pages).
 */
const lonePipeLines: Variation = (t) =>
  // (A page whose cells are parted by blank lines, each cell a paragraph, is another export: left.)
  isPipeTable(t) || cellsParted(t)
    ? t
    : t
        .split("\n")
        // (An empty line between cells stays; a converter's row rule, a line of pipes, too; an
        // empty cell, a line of blanks or one closed by a pipe, is a blank line and its pipe.)
        .map((l) => (l === "" || /^\s*\|{2,}\s*$/.test(l) ? l : /^[\s|]+$/.test(l) ? " \n|" : `${l.replace(/\s*\|\s*$/, "")}\n|`))
        .join("\n");

/** Whether most of a one-cell-a-line page's cells are followed by a blank line (an exporter's paragraph after each cell). */
export function cellsParted(t: string): boolean {
  const lines = t.replace(/\r/g, "").split("\n");
  let filled = 0;
  let parted = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === "") continue;
    filled++;
    if (lines[i + 1] !== undefined && lines[i + 1]!.trim() === "") parted++;
  }
  return parted >= 0.6 * filled;
}

/** A sentence's inner stop: a cell's text is broken after it (not after a label's colon: `报告日期:2021年` is one cell). */
const INNER_STOP = /(?<=[，,；;。、])(?=[^\s|，,；;。、：:])/g;
/** The shortest cell whose text an exporter wraps at its punctuation. */
const LONG_CELL = 16;

/**
 * One cell a line, a long cell's text broken over lines after its commas and stops (a Word cell
 * holding a paragraph per clause, or an HTML cell with a <br> after each, exported line by line).
 * A cell closed by a pipe keeps it on its last line.
 */
const cellsBrokenAtStops: Variation = (t) => {
  if (isPipeTable(t)) return t;
  return t
    .split("\n")
    .map((l) => {
      const body = l.replace(/\s*\|\s*$/, "");
      if ([...body.trim()].length < LONG_CELL || body.includes("|")) return l;
      const parts = body.split(INNER_STOP).filter((p) => p !== "");
      return parts.length < 2 ? l : parts.join("\n") + l.slice(body.length);
    })
    .join("\n");
};

/**
 * One cell a line, an empty cell printed as U+3000 (a Word export's ideographic space, 全角空格, in
 * a cell left empty), a line of it for each empty cell.
 */
const ideographicBlanks: Variation = (t) => (isPipeTable(t) ? t : t.replace(/^[ \t\u00a0]+$/gm, "\u3000"));

/** The cells of a pipe row (outer pipes gone), or null for a line of fewer than two pipes. */
function cellsOf(line: string): string[] | null {
  if (line.split("|").length < 3) return null;
  return line.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
}

/**
 * Pipe rows, every cell followed by an empty one (`a |  | b |  |`): an HTML table whose every cell
 * spans two grid columns (colspan="2", Word's HTML of a table drawn on a finer grid) turned to
 * Markdown column by column.
 */
const emptyColumns: Variation = (t) => {
  if (!isPipeTable(t)) return t;
  return t
    .split("\n")
    .map((l) => {
      const cells = cellsOf(l);
      if (!cells || /^\s*\|?\s*:?-{3,}/.test(l)) return l;
      return (/^\s*\|/.test(l) ? "| " : "") + cells.flatMap((c) => [c, ""]).join(" | ") + " |";
    })
    .join("\n");
};

/** The funds block's first line: its label or column heads (as form-variations.ts). */
const FUNDS_START = /^(项目资金|资金投入情况|预算执行情况|资金情况|预算资金|年度资金总额|年初预算数|全年预算数)/;
/** Where the funds block ends: the goals block or the indicator table. */
const FUNDS_END = /^(年度总体目标|总体目标|年度目标|项目年度目标|绩效指标|一级指标|年度绩效指标)/;
const compact = (l: string) => l.replace(/[\s|｜\u3000\u00a0]/g, "");

/**
 * 万元 printed after each amount of the funds block (`200万元`), as templates whose funds label names
 * no unit print them (county forms, office exports of a sheet whose cells carry the unit): only a
 * printed amount the truth holds as a fund row's budget or spending, and not also its 分值 or 得分
 * (a figure the variation could not tell apart is left as printed).
 */
const fundUnits: Variation = (t, truth) => {
  const funds = truth?.forms.length === 1 ? (truth.forms[0]!.funds as { unit?: string; rows?: Record<string, unknown>[]; weight?: unknown; score?: unknown } | undefined) : undefined;
  if (!funds || funds.unit !== "万元" || !Array.isArray(funds.rows)) return t;
  const amounts = new Set<number>();
  for (const r of funds.rows) for (const k of ["initialBudget", "annualBudget", "executed"]) if (typeof r[k] === "number") amounts.add(r[k] as number);
  for (const k of [funds.weight, funds.score]) if (typeof k === "number") amounts.delete(k);
  const lines = t.split("\n");
  const start = lines.findIndex((l) => FUNDS_START.test(compact(l)));
  if (start < 0) return t;
  const isAmount = (c: string) => /^\d+(\.\d+)?$/.test(c.trim()) && amounts.has(Number(c.trim()));
  for (let i = start; i < lines.length && !(i > start && FUNDS_END.test(compact(lines[i]!))); i++) {
    lines[i] = lines[i]!.split("|").map((c) => (isAmount(c) ? c.replace(/(\d)(\s*)$/, "$1万元$2") : c)).join("|");
  }
  return lines.join("\n");
};

/**
 * The sign-off printed under the form (填报人, 联系电话, 填报日期; some add 单位负责人), in the page's
 * own separator: a pipe row, or one cell a line.
 */
const signatureBlock: Variation = (t, truth) => {
  // (Only under a whole form: an excerpt cut mid-table has no sign-off after it.)
  if (!truth || truth.forms.some((f) => f.cut === true)) return t;
  const cells = ["填报人:", "王某某", "联系电话:", "0000-1234567", "填报日期:", "2023年3月10日"];
  const tail = isPipeTable(t) ? `${cells.join(" | ")} |` : cells.join("\n");
  return t.replace(/\s+$/, "") + "\n" + tail + "\n";
};

/** The target's and the actual's column heads, and what a two-row header prints under 指标值. */
const TARGET_HEAD = /^(年度指标值|指标值|年度目标值|预期指标值)$/;
const ACTUAL_HEAD = /^(实际完成值|全年实际完成值|实际完成指标值|实际值|完成值)$/;
/** The indicator header's other column heads (those after the values). */
const LATER_HEAD = /^(分值|得分|权重|自评得分|偏差原因分析及改进措施|未完成原因分析及改进措施|偏差原因|备注|指标分值|评分标准|计分方法|指标性质|度量单位)/;

/**
 * The indicator header on two rows: 指标值 spanning two columns with 预期 | 实际 under it
 * (templates that print the target and the actual as one head, HTML tables with a colspan over a
 * second head row). One cell a line gives the upper row's cells, then 预期 and 实际; pipe rows give
 * 指标值 and an empty cell, then a row holding 预期 | 实际 under them.
 */
const twoRowHead: Variation = (t) => {
  const lines = t.split("\n");
  if (isPipeTable(t)) {
    const h = lines.findIndex((l) => {
      const c = cellsOf(l);
      // (A header of one row: one that is already the upper of two, over 一级 | 二级 …, is left.)
      return c !== null && c.some((x) => /^一级/.test(x.replace(/\s/g, ""))) && c.some((x, k) => TARGET_HEAD.test(x.replace(/\s/g, "")) && ACTUAL_HEAD.test((c[k + 1] ?? "").replace(/\s/g, "")));
    });
    if (h < 0) return t;
    const cells = cellsOf(lines[h]!)!;
    const k = cells.findIndex((x, j) => TARGET_HEAD.test(x.replace(/\s/g, "")) && ACTUAL_HEAD.test((cells[j + 1] ?? "").replace(/\s/g, "")));
    const lead = /^\s*\|/.test(lines[h]!) ? "| " : "";
    const upper = cells.map((c, j) => (j === k ? "指标值" : j === k + 1 ? "" : c));
    const lower = cells.map((_c, j) => (j === k ? "预期" : j === k + 1 ? "实际" : ""));
    // (A converter's padding of empty cells after the last is left out of both rows.)
    const trim = (cs: string[]) => cs.slice(0, Math.max(k + 2, cs.findLastIndex((c) => c !== "") + 1));
    // (A loose page, rows without a leading pipe, prints a row without its leading empty cells, as
    // it prints rows under merged cells: a line opened by a pipe would continue the row above.)
    const lowerCells = lead === "" ? lower.slice(lower.findIndex((c) => c !== "")) : lower;
    lines.splice(h, 1, lead + trim(upper).join(" | ") + " |", lead + lowerCells.slice(0, lowerCells.findLastIndex((c) => c !== "") + 1).join(" | ") + " |");
    return lines.join("\n");
  }
  const blankOrPipes = (l: string) => /^[\s|\u3000\u00a0]*$/.test(l);
  const h = lines.findIndex((l) => TARGET_HEAD.test(compact(l)));
  if (h < 0) return t;
  let a = h + 1;
  while (a < lines.length && blankOrPipes(lines[a]!)) a++;
  if (a >= lines.length || !ACTUAL_HEAD.test(compact(lines[a]!))) return t;
  // The header's last cell: the later heads after the actual's.
  let end = a;
  for (let i = a + 1; i < lines.length; i++) {
    if (blankOrPipes(lines[i]!)) continue;
    if (!LATER_HEAD.test(compact(lines[i]!))) break;
    end = i;
  }
  const close = /\|\s*$/.test(lines[h]!) ? " |" : "";
  const sep = cellsParted(t) ? "\n\n" : "\n";
  const out = [...lines];
  out[h] = lines[h]!.replace(compact(lines[h]!).replace(/\|/g, ""), "指标值");
  // (The actual's head goes, its separator staying after what now stands before it: its column heads the second row.)
  out.splice(end + 1, 0, `预期${close}${sep}实际${close}`);
  out.splice(a, sep === "\n\n" && a + 1 < end + 1 && lines[a + 1]!.trim() === "" ? 2 : 1);
  return out.join("\n");
};

/**
 * One cell a line, a merged 一级 / 二级 cell's text printed again in every row it spans (an HTML
 * export that fills each row's cells, as pipe exports do: merged-repeated), from the truth's rows
 * in order: before a row that the page begins at its 三级 name go its group's 一级 and 二级 names,
 * before one that begins at its 二级 name its 一级 name, as the page printed them in the group's
 * first row. A row whose names are not each a whole line of the text is left as printed.
 */
const mergedRepeatedCells: Variation = (t, truth) => {
  const inds = truth?.forms.length === 1 && Array.isArray(truth.forms[0]!.indicators) ? (truth.forms[0]!.indicators as Record<string, unknown>[]) : [];
  if (isPipeTable(t) || inds.length < 3) return t;
  const lines = t.split("\n");
  const parted = cellsParted(t);
  const closed = lines.filter((l) => /\S\s*\|\s*$/.test(l)).length > 0.5 * lines.filter((l) => l.trim() !== "").length;
  // (A page whose cells a pipe of its own line closes, a browser's copy: each inserted cell closed so too.)
  const pipeLines = lines.filter((l) => /^\s*\|\s*$/.test(l)).length > 0.3 * lines.filter((l) => l.trim() !== "").length;
  const cell = (text: string) => (pipeLines ? [text, "|"] : parted ? [text + (closed ? " |" : ""), ""] : [text + (closed ? " |" : "")]);
  const text = (l: string) => compact(l).replace(/\|/g, "");
  const filledBefore = (at: number) => {
    let i = at - 1;
    while (i >= 0 && text(lines[i]!) === "") i--;
    return i;
  };
  const inserts: Array<{ at: number; cells: string[] }> = [];
  const printed: { level1?: string; level2?: string } = {};
  let cursor = 0;
  for (let k = 0; k < inds.length; k++) {
    const { level1, level2, level3 } = inds[k]! as { level1?: unknown; level2?: unknown; level3?: unknown };
    // (Rows from the first whose 三级 name is not a whole line on are left as printed: a row cut short, a name wrapped.)
    if (typeof level3 !== "string" || level3 === "") break;
    const at = lines.findIndex((l, i) => i >= cursor && text(l) === compact(level3));
    if (at < 0) break;
    cursor = at + 1;
    const prev = k > 0 ? (inds[k - 1]! as { level1?: unknown; level2?: unknown }) : null;
    const sameGroup1 = prev !== null && typeof level1 === "string" && prev.level1 === level1;
    const sameGroup2 = sameGroup1 && typeof level2 === "string" && prev.level2 === level2;
    const p = filledBefore(at);
    if (!sameGroup1) {
      // The group's first row: its names as printed (points and all), for the rows after.
      const l2 = typeof level2 === "string" && p >= 0 && text(lines[p]!) === compact(level2) ? p : -1;
      const l1 = l2 >= 0 ? filledBefore(l2) : p;
      printed.level2 = l2 >= 0 ? lines[l2]!.replace(/\s*\|\s*$/, "").trim() : undefined;
      printed.level1 = typeof level1 === "string" && l1 >= 0 && text(lines[l1]!).startsWith(compact(level1)) ? lines[l1]!.replace(/\s*\|\s*$/, "").trim() : undefined;
      continue;
    }
    if (!printed.level1) continue;
    if (sameGroup2 && printed.level2) inserts.push({ at, cells: [...cell(printed.level1), ...cell(printed.level2)] });
    else if (!sameGroup2 && typeof level2 === "string" && p >= 0 && text(lines[p]!) === compact(level2)) {
      printed.level2 = lines[p]!.replace(/\s*\|\s*$/, "").trim();
      inserts.push({ at: p, cells: cell(printed.level1) });
    }
  }
  for (const { at, cells } of inserts.reverse()) lines.splice(at, 0, ...cells);
  return lines.join("\n");
};

/**
 * A pipe table exported one cell a line (as perturb's as-cell-per-line: each row's cells a line
 * each, its trailing empty cells, a converter's padding, left out; the page's blank lines between
 * rows gone first), so that the one-cell-a-line variations reach indicator tables: the tuned
 * one-cell-a-line fixtures hold few indicator rows (about forty), the pipe ones many.
 */
function pipeAsCells(t: string, rowCells: (row: string[]) => string[] = (row) => row): string {
  if (!isPipeTable(t)) return t;
  return t
    .replace(/\n[ \t\u00a0\u3000]*(?=\n)/g, "")
    .split("\n")
    .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l))
    .map((l) => {
      const cells = cellsOf(l);
      if (!cells) return l;
      let n = cells.length;
      while (n > 1 && cells[n - 1] === "") n--;
      return rowCells(cells.slice(0, n)).join("\n");
    })
    .join("\n");
}
/** A pipe table exported one cell a line, each cell a paragraph (a blank line after it, an empty cell a line of a space). */
const pipeAsParagraphs: Variation = (t) => (isPipeTable(t) ? pipeAsCells(t).split("\n").map((l) => (l.trim() === "" ? " " : l)).join("\n\n") : t);

/**
 * A pipe table exported one cell a line as an HTML table with merged cells gives it: a merged cell
 * (rowspan) stands in its first row only, and the rows under it print nothing in its place, not an
 * empty line: each row's empty cells before its first filled one are left out, and with `numbered`
 * those right after a row's 序号 too (the set's other exports keep a merged cell's place as a blank).
 */
function pipeAsCellsMergedOmitted(t: string, numbered: boolean): string {
  return pipeAsCells(t, (row) => {
    const lead = numbered && /^\d+$/.test(row[0] ?? "") ? 1 : 0;
    let k = lead;
    while (k < row.length - 1 && row[k] === "") k++;
    return [...row.slice(0, lead), ...row.slice(k)];
  });
}

export const EXPORT_VARIATIONS: Record<string, Variation> = {
  "pipe-as-cells-merged-omitted": (t) => pipeAsCellsMergedOmitted(t, false),
  "pipe-as-cells-numbered-merged-omitted": (t, truth) => (isPipeTable(t) ? pipeAsCellsMergedOmitted(serialColumn(t, truth), true) : t),
  // (Every empty cell left out, not only a merged cell's: an export that writes no line for an empty <td>.)
  "pipe-as-cells-no-blanks": (t) => (isPipeTable(t) ? pipeAsCells(t).split("\n").filter((l) => l.trim() !== "").join("\n") : t),
  "pipe-as-paragraphs": pipeAsParagraphs,
  "pipe-as-paragraphs-broken": (t) => (isPipeTable(t) ? cellsBrokenAtStops(pipeAsParagraphs(t)) : t),
  "pipe-as-lone-pipe-lines": (t) => (isPipeTable(t) ? lonePipeLines(pipeAsCells(t)) : t),
  "pipe-as-cells-merged-repeated": (t, truth) => (isPipeTable(t) ? mergedRepeatedCells(pipeAsCells(t), truth) : t),
  "merged-repeated-cells": mergedRepeatedCells,
  "two-row-head": twoRowHead,
  "lone-pipe-lines": lonePipeLines,
  "cells-broken-at-stops": cellsBrokenAtStops,
  "ideographic-blanks": ideographicBlanks,
  "empty-columns": emptyColumns,
  "fund-units": fundUnits,
  "signature-block": signatureBlock,
};

const TABLES = ["delimited-pipe", "cell-per-line"];
/** The shapes each variation changes. */
export const EXPORT_ONLY: Record<string, string[]> = {
  "pipe-as-cells-merged-omitted": ["delimited-pipe"],
  "pipe-as-cells-numbered-merged-omitted": ["delimited-pipe"],
  "pipe-as-cells-no-blanks": ["delimited-pipe"],
  "pipe-as-paragraphs": ["delimited-pipe"],
  "pipe-as-paragraphs-broken": ["delimited-pipe"],
  "pipe-as-lone-pipe-lines": ["delimited-pipe"],
  "pipe-as-cells-merged-repeated": ["delimited-pipe"],
  "merged-repeated-cells": ["cell-per-line"],
  "two-row-head": TABLES,
  "lone-pipe-lines": ["cell-per-line"],
  "cells-broken-at-stops": ["cell-per-line"],
  "ideographic-blanks": ["cell-per-line"],
  "empty-columns": ["delimited-pipe"],
  "fund-units": TABLES,
  "signature-block": TABLES,
};
