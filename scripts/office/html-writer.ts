/**
 * A generated form's logical table (scripts/lib/layout.ts) → a web page, in the shapes pages come
 * in: saved pages with a declared charset (UTF-8, GB2312 by `<meta charset>` or `http-equiv`),
 * Word's HTML export (`<p><span>` in every cell, `&nbsp;`, conditional comments), a frame table
 * around the form table, bare `<table>` fragments from converters, sloppy markup (unclosed cells,
 * upper-case tags), the title and year above the table or as its first rows, `<br>` in cells.
 */
import iconv from "iconv-lite";
import type { Layout, LCell } from "../lib/layout.js";
import type { Rng } from "../lib/prng.js";

export interface HtmlOptions {
  charset: "utf-8" | "gb2312" | "gbk";
  /** How the charset is declared. */
  declare: "meta-charset" | "http-equiv" | "none";
  /** Title and year as the table's first rows (colspan) instead of paragraphs above it. */
  titleInTable: boolean;
  /** Word's HTML: `<p class=MsoNormal><span>` in cells, `&nbsp;` in empty ones. */
  wordHtml: boolean;
  /** A one-cell frame table around each form table. */
  frame: boolean;
  /** Line breaks (`<br>`) inside vertical labels and long headers. */
  breaks: boolean;
  /** A bare `<table>` with no html/head/body (converters' output). */
  fragment: boolean;
  /** Upper-case tags, unclosed `<td>`/`<tr>`, `<th>` header cells. */
  sloppy: boolean;
  /** UTF-8 BOM and IE's `<!-- saved from url=… -->` first. */
  savedPage: boolean;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const OUTSIDE = new Set(["title", "year"]);

/** Where a break may go inside a label: vertical labels every two characters, long headers before the last four. */
function withBreaks(c: LCell, rng: Rng): string {
  const t = c.text;
  if (c.kind === "vlabel" && /^[\u4e00-\u9fff]{4,}/.test(t)) {
    const m = /^([\u4e00-\u9fff]+)(.*)$/u.exec(t)!;
    const chars = [...m[1]!];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += 2) pieces.push(chars.slice(i, i + 2).join(""));
    return pieces.map(esc).join("<br>") + (m[2] ? "<br>" + esc(m[2]) : "");
  }
  if (c.kind === "label" && [...t].length >= 8 && rng.chance(0.5)) {
    const chars = [...t];
    return esc(chars.slice(0, -4).join("")) + "<br/>" + esc(chars.slice(-4).join(""));
  }
  if (c.kind === "goal" && t.includes("；") && rng.chance(0.7)) return t.split("；").map(esc).join("；<br>\n");
  return esc(t);
}

function cellHtml(c: LCell, o: HtmlOptions, rng: Rng, header: boolean): string {
  const attrs: string[] = [];
  if (c.rowSpan > 1) attrs.push(o.sloppy ? `ROWSPAN=${c.rowSpan}` : `rowspan="${c.rowSpan}"`);
  if (c.span > 1) attrs.push(o.sloppy ? `COLSPAN=${c.span}` : `colspan="${c.span}"`);
  if (o.wordHtml) attrs.push(`width=${40 + 10 * c.span} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'`);
  let inner = o.breaks ? withBreaks(c, rng) : esc(c.text);
  if (o.wordHtml) {
    const paras = inner === "" ? ["&nbsp;"] : inner.split(/<br\/?>\n?/);
    inner = paras.map((p) => `<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt;font-family:宋体'>${p === "" ? "&nbsp;" : p}<o:p></o:p></span></p>`).join("\n");
  }
  const tag = o.sloppy ? (header ? "TH" : "TD") : header ? "th" : "td";
  const close = o.sloppy ? "" : `</${tag}>`;
  return `<${tag}${attrs.length ? " " + attrs.join(" ") : ""}>${inner}${close}`;
}

export function formHtml(layout: Layout, o: HtmlOptions, rng: Rng): string {
  const above: string[] = [];
  const trs: string[] = [];
  for (const row of layout.rows) {
    if (OUTSIDE.has(row.kind) && !o.titleInTable) {
      const text = row.cells.map((c) => c.text).filter(Boolean).join(" ");
      above.push(row.kind === "title" ? (o.wordHtml ? `<p class=MsoTitle align=center><b><span style='font-size:18.0pt'>${esc(text)}</span></b></p>` : `<h2 align="center">${esc(text)}</h2>`) : `<p align="center">${esc(text)}</p>`);
      continue;
    }
    const header = o.sloppy && (row.kind === "fundHead" || row.kind === "indHead");
    const cells = row.cells.map((c) => cellHtml(c, o, rng, header && c.kind === "label")).join(o.wordHtml ? "\n  " : "");
    trs.push(o.sloppy ? `<TR>${cells}` : ` <tr>${cells}</tr>`);
  }
  const tableOpen = o.wordHtml ? `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>` : o.sloppy ? `<TABLE BORDER=1>` : `<table border="1" cellspacing="0">`;
  const table = `${tableOpen}\n${o.sloppy ? "" : "<tbody>\n"}${trs.join("\n")}\n${o.sloppy ? "" : "</tbody>\n"}${o.sloppy ? "</TABLE>" : "</table>"}`;
  const framed = o.frame ? `<table width="100%" class="frame"><tr><td align="center">\n${above.join("\n")}\n${table}\n</td></tr></table>` : `${above.join("\n")}\n${table}`;
  return framed;
}

export function pageHtml(layouts: Layout[], o: HtmlOptions, rng: Rng): Buffer {
  const forms = layouts.map((l) => formHtml(l, o, rng));
  let html: string;
  if (o.fragment) {
    html = forms.join("\n<br>\n") + "\n";
  } else {
    const label = o.charset === "utf-8" ? "utf-8" : o.charset;
    const meta = o.declare === "meta-charset" ? `<meta charset="${label}">` : o.declare === "http-equiv" ? `<meta http-equiv="Content-Type" content="text/html; charset=${label}">` : "";
    const word = o.wordHtml
      ? `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n${meta}\n<meta name=Generator content="Microsoft Word 15">\n<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->\n<style>\n<!-- p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:宋体;} -->\n</style>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1>`
      : `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${meta}\n<title>项目支出绩效自评表</title>\n<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>\n<style>td{border:1px solid #000}</style>\n</head>\n<body>\n<div class="nav">首页 &gt; 信息公开 &gt; 绩效评价</div>\n<div class="content">`;
    const end = o.wordHtml ? `</div>\n</body>\n</html>\n` : `</div>\n<div class="footer" style="display:none">隐藏的页脚文字</div>\n</body>\n</html>\n`;
    const sep = o.wordHtml ? `\n<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n<br clear=all style='page-break-before:always'>\n` : `\n<p>&nbsp;</p>\n`;
    html = `${word}\n${forms.join(sep)}\n${end}`;
    if (o.savedPage) html = `<!-- saved from url=(0042)http://czj.example.gov.cn/art/2021/jxzp.html -->\n${html}`;
  }
  if (o.charset !== "utf-8") return iconv.encode(html, "gbk");
  return Buffer.concat([o.savedPage ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(html, "utf8")]);
}
