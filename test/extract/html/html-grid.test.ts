/** Web pages → Grid, on pages written by hand: spans, breaks, markup, frames, charsets. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtml, declaredCharset } from "../../../src/extract/html/decode-html.js";
import { htmlToRows } from "../../../src/extract/html/html-grid.js";
import { readHtmlInput } from "../../../src/extract/html/read-html.js";
import { detectKind } from "../../../src/detect-kind.js";

const texts = (html: string) => htmlToRows(html).rows.map((r) => r.cells.map((c) => c.text));

describe("tables", () => {
  it("rowspan and colspan give columns by the HTML table algorithm; a merged cell appears once", () => {
    const { rows } = htmlToRows(`<table>
<tr><td rowspan="3">绩效<br>指标</td><td>一级指标</td><td colspan="2">二级指标</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>20</td></tr>
<tr><td>质量指标</td><td>10</td></tr>
</table>`);
    expect(rows.map((r) => r.cells.map((c) => [c.text, c.col, c.rowSpan, c.colSpan, c.source.cell, c.source.line]))).toEqual([
      [["绩效\n指标", 0, 3, 1, "T1R1C1", 2], ["一级指标", 1, 1, 1, "T1R1C2", 2], ["二级指标", 2, 1, 2, "T1R1C3", 2]],
      [["产出指标", 1, 2, 1, "T1R2C2", 3], ["数量指标", 2, 1, 1, "T1R2C3", 3], ["20", 3, 1, 1, "T1R2C4", 3]],
      [["质量指标", 2, 1, 1, "T1R3C3", 4], ["10", 3, 1, 1, "T1R3C4", 4]],
    ]);
    expect(rows.every((r) => r.boundaries === "exact")).toBe(true);
  });

  it("nested markup is dropped, <br> and paragraphs are one line break each, &nbsp; cells are blank, entities decoded", () => {
    expect(texts(`<table><tr><td><p class=MsoNormal><span style="font-family:宋体">项目资金</span></p><p><b>(万元)</b></p></td><td>&nbsp;</td><td>&lt;5%</td><td>a<br/><br>b</td></tr></table>`)).toEqual([
      ["项目资金\n(万元)", "", "<5%", "a\nb"],
    ]);
  });

  it("text around the tables is rows of its own, in reading order; head, scripts and hidden text are not", () => {
    const html = `<html><head><title>项目支出绩效自评表</title></head><body><script>x("<p>统计</p>")</script>
<h1>财政项目支出绩效自评表</h1><p>(2021年度)</p><div style="display:none">隐藏</div>
<table><tr><td>项目名称</td><td>某项目</td></tr></table>
<p>单位：万元<br>填报日期：2022年</p></body></html>`;
    expect(texts(html)).toEqual([["财政项目支出绩效自评表"], ["(2021年度)"], ["项目名称", "某项目"], ["单位：万元"], ["填报日期：2022年"]]);
  });

  it("a frame table holding the form table is walked through; a small table in a cell stays in its cell", () => {
    const inner = `<table><tr><td>项目名称</td><td>某项目</td></tr><tr><td>主管部门</td><td>某局</td></tr></table>`;
    expect(texts(`<table><tr><td><h2>项目支出绩效自评表</h2>${inner}</td></tr></table>`)).toEqual([["项目支出绩效自评表"], ["项目名称", "某项目"], ["主管部门", "某局"]]);
    const r = htmlToRows(`<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>d</td><td>e</td></tr></table>`).rows;
    expect(r[1]!.cells.map((c) => c.text)).toEqual(["x y", "d", "e"]);
    expect(htmlToRows(`<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>`).rows.map((x) => x.cells[0]!.source.cell)).toEqual(["T1R1C1", "T2R1C1"]);
  });

  it("forgiving: unclosed cells and rows, upper-case tags, rowspan=0 runs to the end, absurd spans are clamped", () => {
    expect(texts(`<TABLE><TR><TD>a<TD>b<TR><TD>c<TD>d</TABLE>`)).toEqual([["a", "b"], ["c", "d"]]);
    const r = htmlToRows(`<table><tr><td rowspan=0>x</td><td colspan=99999>y</td></tr><tr><td>z</td></tr></table>`).rows;
    expect(r[0]!.cells.map((c) => [c.rowSpan, c.colSpan])).toEqual([[2, 1], [1, 1000]]);
    expect(r[1]!.cells[0]).toMatchObject({ text: "z", col: 1 });
  });
});

describe("charsets", () => {
  const body = "<table><tr><td>项目名称</td><td>绩效自评≥95%</td></tr></table>";
  it("decodes GB2312/GBK pages by <meta charset> and by http-equiv, before any guessing", () => {
    for (const meta of [`<meta charset="gb2312">`, `<meta http-equiv="Content-Type" content="text/html; charset=GBK">`]) {
      const bytes = iconv.encode(`<html><head>${meta}</head><body>${body}</body></html>`, "gbk");
      expect(detectKind(bytes)).toBe("html");
      expect(declaredCharset(bytes)).toBe("gb18030");
      const ex = readHtmlInput(bytes);
      expect(ex.grid!.rows[0]!.cells.map((c) => c.text)).toEqual(["项目名称", "绩效自评≥95%"]);
    }
  });
  it("a page declaring nothing is guessed (UTF-8, GB18030); a BOM wins over a wrong declaration", () => {
    expect(decodeHtml(iconv.encode(body, "gbk")).text).toBe(body);
    expect(decodeHtml(Buffer.from(body)).text).toBe(body);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="gbk">${body}`)]);
    expect(decodeHtml(bom)).toMatchObject({ charset: "utf-8", by: "bom" });
    expect(decodeHtml(bom).text).toContain("项目名称");
  });
  it("detection skips a BOM, comments and an XML declaration before the markup", () => {
    expect(detectKind(Buffer.from(`\ufeff<!-- saved from url=(0022)http://x.gov.cn/ -->\n<html><body>${body}`))).toBe("html");
    expect(detectKind(Buffer.from(`<?xml version="1.0"?>\n<!DOCTYPE html><html>`))).toBe("html");
    expect(detectKind(Buffer.from(`项目名称\t某项目\n<p>说明</p>`))).toBe("text");
  });
});
