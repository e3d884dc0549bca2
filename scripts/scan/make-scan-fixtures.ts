/**
 * Scans made from the generated PDFs (fixtures/pdf): each page rasterised with poppler's
 * `pdftoppm`, then degraded with ImageMagick as a desk scanner would (a small turn, Gaussian
 * noise, blur, JPEG), and packed as an image-only PDF (img2pdf), a PNG/JPEG per page, or a
 * multi-page TIFF. The truth of the source PDF is copied beside each scan.
 *
 *   npx tsx scripts/scan/make-scan-fixtures.ts
 *
 * Needs the Debian packages poppler-utils, imagemagick and img2pdf. ImageMagick is called as
 * /usr/bin/convert: a stand-in for it may shadow `convert` on PATH.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SRC = join(root, "fixtures", "pdf");
const OUT = join(root, "fixtures", "scan");
const CONVERT = "/usr/bin/convert";

interface Spec {
  /** Output base name. */
  name: string;
  /** Source PDF in fixtures/pdf. */
  pdf: string;
  dpi: number;
  /** Degrees, counter-clockwise positive as ImageMagick's -rotate is clockwise: we pass -deg. */
  skew: number;
  noise: number;
  blur: number;
  quality: number;
  /** A quarter turn of the whole page (a page fed sideways or upside down). */
  turn?: 90 | 180 | 270;
  /** A left-to-right brightness gradient (uneven lighting). */
  uneven?: boolean;
  /** How the pages are packed. */
  as: "pdf" | "jpeg" | "png" | "tiff";
  note: string;
  /** Read by the default test run (keep these few: OCR is slow). */
  test?: boolean;
}

const SPECS: Spec[] = [
  { name: "s-p01-300-skew", pdf: "p01-central-uming.pdf", dpi: 300, skew: 0.7, noise: 0.4, blur: 0.7, quality: 62, as: "pdf", note: "300 dpi, 0.7°, noise, blur, JPEG in a PDF", test: true },
  { name: "s-p14-200-jpeg", pdf: "p14-central-serif-small.pdf", dpi: 200, skew: -0.6, noise: 0.4, blur: 0.6, quality: 65, as: "jpeg", note: "200 dpi JPEG, small type", test: true },
  { name: "s-m01-200-png", pdf: "m01-central-stsong.pdf", dpi: 200, skew: 0.4, noise: 0, blur: 0.5, quality: 0, as: "png", note: "200 dpi PNG, no noise" },
  { name: "s-p02-200-2p", pdf: "p02-shanghai-uming-2p.pdf", dpi: 200, skew: -1, noise: 0.4, blur: 0.7, quality: 60, as: "pdf", note: "200 dpi, two pages, break inside the indicator table" },
  { name: "s-p03-300-land-skew3", pdf: "p03-central-zenhei-land.pdf", dpi: 300, skew: 3, noise: 0.4, blur: 0.7, quality: 60, as: "pdf", note: "landscape, 3° skew" },
  { name: "s-p06-200-tiff", pdf: "p06-sichuan-uming-land.pdf", dpi: 200, skew: -0.5, noise: 0.3, blur: 0.5, quality: 0, as: "tiff", note: "multi-page bilevel TIFF (Group 4), Sichuan 11 columns" },
  // Bilevel TIFFs of four more layouts: made while the bilevel path was tuned on s-p06 alone, to
  // see whether what was learnt there holds elsewhere (it did not, at first: 59% of fields).
  { name: "s-p01-200-tiff", pdf: "p01-central-uming.pdf", dpi: 200, skew: 0.4, noise: 0.3, blur: 0.5, quality: 0, as: "tiff", note: "bilevel TIFF (Group 4), central template" },
  { name: "s-m03-200-tiff", pdf: "m03-central-stsong-header.pdf", dpi: 200, skew: 0.3, noise: 0.3, blur: 0.5, quality: 0, as: "tiff", note: "bilevel TIFF (Group 4), two pages, an ellipsis row" },
  { name: "s-m04-200-tiff", pdf: "m04-sichuan-stsong-land.pdf", dpi: 200, skew: -0.7, noise: 0.3, blur: 0.5, quality: 0, as: "tiff", note: "bilevel TIFF (Group 4), Sichuan landscape, bold headers" },
  { name: "s-p14-200-tiff", pdf: "p14-central-serif-small.pdf", dpi: 200, skew: -0.3, noise: 0.3, blur: 0.5, quality: 0, as: "tiff", note: "bilevel TIFF (Group 4), small type" },
  { name: "s-m02-300-turn90", pdf: "m02-shanghai-stsong-2p.pdf", dpi: 300, skew: 0.5, noise: 0.4, blur: 0.7, quality: 60, turn: 90, as: "pdf", note: "pages fed sideways (90°)" },
  { name: "s-p05-200-turn180", pdf: "p05-beijing-serif.pdf", dpi: 200, skew: 0.3, noise: 0.4, blur: 0.6, quality: 62, turn: 180, as: "pdf", note: "upside down (180°), Beijing 2016" },
  { name: "s-p07-300-uneven", pdf: "p07-two-forms-uming.pdf", dpi: 300, skew: -0.8, noise: 0.5, blur: 0.7, quality: 60, uneven: true, as: "pdf", note: "uneven lighting, two forms" },
  { name: "s-s01-200-seed", pdf: "s01-seed-two-forms-noto.pdf", dpi: 200, skew: 1.2, noise: 0.4, blur: 0.7, quality: 62, as: "pdf", note: "the seed's two forms, five pages" },
  { name: "s-m05-300-skew-neg", pdf: "m05-two-forms-stsong.pdf", dpi: 300, skew: -2, noise: 0.4, blur: 0.8, quality: 60, as: "pdf", note: "two forms, -2° skew, stroked lines" },
  { name: "s-p12-200-type3", pdf: "p12-sichuan-noto.pdf", dpi: 200, skew: 0.9, noise: 0.4, blur: 0.6, quality: 60, as: "pdf", note: "Sichuan portrait" },
];

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
}

function degrade(src: string, dst: string, s: Spec, page: number): void {
  const args = [src];
  if (s.uneven) {
    // Multiply by a grey gradient: the right side of the page darker, as under a lamp.
    const [w, h] = execFileSync("/usr/bin/identify", ["-format", "%w %h", src], { encoding: "utf8" }).trim().split(" ").map(Number);
    args.push("(", "-size", `${h}x${w}`, "gradient:white-gray60", "-rotate", "-90", ")", "-compose", "Multiply", "-composite");
  }
  // Alternate the sign of the turn on later pages: a stack of pages is never fed at one angle.
  const skew = page % 2 === 0 ? s.skew : s.skew * 0.6;
  args.push("-background", "white", "-rotate", String(-skew), "+repage");
  if (s.turn) args.push("-rotate", String(s.turn), "+repage");
  if (s.noise > 0) args.push("-attenuate", String(s.noise), "+noise", "Gaussian");
  if (s.blur > 0) args.push("-blur", `0x${s.blur}`);
  args.push("-colorspace", "Gray", "-depth", "8");
  // A TIFF is kept as a fax-like bilevel page (Group 4): the common archive format, and small.
  if (s.as === "tiff") args.push("-threshold", "55%", "-type", "Bilevel", "-compress", "Group4");
  if (s.quality > 0) args.push("-quality", String(s.quality));
  args.push("-density", String(s.dpi), "-units", "PixelsPerInch", dst);
  run(CONVERT, args);
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const manifest: unknown[] = [];
  const only = process.argv.slice(2);
  for (const s of SPECS) {
    if (only.length > 0 && !only.includes(s.name)) continue;
    const tmp = mkdtempSync(join(tmpdir(), "scan-"));
    try {
      run("pdftoppm", ["-r", String(s.dpi), "-gray", "-png", join(SRC, s.pdf), join(tmp, "p")]);
      const pages = readdirSync(tmp).filter((f) => f.startsWith("p-") && f.endsWith(".png")).sort();
      const ext = s.as === "png" ? "png" : s.as === "tiff" ? "tif" : "jpg";
      const degraded = pages.map((p, i) => {
        const dst = join(tmp, `d-${String(i + 1).padStart(2, "0")}.${s.as === "pdf" ? "jpg" : ext}`);
        degrade(join(tmp, p), dst, s, i);
        return dst;
      });
      const files: string[] = [];
      if (s.as === "pdf") {
        const out = join(OUT, `${s.name}.pdf`);
        run("img2pdf", ["--output", out, ...degraded]);
        files.push(`${s.name}.pdf`);
      } else if (s.as === "tiff") {
        const out = join(OUT, `${s.name}.tif`);
        run(CONVERT, [...degraded, "-type", "Bilevel", "-compress", "Group4", out]);
        files.push(`${s.name}.tif`);
      } else {
        // One image file per page; a multi-page form is read from its first page only.
        degraded.forEach((d, i) => {
          const f = degraded.length === 1 ? `${s.name}.${ext}` : `${s.name}-${i + 1}.${ext}`;
          copyFileSync(d, join(OUT, f));
          files.push(f);
        });
        if (degraded.length > 1) throw new Error(`${s.name}: single-image specs need a one-page source`);
      }
      copyFileSync(join(SRC, s.pdf.replace(/\.pdf$/, ".truth.json")), join(OUT, `${s.name}.truth.json`));
      const bytes = files.reduce((n, f) => n + statSync(join(OUT, f)).size, 0);
      manifest.push({ file: files[0], truth: `${s.name}.truth.json`, source: s.pdf, pages: pages.length, dpi: s.dpi, skew: s.skew, turn: s.turn ?? 0, noise: s.noise, blur: s.blur, quality: s.quality, uneven: !!s.uneven, as: s.as, test: !!s.test, note: s.note, bytes });
      console.log(`${s.name}: ${pages.length} page(s), ${(bytes / 1024).toFixed(0)} KiB`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  let out = manifest;
  if (only.length > 0) {
    // A partial run replaces its own entries and keeps the others, in the order of SPECS.
    const made = new Map((manifest as { truth: string }[]).map((m) => [m.truth, m]));
    const old = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8")) as { truth: string }[];
    const byTruth = new Map(old.map((m) => [m.truth, m]));
    for (const [k, v] of made) byTruth.set(k, v);
    out = SPECS.map((sp) => byTruth.get(`${sp.name}.truth.json`)).filter((m) => m !== undefined);
  }
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(out, null, 2) + "\n");
}

main();
