/**
 * `word/document.xml` → Grid rows in document order: paragraphs outside tables (title, year) as
 * rows of their own, tables row by row. Horizontal merges are `w:gridSpan`; vertical merges are
 * `w:vMerge` (`restart` starts one, a bare `w:vMerge` continues it): a merged cell appears once,
 * in its first row, with its row span counted from the continuing cells below it.
 */
import type { Row } from "../../layout/grid.js";
import { clampSpan, paragraphRow, tableRows, tidyCellText, type TableCellIn } from "../office/table-rows.js";
import { officeSettings } from "../office/settings.js";
import { attrOf, child, find, kids, parseXml, tagOf, textOf, type XNode } from "../office/xml.js";

/** Wrappers whose content counts as if written in their place. */
const TRANSPARENT = new Set(["w:sdt", "w:sdtContent", "w:customXml", "w:smartTag", "w:hyperlink", "w:fldSimple", "w:ins", "w:moveTo", "w:dir", "w:bdo"]);
/** Content never shown as the body's text: deletions, field codes, drawings and text boxes, properties. */
const SKIP = new Set(["w:del", "w:moveFrom", "w:delText", "w:instrText", "w:delInstrText", "w:drawing", "w:pict", "w:object", "mc:AlternateContent", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:footnoteReference", "w:endnoteReference", "w:commentReference"]);

function onOff(n: XNode | undefined): boolean {
  if (!n) return false;
  const v = attrOf(n, "w:val");
  return v === undefined || !["0", "false", "off"].includes(v);
}

function intAttr(n: XNode | undefined, name = "w:val"): number | undefined {
  if (!n) return undefined;
  const v = Number(attrOf(n, name));
  return Number.isFinite(v) ? v : undefined;
}

/** The text of runs and paragraphs under `nodes`: `w:br`/`w:cr` are line breaks, paragraphs end lines. */
function inlineText(nodes: XNode[], out: string[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === null || SKIP.has(tag)) continue;
    switch (tag) {
      case "w:t": {
        for (const k of kids(n)) out.push(textOf(k) ?? "");
        break;
      }
      case "w:r":
        if (onOff(child(child(n, "w:rPr") ?? {}, "w:vanish"))) break;
        inlineText(kids(n), out);
        break;
      case "w:tab":
      case "w:ptab":
        out.push(" ");
        break;
      case "w:br":
      case "w:cr":
        out.push("\n");
        break;
      case "w:noBreakHyphen":
        out.push("-");
        break;
      case "w:p":
        inlineText(kids(n), out);
        out.push("\n");
        break;
      case "w:tbl":
        // A table inside a cell: its rows become lines, its cells are read left to right.
        for (const tr of tableRowNodes(n)) {
          for (const tc of cellNodes(tr)) {
            inlineText(kids(tc), out);
            out.push(" ");
          }
          out.push("\n");
        }
        break;
      default:
        inlineText(kids(n), out);
    }
  }
}

function paragraphText(p: XNode): string {
  const out: string[] = [];
  inlineText(kids(p), out);
  return out.join("");
}

function unwrap(nodes: XNode[], want: string): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === want) out.push(n);
    else if (tag && TRANSPARENT.has(tag)) out.push(...unwrap(kids(n), want));
  }
  return out;
}

function tableRowNodes(tbl: XNode): XNode[] {
  return unwrap(kids(tbl), "w:tr");
}

function cellNodes(tr: XNode): XNode[] {
  return unwrap(kids(tr), "w:tc");
}

interface WordCell extends TableCellIn {
  merge: "restart" | "continue" | null;
}

function readTable(tbl: XNode): TableCellIn[][] {
  const rows: WordCell[][] = tableRowNodes(tbl).map((tr) => {
    const trPr = child(tr, "w:trPr");
    let col = intAttr(child(trPr ?? {}, "w:gridBefore")) ?? 0;
    const cells: WordCell[] = [];
    for (const tc of cellNodes(tr)) {
      const tcPr = child(tc, "w:tcPr") ?? {};
      const colSpan = clampSpan(intAttr(child(tcPr, "w:gridSpan")) ?? 1);
      const vMerge = child(tcPr, "w:vMerge");
      const hMerge = child(tcPr, "w:hMerge");
      const out: string[] = [];
      inlineText(kids(tc), out);
      const text = tidyCellText(out.join(""));
      // Legacy horizontal merge: a continuing cell widens the one to its left.
      const left = cells[cells.length - 1];
      if (hMerge && attrOf(hMerge, "w:val") !== "restart" && left) {
        left.colSpan += colSpan;
        col += colSpan;
        continue;
      }
      const merge = vMerge ? (attrOf(vMerge, "w:val") === "restart" ? "restart" : "continue") : null;
      cells.push({ text, col, colSpan, rowSpan: 1, merge });
      col += colSpan;
    }
    return cells;
  });
  // Row spans: a cell that starts a merge spans the rows below whose cell at its column continues it.
  const out: TableCellIn[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    for (const c of cells) {
      const continuesAbove = c.merge === "continue" && r > 0 && rows[r - 1]!.some((a) => a.col === c.col);
      if (continuesAbove) continue;
      let span = 1;
      while (rows[r + span]?.some((b) => b.col === c.col && b.merge === "continue")) span++;
      out[r]!.push({ text: c.text, col: c.col, colSpan: c.colSpan, rowSpan: span });
    }
  });
  return out;
}

export interface DocxGridResult {
  rows: Row[];
  tables: number;
  truncated: boolean;
}

export function documentXmlToRows(xml: string, maxRows = officeSettings.maxRows): DocxGridResult {
  const root = parseXml(xml);
  const body = find(root, "w:body");
  const rows: Row[] = [];
  let tableNo = 0;
  let truncated = false;
  const push = (r: Row | null): void => {
    if (!r) return;
    if (rows.length >= maxRows) truncated = true;
    else rows.push(r);
  };
  const walk = (nodes: XNode[]): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === "w:p") {
        // A line break inside a paragraph (title, then year) gives two rows, as two lines would.
        for (const line of paragraphText(n).split("\n")) push(paragraphRow(line.replace(/\s+/g, " ")));
      } else if (tag === "w:tbl") {
        tableNo++;
        for (const r of tableRows(tableNo, readTable(n))) push(r);
      } else if (tag && TRANSPARENT.has(tag)) {
        walk(kids(n));
      }
    }
  };
  walk(body ? kids(body) : []);
  return { rows, tables: tableNo, truncated };
}
