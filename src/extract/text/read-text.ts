import type { Extraction, LineReading, ReaderShape, TextReadings } from "../extraction.js";
import type { Lang } from "../../messages.js";
import { stripPinyin } from "../../normalise/script.js";
import { decodeUnlessBinary } from "./decode.js";
import { readMarkdownTable, readTabDelimited } from "./delimited.js";
import type { Grid } from "../../layout/grid.js";
import { emptyLinesSeparate, readCellPerLine, readLines } from "./stream.js";
import { dropLeftMarkup } from "./left-markup.js";
import { dropWrapperCells, wrapperLines } from "./wrapper.js";
import { separatedShape } from "./separated-shape.js";
import { untwinLines } from "./twin-lines.js";
import { commaSeparatedAsTabs } from "./comma-separated.js";
import { boxDrawnAsTabs } from "./box-drawn.js";
import { dashRuledAsTabs } from "./dash-ruled.js";
import { dropLinkReferences } from "./link-references.js";
import { pipeLedCellsAsRows } from "./pipe-led-cells.js";

/** Zero-width characters (word joiners, zero-width spaces, a BOM inside the text) some portals
 * sprinkle through their pages: invisible, and no part of any cell, but they would stop a label or
 * a number from being recognised. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

const HAS_PINYIN = /[\u4e00-\u9fff][(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\d?[)）]/;

const zh = {
  empty: "文件是空的",
  binary: "不是文本文件，也不是可识别的 PDF 或图片",
  nul: (count: number) => `文本中有 ${count} 个空字符（NUL），已删除`,
  wrapper: (text: string) => `网页或文档网站的框架文字，不属于表：${text}`,
};

const en: typeof zh = {
  empty: "the file is empty",
  binary: "not a text file, nor a PDF or picture that can be recognised",
  nul: (count) => `the text held ${count} null character(s) (NUL); they were removed`,
  wrapper: (text) => `the page's or document site's wrapper, not part of the form: ${text}`,
};

/**
 * Text of any shape → the text and its readings (Extraction.text). The reader knows nothing about
 * the form: which shape the text is and where a flattened form's rows start are told by the
 * template's labels, in reconstruct/text-rows, which sets the Grid.
 */
export function readTextInput(bytes: Uint8Array, lang: Lang = "zh"): Extraction {
  const msg = lang === "en" ? en : zh;
  if (bytes.length === 0) {
    // Read, and holding nothing: the pipeline adds no-form; an empty download is worth a word.
    return { grid: { rows: [], rowsKnown: true, pages: null }, kind: "text", pages: null, diagnostics: [{ code: "empty-file", severity: "warning", message: msg.empty }] };
  }
  const read = decodeUnlessBinary(bytes);
  if (!read) {
    return {
      grid: null,
      kind: "text",
      pages: null,
      diagnostics: [{ code: "unreadable-file", severity: "error", message: msg.binary }],
    };
  }
  const diagnostics: Extraction["diagnostics"] = [];
  let decoded = read.text;
  if (decoded.includes("\0")) {
    // Stray NULs (looksBinary let a few through) are no part of any cell: dropped, and said so.
    const count = decoded.split("\0").length - 1;
    decoded = decoded.replaceAll("\0", "");
    diagnostics.push({ code: "nul-characters-removed", severity: "warning", message: msg.nul(count) });
  }
  decoded = dropLeftMarkup(decoded.replace(ZERO_WIDTH, ""));
  // A text browser's link marks and link list are not the page's text.
  decoded = dropLinkReferences(decoded) ?? decoded;
  // A spreadsheet's CSV export is the tab shape with commas: read as tabs (the same lines).
  decoded = commaSeparatedAsTabs(decoded) ?? decoded;
  // A table a text browser drew with box-drawing borders is the tab shape drawn: read as tabs.
  decoded = boxDrawnAsTabs(decoded) ?? decoded;
  // So is a table pandoc rules with runs of dashes, its columns under the runs.
  decoded = dashRuledAsTabs(decoded) ?? decoded;
  // A pipe table dumped one cell a line, each cell's pipe opening its line: its rows again.
  decoded = pipeLedCellsAsRows(decoded) ?? decoded;
  // Shape 7: pinyin inserted after characters by a conversion site (項(xiàng)目) is not the form's text.
  const text = HAS_PINYIN.test(decoded) ? stripPinyin(decoded) : decoded;
  // The page's wrapper (portal furniture, document-site lines) is no cell of the form: kept as diagnostics.
  const wrapper = wrapperLines(text);
  const lines = wrapper.size ? text.split("\n") : [];
  for (const line of wrapper.keys()) {
    const raw = lines[line - 1]!.trim();
    diagnostics.push({ code: "unplaced-text", severity: "info", message: msg.wrapper(raw), source: { text: raw, line } });
  }
  return { grid: null, kind: "text", pages: null, diagnostics, text: textReadings(text, wrapper) };
}

/**
 * The text (already cleaned) and its readings, each made when asked, the page's wrapper cells
 * (`wrapper`: line numbers, wrapper.ts) dropped from every one.
 */
export function textReadings(text: string, wrapper: ReadonlyMap<number, string> = new Map()): TextReadings {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return {
    text,
    lines,
    separated: separatedShape(lines),
    paragraphs: () => emptyLinesSeparate(text.replace(/^\s*\n/, "").trimEnd().split("\n")),
    dumpLines: () => untwinLines(text.split(/\r?\n/).map((l) => l.trim())),
    read: (shape, how = {}) => dropWrapperCells(readAs(shape, text, how), wrapper),
    withoutWrapper: (grid) => dropWrapperCells(grid, wrapper),
  };
}

function readAs(shape: ReaderShape, text: string, how: LineReading): Grid {
  switch (shape) {
    case "tab":
      return readTabDelimited(text);
    case "markdown":
      return readMarkdownTable(text, how.words);
    case "cell-per-line":
      return readCellPerLine(text);
    case "linear":
      return readLines(text, "spaces", how);
    case "run-together":
      return readLines(text, "none", how);
  }
}
