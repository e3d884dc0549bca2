/**
 * Clean scans of the generated department-wide forms (fixtures/department/pdf), made the way the
 * project forms' clean scan is (scripts/scan/make-scan-fixtures.ts, s-m01-200-png): each one-page
 * PDF rasterised with poppler's `pdftoppm` at 200 dpi in grey, kept as a PNG with no skew, noise
 * or blur — the image a good desk scanner gives. The truth of the source PDF is copied beside it.
 *
 *   npx tsx scripts/make-department-scan-fixtures.ts
 *   npx tsx scripts/scan/bench-scan.ts --dir fixtures/department/scan     (field accuracy, timing)
 *
 * Needs the Debian package poppler-utils. The fixtures are committed: tests never run this.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(root, "fixtures", "department", "pdf");
const OUT = join(root, "fixtures", "department", "scan");

interface Spec {
  name: string;
  /** A one-page PDF in fixtures/department/pdf. */
  pdf: string;
  dpi: number;
  note: string;
}

const SPECS: Spec[] = [
  { name: "ds-p01-200-png", pdf: "dp01-national-uming.pdf", dpi: 200, note: "200 dpi PNG, clean: national layout (tasks, 资金结构, indicators)" },
  { name: "ds-p03-200-png", pdf: "dp03-structure-uming.pdf", dpi: 200, note: "200 dpi PNG, clean: 资金结构 layout" },
];

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const manifest: unknown[] = [];
  for (const s of SPECS) {
    const tmp = mkdtempSync(join(tmpdir(), "dscan-"));
    try {
      execFileSync("pdftoppm", ["-r", String(s.dpi), "-gray", "-png", join(SRC, s.pdf), join(tmp, "p")], { stdio: ["ignore", "ignore", "inherit"] });
      const pages = readdirSync(tmp).filter((f) => f.startsWith("p-") && f.endsWith(".png")).sort();
      if (pages.length !== 1) throw new Error(`${s.pdf}: ${pages.length} pages; a PNG scan needs a one-page source`);
      const file = `${s.name}.png`;
      copyFileSync(join(tmp, pages[0]!), join(OUT, file));
      copyFileSync(join(SRC, s.pdf.replace(/\.pdf$/, ".truth.json")), join(OUT, `${s.name}.truth.json`));
      const bytes = statSync(join(OUT, file)).size;
      manifest.push({ file, truth: `${s.name}.truth.json`, source: s.pdf, pages: 1, dpi: s.dpi, skew: 0, turn: 0, noise: 0, blur: 0, quality: 0, uneven: false, as: "png", test: false, note: s.note, bytes });
      console.log(`${s.name}: ${(bytes / 1024).toFixed(0)} KiB`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
}

main();
