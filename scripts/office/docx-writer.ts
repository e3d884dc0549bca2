/**
 * A small .docx builder: generated forms' logical tables (scripts/lib/layout.ts) → WordprocessingML
 * with real `w:gridSpan` and `w:vMerge` merges, zipped with fflate. Word's habits are copied where
 * a reader could trip on them: text split into several runs, line breaks (`w:br`) in labels,
 * hidden and deleted runs, a table wrapped in a content control (`w:sdt`), page breaks between forms.
 */
import { strToU8, zipSync } from "fflate";
import type { Layout, LCell } from "../lib/layout.js";
import type { Rng } from "../lib/prng.js";

export interface DocxOptions {
  /** Title and year as the table's first rows instead of paragraphs above it. */
  titleInTable: boolean;
  /** Split text into runs of a few characters, as editing leaves it. */
  splitRuns: boolean;
  /** `w:br` inside vertical labels. */
  breaks: boolean;
  /** A hidden run and a deleted run in the title (neither is shown). */
  hiddenAndDeleted: boolean;
  /** Wrap the table in a block content control. */
  sdt: boolean;
  /** A page break between forms (else an empty paragraph). */
  pageBreak: boolean;
  landscape: boolean;
  /**
   * Table borders: every line (the default), none (an unruled table, as offices export forms
   * whose borders were switched off), or `horizontal` (outer frame and row lines, no column
   * lines), or `frame` (the outer box only).
   */
  borders?: "all" | "none" | "horizontal" | "frame";
  /** The border line style (`single`, `dashed`, `dotted`, …), as Word names it. */
  borderStyle?: string;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function runs(text: string, o: DocxOptions, rng: Rng, rPr = ""): string {
  if (text === "") return "";
  const pieces: string[] = [];
  const chars = [...text];
  if (!o.splitRuns) pieces.push(text);
  else for (let i = 0; i < chars.length; ) {
    const n = rng.int(2, 9);
    pieces.push(chars.slice(i, i + n).join(""));
    i += n;
  }
  return pieces.map((p) => `<w:r>${rPr}<w:t xml:space="preserve">${esc(p)}</w:t></w:r>`).join("");
}

function para(inner: string, center = false): string {
  return `<w:p>${center ? `<w:pPr><w:jc w:val="center"/></w:pPr>` : ""}${inner}</w:p>`;
}

function cellParas(c: LCell, o: DocxOptions, rng: Rng): string {
  if (o.breaks && c.kind === "vlabel" && /^[\u4e00-\u9fff]{4,}/.test(c.text)) {
    const m = /^([\u4e00-\u9fff]+)(.*)$/u.exec(c.text)!;
    const chars = [...m[1]!];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += 2) lines.push(chars.slice(i, i + 2).join(""));
    if (m[2]) lines.push(m[2]);
    return para(lines.map((l) => runs(l, o, rng)).join(`<w:r><w:br/></w:r>`), true);
  }
  // Goals with several points: one paragraph per point, as typed.
  if (c.kind === "goal" && c.text.includes("；") && rng.chance(0.5)) {
    const parts = c.text.split("；");
    return parts.map((p, i) => para(runs(p + (i < parts.length - 1 ? "；" : ""), o, rng))).join("");
  }
  return para(runs(c.text, o, rng), c.kind !== "goal" && c.kind !== "text");
}

function tc(width: number, span: number, merge: "restart" | "continue" | null, body: string): string {
  const pr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${merge === "restart" ? `<w:vMerge w:val="restart"/>` : merge === "continue" ? `<w:vMerge/>` : ""}<w:vAlign w:val="center"/></w:tcPr>`;
  return `<w:tc>${pr}${body || "<w:p/>"}</w:tc>`;
}

const OUTSIDE = new Set(["title", "year"]);

export function formBody(layout: Layout, o: DocxOptions, rng: Rng): string {
  const total = o.landscape ? 13900 : 9600;
  const colW = Math.floor(total / layout.ncols);
  const out: string[] = [];
  const rows = layout.rows.filter((r) => o.titleInTable || !OUTSIDE.has(r.kind));
  for (const r of layout.rows) {
    if (!OUTSIDE.has(r.kind) || o.titleInTable) continue;
    const text = r.cells.map((c) => c.text).filter(Boolean).join(" ");
    let inner = runs(text, o, rng, r.kind === "title" ? `<w:rPr><w:b/><w:sz w:val="36"/></w:rPr>` : "");
    if (r.kind === "title" && o.hiddenAndDeleted) {
      inner = `<w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏的修订说明）</w:t></w:r>` + inner + `<w:del w:id="1" w:author="a" w:date="2021-01-01T00:00:00Z"><w:r><w:delText>（草稿）</w:delText></w:r></w:del>`;
    }
    out.push(para(inner, true));
  }
  // Cells covering each position: anchors where a cell starts, continuations below a vertical merge.
  const cont: Map<number, { span: number; until: number }> = new Map();
  const trs: string[] = [];
  rows.forEach((row, ri) => {
    const items: { col: number; xml: string }[] = [];
    for (const [col, c] of cont) {
      if (ri <= c.until) items.push({ col, xml: tc(colW * c.span, c.span, "continue", "") });
      else cont.delete(col);
    }
    for (const c of row.cells) {
      const merge = c.rowSpan > 1 ? "restart" : null;
      if (c.rowSpan > 1) cont.set(c.col, { span: c.span, until: ri + c.rowSpan - 1 });
      items.push({ col: c.col, xml: tc(colW * c.span, c.span, merge, cellParas(c, o, rng)) });
    }
    items.sort((a, b) => a.col - b.col);
    trs.push(`<w:tr>${items.map((i) => i.xml).join("")}</w:tr>`);
  });
  const grid = `<w:tblGrid>${Array.from({ length: layout.ncols }, () => `<w:gridCol w:w="${colW}"/>`).join("")}</w:tblGrid>`;
  const drawn: Record<NonNullable<DocxOptions["borders"]>, string[]> = {
    all: ["top", "left", "bottom", "right", "insideH", "insideV"],
    none: [],
    horizontal: ["top", "left", "bottom", "right", "insideH"],
    frame: ["top", "left", "bottom", "right"],
  };
  const on = new Set(drawn[o.borders ?? "all"]);
  const border = (s: string) => (on.has(s) ? `<w:${s} w:val="${o.borderStyle ?? "single"}" w:sz="4" w:space="0" w:color="000000"/>` : `<w:${s} w:val="nil"/>`);
  const tblPr = `<w:tblPr><w:tblW w:w="${colW * layout.ncols}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const tbl = `<w:tbl>${tblPr}${grid}${trs.join("")}</w:tbl>`;
  out.push(o.sdt ? `<w:sdt><w:sdtPr><w:id w:val="42"/></w:sdtPr><w:sdtContent>${tbl}</w:sdtContent></w:sdt>` : tbl);
  return out.join("");
}

export function documentXml(layouts: Layout[], o: DocxOptions, rng: Rng): string {
  const sep = o.pageBreak ? `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` : `<w:p/><w:p/>`;
  const body = layouts.map((l) => formBody(l, o, rng)).join(sep);
  const pg = o.landscape ? `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` : `<w:pgSz w:w="11906" w:h="16838"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:p/><w:sectPr>${pg}<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const styles = (eastAsia: string, halfPoints: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="${eastAsia}" w:hAnsi="Times New Roman"/><w:sz w:val="${halfPoints}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;
const STYLES = styles("宋体", 20);

/**
 * The package: content types, relationships, styles and the document, deflated. `font` and
 * `sizePt` change the default East Asian font and size (the office fixtures keep 宋体 10 pt).
 */
export function docxPackage(documentXmlText: string, font?: { eastAsia: string; sizePt: number }): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(RELS),
      "word/document.xml": strToU8(documentXmlText),
      "word/_rels/document.xml.rels": strToU8(DOC_RELS),
      "word/styles.xml": strToU8(font ? styles(font.eastAsia, Math.round(font.sizePt * 2)) : STYLES),
    },
    { level: 9, mtime: new Date("2021-06-01T00:00:00Z") },
  );
}
