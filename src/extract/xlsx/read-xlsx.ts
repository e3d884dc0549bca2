/**
 * Excel .xlsx → Grid, with exceljs for values, shared strings and styles. Each visible sheet in
 * workbook order; in each, the rows holding a value, with every column of the sheet's used range
 * (a merged range once, at its top-left cell, with its spans). A cell's text is what the sheet
 * displays (0.7957 under `0.00%` → `79.57%`); its source is the sheet and the cell (`B12`).
 */
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import type { Cell, Row } from "../../layout/grid.js";
import type { Diagnostic } from "../../schema/index.js";
import type { Extraction, ReaderContext } from "../extraction.js";
import { damagedDiagnostic, failure, limitDiagnostic, zipFailure } from "../office/diagnostics.js";
import { isOle } from "../office/ole.js";
import { officeMessages } from "../office/messages.js";
import { officeSettings } from "../office/settings.js";
import { isZip, readZip, utf8, ZipError, zipLimits } from "../office/zip.js";
import { oleFallback, mainPartName } from "../docx/read-docx.js";
import { displayText } from "./cell-text.js";
import { colLetters, compactSheet, type CellRange } from "./compact-sheet.js";
import { workbookSheets } from "./workbook-parts.js";

/** A sheet wider than this is not filled with blank cells between values (a stray note far to the right). */
const MAX_FILL_COLUMNS = 64;

export interface SheetCells {
  name: string;
  /** Non-empty display texts by row, then column (1-based). */
  values: Map<number, Map<number, string>>;
  merges: CellRange[];
}

/** The Grid rows of one sheet. */
export function sheetRows(sheet: SheetCells): Row[] {
  const anchors = new Map<string, CellRange>();
  for (const m of sheet.merges) anchors.set(`${m.r1},${m.c1}`, m);
  // Merges by their first row, so that each row checks only the merges that reach it.
  const byStart = [...sheet.merges].sort((a, b) => a.r1 - b.r1);
  // A sweep over rows in increasing order (restarted when a pass starts again from the top).
  let at = 0;
  let lastRow = -Infinity;
  let live: CellRange[] = [];
  const active = (r: number): CellRange[] => {
    if (r < lastRow) {
      at = 0;
      live = [];
    }
    if (r !== lastRow) {
      while (at < byStart.length && byStart[at]!.r1 <= r) live.push(byStart[at++]!);
      live = live.filter((m) => m.r2 >= r);
      lastRow = r;
    }
    return live;
  };
  const covered = (r: number, c: number): boolean =>
    active(r).some((m) => c >= m.c1 && c <= m.c2 && !(r === m.r1 && c === m.c1));
  const rowNumbers = [...sheet.values.keys()]
    .sort((a, b) => a - b)
    .filter((r) => [...sheet.values.get(r)!.entries()].some(([c, t]) => t.trim() !== "" && !covered(r, c)));
  if (rowNumbers.length === 0) return [];
  let minCol = Infinity;
  let maxCol = 0;
  for (const r of rowNumbers) {
    for (const [c, t] of sheet.values.get(r)!) {
      if (t.trim() === "" || covered(r, c)) continue;
      const m = anchors.get(`${r},${c}`);
      minCol = Math.min(minCol, c);
      maxCol = Math.max(maxCol, m ? m.c2 : c);
    }
  }
  const fill = maxCol - minCol + 1 <= MAX_FILL_COLUMNS;
  const outRows = new Set(rowNumbers);
  const rows: Row[] = [];
  for (const r of rowNumbers) {
    const vals = sheet.values.get(r)!;
    const cols = fill ? Array.from({ length: maxCol - minCol + 1 }, (_, i) => minCol + i) : [...vals.keys()].sort((a, b) => a - b);
    const cells: Cell[] = [];
    for (const c of cols) {
      if (covered(r, c)) continue;
      const text = vals.get(c) ?? "";
      const m = anchors.get(`${r},${c}`);
      const cell: Cell = { text, col: c - minCol, rowSpan: 1, colSpan: 1, source: { sheet: sheet.name, cell: `${colLetters(c)}${r}` } };
      if (m) {
        // Spans count the Grid's rows: rows without a value inside a merge are not rows of the Grid.
        let span = 0;
        for (let k = m.r1; k <= m.r2; k++) if (outRows.has(k)) span++;
        cell.rowSpan = Math.max(1, span);
        cell.colSpan = Math.min(m.c2, fill ? maxCol : m.c2) - c + 1;
      }
      if (!fill && text.trim() === "" && !m) continue;
      cells.push(cell);
    }
    rows.push({ cells, boundaries: "exact" });
  }
  return rows;
}

export async function readXlsxInput(bytes: Uint8Array, ctx: ReaderContext): Promise<Extraction> {
  if (isOle(bytes)) return oleFallback(bytes, ctx, "xlsx");
  const lang = ctx.lang ?? "zh";
  const msg = officeMessages(lang);
  if (!isZip(bytes)) return failure("xlsx", damagedDiagnostic("xlsx", msg.notZip, lang));
  const diagnostics: Diagnostic[] = [];
  let members: Map<string, Uint8Array>;
  try {
    members = readZip(bytes, () => true, zipLimits(ctx.limits.maxBytes));
  } catch (err) {
    if (err instanceof ZipError) return zipFailure("xlsx", err, lang);
    throw err;
  }
  const rels = members.get("_rels/.rels");
  const wbPath = mainPartName(rels ? utf8(rels) : undefined, "xl/workbook.xml");
  const wbXml = members.get(wbPath) ?? members.get("xl/workbook.xml");
  if (!wbXml) return failure("xlsx", damagedDiagnostic("xlsx", msg.missingPart("xl/workbook.xml"), lang));
  let sheets: ReturnType<typeof workbookSheets>;
  try {
    const wbRels = members.get(wbPath.replace(/([^/]+)$/, "_rels/$1.rels"));
    sheets = workbookSheets(utf8(wbXml), wbRels ? utf8(wbRels) : undefined, wbPath);
  } catch (err) {
    return failure("xlsx", damagedDiagnostic("xlsx", (err as Error).message, lang));
  }

  // Make every sheet small before exceljs builds its objects.
  const merges = new Map<string, CellRange[]>();
  let cellsLeft = officeSettings.maxCells;
  let truncated = false;
  for (const s of sheets.sheets.slice(0, officeSettings.maxSheets)) {
    if (!s.part) continue;
    const data = members.get(s.part);
    if (!data) continue;
    const c = compactSheet(utf8(data), { maxRows: officeSettings.maxRowsPerSheet, maxCells: cellsLeft, maxMerges: officeSettings.maxMerges });
    cellsLeft -= c.cells;
    truncated ||= c.truncated;
    merges.set(s.name, c.merges);
    members.set(s.part, new TextEncoder().encode(c.xml));
  }
  if (sheets.sheets.length > officeSettings.maxSheets) truncated = true;
  if (truncated) diagnostics.push(limitDiagnostic(msg.xlsxCells(officeSettings.maxRowsPerSheet, officeSettings.maxCells), "warning", lang));

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(zipSync(Object.fromEntries(members), { level: 0 }) as unknown as ArrayBuffer);
  } catch (err) {
    return failure("xlsx", damagedDiagnostic("xlsx", (err as Error).message, lang));
  }

  const rows: Row[] = [];
  for (const s of sheets.sheets.slice(0, officeSettings.maxSheets)) {
    if (s.state !== "visible") continue;
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    const values = new Map<number, Map<number, string>>();
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const text = displayText(cell.value, cell.numFmt, sheets.date1904);
        if (text === "") return;
        let byCol = values.get(r);
        if (!byCol) values.set(r, (byCol = new Map()));
        byCol.set(c, text);
      });
    });
    rows.push(...sheetRows({ name: s.name, values, merges: merges.get(s.name) ?? [] }));
  }
  return { grid: { rows, rowsKnown: true, pages: null }, kind: "xlsx", pages: null, diagnostics };
}
