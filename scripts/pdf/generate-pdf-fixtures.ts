/**
 * Writes PDF fixtures of ground-truth forms into fixtures/pdf/:
 *   <name>.pdf          the form(s), printed
 *   <name>.truth.json   a JSON array of { variant, form }, in file order
 *   bad/…               encrypted, damaged, not a PDF, no text layer
 *   manifest.json       what each file exercises
 *
 * Printing: headless Debian Chromium from HTML with real rowspan/colspan (fonts: AR PL UMing
 * embeds as TrueType, WenQuanYi Zen Hei as TrueType, Noto CJK comes out as Type 3 with radical
 * code points), and a hand-written writer for PDFs whose CJK font is not embedded
 * (STSong-Light, UniGB-UCS2-H). Needs `chromium`, the fonts and `qpdf` (apt); tests do not.
 *
 *   npx tsx scripts/pdf/generate-pdf-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildLayout, type Layout } from "../lib/layout.js";
import { Rng } from "../lib/prng.js";
import type { Form } from "../../src/schema/index.js";
import { generateForm, type GeneratedForm, type TruthForm, type Variant } from "../lib/truth.js";
import { defaultStyle, formsHtml } from "./form-html.js";
import { documentHtml, type PrintStyle } from "./layout-html.js";
import { imageOnlyPdf, layoutToMinimalPdf } from "./minimal-pdf.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "fixtures", "pdf");

export const FONTS = {
  uming: "'AR PL UMing CN'",
  zenhei: "'WenQuanYi Zen Hei'",
  notoSans: "'Noto Sans CJK SC'",
  notoSerif: "'Noto Serif CJK SC'",
} as const;
type FontKey = keyof typeof FONTS;

export interface FixtureSpec {
  name: string;
  seed: number;
  variants: Variant[];
  /** Indicators per form (more: page breaks inside the indicator table). */
  indicators: number[];
  printer: "chromium" | "minimal";
  font?: FontKey;
  fontSizePt: number;
  landscape: boolean;
  paddingPt?: number;
  /** Two forms: start the second on a new page. */
  newPagePerForm?: boolean;
  repeatHeader?: boolean;
  note: string;
}

export const SPECS: FixtureSpec[] = [
  { name: "p01-central-uming", seed: 101, variants: ["central"], indicators: [6], printer: "chromium", font: "uming", fontSizePt: 10, landscape: false, note: "one page, TrueType" },
  { name: "p02-shanghai-uming-2p", seed: 102, variants: ["shanghai"], indicators: [14], printer: "chromium", font: "uming", fontSizePt: 11, landscape: false, paddingPt: 4, note: "元, page break inside the indicator table" },
  { name: "p03-central-zenhei-land", seed: 103, variants: ["central"], indicators: [10], printer: "chromium", font: "zenhei", fontSizePt: 10, landscape: true, note: "landscape, 黑体" },
  { name: "p04-central-noto-type3", seed: 104, variants: ["central"], indicators: [8], printer: "chromium", font: "notoSans", fontSizePt: 10, landscape: false, note: "Type 3 font with radical code points" },
  { name: "p05-beijing-serif", seed: 105, variants: ["beijing2016"], indicators: [7], printer: "chromium", font: "notoSerif", fontSizePt: 9, landscape: false, note: "Beijing 2016 columns, Type 3" },
  { name: "p06-sichuan-uming-land", seed: 106, variants: ["sichuan"], indicators: [9], printer: "chromium", font: "uming", fontSizePt: 9, landscape: true, note: "Sichuan 11 columns, landscape" },
  { name: "p07-two-forms-uming", seed: 107, variants: ["central", "central"], indicators: [5, 6], printer: "chromium", font: "uming", fontSizePt: 10, landscape: false, newPagePerForm: false, note: "two forms in one file, the second below the first" },
  { name: "p08-two-forms-pages-zenhei", seed: 108, variants: ["shanghai", "central"], indicators: [8, 12], printer: "chromium", font: "zenhei", fontSizePt: 11, landscape: false, newPagePerForm: true, note: "two forms, each from a new page, breaks inside" },
  { name: "p09-long-rows-noto", seed: 109, variants: ["central"], indicators: [18], printer: "chromium", font: "notoSans", fontSizePt: 12, landscape: false, paddingPt: 6, note: "many indicators, tall rows: rows cut by the page break" },
  { name: "p10-central-uming-big", seed: 110, variants: ["central"], indicators: [20], printer: "chromium", font: "uming", fontSizePt: 14, landscape: false, paddingPt: 3, note: "large type, three pages or more" },
  { name: "p11-shanghai-zenhei-land", seed: 111, variants: ["shanghai"], indicators: [12], printer: "chromium", font: "zenhei", fontSizePt: 11, landscape: true, paddingPt: 4, note: "landscape, break inside the indicator table" },
  { name: "p12-sichuan-noto", seed: 112, variants: ["sichuan"], indicators: [6], printer: "chromium", font: "notoSans", fontSizePt: 9, landscape: false, note: "Sichuan, Type 3" },
  { name: "p13-beijing-uming-land", seed: 113, variants: ["beijing2016"], indicators: [15], printer: "chromium", font: "uming", fontSizePt: 10, landscape: true, note: "Beijing 2016, landscape, page break" },
  { name: "p14-central-serif-small", seed: 114, variants: ["central"], indicators: [4], printer: "chromium", font: "notoSerif", fontSizePt: 8, landscape: false, note: "small type, few indicators" },
  { name: "m01-central-stsong", seed: 201, variants: ["central"], indicators: [6], printer: "minimal", fontSizePt: 9, landscape: false, note: "non-embedded STSong-Light, stroked lines" },
  { name: "m02-shanghai-stsong-2p", seed: 202, variants: ["shanghai"], indicators: [16], printer: "minimal", fontSizePt: 10, landscape: false, note: "non-embedded font, page break with top border" },
  { name: "m03-central-stsong-header", seed: 203, variants: ["central"], indicators: [20], printer: "minimal", fontSizePt: 10, landscape: false, repeatHeader: true, note: "continued table repeats the indicator header" },
  { name: "m04-sichuan-stsong-land", seed: 204, variants: ["sichuan"], indicators: [8], printer: "minimal", fontSizePt: 8, landscape: true, note: "non-embedded font, landscape, Sichuan" },
  { name: "m05-two-forms-stsong", seed: 205, variants: ["central", "beijing2016"], indicators: [5, 6], printer: "minimal", fontSizePt: 8, landscape: false, note: "two forms, non-embedded font" },
  { name: "m06-beijing-stsong", seed: 206, variants: ["beijing2016"], indicators: [12], printer: "minimal", fontSizePt: 9, landscape: true, repeatHeader: true, note: "landscape, repeated header" },
  { name: "m07-central-stsong-long", seed: 207, variants: ["central"], indicators: [20], printer: "minimal", fontSizePt: 11, landscape: false, note: "three pages, no repeated header" },
];

export function chromiumPrint(html: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-pdf-"));
  try {
    const htmlPath = join(dir, "form.html");
    const pdfPath = join(dir, "form.pdf");
    writeFileSync(htmlPath, html);
    execFileSync(
      "chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${join(dir, "profile")}`,
        "--no-pdf-header-footer",
        `--print-to-pdf=${pdfPath}`,
        `file://${htmlPath}`,
      ],
      { stdio: "ignore" },
    );
    return readFileSync(pdfPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function truthOf(g: GeneratedForm): TruthForm {
  return { variant: g.variant, form: g.form };
}

export function renderSpec(spec: FixtureSpec): { pdf: Buffer; truth: TruthForm[]; layouts: Layout[] } {
  const rng = new Rng(spec.seed);
  const forms = spec.variants.map((variant, i) => generateForm(rng, { variant, indicators: spec.indicators[i] }));
  const layouts = forms.map((g) => buildLayout(rng, g));
  let pdf: Buffer;
  if (spec.printer === "chromium") {
    const style: PrintStyle = { font: FONTS[spec.font ?? "uming"], fontSizePt: spec.fontSizePt, landscape: spec.landscape, pageNumbers: true, paddingPt: spec.paddingPt ?? 2 };
    pdf = chromiumPrint(documentHtml(layouts, style, { newPagePerForm: spec.newPagePerForm ?? true }));
  } else {
    pdf = layoutToMinimalPdf(layouts, { landscape: spec.landscape, fontSize: spec.fontSizePt, repeatHeader: spec.repeatHeader ?? false, pageNumbers: true });
  }
  return { pdf, truth: forms.map(truthOf), layouts };
}

function qpdf(args: string[]): void {
  execFileSync("qpdf", args, { stdio: "ignore" });
}

function main(): void {
  mkdirSync(join(OUT, "bad"), { recursive: true });
  const manifest: unknown[] = [];
  for (const spec of SPECS) {
    const { pdf, truth } = renderSpec(spec);
    const file = join(OUT, `${spec.name}.pdf`);
    writeFileSync(file, pdf);
    // Smaller files: object streams and recompressed streams (content unchanged).
    try {
      qpdf(["--object-streams=generate", "--recompress-flate", "--compression-level=9", "--replace-input", file]);
    } catch {
      /* qpdf missing or failed: keep Chromium's file */
    }
    writeFileSync(join(OUT, `${spec.name}.truth.json`), JSON.stringify(truth, null, 2) + "\n");
    manifest.push({ file: `${spec.name}.pdf`, truth: `${spec.name}.truth.json`, printer: spec.printer, font: spec.font ?? "STSong-Light (not embedded)", landscape: spec.landscape, forms: truth.length, variants: spec.variants, note: spec.note });
    process.stdout.write(`${spec.name}.pdf\n`);
  }
  // The two seed forms (fixtures/seed), printed in Noto Sans (Type 3) at a size that breaks pages.
  {
    const seed = JSON.parse(readFileSync(join(ROOT, "fixtures", "seed", "000_2ddec0f555d76dd0.expected.json"), "utf8")) as { forms: Form[] };
    const forms = seed.forms.map(({ audit: _a, sources: _s, ...f }) => f as Form);
    const pdf = chromiumPrint(formsHtml(forms, { ...defaultStyle, font: FONTS.notoSans, fontSizePt: 13 }));
    const file = join(OUT, "s01-seed-two-forms-noto.pdf");
    writeFileSync(file, pdf);
    qpdf(["--object-streams=generate", "--recompress-flate", "--compression-level=9", "--replace-input", file]);
    writeFileSync(join(OUT, "s01-seed-two-forms-noto.truth.json"), JSON.stringify(forms.map((form) => ({ variant: "shanghai", form })), null, 2) + "\n");
    manifest.push({ file: "s01-seed-two-forms-noto.pdf", truth: "s01-seed-two-forms-noto.truth.json", printer: "chromium", font: "notoSans", landscape: false, forms: 2, variants: ["shanghai", "shanghai"], note: "the seed's two forms; a goal row cut by the page break" });
  }
  // Bad input.
  const src = join(OUT, "p01-central-uming.pdf");
  qpdf(["--encrypt", "secret", "owner", "256", "--", src, join(OUT, "bad", "encrypted-user-password.pdf")]);
  qpdf(["--encrypt", "", "owner", "256", "--", src, join(OUT, "bad", "encrypted-owner-only.pdf")]);
  const bytes = readFileSync(src);
  writeFileSync(join(OUT, "bad", "truncated.pdf"), bytes.subarray(0, Math.floor(bytes.length * 0.4)));
  const garbled = Buffer.from(bytes);
  for (let i = 200; i < garbled.length; i += 97) garbled[i] = (garbled[i]! + 13) & 0xff;
  writeFileSync(join(OUT, "bad", "garbled.pdf"), garbled.subarray(0, 4000));
  writeFileSync(join(OUT, "bad", "not-a-pdf.pdf"), "财政项目支出绩效自评表\n这不是 PDF 文件。\n");
  writeFileSync(join(OUT, "bad", "image-only.pdf"), imageOnlyPdf(2));
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
