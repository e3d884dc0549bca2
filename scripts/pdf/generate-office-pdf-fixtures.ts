/**
 * PDF fixtures that look like the archive's office exports: generated forms written as .docx and
 * .xlsx (scripts/office writers) with borders on, off, partial, dotted and dashed, portrait and
 * landscape, several CJK fonts, a wide sheet printed over two pages across, then printed to PDF
 * by LibreOffice (Writer and Calc), as units export their forms; and two written directly with
 * every border in short pieces. Writes fixtures/pdf-office/:
 *   <name>.pdf          LibreOffice's PDF
 *   <name>.truth.json   a JSON array of { variant, form }, in file order
 *   manifest.json       what each file exercises (source, borders, orientation, font)
 *
 *   npx tsx scripts/pdf/generate-office-pdf-fixtures.ts [--only NAME]
 *
 * Needs `soffice` (apt: libreoffice-writer libreoffice-calc) and the fonts (fonts-noto-cjk,
 * fonts-arphic-uming, fonts-wqy-zenhei); the tests do not: the PDFs are committed. The inputs
 * are deterministic for the seeds below; LibreOffice's PDFs are not byte-stable.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildLayout } from "../lib/layout.js";
import { Rng } from "../lib/prng.js";
import { generateForm, type TruthForm, type Variant } from "../lib/truth.js";
import { docxPackage, documentXml, type DocxOptions } from "../office/docx-writer.js";
import { workbookBuffer, type XlsxOptions } from "../office/xlsx-writer.js";
import { layoutToMinimalPdf } from "./minimal-pdf.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "fixtures", "pdf-office");

/** What the manifest says of a fixture, so accuracy can be reported per kind. */
export interface OfficePdfMeta {
  /** `none`: no rulings; `partial`: some; `all`: every cell ruled. */
  ruling: "all" | "partial" | "none";
  landscape: boolean;
  /** The table is printed over two pages side by side. */
  across: boolean;
  font: string;
}

interface DocxSpec {
  kind: "docx";
  name: string;
  seed: number;
  variants: Variant[];
  indicators: number[];
  options: DocxOptions;
  font: { eastAsia: string; sizePt: number };
  meta: OfficePdfMeta;
  note: string;
}

interface XlsxSpec {
  kind: "xlsx";
  name: string;
  seed: number;
  variants: Variant[];
  indicators: number[];
  options: XlsxOptions;
  meta: OfficePdfMeta;
  note: string;
}

const D: DocxOptions = { titleInTable: false, splitRuns: true, breaks: false, hiddenAndDeleted: false, sdt: false, pageBreak: true, landscape: false };
const X: XlsxOptions = { placement: "sheets", rowOffset: 0, colOffset: 0, titleMerged: true, textNumbers: 0, rateFormula: false, hiddenSheet: false, fitRowHeights: true };
const A4 = 9;
/** Column widths (characters) that fit a portrait page: narrow numbers, wide text columns. */
const FIT9 = [8, 14, 10, 18, 11, 11, 7, 7, 12];
const FIT10 = [7, 12, 9, 14, 7, 10, 10, 10, 7, 10];
const FIT11 = [7, 11, 9, 14, 7, 8, 7, 8, 7, 7, 10];
/**
 * Too wide for one portrait page, with the page break between 全年预算数 and 全年执行数: the
 * funds' amounts, the goals and the indicators' columns fall on both sides of it.
 */
const WIDE9 = [8, 14, 16, 30, 16, 10, 14, 8, 14];
/** The same for a landscape page with column A repeated on each page. */
const WIDE9_LAND = [11, 20, 22, 42, 22, 13, 18, 11, 16];

const uming = "AR PL UMing CN";
const zenhei = "WenQuanYi Zen Hei";
const notoSans = "Noto Sans CJK SC";
const notoSerif = "Noto Serif CJK SC";

/** Written directly (scripts/pdf/minimal-pdf.ts) with every border in short pieces, as some PDF printers do. */
interface PiecesSpec {
  kind: "pieces";
  name: string;
  seed: number;
  variants: Variant[];
  indicators: number[];
  fontSizePt: number;
  meta: OfficePdfMeta;
  note: string;
}

export const SPECS: (DocxSpec | XlsxSpec | PiecesSpec)[] = [
  // Word documents through Writer.
  { kind: "docx", name: "w01-central-ruled", seed: 1801, variants: ["central"], indicators: [6], options: D, font: { eastAsia: uming, sizePt: 10 }, meta: { ruling: "all", landscape: false, across: false, font: uming }, note: "every border drawn: LibreOffice's rulings" },
  { kind: "docx", name: "w02-central-none", seed: 1802, variants: ["central"], indicators: [6], options: { ...D, borders: "none" }, font: { eastAsia: uming, sizePt: 10 }, meta: { ruling: "none", landscape: false, across: false, font: uming }, note: "borders off, portrait" },
  { kind: "docx", name: "w03-shanghai-none-land", seed: 1803, variants: ["shanghai"], indicators: [8], options: { ...D, borders: "none", landscape: true }, font: { eastAsia: notoSans, sizePt: 10 }, meta: { ruling: "none", landscape: true, across: false, font: notoSans }, note: "borders off, landscape, 元" },
  { kind: "docx", name: "w04-beijing-horizontal-land", seed: 1804, variants: ["beijing2016"], indicators: [7], options: { ...D, borders: "horizontal", landscape: true }, font: { eastAsia: zenhei, sizePt: 9 }, meta: { ruling: "partial", landscape: true, across: false, font: zenhei }, note: "row lines only, no column lines" },
  { kind: "docx", name: "w05-sichuan-frame-land", seed: 1805, variants: ["sichuan"], indicators: [7], options: { ...D, borders: "frame", landscape: true }, font: { eastAsia: notoSerif, sizePt: 9 }, meta: { ruling: "partial", landscape: true, across: false, font: notoSerif }, note: "outer frame only, Sichuan 11 columns" },
  { kind: "docx", name: "w06-central-none-long", seed: 1806, variants: ["central"], indicators: [18], options: { ...D, borders: "none", breaks: true }, font: { eastAsia: uming, sizePt: 11 }, meta: { ruling: "none", landscape: false, across: false, font: uming }, note: "borders off, 18 indicators over two pages" },
  { kind: "docx", name: "w07-two-forms-none", seed: 1807, variants: ["shanghai", "central"], indicators: [5, 6], options: { ...D, borders: "none" }, font: { eastAsia: notoSans, sizePt: 9 }, meta: { ruling: "none", landscape: false, across: false, font: notoSans }, note: "two forms, borders off, page break between" },
  { kind: "docx", name: "w08-central-horizontal", seed: 1808, variants: ["central"], indicators: [9], options: { ...D, borders: "horizontal" }, font: { eastAsia: notoSerif, sizePt: 10 }, meta: { ruling: "partial", landscape: false, across: false, font: notoSerif }, note: "row lines only, portrait" },
  { kind: "docx", name: "w09-central-dotted", seed: 1809, variants: ["central"], indicators: [7], options: { ...D, borderStyle: "dotted" }, font: { eastAsia: zenhei, sizePt: 10 }, meta: { ruling: "all", landscape: false, across: false, font: zenhei }, note: "dotted borders: rulings drawn as many short pieces" },
  { kind: "docx", name: "w10-shanghai-dashed-land", seed: 1810, variants: ["shanghai"], indicators: [9], options: { ...D, borderStyle: "dashed", landscape: true }, font: { eastAsia: uming, sizePt: 10 }, meta: { ruling: "all", landscape: true, across: false, font: uming }, note: "dashed borders" },
  // Borders in short pieces (not through LibreOffice, which draws whole lines).
  { kind: "pieces", name: "s01-central-pieces", seed: 1701, variants: ["central"], indicators: [12], fontSizePt: 9, meta: { ruling: "all", landscape: false, across: false, font: "STSong-Light" }, note: "every border drawn as 3–9 pt pieces that overlap, touch or leave hairline gaps" },
  { kind: "pieces", name: "s02-sichuan-pieces-2p", seed: 1702, variants: ["sichuan"], indicators: [18], fontSizePt: 10, meta: { ruling: "all", landscape: false, across: false, font: "STSong-Light" }, note: "borders in pieces, the table continued on a second page" },
  // Spreadsheets through Calc.
  { kind: "xlsx", name: "c01-central-ruled", seed: 1901, variants: ["central"], indicators: [6], options: { ...X, widths: FIT9, font: { name: uming, size: 10 }, pageSetup: { paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }, meta: { ruling: "all", landscape: false, across: false, font: uming }, note: "every cell ruled, fitted to the page width" },
  { kind: "xlsx", name: "c02-central-none", seed: 1902, variants: ["central"], indicators: [7], options: { ...X, borders: "none", widths: FIT9, font: { name: uming, size: 10 }, pageSetup: { paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }, meta: { ruling: "none", landscape: false, across: false, font: uming }, note: "no borders, fitted to the page width" },
  { kind: "xlsx", name: "c03-shanghai-none-land", seed: 1903, variants: ["shanghai"], indicators: [9], options: { ...X, borders: "none", widths: FIT9.map((w) => w * 1.3), font: { name: zenhei, size: 10 }, pageSetup: { paperSize: A4, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }, meta: { ruling: "none", landscape: true, across: false, font: zenhei }, note: "no borders, landscape" },
  { kind: "xlsx", name: "c04-sichuan-head-land", seed: 1904, variants: ["sichuan"], indicators: [8], options: { ...X, borders: "head", widths: FIT11.map((w) => w * 1.3), font: { name: notoSans, size: 9 }, pageSetup: { paperSize: A4, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }, meta: { ruling: "partial", landscape: true, across: false, font: notoSans }, note: "header and funds ruled, goals and indicators not" },
  { kind: "xlsx", name: "c05-beijing-none", seed: 1905, variants: ["beijing2016"], indicators: [6], options: { ...X, borders: "none", widths: FIT10, font: { name: notoSerif, size: 9 }, pageSetup: { paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }, meta: { ruling: "none", landscape: false, across: false, font: notoSerif }, note: "Beijing 2016, no borders" },
  { kind: "xlsx", name: "c06-central-wide-across", seed: 1906, variants: ["central"], indicators: [8], options: { ...X, widths: WIDE9, font: { name: uming, size: 10 }, pageSetup: { paperSize: A4, orientation: "portrait", scale: 100, fitToPage: false, printTitlesRow: "1:2" } }, meta: { ruling: "all", landscape: false, across: true, font: uming }, note: "wide sheet printed over two pages across, the title rows repeated on each" },
  { kind: "xlsx", name: "c07-shanghai-wide-across-none", seed: 1907, variants: ["shanghai"], indicators: [6], options: { ...X, borders: "none", widths: WIDE9_LAND, font: { name: notoSans, size: 10 }, pageSetup: { paperSize: A4, orientation: "landscape", scale: 100, fitToPage: false, printTitlesColumn: "A:A", printTitlesRow: "1:2" } }, meta: { ruling: "none", landscape: true, across: true, font: notoSans }, note: "wide unruled sheet over two landscape pages across, column A and the title rows repeated on each" },
  { kind: "xlsx", name: "c08-central-shrink", seed: 1908, variants: ["central"], indicators: [7], options: { ...X, borders: "none", shrinkToFit: true, widths: FIT9.map((w) => w * 0.75), font: { name: zenhei, size: 10 }, pageSetup: { paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }, meta: { ruling: "none", landscape: false, across: false, font: zenhei }, note: "no borders, narrow columns, every cell but the goals shrunk to fit (text scaled per cell)" },
];

function soffice(): string {
  for (const c of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [c], { stdio: "pipe" });
      return c;
    } catch {
      /* next */
    }
  }
  throw new Error("LibreOffice (soffice) not found: apt-get install libreoffice-writer libreoffice-calc");
}

/** Converts every file in one LibreOffice run (its start-up is most of the cost). */
function toPdf(files: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "jixiao-lo-"));
  try {
    execFileSync(soffice(), [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files], { stdio: "pipe", timeout: 600_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `--only NAME`: make that fixture's files only (LibreOffice's PDFs are not byte-stable: the others stay as committed). */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), "jixiao-office-pdf-"));
  const manifest: unknown[] = [];
  const inputs: string[] = [];
  for (const s of SPECS) {
    const rng = new Rng(s.seed);
    const gen = s.variants.map((variant, i) => generateForm(rng, { variant, indicators: s.indicators[i] }));
    const layouts = gen.map((g) => buildLayout(rng, g));
    const truth: TruthForm[] = gen.map((g) => ({ variant: g.variant, form: g.form }));
    manifest.push({ file: `${s.name}.pdf`, truth: `${s.name}.truth.json`, from: s.kind, forms: truth.length, variants: s.variants, ...s.meta, note: s.note });
    if (only && s.name !== only) continue;
    writeFileSync(join(OUT, `${s.name}.truth.json`), JSON.stringify(truth, null, 2) + "\n");
    if (s.kind === "pieces") {
      writeFileSync(join(OUT, `${s.name}.pdf`), layoutToMinimalPdf(layouts, { landscape: s.meta.landscape, fontSize: s.fontSizePt, repeatHeader: false, pageNumbers: true, pieces: true }));
      continue;
    }
    const input = join(tmp, `${s.name}.${s.kind}`);
    if (s.kind === "docx") writeFileSync(input, docxPackage(documentXml(layouts, s.options, rng), s.font));
    else writeFileSync(input, await workbookBuffer(layouts, truth.map((_, i) => `表${i + 1}`), s.options, rng));
    inputs.push(input);
  }
  toPdf(inputs, tmp);
  for (const s of SPECS) if (s.kind !== "pieces" && (!only || s.name === only)) copyFileSync(join(tmp, `${s.name}.pdf`), join(OUT, `${s.name}.pdf`));
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`${SPECS.length} PDFs in ${OUT}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
