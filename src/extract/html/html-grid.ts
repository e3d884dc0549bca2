/**
 * A parsed web page → Grid rows in reading order: every data table row by row (rowspan/colspan
 * → spans and columns by the HTML table algorithm), and the text around the tables (title, year)
 * as rows of its own. Tables used only to lay the page out (one holding the form table in a
 * cell) are walked through, not read as data.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import type { Row } from "../../layout/grid.js";
import { clampSpan, paragraphRow, tableRows, tidyCellText, type TableCellIn } from "../office/table-rows.js";
import { officeSettings } from "../office/settings.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const SKIP = new Set(["head", "script", "style", "noscript", "template", "title", "select", "option", "button", "iframe", "object", "svg", "math", "textarea"]);
/** Elements that end a line of text outside tables, and a line inside a cell. */
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
  "main", "nav", "aside", "center", "blockquote", "pre", "form", "fieldset", "legend", "address", "figure", "figcaption", "hr", "tr", "caption",
]);

function isElement(n: Node): n is Element {
  return "tagName" in n;
}

function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

function hidden(e: Element): boolean {
  if (attr(e, "hidden") !== undefined) return true;
  const style = attr(e, "style");
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function children(n: Node): Node[] {
  if ("content" in n && n.nodeName === "template") return [];
  return "childNodes" in n ? n.childNodes : [];
}

function lineOf(n: Node): number | undefined {
  return n.sourceCodeLocation?.startLine;
}

const collapse = (s: string): string => s.replace(/[\t\n\r\f ]+/g, " ");

/** The rows of a table element, each a list of its cell elements (thead/tbody/tfoot in order; nested tables excluded). */
function tableRowElements(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c)) continue;
    if (c.tagName === "tr") rows.push(c);
    else if (c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot") for (const r of c.childNodes) if (isElement(r) && r.tagName === "tr") rows.push(r);
  }
  return rows;
}

function cellElements(tr: Element): Element[] {
  return tr.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"));
}

function countCells(table: Element): number {
  return tableRowElements(table).reduce((n, r) => n + cellElements(r).length, 0);
}

function nestedTables(n: Node, out: Element[] = []): Element[] {
  for (const c of children(n)) {
    if (!isElement(c)) continue;
    if (c.tagName === "table") out.push(c);
    else nestedTables(c, out);
  }
  return out;
}

/**
 * A table that holds, in one of its cells, a table with at least as many cells as itself is a
 * frame around the real table (page layout), not data.
 */
function isLayoutTable(table: Element): boolean {
  const own = countCells(table);
  for (const tr of tableRowElements(table)) {
    for (const cell of cellElements(tr)) {
      for (const inner of nestedTables(cell)) if (countCells(inner) >= own) return true;
    }
  }
  return false;
}

/** A cell's text: `<br>` and block boundaries are line breaks; other markup is dropped. */
export function cellText(n: Node): string {
  const parts: string[] = [];
  const walk = (x: Node): void => {
    if (x.nodeName === "#text") {
      parts.push(collapse((x as DefaultTreeAdapterMap["textNode"]).value));
      return;
    }
    if (!isElement(x)) return;
    if (SKIP.has(x.tagName) || hidden(x)) return;
    if (x.tagName === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(x.tagName) || x.tagName === "table";
    if (block) parts.push("\n");
    for (const c of children(x)) {
      walk(c);
      // Cells of a small table nested in a cell read left to right.
      if (isElement(c) && (c.tagName === "td" || c.tagName === "th")) parts.push(" ");
    }
    if (block) parts.push("\n");
  };
  for (const c of children(n)) walk(c);
  return tidyCellText(parts.join(""));
}

export interface HtmlGridResult {
  rows: Row[];
  tables: number;
  /** The page held more rows than the limit; the rest were dropped. */
  truncated: boolean;
}

export function htmlToRows(html: string, maxRows = officeSettings.maxRows): HtmlGridResult {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const rows: Row[] = [];
  let tableNo = 0;
  let truncated = false;
  let buf = "";
  let bufLine: number | undefined;

  const push = (r: Row | null): void => {
    if (!r) return;
    if (rows.length >= maxRows) {
      truncated = true;
      return;
    }
    rows.push(r);
  };
  const flush = (): void => {
    push(paragraphRow(collapse(buf.replace(/\u00a0/g, " ")), bufLine));
    buf = "";
    bufLine = undefined;
  };

  const readTable = (table: Element): void => {
    const trs = tableRowElements(table);
    const occupied: boolean[][] = trs.map(() => []);
    const cellsByRow: TableCellIn[][] = trs.map(() => []);
    trs.forEach((tr, r) => {
      let col = 0;
      for (const td of cellElements(tr)) {
        while (occupied[r]![col]) col++;
        const colSpan = clampSpan(Number(attr(td, "colspan") ?? 1));
        const rsAttr = Number(attr(td, "rowspan") ?? 1);
        // rowspan="0" runs to the end of the table; no span runs past it.
        const rowSpan = Math.min(rsAttr === 0 ? trs.length - r : clampSpan(rsAttr), trs.length - r);
        for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) occupied[r + dr]![col + dc] = true;
        const line = lineOf(td);
        cellsByRow[r]!.push({ text: cellText(td), col, rowSpan, colSpan, ...(line !== undefined ? { line } : {}) });
        col += colSpan;
      }
    });
    tableNo++;
    for (const row of tableRows(tableNo, cellsByRow)) push(row);
  };

  const walk = (n: Node): void => {
    if (n.nodeName === "#text") {
      const v = (n as DefaultTreeAdapterMap["textNode"]).value;
      if (bufLine === undefined && v.trim() !== "") bufLine = lineOf(n);
      buf += v;
      return;
    }
    if (!isElement(n)) {
      for (const c of children(n)) walk(c);
      return;
    }
    if (SKIP.has(n.tagName) || hidden(n)) return;
    if (n.tagName === "br") return flush();
    if (n.tagName === "table") {
      flush();
      const captions = n.childNodes.filter((c): c is Element => isElement(c) && c.tagName === "caption");
      for (const cap of captions) push(paragraphRow(cellText(cap).replace(/\n/g, " "), lineOf(cap)));
      if (isLayoutTable(n)) {
        for (const tr of tableRowElements(n)) {
          for (const td of cellElements(tr)) {
            for (const c of td.childNodes) walk(c);
            flush();
          }
        }
      } else {
        readTable(n);
      }
      return;
    }
    const block = BLOCK.has(n.tagName);
    if (block) flush();
    for (const c of children(n)) walk(c);
    if (block) flush();
  };

  walk(doc);
  flush();
  return { rows, tables: tableNo, truncated };
}
