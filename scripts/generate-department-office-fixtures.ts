/**
 * Writes the generated department-wide forms (scripts/lib/department-truth.ts) as web pages, Word,
 * Excel and PDF files, with the same writers as the project form's office and PDF fixtures, so the
 * department path is read from every input kind the project path is:
 *   fixtures/department/<kind>/NAME.<ext>          kind: html, docx, xlsx, pdf
 *   fixtures/department/<kind>/NAME.truth.json     a JSON array of { variant, form }, in file order
 *   fixtures/department/<kind>/manifest.json       what each file exercises
 *
 *   npx tsx scripts/generate-department-office-fixtures.ts
 *
 * The PDFs come from the hand-written writer (STSong-Light, not embedded: no tools needed) and,
 * when `chromium` is installed, from Chromium's print of an HTML table with real row and column
 * spans (AR PL UMing embedded). The forms are deterministic for the seeds below; the bytes of
 * Chromium's PDFs and of ExcelJS's zips (their timestamps) are not. The
 * tests read the committed files and never run this script.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { orderedDepartment } from "./generate-department-fixtures.js";
import { generateDepartmentForm, type DepartmentTruth, type DepartmentVariant } from "./lib/department-truth.js";
import { buildDepartmentLayout } from "./lib/department-layout.js";
import type { Layout } from "./lib/layout-types.js";
import { Rng } from "./lib/prng.js";
import { docxPackage, documentXml, type DocxOptions } from "./office/docx-writer.js";
import { pageHtml, type HtmlOptions } from "./office/html-writer.js";
import { workbookBuffer, type XlsxOptions } from "./office/xlsx-writer.js";
import { documentHtml } from "./pdf/layout-html.js";
import { layoutToMinimalPdf } from "./pdf/minimal-pdf.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "fixtures", "department");

interface Spec<O> {
  name: string;
  seed: number;
  variants: DepartmentVariant[];
  options: O;
  note: string;
}

const H: HtmlOptions = { charset: "utf-8", declare: "meta-charset", titleInTable: false, wordHtml: false, frame: false, breaks: false, fragment: false, sloppy: false, savedPage: false };
const HTML: Spec<HtmlOptions>[] = [
  { name: "dh01-national-utf8", seed: 1741, variants: ["department-national"], options: H, note: "national layout, UTF-8, a portal page around the table" },
  { name: "dh02-mirror-gbk-word", seed: 1742, variants: ["department-mirror"], options: { ...H, charset: "gbk", declare: "http-equiv", wordHtml: true, breaks: true }, note: "mirror layout, Word's HTML export in GBK, <br> in labels" },
  { name: "dh03-structure-title-in-table", seed: 1743, variants: ["department-structure"], options: { ...H, titleInTable: true, frame: true }, note: "资金结构 layout, title in the table, a frame table around it" },
  { name: "dh04-two-forms-sloppy", seed: 1744, variants: ["department-structure", "department-national"], options: { ...H, sloppy: true, declare: "none" }, note: "two forms, upper-case tags, unclosed cells, no charset declared" },
];

const D: DocxOptions = { titleInTable: false, splitRuns: false, breaks: false, hiddenAndDeleted: false, sdt: false, pageBreak: false, landscape: true };
const DOCX: Spec<DocxOptions>[] = [
  { name: "dd01-national", seed: 1701, variants: ["department-national"], options: D, note: "national layout: 年度主要任务 and 资金结构, title and year as paragraphs" },
  { name: "dd02-mirror-runs", seed: 1702, variants: ["department-mirror"], options: { ...D, splitRuns: true }, note: "the project form's mirror (预算资金 block), text in many runs" },
  { name: "dd03-structure-title-in-table", seed: 1703, variants: ["department-structure"], options: { ...D, titleInTable: true, breaks: true }, note: "资金结构 layout, title in the table, w:br in vertical labels" },
  { name: "dd04-two-forms", seed: 1704, variants: ["department-national", "department-mirror"], options: { ...D, pageBreak: true }, note: "two forms, page break between" },
];

const X: XlsxOptions = { placement: "stacked", rowOffset: 0, colOffset: 0, titleMerged: true, textNumbers: 0, rateFormula: false, hiddenSheet: false };
const XLSX: Spec<XlsxOptions>[] = [
  { name: "dx01-national", seed: 1711, variants: ["department-national"], options: X, note: "national layout, A1" },
  { name: "dx02-mirror-text-numbers", seed: 1712, variants: ["department-mirror"], options: { ...X, textNumbers: 0.3, rowOffset: 1, colOffset: 1 }, note: "mirror layout, offset, a third of the numbers stored as text" },
  { name: "dx03-structure", seed: 1713, variants: ["department-structure"], options: { ...X, titleMerged: false }, note: "资金结构 layout, title in the first column only" },
  { name: "dx04-two-sheets", seed: 1714, variants: ["department-structure", "department-national"], options: { ...X, placement: "sheets" }, note: "two forms, one per sheet" },
];

interface PdfOptions {
  printer: "minimal" | "chromium";
  landscape: boolean;
  fontSize: number;
}
const PDF: Spec<PdfOptions>[] = [
  { name: "dm01-national-stsong", seed: 1721, variants: ["department-national"], options: { printer: "minimal", landscape: true, fontSize: 8 }, note: "national layout, STSong-Light not embedded" },
  { name: "dm02-mirror-stsong", seed: 1722, variants: ["department-mirror"], options: { printer: "minimal", landscape: true, fontSize: 8 }, note: "mirror layout, STSong-Light not embedded" },
  { name: "dm03-structure-stsong", seed: 1723, variants: ["department-structure"], options: { printer: "minimal", landscape: true, fontSize: 8 }, note: "资金结构 layout, STSong-Light not embedded" },
  { name: "dp01-national-uming", seed: 1731, variants: ["department-national"], options: { printer: "chromium", landscape: true, fontSize: 9 }, note: "national layout, Chromium, AR PL UMing" },
  { name: "dp02-mirror-uming", seed: 1732, variants: ["department-mirror"], options: { printer: "chromium", landscape: true, fontSize: 9 }, note: "mirror layout, Chromium, AR PL UMing" },
  { name: "dp03-structure-uming", seed: 1733, variants: ["department-structure"], options: { printer: "chromium", landscape: true, fontSize: 9 }, note: "资金结构 layout, Chromium, AR PL UMing" },
];

function forms(spec: Spec<unknown>): { rng: Rng; layouts: Layout[]; truth: DepartmentTruth[] } {
  const rng = new Rng(spec.seed);
  const gen = spec.variants.map((variant) => generateDepartmentForm(rng, { variant }));
  const layouts = gen.map((g) => buildDepartmentLayout(rng, g));
  return { rng, layouts, truth: gen.map((g) => orderedDepartment({ variant: g.variant, form: g.form })) };
}

function hasChromium(): boolean {
  try {
    execFileSync("which", ["chromium"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

function chromiumPrint(html: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-dept-pdf-"));
  try {
    writeFileSync(join(dir, "form.html"), html);
    execFileSync(
      "chromium",
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", `--user-data-dir=${join(dir, "profile")}`, "--no-pdf-header-footer", `--print-to-pdf=${join(dir, "form.pdf")}`, `file://${join(dir, "form.html")}`],
      { stdio: "ignore" },
    );
    return readFileSync(join(dir, "form.pdf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Entry {
  file: string;
  truth: string;
  forms: number;
  variants: DepartmentVariant[];
  note: string;
}

function writeKind(kind: string, entries: Entry[], files: { name: string; ext: string; data: Uint8Array; truth: DepartmentTruth[]; spec: Spec<unknown> }[]): void {
  const dir = join(OUT, kind);
  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    writeFileSync(join(dir, `${f.name}.${f.ext}`), f.data);
    writeFileSync(join(dir, `${f.name}.truth.json`), JSON.stringify(f.truth, null, 2) + "\n");
    entries.push({ file: `${f.name}.${f.ext}`, truth: `${f.name}.truth.json`, forms: f.truth.length, variants: f.spec.variants, note: f.spec.note });
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(entries, null, 2) + "\n");
  process.stdout.write(`${kind}: ${files.length} files\n`);
}

async function main(): Promise<void> {
  writeKind(
    "html",
    [],
    HTML.map((s) => {
      const { rng, layouts, truth } = forms(s);
      return { name: s.name, ext: "html", data: pageHtml(layouts, s.options, rng), truth, spec: s };
    }),
  );
  writeKind(
    "docx",
    [],
    DOCX.map((s) => {
      const { rng, layouts, truth } = forms(s);
      return { name: s.name, ext: "docx", data: docxPackage(documentXml(layouts, s.options, rng)), truth, spec: s };
    }),
  );

  const xlsx = [];
  for (const s of XLSX) {
    const { rng, layouts, truth } = forms(s);
    const names = s.options.placement === "sheets" ? truth.map((t, i) => `${t.form.year ?? ""}年${i + 1}`) : ["Sheet1"];
    xlsx.push({ name: s.name, ext: "xlsx", data: await workbookBuffer(layouts, names, s.options, rng), truth, spec: s });
  }
  writeKind("xlsx", [], xlsx);

  const chromium = hasChromium();
  if (!chromium) process.stdout.write("chromium not found: the Chromium-printed PDFs are not regenerated\n");
  const pdf = [];
  for (const s of PDF) {
    const { layouts, truth } = forms(s);
    const o = s.options;
    if (o.printer === "chromium") {
      if (!chromium) continue;
      const html = documentHtml(layouts, { font: "'AR PL UMing CN'", fontSizePt: o.fontSize, landscape: o.landscape, pageNumbers: true, paddingPt: 2 }, { newPagePerForm: true });
      pdf.push({ name: s.name, ext: "pdf", data: chromiumPrint(html), truth, spec: s });
    } else {
      pdf.push({ name: s.name, ext: "pdf", data: layoutToMinimalPdf(layouts, { landscape: o.landscape, fontSize: o.fontSize, repeatHeader: false, pageNumbers: true }), truth, spec: s });
    }
  }
  writeKind("pdf", [], pdf);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
