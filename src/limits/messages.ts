/** Messages of the limits, in Chinese (the users' language) and English. The code is always `limit-exceeded`. */
import type { Lang } from "../messages.js";

const zh = {
  timeout: (ms: number) => `读取超时（超过 ${fmtMs(ms, "zh")}），已放弃此文件`,
  pixels: (w: number, h: number, max: number) => `图像过大（${w} × ${h} 像素，上限 ${max} 像素）`,
  pdfStream: (max: number) => `PDF 中的数据流解压后超过 ${mb(max)} MB（疑为解压炸弹），未读取`,
  pdfImage: (w: number, h: number, max: number) => `PDF 中的图像过大（${w} × ${h} 像素，上限 ${max} 像素），未读取`,
  textLength: (n: number, max: number) => `文字过多（${n} 个字符，上限 ${max}），未读取`,
  cells: (n: number, max: number) => `表格单元格过多（${n} 个，上限 ${max}），未读取`,
  cellLength: (count: number, max: number) => `${count} 个单元格的文字超过 ${max} 个字符，已截断`,
  damagedTiff: (problem: string) => `TIFF 文件结构已损坏（${problem}），未读取`,
};

const en: typeof zh = {
  timeout: (ms) => `reading took too long (over ${fmtMs(ms, "en")}); the file was abandoned`,
  pixels: (w, h, max) => `image too large (${w} × ${h} pixels, limit ${max})`,
  pdfStream: (max) => `a stream in the PDF inflates past ${mb(max)} MB (a decompression bomb?); not read`,
  pdfImage: (w, h, max) => `an image in the PDF is too large (${w} × ${h} pixels, limit ${max}); not read`,
  textLength: (n, max) => `too much text (${n} characters, limit ${max}); not read`,
  cells: (n, max) => `too many table cells (${n}, limit ${max}); not read`,
  cellLength: (count, max) => `${count} cell(s) longer than ${max} characters were cut`,
  damagedTiff: (problem) => `the TIFF's structure is damaged (${problem}); not read`,
};

function mb(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}

function fmtMs(ms: number, lang: Lang): string {
  if (ms < 1000) return lang === "zh" ? `${ms} 毫秒` : `${ms} ms`;
  const s = Math.round(ms / 100) / 10;
  return lang === "zh" ? `${s} 秒` : `${s} s`;
}

export function limitMessages(lang: Lang = "zh"): typeof zh {
  return lang === "en" ? en : zh;
}
