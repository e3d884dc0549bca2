/**
 * Writes web-page, Word and Excel fixtures of ground-truth forms:
 *   fixtures/html/NAME.html, fixtures/docx/NAME.docx, fixtures/xlsx/NAME.xlsx
 *   fixtures/<kind>/NAME.truth.json   a JSON array of { variant, form }, in file order
 *   fixtures/<kind>/manifest.json     what each file exercises
 *   fixtures/<kind>/bad/…             damaged packages, a zip bomb, encrypted files
 *   fixtures/office/…                 legacy .doc/.wps/.xls converted by LibreOffice (when installed)
 *
 *   npx tsx scripts/office/generate-office-fixtures.ts
 *
 * Deterministic for the seeds below (LibreOffice's output is not byte-stable; its inputs are).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { buildLayout, type Layout } from "../lib/layout.js";
import { Rng } from "../lib/prng.js";
import { generateForm, type GeneratedForm, type TruthForm, type Variant } from "../lib/truth.js";
import { compoundFile } from "./cfb-writer.js";
import { docxPackage, documentXml, type DocxOptions } from "./docx-writer.js";
import { pageHtml, type HtmlOptions } from "./html-writer.js";
import { workbookBuffer, type XlsxOptions } from "./xlsx-writer.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIX = join(ROOT, "fixtures");

interface Spec<O> {
  name: string;
  seed: number;
  variants: Variant[];
  indicators: number[];
  options: O;
  note: string;
}

const H: HtmlOptions = { charset: "utf-8", declare: "meta-charset", titleInTable: false, wordHtml: false, frame: false, breaks: false, fragment: false, sloppy: false, savedPage: false };
export const HTML_SPECS: Spec<HtmlOptions>[] = [
  { name: "h01-central-utf8", seed: 901, variants: ["central"], indicators: [6], options: H, note: "UTF-8, title and year above the table" },
  { name: "h02-shanghai-gb2312-two", seed: 902, variants: ["shanghai", "shanghai"], indicators: [5, 7], options: { ...H, charset: "gb2312", declare: "meta-charset" }, note: "GB2312 by <meta charset>, two forms" },
  { name: "h03-beijing-gbk-http-equiv", seed: 903, variants: ["beijing2016"], indicators: [8], options: { ...H, charset: "gbk", declare: "http-equiv", breaks: true }, note: "GBK by http-equiv, <br> in labels" },
  { name: "h04-sichuan-frame", seed: 904, variants: ["sichuan"], indicators: [7], options: { ...H, frame: true }, note: "a frame table around the form table" },
  { name: "h05-two-forms-title-in-table", seed: 905, variants: ["central", "sichuan"], indicators: [5, 6], options: { ...H, titleInTable: true }, note: "title and year as colspan rows of the table, two forms" },
  { name: "h06-word-export", seed: 906, variants: ["central"], indicators: [9], options: { ...H, wordHtml: true, charset: "gb2312", declare: "http-equiv", breaks: true }, note: "Word's HTML export: <p><span>, &nbsp;, conditional comments, GB2312" },
  { name: "h07-fragment", seed: 907, variants: ["shanghai"], indicators: [6], options: { ...H, fragment: true, titleInTable: true }, note: "a bare <table> from a converter, no html/head/body, no charset" },
  { name: "h08-shanghai-breaks", seed: 908, variants: ["shanghai"], indicators: [10], options: { ...H, breaks: true }, note: "<br> in vertical labels, headers and goals" },
  { name: "h09-beijing-two", seed: 909, variants: ["beijing2016", "beijing2016"], indicators: [6, 5], options: { ...H, declare: "http-equiv" }, note: "two Beijing 2016 forms" },
  { name: "h10-central-long", seed: 910, variants: ["central"], indicators: [20], options: { ...H, frame: true, breaks: true }, note: "20 indicators, frame table, breaks" },
  { name: "h11-sloppy", seed: 911, variants: ["central", "shanghai"], indicators: [6, 6], options: { ...H, sloppy: true, declare: "none" }, note: "upper-case tags, unclosed cells and rows, <th>, no charset declared" },
  { name: "h12-saved-page-bom", seed: 912, variants: ["sichuan", "central"], indicators: [5, 8], options: { ...H, savedPage: true, declare: "none" }, note: "UTF-8 BOM, IE's saved-from comment first" },
];

const D: DocxOptions = { titleInTable: false, splitRuns: false, breaks: false, hiddenAndDeleted: false, sdt: false, pageBreak: false, landscape: false };
export const DOCX_SPECS: Spec<DocxOptions>[] = [
  { name: "d01-central", seed: 801, variants: ["central"], indicators: [6], options: D, note: "title and year as paragraphs above the table" },
  { name: "d02-shanghai-two", seed: 802, variants: ["shanghai", "shanghai"], indicators: [6, 8], options: { ...D, pageBreak: true }, note: "two forms, page break between" },
  { name: "d03-beijing-runs", seed: 803, variants: ["beijing2016"], indicators: [7], options: { ...D, splitRuns: true, landscape: true }, note: "text split into many runs" },
  { name: "d04-sichuan-breaks", seed: 804, variants: ["sichuan"], indicators: [8], options: { ...D, breaks: true, landscape: true }, note: "w:br in vertical labels, goals in several paragraphs" },
  { name: "d05-two-forms-title-in-table", seed: 805, variants: ["central", "beijing2016"], indicators: [5, 6], options: { ...D, titleInTable: true }, note: "title and year as merged rows of the table" },
  { name: "d06-hidden-deleted", seed: 806, variants: ["central"], indicators: [9], options: { ...D, hiddenAndDeleted: true, splitRuns: true }, note: "hidden and deleted runs in the title" },
  { name: "d07-sdt", seed: 807, variants: ["shanghai"], indicators: [6], options: { ...D, sdt: true }, note: "table inside a content control" },
  { name: "d08-central-long", seed: 808, variants: ["central"], indicators: [20], options: { ...D, breaks: true, splitRuns: true }, note: "20 indicators, long vertical merges" },
  { name: "d09-sichuan-central", seed: 809, variants: ["sichuan", "central"], indicators: [6, 7], options: { ...D, pageBreak: true, breaks: true }, note: "two variants in one document" },
  { name: "d10-beijing-two", seed: 810, variants: ["beijing2016", "shanghai"], indicators: [5, 5], options: { ...D, titleInTable: true, splitRuns: true }, note: "two forms, titles in the tables, runs split" },
];

const X: XlsxOptions = { placement: "stacked", rowOffset: 0, colOffset: 0, titleMerged: true, textNumbers: 0, rateFormula: false, hiddenSheet: false };
export const XLSX_SPECS: Spec<XlsxOptions>[] = [
  { name: "x01-central", seed: 701, variants: ["central"], indicators: [6], options: X, note: "typed numbers with formats, merged title" },
  { name: "x02-shanghai-two-stacked", seed: 702, variants: ["shanghai", "shanghai"], indicators: [6, 7], options: X, note: "two forms stacked on one sheet" },
  { name: "x03-two-sheets", seed: 703, variants: ["central", "beijing2016"], indicators: [5, 6], options: { ...X, placement: "sheets" }, note: "one form per sheet" },
  { name: "x04-sichuan-offset", seed: 704, variants: ["sichuan"], indicators: [8], options: { ...X, rowOffset: 2, colOffset: 1 }, note: "the form starts at B3" },
  { name: "x05-rate-formula", seed: 705, variants: ["central"], indicators: [7], options: { ...X, rateFormula: true }, note: "execution rate as a formula with its cached result" },
  { name: "x06-title-unmerged", seed: 706, variants: ["shanghai"], indicators: [6], options: { ...X, titleMerged: false }, note: "title and year in column A, not merged" },
  { name: "x07-text-numbers", seed: 707, variants: ["beijing2016"], indicators: [8], options: { ...X, textNumbers: 0.5 }, note: "half the numbers stored as text" },
  { name: "x08-hidden-sheet", seed: 708, variants: ["central", "sichuan"], indicators: [6, 5], options: { ...X, hiddenSheet: true, placement: "sheets", rateFormula: true }, note: "a hidden lookup sheet first, two sheets" },
  { name: "x09-central-long", seed: 709, variants: ["central"], indicators: [20], options: { ...X, colOffset: 2 }, note: "20 indicators, starts at column C" },
  { name: "x10-mixed-two", seed: 710, variants: ["beijing2016", "shanghai"], indicators: [5, 6], options: { ...X, textNumbers: 0.2, rateFormula: true, rowOffset: 1 }, note: "two forms stacked, formula, some text numbers" },
];

function forms(spec: Spec<unknown>): { rng: Rng; gen: GeneratedForm[]; layouts: Layout[]; truth: TruthForm[] } {
  const rng = new Rng(spec.seed);
  const gen = spec.variants.map((variant, i) => generateForm(rng, { variant, indicators: spec.indicators[i] }));
  const layouts = gen.map((g) => buildLayout(rng, g));
  return { rng, gen, layouts, truth: gen.map((g) => ({ variant: g.variant, form: g.form })) };
}

function writeTruth(dir: string, name: string, truth: TruthForm[]): void {
  writeFileSync(join(dir, `${name}.truth.json`), JSON.stringify(truth, null, 2) + "\n");
}

/** A docx whose document.xml inflates to `size` bytes; with `lie`, the central directory claims it is small. */
export function zipBomb(size: number, lie: boolean): Uint8Array {
  const filler = new Uint8Array(size).fill(0x20);
  const head = strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`);
  filler.set(head, 0);
  const zip = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": filler }, { level: 9, mtime: new Date("2021-06-01T00:00:00Z") });
  if (lie) {
    // Rewrite the declared size of word/document.xml (local header and central directory) to 4 KiB.
    const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let o = 0; o + 4 <= zip.length; o++) {
      const sig = dv.getUint32(o, true);
      if (sig === 0x04034b50 && dv.getUint32(o + 22, true) === size) dv.setUint32(o + 22, 4096, true);
      if (sig === 0x02014b50 && dv.getUint32(o + 24, true) === size) dv.setUint32(o + 24, 4096, true);
    }
  }
  return zip;
}

function soffice(): string | null {
  for (const c of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [c], { stdio: "pipe" });
      return c;
    } catch {
      /* next */
    }
  }
  return null;
}

function convert(file: string, to: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "jixiao-lo-"));
  try {
    execFileSync(soffice()!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, file], { stdio: "pipe", timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const base = file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  return join(outDir, `${base}.${to.split(":")[0]}`);
}

async function main(): Promise<void> {
  const units = new Set<string>();
  const variants = new Set<string>();
  const note = (t: TruthForm[]) => t.forEach((f) => (units.add(String(f.form.funds.unit)), variants.add(f.variant)));

  const htmlDir = join(FIX, "html");
  mkdirSync(htmlDir, { recursive: true });
  const htmlManifest: unknown[] = [];
  for (const s of HTML_SPECS) {
    const { rng, layouts, truth } = forms(s);
    writeFileSync(join(htmlDir, `${s.name}.html`), pageHtml(layouts, s.options, rng));
    writeTruth(htmlDir, s.name, truth);
    note(truth);
    htmlManifest.push({ file: `${s.name}.html`, truth: `${s.name}.truth.json`, forms: truth.length, variants: s.variants, units: truth.map((t) => t.form.funds.unit), note: s.note });
  }
  writeFileSync(join(htmlDir, "manifest.json"), JSON.stringify(htmlManifest, null, 2) + "\n");

  const docxDir = join(FIX, "docx");
  mkdirSync(join(docxDir, "bad"), { recursive: true });
  const docxManifest: unknown[] = [];
  for (const s of DOCX_SPECS) {
    const { rng, layouts, truth } = forms(s);
    writeFileSync(join(docxDir, `${s.name}.docx`), docxPackage(documentXml(layouts, s.options, rng)));
    writeTruth(docxDir, s.name, truth);
    note(truth);
    docxManifest.push({ file: `${s.name}.docx`, truth: `${s.name}.truth.json`, forms: truth.length, variants: s.variants, units: truth.map((t) => t.form.funds.unit), note: s.note });
  }
  writeFileSync(join(docxDir, "manifest.json"), JSON.stringify(docxManifest, null, 2) + "\n");

  const xlsxDir = join(FIX, "xlsx");
  mkdirSync(join(xlsxDir, "bad"), { recursive: true });
  const xlsxManifest: unknown[] = [];
  for (const s of XLSX_SPECS) {
    const { rng, layouts, truth } = forms(s);
    const names = s.options.placement === "sheets" ? truth.map((t, i) => `${t.form.year ?? ""}年${i + 1}`) : ["Sheet1"];
    writeFileSync(join(xlsxDir, `${s.name}.xlsx`), await workbookBuffer(layouts, names, s.options, rng));
    writeTruth(xlsxDir, s.name, truth);
    note(truth);
    xlsxManifest.push({ file: `${s.name}.xlsx`, truth: `${s.name}.truth.json`, forms: truth.length, variants: s.variants, units: truth.map((t) => t.form.funds.unit), note: s.note });
  }
  writeFileSync(join(xlsxDir, "manifest.json"), JSON.stringify(xlsxManifest, null, 2) + "\n");
  if (!units.has("元") || !units.has("万元") || variants.size < 4) throw new Error(`fixtures must cover 元, 万元 and every variant: ${[...units]} ${[...variants]}`);

  // Bad input.
  const d01 = readFileSync(join(docxDir, "d01-central.docx"));
  writeFileSync(join(docxDir, "bad", "truncated.docx"), d01.subarray(0, Math.floor(d01.length * 0.6)));
  const garbled = Buffer.from(d01);
  for (let i = 100; i < garbled.length - 200; i += 37) garbled[i] = garbled[i]! ^ 0x5a;
  writeFileSync(join(docxDir, "bad", "garbled.docx"), garbled);
  writeFileSync(join(docxDir, "bad", "bomb.docx"), zipBomb(300 * 1024 * 1024, false));
  writeFileSync(join(docxDir, "bad", "bomb-lying.docx"), zipBomb(300 * 1024 * 1024, true));
  const x01 = readFileSync(join(xlsxDir, "x01-central.xlsx"));
  writeFileSync(join(xlsxDir, "bad", "truncated.xlsx"), x01.subarray(0, Math.floor(x01.length * 0.5)));

  // Legacy binaries and encrypted packages, through LibreOffice.
  if (!soffice()) {
    process.stdout.write("soffice not found: legacy and encrypted fixtures not regenerated\n");
    return;
  }
  const officeDir = join(FIX, "office");
  mkdirSync(join(officeDir, "bad"), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), "jixiao-legacy-"));
  const legacyManifest: unknown[] = [];
  const legacy: [string, string, string, string][] = [
    ["docx", "d01-central", "doc", "l01-central.doc"],
    ["docx", "d02-shanghai-two", "doc", "l02-shanghai-two.doc"],
    ["docx", "d04-sichuan-breaks", "doc", "l03-sichuan.wps"],
    ["xlsx", "x01-central", "xls", "l04-central.xls"],
    ["xlsx", "x03-two-sheets", "xls", "l05-two-sheets.xls"],
    ["xlsx", "x05-rate-formula", "xls", "l06-rate-formula.xls"],
  ];
  for (const [kind, src, to, out] of legacy) {
    const input = join(tmp, `${src}.${kind}`);
    copyFileSync(join(FIX, kind, `${src}.${kind}`), input);
    const produced = convert(input, to === "doc" ? "doc:MS Word 97" : "xls:MS Excel 97", tmp);
    copyFileSync(produced, join(officeDir, out));
    copyFileSync(join(FIX, kind, `${src}.truth.json`), join(officeDir, out.replace(/\.[^.]+$/, ".truth.json")));
    legacyManifest.push({ file: out, truth: out.replace(/\.[^.]+$/, ".truth.json"), from: `${kind}/${src}.${kind}`, note: `converted by LibreOffice from ${src}.${kind}` });
  }
  writeFileSync(join(officeDir, "manifest.json"), JSON.stringify(legacyManifest, null, 2) + "\n");
  // Password-protected legacy files, really encrypted by LibreOffice (needs python3-uno).
  const encrypt = (src: string, dst: string, filter: string) =>
    execFileSync("/usr/bin/python3", [join(ROOT, "scripts", "office", "encrypt-with-libreoffice.py"), src, dst, filter, "secret"], { stdio: "pipe", timeout: 180_000 });
  try {
    encrypt(join(docxDir, "d01-central.docx"), join(officeDir, "bad", "encrypted.doc"), "MS Word 97");
    encrypt(join(xlsxDir, "x01-central.xlsx"), join(officeDir, "bad", "encrypted.xls"), "MS Excel 97");
  } catch (err) {
    process.stdout.write(`encrypted legacy fixtures not regenerated: ${(err as Error).message}\n`);
  }
  // An encrypted OOXML package is an OLE file with EncryptionInfo and EncryptedPackage streams;
  // LibreOffice 7.4 does not write one, so the container is built here around random bytes.
  const rng = new Rng(4242);
  const noise = (n: number) => Uint8Array.from({ length: n }, () => rng.int(0, 255));
  const info = new Uint8Array(4096);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // version 4.4 (agile), flags
  info.set(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>`), 8);
  const enc = compoundFile([{ name: "EncryptionInfo", data: info }, { name: "EncryptedPackage", data: noise(8192) }]);
  writeFileSync(join(docxDir, "bad", "encrypted.docx"), enc);
  writeFileSync(join(xlsxDir, "bad", "encrypted.xlsx"), enc);
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`html ${HTML_SPECS.length}, docx ${DOCX_SPECS.length}, xlsx ${XLSX_SPECS.length}, legacy ${legacy.length}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
