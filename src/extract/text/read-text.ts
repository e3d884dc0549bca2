import type { Extraction } from "../extraction.js";
import type { Lang } from "../../messages.js";
import { stripPinyin } from "../../normalise/script.js";
import { decodeUnlessBinary } from "./decode.js";
import { readMarkdownTable, readTabDelimited } from "./delimited.js";
import { joinNumberedRows } from "./numbered-rows.js";
import { detectShape, type TextShape } from "./detect-shape.js";
import type { Grid } from "../../layout/grid.js";
import { readLayoutOrdered } from "./layout-ordered.js";
import { readCellPerLine, readLines } from "./stream.js";
import { dropLeftMarkup } from "./left-markup.js";
import { dropWrapperCells, wrapperLines } from "./wrapper.js";

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

/** Text of any shape → Grid. */
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
  // Shape 7: pinyin inserted after characters by a conversion site (項(xiàng)目) is not the form's text.
  const text = HAS_PINYIN.test(decoded) ? stripPinyin(decoded) : decoded;
  const shape = detectShape(text);
  const grid = readAs(shape, text);
  // The page's wrapper (portal furniture, document-site lines) is no cell of the form: kept as diagnostics.
  const wrapper = wrapperLines(text);
  const lines = wrapper.size ? text.split("\n") : [];
  for (const line of wrapper.keys()) {
    const raw = lines[line - 1]!.trim();
    diagnostics.push({ code: "unplaced-text", severity: "info", message: msg.wrapper(raw), source: { text: raw, line } });
  }
  // The same text in the shapes it was not taken for, should the first reading place next to nothing.
  const others = REREAD_SHAPES.includes(shape) ? REREAD_SHAPES.filter((s) => s !== shape) : [];
  const otherReadings = () => others.map((s) => ({ label: s, grid: dropWrapperCells(readAs(s, text), wrapper) }));
  return { grid: dropWrapperCells(grid, wrapper), kind: "text", pages: null, diagnostics, ...(others.length ? { otherReadings } : {}) };
}

/** The shapes a text is read again in when its first reading is thin; a table by tab or pipe is told surely and not read again. */
const REREAD_SHAPES: readonly TextShape[] = ["cell-per-line", "linear", "run-together", "layout-ordered"];

function readAs(shape: TextShape, text: string): Grid {
  switch (shape) {
    case "tab":
      return readTabDelimited(text);
    case "markdown":
      return readMarkdownTable(text);
    case "cell-per-line":
      return readCellPerLine(text);
    case "layout-ordered":
      return readLayoutOrdered(text);
    case "linear":
      // A numbered table's row broken where a cell held a line break is one row again.
      return joinNumberedGrid(readLines(text, "spaces"));
    case "run-together":
      return readLines(text, "none");
  }
}

function joinNumberedGrid(grid: Grid): Grid {
  return { ...grid, rows: joinNumberedRows(grid.rows) };
}
