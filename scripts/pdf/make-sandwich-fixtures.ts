/**
 * Sandwich PDFs (a page image under an invisible OCR text layer, text render mode 3) for
 * `fixtures/pdf-sandwich/`, each with its truth and an entry in `manifest.json`:
 *
 * - **ocrmypdf layers** (`layer: "ocrmypdf"`): `ocrmypdf -l chi_sim+eng` (tesseract's own
 *   full-page OCR, its "sandwich" renderer) run on scan fixtures from `fixtures/scan/**` — a clean
 *   200 dpi page, noisy ones, one upside down, one with a red seal. The truth is the scan's.
 * - **good layers** (`layer: "source-text"`): what a good scanner's OCR engine writes. tesseract's
 *   full-page OCR of a ruled form is poor even on a clean 300 dpi page (cells read as `SEEDY`,
 *   `PER seks`; see docs/pdf.md), so no ocrmypdf layer here is good; these stand for one. The
 *   p-series source PDF behind a scan fixture is rendered clean at 200 dpi (pdftoppm, gray JPEG)
 *   and its own text is written over it, invisible, at its own places, the way OCR engines write
 *   it: spaces between CJK words, full-width punctuation inside some numbers (a seeded, and so
 *   repeatable, choice). The truth is the source's.
 *
 *   npx tsx scripts/pdf/make-sandwich-fixtures.ts [NAME…]
 *
 * Needs ocrmypdf with tesseract's chi_sim data (installed with apt-get when missing, as root),
 * poppler-utils (pdftoppm) and Pillow (for the PNG page; ocrmypdf depends on it). ocrmypdf's output is not
 * byte-for-byte repeatable (ids, dates), the source-text files are. The tests do not need any
 * of these: the PDFs are committed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readPdf } from "../../src/extract/pdf/read-pdf.js";
import { Rng, seedOf } from "../lib/prng.js";
import { PdfWriter, ucs2Hex } from "./minimal-pdf.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(root, "fixtures", "pdf-sandwich");
const SCAN = join(root, "fixtures", "scan");
const PDF = join(root, "fixtures", "pdf");

interface OcrmypdfSpec {
  name: string;
  layer: "ocrmypdf";
  /** A scan fixture, relative to fixtures/scan. */
  scan: string;
  page: "clean" | "degraded";
  note: string;
  test?: boolean;
}

interface SourceTextSpec {
  name: string;
  layer: "source-text";
  /** A p-series PDF in fixtures/pdf (the source of a scan fixture). */
  pdf: string;
  page: "clean";
  /** Degrees the page is turned (counter-clockwise) on the glass; the words are placed where the turn puts them. */
  skew?: number;
  /** Margin (points) left around the page image, the words scaled with it (a tool that does not stretch the scan to the page). */
  inset?: number;
  /** One word the engine misread: a run printed `from` written as `to` (for the arithmetic check). */
  misread?: { from: string; to: string };
  note: string;
  test?: boolean;
}

type Spec = OcrmypdfSpec | SourceTextSpec;

const SPECS: Spec[] = [
  { name: "sw-o-m01-clean", layer: "ocrmypdf", scan: "s-m01-200-png.png", page: "clean", note: "ocrmypdf on a clean 200 dpi page (no noise)", test: true },
  { name: "sw-o-p12-noisy", layer: "ocrmypdf", scan: "s-p12-200-type3.pdf", page: "degraded", note: "ocrmypdf on a noisy 200 dpi Sichuan page" },
  { name: "sw-o-p05-turn180", layer: "ocrmypdf", scan: "s-p05-200-turn180.pdf", page: "degraded", note: "ocrmypdf on a page scanned upside down (not turned: no --rotate-pages)" },
  { name: "sw-o-seal-p01", layer: "ocrmypdf", scan: "degraded/d-seal-red-name-p01.jpg", page: "degraded", note: "ocrmypdf on a colour page with a red seal over the unit's name" },
  { name: "sw-t-p14", layer: "source-text", pdf: "p14-central-serif-small.pdf", page: "clean", note: "good layer over a clean 200 dpi page, small type" },
  { name: "sw-t-p02-2p", layer: "source-text", pdf: "p02-shanghai-uming-2p.pdf", page: "clean", note: "good layer, Shanghai, two pages" },
  { name: "sw-t-p13-land", layer: "source-text", pdf: "p13-beijing-uming-land.pdf", page: "clean", note: "good layer, Beijing 2016, landscape" },
  { name: "sw-t-p14-misread", layer: "source-text", pdf: "p14-central-serif-small.pdf", page: "clean", misread: { from: "26992.02", to: "28992.02" }, note: "good layer with one digit misread: 全年执行数 26992.02 read 28992.02 (6 for 8), which the execution rate and the budget score both contradict" },
  { name: "sw-t-p05-inset", layer: "source-text", pdf: "p05-beijing-serif.pdf", page: "clean", inset: 30, note: "good layer, Beijing 2016, the scan drawn 30 pt inside the page edges (83% of the page) and the words with it" },
  { name: "sw-t-p01-skew", layer: "source-text", pdf: "p01-central-uming.pdf", page: "clean", skew: 2, note: "good layer over a page turned 2° on the glass, the words where the turn put them (as an OCR engine reads them)", test: true },
];

const DPI = 200;

function has(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

/** ocrmypdf and tesseract's Chinese data, from the Debian archive when missing. */
function ensureOcrmypdf(): void {
  const langs = has("tesseract") ? execFileSync("tesseract", ["--list-langs"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) : "";
  const missing = [...(has("ocrmypdf") ? [] : ["ocrmypdf"]), ...(/\bchi_sim\b/.test(langs) ? [] : ["tesseract-ocr-chi-sim"])];
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(" ")} (apt-get)`);
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", ...missing], { stdio: "inherit" });
}

function truthOf(spec: Spec): string {
  if (spec.layer === "ocrmypdf") return join(SCAN, spec.scan.replace(/\.(pdf|png|jpg|tif)$/, ".truth.json"));
  return join(PDF, spec.pdf.replace(/\.pdf$/, ".truth.json"));
}

function makeOcrmypdf(spec: OcrmypdfSpec, tmp: string): Buffer {
  let input = join(SCAN, spec.scan);
  const args = ["-l", "chi_sim+eng", "--output-type", "pdf", "--optimize", "0", "--tesseract-timeout", "1800", "-j", "1", "-q"];
  if (!input.endsWith(".pdf")) {
    // A PNG page goes in as a gray JPEG: ocrmypdf would embed the PNG as it is (4× the bytes).
    if (input.endsWith(".png")) {
      const jpg = join(tmp, `${spec.name}.jpg`);
      // Pillow comes with ocrmypdf (its own dependency), so no ImageMagick is needed.
      const py = "import sys\nfrom PIL import Image\nImage.open(sys.argv[1]).convert('L').save(sys.argv[2], quality=70, dpi=(int(sys.argv[3]),) * 2)";
      execFileSync("/usr/bin/python3", ["-c", py, input, jpg, String(DPI)]);
      input = jpg;
    }
    args.push("--image-dpi", String(DPI));
  }
  const out = join(tmp, `${spec.name}.pdf`);
  execFileSync("ocrmypdf", [...args, input, out], { stdio: ["ignore", "inherit", "inherit"] });
  return readFileSync(out);
}

/** The text as an OCR engine writes it: spaces between some CJK words, full-width punctuation in some numbers. */
function asOcrWrites(s: string, rng: Rng): string {
  const cjk = /[\u3400-\u9fff]/;
  const chars = Array.from(s);
  let out = "";
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    if (c === "," && /\d/.test(chars[i - 1] ?? "") && rng.chance(0.5)) out += "，";
    else if (c === "." && /\d/.test(chars[i - 1] ?? "") && /\d/.test(next ?? "") && rng.chance(0.2)) out += "。";
    else out += c;
    if (next && cjk.test(c) && cjk.test(next) && rng.chance(0.3)) out += " ";
  });
  return out;
}

/** The non-embedded STSong-Light (UniGB-UCS2-H): any CJK text, no font to embed (the text is never drawn). */
function addStSong(w: PdfWriter): number {
  const desc = w.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
  const cid = w.add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${desc} 0 R /DW 1000 >>`);
  return w.add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
}

function jpegSize(b: Buffer): { width: number; height: number } {
  for (let i = 2; i < b.length; ) {
    const marker = b[i + 1]!;
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  throw new Error("no JPEG frame header");
}

async function makeSourceText(spec: SourceTextSpec, tmp: string): Promise<Buffer> {
  const src = join(PDF, spec.pdf);
  const reading = await readPdf(new Uint8Array(readFileSync(src)));
  execFileSync("pdftoppm", ["-r", String(DPI), "-gray", "-jpeg", "-jpegopt", "quality=60", src, join(tmp, spec.name)]);
  const images = readdirSync(tmp).filter((f) => f.startsWith(spec.name + "-") && f.endsWith(".jpg")).sort();
  if (images.length !== reading.pages.length) throw new Error(`${spec.pdf}: ${images.length} page images for ${reading.pages.length} pages`);
  if (spec.skew) {
    // Pillow (ocrmypdf's dependency) turns the page about its centre, counter-clockwise, paper-white corners.
    const py = "import sys\nfrom PIL import Image\nim = Image.open(sys.argv[1])\nim.rotate(float(sys.argv[2]), resample=Image.BICUBIC, fillcolor=255).save(sys.argv[1], quality=60, dpi=im.info.get('dpi', (200, 200)))";
    for (const f of images) execFileSync("/usr/bin/python3", ["-c", py, join(tmp, f), String(spec.skew)]);
  }
  const turn = ((spec.skew ?? 0) * Math.PI) / 180;
  const rng = new Rng(seedOf(spec.name));
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pagesId = w.reserve();
  const font = addStSong(w);
  const kids: number[] = [];
  reading.pages.forEach((p, i) => {
    const jpeg = readFileSync(join(tmp, images[i]!));
    const { width, height } = jpegSize(jpeg);
    const img = w.stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`, jpeg, false);
    const W = p.width;
    const H = p.height;
    const m = spec.inset ?? 0;
    const fx = (W - 2 * m) / W;
    const fy = (H - 2 * m) / H;
    const ops: string[] = [`q ${(W - 2 * m).toFixed(2)} 0 0 ${(H - 2 * m).toFixed(2)} ${m.toFixed(2)} ${m.toFixed(2)} cm /Im1 Do Q`, "BT 3 Tr"];
    for (const run of p.runs) {
      const printed = spec.misread && run.str === spec.misread.from ? spec.misread.to : run.str;
      const text = asOcrWrites(printed, rng);
      const chars = Array.from(text);
      if (chars.length === 0) continue;
      // On a turned page an OCR engine finds each word where the turn put it: the line is cut
      // into its words (each its share of the line's width) and each word's centre turned about
      // the page's (y grows downwards). On a level page the line is written whole.
      const step = (run.bbox[2] - run.bbox[0]) / chars.length;
      const words: { str: string; bbox: [number, number, number, number] }[] = [];
      if (!turn) words.push({ str: text, bbox: [...run.bbox] });
      else {
        for (const m of text.matchAll(/\S+/gu)) {
          const i0 = Array.from(text.slice(0, m.index)).length;
          const i1 = i0 + Array.from(m[0]).length;
          const b = [run.bbox[0] + i0 * step, run.bbox[1], run.bbox[0] + i1 * step, run.bbox[3]];
          const mx = (b[0]! + b[2]!) / 2 - W / 2;
          const my = (b[1]! + b[3]!) / 2 - H / 2;
          const dx = W / 2 + mx * Math.cos(turn) + my * Math.sin(turn) - (b[0]! + b[2]!) / 2;
          const dy = H / 2 - mx * Math.sin(turn) + my * Math.cos(turn) - (b[1]! + b[3]!) / 2;
          words.push({ str: m[0], bbox: [b[0]! + dx, b[1]! + dy, b[2]! + dx, b[3]! + dy] });
        }
      }
      for (const w0 of words) {
        // With an inset the words shrink towards the image's place like the image does.
        const r = { str: w0.str, bbox: [m + w0.bbox[0] * fx, m + w0.bbox[1] * fy, m + w0.bbox[2] * fx, m + w0.bbox[3] * fy] as [number, number, number, number] };
        const n = Array.from(r.str).length;
        // Box height is the font size (ascent 0.88 + descent 0.12 of STSong), baseline at its descent;
        // every glyph of the font is 1 em wide, so Tz squeezes the text into the word's box.
        const size = Math.max(1, r.bbox[3] - r.bbox[1]);
        const base = H - r.bbox[3] + 0.12 * size;
        const tz = (100 * (r.bbox[2] - r.bbox[0])) / (n * size);
        ops.push(`/F1 ${size.toFixed(2)} Tf ${tz.toFixed(2)} Tz 1 0 0 1 ${r.bbox[0].toFixed(2)} ${base.toFixed(2)} Tm ${ucs2Hex(r.str)} Tj`);
      }
    }
    ops.push("ET");
    const content = w.stream("", Buffer.from(ops.join("\n"), "latin1"));
    kids.push(w.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${W.toFixed(2)} ${H.toFixed(2)}] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${img} 0 R >> >> /Contents ${content} 0 R >>`));
  });
  w.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return w.build(catalog);
}

interface Entry {
  file: string;
  truth: string;
  layer: Spec["layer"];
  page: Spec["page"];
  from: string;
  pages: number;
  note: string;
  test: boolean;
  bytes: number;
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const specs = SPECS.filter((s) => only.size === 0 || only.has(s.name));
  if (specs.some((s) => s.layer === "ocrmypdf")) ensureOcrmypdf();
  mkdirSync(OUT, { recursive: true });
  const manifestPath = join(OUT, "manifest.json");
  const old: Entry[] = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Entry[]) : [];
  const entries = new Map(old.map((e) => [e.file, e]));
  const tmp = mkdtempSync(join(tmpdir(), "jixiao-sandwich-"));
  try {
    for (const spec of specs) {
      const t0 = Date.now();
      const pdf = spec.layer === "ocrmypdf" ? makeOcrmypdf(spec, tmp) : await makeSourceText(spec, tmp);
      const file = `${spec.name}.pdf`;
      const truth = `${spec.name}.truth.json`;
      writeFileSync(join(OUT, file), pdf);
      copyFileSync(truthOf(spec), join(OUT, truth));
      const pages = (await readPdf(new Uint8Array(pdf))).pageCount;
      entries.set(file, {
        file,
        truth,
        layer: spec.layer,
        page: spec.page,
        from: spec.layer === "ocrmypdf" ? `fixtures/scan/${spec.scan}` : `fixtures/pdf/${spec.pdf}`,
        pages,
        note: spec.note,
        test: spec.test ?? false,
        bytes: statSync(join(OUT, file)).size,
      });
      console.log(`${file}: ${pages} page(s), ${statSync(join(OUT, file)).size} bytes, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const order = SPECS.map((s) => `${s.name}.pdf`);
  const list = [...entries.values()].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  writeFileSync(manifestPath, JSON.stringify(list, null, 2) + "\n");
}

await main();
