/**
 * Scans as archives hold them (issue 21): the generated PDFs behind fixtures/scan rendered in
 * colour and degraded the ways real copies are — red and blue seals of several sizes stamped
 * over the unit's name, over the fund amounts and over the total; faxes (150 dpi, bilevel,
 * speckle, dropouts); phone photos (perspective, uneven light, a bulging sheet, slight blur, the
 * desk around the page); stains, folds and punch holes. Each with the source PDF's truth and an
 * entry in `fixtures/scan/degraded/manifest.json`, which `scripts/scan/bench-scan.ts --dir`
 * and `npm run bench` read. Deterministic: the same seed gives the same files.
 *
 *   npx tsx scripts/scan/make-degraded-fixtures.ts [NAME…]
 *
 * Needs poppler-utils (pdftoppm, pdftotext) and the Noto CJK fonts (the seal's characters). Only
 * the p-series sources are used: the m-series PDFs do not embed their CJK fonts, and poppler
 * without poppler-data renders them without text.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Rng } from "../lib/prng.js";
import { imagePdf, packBits, type PdfPageImage } from "./degrade/pdf-writer.js";
import { encodeJpeg, loadRgb, noise, rotate, type Rgb } from "./degrade/raster.js";
import { stampSeal, type SealInk } from "./degrade/seal.js";
import { penMark } from "./degrade/handwriting.js";
import { fax, fold, photo, punchHoles, stain, type FaxSpec, type PhotoSpec } from "./degrade/effects.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SRC = join(root, "fixtures", "pdf");
const OUT = join(root, "fixtures", "scan", "degraded");

/** Where on the form a seal lands: the implementing unit's name, the fund amounts, the total score. */
type Target = "name" | "numbers" | "total";

interface SealPlacement {
  ink: SealInk;
  diameterMm: number;
  over: Target;
  bottom?: string;
  /** Offset of the centre from the target, millimetres (a stamp is never centred exactly). */
  offsetMm?: [number, number];
}

export type Kind = "seal" | "fax" | "photo" | "stain";

interface Spec {
  name: string;
  pdf: string;
  kind: Kind;
  dpi: number;
  seed: number;
  note: string;
  seals?: SealPlacement[];
  fax?: FaxSpec;
  photo?: PhotoSpec;
  /** A photo's corners from how the phone saw the page, instead of `photo.corners` (per page: the turn alternates its sign). */
  view?: PhotoView;
  /** Stain, fold and punch holes. */
  wear?: boolean;
  /** Pen marks in the margins: a blue signature and a black date under the table, ticks beside it. */
  pen?: boolean;
  /** Small turn of the sheet on the glass, degrees. */
  skew?: number;
  /** Read by the default test run (keep these few: OCR is slow). */
  test?: boolean;
}

/** How the phone saw the sheet: turned on the desk (degrees), tilted (the top edge shorter by this share), the page's share of the frame. */
interface PhotoView {
  turn: number;
  keystone: number;
  size: number;
}

/** The page's corners in the photo (shares of the page's width and height, the photo being `frame` times the page), centred in the frame. */
function viewCorners(v: PhotoView, width: number, height: number, frame: number, page: number): PhotoSpec["corners"] {
  const turn = (((page % 2 === 1 ? 1 : -0.7) * v.turn) * Math.PI) / 180;
  const unit: [number, number][] = [[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]];
  return unit.map(([x, y]) => {
    // Tilted away at the top: the far edge is shorter.
    const px = x * (1 - v.keystone * (0.5 - y)) * v.size * width;
    const py = y * v.size * height;
    const rx = px * Math.cos(turn) - py * Math.sin(turn);
    const ry = px * Math.sin(turn) + py * Math.cos(turn);
    return [rx / width + frame / 2, ry / height + frame / 2] as [number, number];
  }) as PhotoSpec["corners"];
}

/**
 * A fax machine reads the sheet through a lens (σ 0.35 px: a response of ≈ 0.55 at the fax's
 * Nyquist frequency) and a sensor element per pixel, sharpens (MTF correction, a
 * moderate gain of 2; the textbook 3×3 sharpen is 4) and thresholds at half gray in text mode;
 * then dropouts and speckle. See `degrade/fax-scanner.ts` and docs/scans.md. The fixtures before
 * 2026-12-06 were the page rendered at 150 dpi and thresholded at 60 % gray, without the reading
 * head: a Ming face's hairlines were lost (5 without its stem, 三 read as 二), which no fax does.
 */
const FAX: FaxSpec = { threshold: 0.5, speckle: 0.0012, clumps: 0.3, dropout: 0.02, scanner: { oversample: 2, lensBlur: 0.35, noise: 3, mtfGain: 2 } };

const SPECS: Spec[] = [
  { name: "d-seal-red-name-p01", pdf: "p01-central-uming.pdf", kind: "seal", dpi: 200, seed: 101, skew: 0.4, note: "red 42 mm seal over the implementing unit's name", seals: [{ ink: "red", diameterMm: 42, over: "name", offsetMm: [4, 2] }], test: true },
  { name: "d-seal-red-total-p14", pdf: "p14-central-serif-small.pdf", kind: "seal", dpi: 200, seed: 102, skew: -0.3, note: "red 40 mm seal over the total score, small type", seals: [{ ink: "red", diameterMm: 40, over: "total", offsetMm: [-6, -3] }] },
  { name: "d-seal-blue-numbers-p02", pdf: "p02-shanghai-uming-2p.pdf", kind: "seal", dpi: 200, seed: 103, skew: 0.2, note: "Shanghai, two pages: blue 32 mm 财务专用章 over the fund amounts", seals: [{ ink: "blue", diameterMm: 32, over: "numbers", bottom: "财务专用章" }] },
  { name: "d-seal-red-two-p12", pdf: "p12-sichuan-noto.pdf", kind: "seal", dpi: 200, seed: 104, skew: 0.5, note: "Sichuan, two pages: red 42 mm over the name, red 30 mm over the total", seals: [{ ink: "red", diameterMm: 42, over: "name", offsetMm: [8, 0] }, { ink: "red", diameterMm: 30, over: "total", bottom: "专用章" }] },
  { name: "d-seal-pen-p05", pdf: "p05-beijing-serif.pdf", kind: "seal", dpi: 200, seed: 105, skew: -0.3, note: "Beijing 2016, two pages: red 38 mm seal over the total; a blue signature and a black handwritten date under the table, black ticks in both side margins", seals: [{ ink: "red", diameterMm: 38, over: "total", offsetMm: [5, -2] }], pen: true },
  { name: "d-fax-p01", pdf: "p01-central-uming.pdf", kind: "fax", dpi: 150, seed: 201, skew: 0.3, note: "150 dpi bilevel fax, speckle", fax: FAX, test: true },
  { name: "d-fax-p06", pdf: "p06-sichuan-uming-land.pdf", kind: "fax", dpi: 150, seed: 202, skew: -0.4, note: "150 dpi bilevel fax, Sichuan landscape, two pages, speckle", fax: FAX },
  { name: "d-fax-p05", pdf: "p05-beijing-serif.pdf", kind: "fax", dpi: 150, seed: 203, skew: 0.2, note: "150 dpi bilevel fax, Beijing 2016, heavier speckle", fax: { ...FAX, speckle: 0.002 } },
  {
    name: "d-photo-p14", pdf: "p14-central-serif-small.pdf", kind: "photo", dpi: 170, seed: 301, note: "phone photo: perspective, lamp top left, slight blur", test: true,
    photo: { corners: [[0.07, 0.05], [1.03, 0.04], [1.06, 1.04], [0.04, 1.05]], frame: 1.1, darkest: 0.6, light: [0.25, 0.1], curl: 0, blur: 0.8, desk: [92, 80, 70] },
  },
  {
    name: "d-photo-p01", pdf: "p01-central-uming.pdf", kind: "photo", dpi: 170, seed: 302, note: "phone photo: stronger perspective, a bulging sheet, lamp right",
    photo: { corners: [[0.1, 0.06], [1.0, 0.03], [1.07, 1.05], [0.02, 1.03]], frame: 1.1, darkest: 0.5, light: [0.85, 0.4], curl: 0.004, blur: 1.0, desk: [150, 140, 125] },
  },
  {
    name: "d-photo-p02", pdf: "p02-shanghai-uming-2p.pdf", kind: "photo", dpi: 180, seed: 303, note: "phone photos of two pages: turned 4° on the desk, lamp below, a bulge, slight blur",
    view: { turn: 4, keystone: 0.05, size: 0.9 },
    photo: { corners: [[0, 0], [1, 0], [1, 1], [0, 1]], frame: 1.1, darkest: 0.55, light: [0.5, 0.95], curl: 0.005, blur: 0.9, desk: [110, 96, 84] },
  },
  {
    name: "d-photo-p06", pdf: "p06-sichuan-uming-land.pdf", kind: "photo", dpi: 170, seed: 304, note: "phone photos of a landscape form's two pages: tilted (top edge 10% shorter), bent both ways, lamp top right",
    view: { turn: 1.5, keystone: 0.1, size: 0.92 },
    photo: { corners: [[0, 0], [1, 0], [1, 1], [0, 1]], frame: 1.1, darkest: 0.55, light: [0.9, 0.1], curl: 0.005, lean: 0.003, blur: 0.9, desk: [70, 62, 58] },
  },
  {
    name: "d-photo-p12", pdf: "p12-sichuan-noto.pdf", kind: "photo", dpi: 180, seed: 305, note: "phone photos of two pages: turned 6°, a light wooden desk, more blur, the sheet bowed the other way",
    view: { turn: -6, keystone: 0.04, size: 0.88 },
    photo: { corners: [[0, 0], [1, 0], [1, 1], [0, 1]], frame: 1.12, darkest: 0.65, light: [0.2, 0.8], curl: -0.004, blur: 1.2, desk: [175, 160, 140] },
  },
  {
    name: "d-photo-p05", pdf: "p05-beijing-serif.pdf", kind: "photo", dpi: 180, seed: 306, note: "phone photos of two pages: strongly tilted (top edge 14% shorter), dim far corner, lamp left",
    view: { turn: 2, keystone: 0.14, size: 0.92 },
    photo: { corners: [[0, 0], [1, 0], [1, 1], [0, 1]], frame: 1.1, darkest: 0.45, light: [0.05, 0.5], curl: 0.003, blur: 0.8, desk: [95, 100, 105] },
  },
  { name: "d-stain-p01", pdf: "p01-central-uming.pdf", kind: "stain", dpi: 200, seed: 401, skew: -0.5, note: "a stain over the indicators, a fold, two punch holes", wear: true },
  // Forms rendered from the field corpus's ground truth (scripts/scan/render-field-forms.ts): the
  // names, amounts and indicator texts real units published, under a seal, as a fax, as a photo.
  { name: "d-seal-real-r01", pdf: "../scan/field-rendered/r01-c02.pdf", kind: "seal", dpi: 200, seed: 501, skew: -0.3, note: "a real form's content (field c02): red 40 mm seal over the implementing unit's name", seals: [{ ink: "red", diameterMm: 40, over: "name", offsetMm: [3, -2] }] },
  { name: "d-fax-real-r02", pdf: "../scan/field-rendered/r02-c03.pdf", kind: "fax", dpi: 150, seed: 502, skew: 0.3, note: "a real form's content (field c03): 150 dpi bilevel fax, speckle", fax: FAX },
  {
    name: "d-photo-real-r03", pdf: "../scan/field-rendered/r03-c07.pdf", kind: "photo", dpi: 170, seed: 503, note: "a real form's content (field c07): phone photo, perspective, lamp top right, slight blur",
    photo: { corners: [[0.05, 0.06], [1.04, 0.03], [1.05, 1.05], [0.03, 1.04]], frame: 1.1, darkest: 0.6, light: [0.8, 0.1], curl: 0, blur: 0.8, desk: [96, 84, 72] },
  },
];

interface Word {
  page: number;
  text: string;
  box: [number, number, number, number];
}

/** Every word of the source PDF with its box in points (poppler's pdftotext -bbox). */
function words(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, text: m[5]!, box: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] });
  }
  return out;
}

interface TruthFile {
  form: { implementingUnit: string | null; department: string | null; funds: { rows: { initialBudget: number | null; annualBudget: number | null; executed: number | null }[] }; total: { score: number | null } };
}

const centreOf = (w: Word): [number, number] => [(w.box[0] + w.box[2]) / 2, (w.box[1] + w.box[3]) / 2];
const asNumber = (t: string) => Number(t.replace(/[,，%]/g, ""));

/** The page and point (in points) a seal is aimed at. */
function aim(all: Word[], truth: TruthFile, over: Target): { page: number; at: [number, number] } {
  const form = truth.form;
  if (over === "name") {
    const name = form.implementingUnit ?? form.department ?? "";
    const w = all.find((x) => name && x.text.includes(name.slice(0, 4))) ?? all.find((x) => /单位|部门/.test(x.text));
    if (!w) throw new Error("no name on the form");
    return { page: w.page, at: centreOf(w) };
  }
  if (over === "numbers") {
    const total = form.funds.rows[0]!;
    const wanted = [total.annualBudget, total.executed, total.initialBudget].filter((v): v is number => v !== null);
    const w = all.find((x) => wanted.includes(asNumber(x.text)));
    if (!w) throw new Error("no fund amount on the form");
    return { page: w.page, at: centreOf(w) };
  }
  const label = [...all].reverse().find((x) => /^(总分|合计|自评总分)/.test(x.text));
  if (!label) throw new Error("no total row on the form");
  const row = all.filter((x) => x.page === label.page && Math.abs(centreOf(x)[1] - centreOf(label)[1]) < 6 && Number.isFinite(asNumber(x.text)) && x.text.trim() !== "");
  const score = row.find((x) => asNumber(x.text) === form.total.score) ?? row.at(-1) ?? label;
  return { page: score.page, at: centreOf(score) };
}

function render(pdf: string, dpi: number, tmp: string): string[] {
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdf, join(tmp, "p")]);
  return readdirSync(tmp).filter((f) => f.startsWith("p-") && f.endsWith(".png")).sort().map((f) => join(tmp, f));
}

const mm = (v: number, dpi: number) => (v / 25.4) * dpi;

/** Pen marks placed around the page's table (its words' extent): the signature and date under it, ticks in both side margins. */
function penMarks(img: Rgb, s: Spec, page: number, all: Word[], rng: Rng): void {
  const px = s.dpi / 72;
  const here = all.filter((w) => w.page === page && w.text.trim() !== "");
  // The table's extent: the words' without the page number (a short word alone at the bottom).
  const body = here.filter((w) => !/^[-—–\d\s]+$/.test(w.text) || w.box[1] < 0.85 * (img.height / px));
  const left = Math.min(...body.map((w) => w.box[0])) * px;
  const right = Math.max(...body.map((w) => w.box[2])) * px;
  const bottom = Math.max(...body.map((w) => w.box[3])) * px;
  const top = Math.min(...body.map((w) => w.box[1])) * px;
  const mmPx = s.dpi / 25.4;
  penMark(img, { what: "signature", ink: "blue", at: [left + 0.55 * (right - left), bottom + 10 * mmPx], heightMm: 10 }, s.dpi, rng);
  penMark(img, { what: "date", ink: "black", at: [left + 0.58 * (right - left), bottom + 23 * mmPx], heightMm: 5, text: "2017.3.15" }, s.dpi, rng);
  penMark(img, { what: "tick", ink: "black", at: [right + 20 * mmPx, top + 0.2 * (bottom - top)], heightMm: 5 }, s.dpi, rng);
  penMark(img, { what: "tick", ink: "black", at: [left - 16 * mmPx, top + 0.5 * (bottom - top)], heightMm: 5 }, s.dpi, rng);
}

async function degradePage(img: Rgb, s: Spec, page: number, pages: number, all: Word[], truth: TruthFile, rng: Rng): Promise<PdfPageImage> {
  // A fax's page is rendered finer than s.dpi (its reading head); seals, pen marks and wear are placed at s.dpi.
  if (s.fax?.scanner && (s.seals || s.pen || s.wear)) throw new Error(`${s.name}: seals, pen marks and wear are not placed on a fax rendered ${s.fax.scanner.oversample}× finer`);
  const px = s.dpi / 72;
  for (const seal of s.seals ?? []) {
    const target = aim(all, truth, seal.over);
    if (target.page !== page) continue;
    const [ox, oy] = seal.offsetMm ?? [0, 0];
    const name = truth.form.implementingUnit ?? truth.form.department ?? "";
    stampSeal(img, { ink: seal.ink, diameterMm: seal.diameterMm, centre: [target.at[0] * px + mm(ox, s.dpi), target.at[1] * px + mm(oy, s.dpi)], name, bottom: seal.bottom ?? "", turn: rng.int(-25, 25), strength: 0.85 }, s.dpi, rng);
  }
  if (s.pen && page === pages) penMarks(img, s, page, all, rng);
  if (s.wear && page === 1) {
    stain(img, [img.width * 0.62, img.height * 0.62], mm(22, s.dpi), rng);
    fold(img, Math.round(img.height * 0.34), Math.round(mm(4, s.dpi)));
    punchHoles(img, [[mm(7, s.dpi), img.height / 2 - mm(40, s.dpi)], [mm(7, s.dpi), img.height / 2 + mm(40, s.dpi)]], mm(3, s.dpi));
  }
  let out = s.skew ? rotate(img, page % 2 === 1 ? s.skew : -s.skew * 0.6) : img;
  if (s.fax) {
    const { black, width, height } = fax(out, s.fax, rng);
    return { kind: "bilevel", bits: packBits(black, width, height), width, height, dpi: s.dpi };
  }
  if (s.photo) out = photo(out, s.view ? { ...s.photo, corners: viewCorners(s.view, out.width, out.height, s.photo.frame, page) } : s.photo);
  out = noise(out, s.photo ? 5 : 3, rng);
  return { kind: "jpeg", jpeg: await encodeJpeg(out, s.photo ? 65 : 60), width: out.width, height: out.height, dpi: s.dpi, gray: false };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.slice(2);
  const manifestPath = join(OUT, "manifest.json");
  const old = only.length > 0 && existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as { truth: string }[]) : [];
  const entries = new Map(old.map((m) => [m.truth, m as unknown]));
  for (const s of SPECS) {
    if (only.length > 0 && !only.includes(s.name)) continue;
    const tmp = mkdtempSync(join(tmpdir(), "degrade-"));
    try {
      const pdf = join(SRC, s.pdf);
      const truthPath = join(SRC, s.pdf.replace(/\.pdf$/, ".truth.json"));
      const truth = (JSON.parse(readFileSync(truthPath, "utf8")) as TruthFile[])[0]!;
      const all = words(pdf);
      const rng = new Rng(s.seed);
      // A fax's reading head sees the paper finer than it samples it (its optics and aperture): rendered finer, scanned in `fax()`.
      const pngs = render(pdf, s.dpi * (s.fax?.scanner?.oversample ?? 1), tmp);
      const pages: PdfPageImage[] = [];
      for (let i = 0; i < pngs.length; i++) pages.push(await degradePage(await loadRgb(readFileSync(pngs[i]!)), s, i + 1, pngs.length, all, truth, rng));
      // One page in colour is a photo or a JPEG as a phone or scanner saves it; faxes and
      // several pages are an image-only PDF, as archives keep them.
      const single = pages.length === 1 && pages[0]!.kind === "jpeg";
      const file = `${s.name}.${single ? "jpg" : "pdf"}`;
      writeFileSync(join(OUT, file), single && pages[0]!.kind === "jpeg" ? pages[0]!.jpeg : imagePdf(pages));
      copyFileSync(truthPath, join(OUT, `${s.name}.truth.json`));
      const bytes = statSync(join(OUT, file)).size;
      entries.set(`${s.name}.truth.json`, { file, truth: `${s.name}.truth.json`, source: s.pdf, kind: s.kind, pages: pages.length, dpi: s.dpi, as: single ? "jpeg" : "pdf", test: !!s.test, note: s.note, bytes });
      console.log(`${s.name}: ${pages.length} page(s), ${(bytes / 1024).toFixed(0)} KiB`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const ordered = SPECS.map((s) => entries.get(`${s.name}.truth.json`)).filter((m) => m !== undefined);
  writeFileSync(manifestPath, JSON.stringify(ordered, null, 2) + "\n");
}

await main();
