import type { Row } from "../layout/grid.js";
import { headerRunOnEnd } from "./header-run-on-rows.js";
import { prepareRow } from "./row-prepare.js";
import { NUMBERED_NAME_WORD } from "../template/project.js";

/** A 三级 name numbered as printed (`指标2:`) anywhere in a line: where a row begins. */
const NUMBERED_NAME_IN_LINE = new RegExp(`${NUMBERED_NAME_WORD}\\s*\\d+\\s*[:：]`, "g");

/**
 * The run-together twin of splitHeaderRunOnRows (header-run-on-rows.ts): a line whose cells ran
 * together holding the indicator table's header and then the table's first rows
 * (`…得分偏差原因分析及改进措施数量指标指标1:租车次数(次)…88指标2:宣传美工制作个数(个)…77`), as a page
 * that marks its rows' ends and left the mark after the header out gives it. The header, as the
 * template's column names cut it, is a row of its own; the rest is cut before each 三级 name
 * numbered as printed after the first, the row's 一级 / 二级 names before it staying with it. Only
 * where the rest opens with a 一级 / 二级 name or a numbered name, and the names cut from the line
 * spell its opening as printed: otherwise the line stays as it is.
 */
export function splitRunTogetherHeaderRunOn(row: Row): Row[] {
  if (row.boundaries !== "none" || row.cells.length !== 1) return [row];
  const line = row.cells[0]!.text;
  // (A header line holds no numbered name: without one no row of them ran on.)
  NUMBERED_NAME_IN_LINE.lastIndex = 0;
  if (!NUMBERED_NAME_IN_LINE.test(line)) return [row];
  const cells = prepareRow(row, "header")?.cells;
  if (!cells) return [row];
  const k = headerRunOnEnd(cells);
  if (k === null) return [row];
  const head = cells.slice(0, k).map((c) => c.text).join("");
  const lead = line.length - line.trimStart().length;
  if (!line.startsWith(head, lead)) return [row];
  const rest = line.slice(lead + head.length);
  const starts = [0];
  NUMBERED_NAME_IN_LINE.lastIndex = 0;
  let seenName = false;
  for (let m = NUMBERED_NAME_IN_LINE.exec(rest); m; m = NUMBERED_NAME_IN_LINE.exec(rest)) {
    if (seenName && m.index > starts.at(-1)!) starts.push(m.index);
    seenName = true;
  }
  const source = row.cells[0]!.source;
  const pieces = starts.map((s, i) => rest.slice(s, starts[i + 1] ?? rest.length));
  return [{ ...row, cells: [{ text: line.slice(0, lead + head.length), source }] }, ...pieces.map((text) => ({ ...row, cells: [{ text, source }] }))];
}
