/**
 * Shows how the reader sees a text: each row of the Grid (or of the segmented stream) with the
 * kind the row classifier gives it, and the section the reader is in.
 * `npx tsx scripts/field/debug-rows.ts FILE`
 */
import { withTextRows } from "../../src/reconstruct/text-rows/index.js";
import { readFileSync } from "node:fs";
import { readTextInput } from "../../src/extract/text/read-text.js";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";
import { rebuildLayoutRows } from "../../src/reconstruct/layout-rows.js";
import { foldGridWidth } from "../../src/reconstruct/fold-width.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import { classifyRow } from "../../src/reconstruct/row-classifier.js";
import { TRANSITIONS } from "../../src/reconstruct/form-reader.js";
import type { Section } from "../../src/reconstruct/row-prepare.js";

const file = process.argv[2]!;
const ex = withTextRows(readTextInput(readFileSync(file)));
const grid = foldGridWidth(ex.grid!);
const rows = grid.drawingOrder ? rebuildLayoutRows(grid.rows.flatMap((r) => r.cells)) : grid.rowsKnown ? grid.rows : segmentStream(grid.rows.flatMap((r) => r.cells));
let section: Section = "start";
// The indicator table's width as the reader keeps it, roughly: the printed cells of its last header
// row (the reader counts its columns, defaults added). A title starts afresh.
let indicatorColumns = 0;
// What the reader knows of the row before, roughly: a funds header, or a fund row (or header) with no figure in it.
let afterFundsHeader = false;
let fundRowAwaitingValues = false;
let afterIndicatorHeader = false;
for (const row of rows) {
  const v = prepareRow(row, section);
  if (!v) continue;
  const { kind } = classifyRow(v, section, { indicatorColumns, afterFundsHeader, fundRowAwaitingValues, afterIndicatorHeader });
  afterFundsHeader = kind === "fundsHeader";
  afterIndicatorHeader = kind === "indicatorHeader";
  fundRowAwaitingValues = (kind === "fundsHeader" || kind === "fundRow") && v.roles.some((r) => r?.role === "fundRow") && !v.cells.some((c) => /^[\d.,%]+$/.test(c.text.trim()));
  if (kind === "indicatorHeader") indicatorColumns = v.cells.length;
  if (kind === "title") indicatorColumns = 0;
  const to = TRANSITIONS[kind];
  const cells = v.cells.map((c) => c.text.replace(/\s+/g, " ").slice(0, 24)).join(" ¦ ");
  console.log(`${String(row.cells[0]?.source.line ?? "").padStart(4)} ${section.padEnd(10)} ${kind.padEnd(15)} ${cells.slice(0, 150)}`);
  if (to !== "same") section = to;
  if (kind === "title") section = "header";
}
