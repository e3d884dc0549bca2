/**
 * hOCR and ALTO fixtures:
 * - from a PDF's text layer (exact words, boxes at 300 dpi, the rulings as `ocr_separator` /
 *   `GraphicalElement`), so that the reader's result can be checked against the PDF's truth;
 * - from native tesseract on a scan fixture (`tesseract IMG out -l chi_sim hocr|alto`), the
 *   structure real engines write, with no rulings (stream layout).
 *
 *   npx tsx scripts/scan/make-hocr-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readPdf } from "../../src/extract/pdf/read-pdf.js";
import type { BBox } from "../../src/layout/geometry.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(root, "fixtures", "hocr");
const DPI = 300;
const k = DPI / 72;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const px = (b: BBox) => b.map((v) => Math.round(v * k)) as BBox;

interface PageData {
  width: number;
  height: number;
  words: { str: string; bbox: BBox }[];
  lines: BBox[];
}

async function fromPdf(file: string): Promise<PageData[]> {
  const reading = await readPdf(new Uint8Array(readFileSync(join(root, "fixtures", "pdf", file))));
  return reading.pages.map((p) => ({
    width: Math.round(p.width * k),
    height: Math.round(p.height * k),
    words: p.runs.map((r) => ({ str: r.str, bbox: px(r.bbox) })),
    lines: [
      ...p.segments.map((s) => {
        const h = Math.max(s.lineWidth, 0.5) / 2;
        return px([Math.min(s.x0, s.x1) - (s.x0 === s.x1 ? h : 0), Math.min(s.y0, s.y1) - (s.y0 === s.y1 ? h : 0), Math.max(s.x0, s.x1) + (s.x0 === s.x1 ? h : 0), Math.max(s.y0, s.y1) + (s.y0 === s.y1 ? h : 0)]);
      }),
      ...p.rects.map((r) => px(r.bbox)),
    ],
  }));
}

function hocr(pages: PageData[]): string {
  const body = pages
    .map((p, i) => {
      const words = p.words.map((w, j) => `    <span class='ocr_line' id='line_${i + 1}_${j + 1}' title='bbox ${w.bbox.join(" ")}; x_size ${w.bbox[3] - w.bbox[1]}'><span class='ocrx_word' id='word_${i + 1}_${j + 1}' title='bbox ${w.bbox.join(" ")}; x_wconf 93'>${esc(w.str)}</span></span>`);
      const seps = p.lines.map((b, j) => `    <div class='ocr_separator' id='sep_${i + 1}_${j + 1}' title='bbox ${b.join(" ")}'></div>`);
      return `  <div class='ocr_page' id='page_${i + 1}' title='image "page-${i + 1}.png"; bbox 0 0 ${p.width} ${p.height}; ppageno ${i}; scan_res ${DPI} ${DPI}'>\n${[...seps, ...words].join("\n")}\n  </div>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh" lang="zh">
 <head>
  <title></title>
  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
  <meta name='ocr-system' content='jixiao fixture (PDF text layer)'/>
  <meta name='ocr-capabilities' content='ocr_page ocr_line ocrx_word ocr_separator'/>
 </head>
 <body>
${body}
 </body>
</html>
`;
}

function alto(pages: PageData[]): string {
  const body = pages
    .map((p, i) => {
      const g = p.lines.map((b, j) => `        <GraphicalElement ID="g_${i + 1}_${j + 1}" HPOS="${b[0]}" VPOS="${b[1]}" WIDTH="${b[2] - b[0]}" HEIGHT="${b[3] - b[1]}"/>`);
      const s = p.words.map((w, j) => `        <TextBlock ID="b_${i + 1}_${j + 1}"><TextLine HPOS="${w.bbox[0]}" VPOS="${w.bbox[1]}" WIDTH="${w.bbox[2] - w.bbox[0]}" HEIGHT="${w.bbox[3] - w.bbox[1]}"><String CONTENT="${esc(w.str)}" HPOS="${w.bbox[0]}" VPOS="${w.bbox[1]}" WIDTH="${w.bbox[2] - w.bbox[0]}" HEIGHT="${w.bbox[3] - w.bbox[1]}" WC="0.93"/></TextLine></TextBlock>`);
      return `    <Page ID="page_${i + 1}" PHYSICAL_IMG_NR="${i + 1}" WIDTH="${p.width}" HEIGHT="${p.height}">\n      <PrintSpace HPOS="0" VPOS="0" WIDTH="${p.width}" HEIGHT="${p.height}">\n${[...g, ...s].join("\n")}\n      </PrintSpace>\n    </Page>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v3# http://www.loc.gov/alto/v3/alto-3-0.xsd">
  <Description>
    <MeasurementUnit>pixel</MeasurementUnit>
    <OCRProcessing ID="ocr"><ocrProcessingStep><processingSoftware><softwareName>jixiao fixture (PDF text layer)</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
  </Description>
  <Layout>
${body}
  </Layout>
</alto>
`;
}

mkdirSync(OUT, { recursive: true });
for (const [name, pdf] of [
  ["h-p14-textlayer", "p14-central-serif-small.pdf"],
  ["h-p02-textlayer-2p", "p02-shanghai-uming-2p.pdf"],
] as const) {
  const pages = await fromPdf(pdf);
  writeFileSync(join(OUT, `${name}.hocr`), hocr(pages));
  writeFileSync(join(OUT, `${name}.alto.xml`), alto(pages));
  copyFileSync(join(root, "fixtures", "pdf", pdf.replace(/\.pdf$/, ".truth.json")), join(OUT, `${name}.truth.json`));
  console.log(name, pages.length, "page(s)");
}

// Native tesseract's own hOCR and ALTO of a scan fixture (no rulings: the stream layout).
const tmp = mkdtempSync(join(tmpdir(), "hocr-"));
try {
  const img = join(root, "fixtures", "scan", "s-p14-200-jpeg.jpg");
  for (const fmt of ["hocr", "alto"] as const) {
    execFileSync("tesseract", [img, join(tmp, "t"), "-l", "chi_sim", "--psm", "3", fmt], { env: { ...process.env, OMP_THREAD_LIMIT: "1" }, stdio: "ignore" });
    renameSync(join(tmp, fmt === "hocr" ? "t.hocr" : "t.xml"), join(OUT, fmt === "hocr" ? "t-p14-tesseract.hocr" : "t-p14-tesseract.alto.xml"));
  }
  copyFileSync(join(root, "fixtures", "scan", "s-p14-200-jpeg.truth.json"), join(OUT, "t-p14-tesseract.truth.json"));
  console.log("t-p14-tesseract (native tesseract hOCR and ALTO)");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
