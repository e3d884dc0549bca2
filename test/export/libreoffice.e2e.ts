/**
 * The xlsx export as LibreOffice reads it: an import with a review correction (a formula-like
 * text among them) is exported, `soffice --headless` converts the workbook (LibreOffice parses
 * every sheet and writes it anew from its own model), and every cell of every sheet is compared
 * with the original: same sheets, same values (a link by its value), same number formats.
 * Run by scripts/ci/xlsx-libreoffice-test.sh, outside `npm test` (it needs LibreOffice).
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { unzipSync, strFromU8 } from "fflate";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { appendRecord, reviewDir, reviewFile } from "../../src/correct/store.js";
import { importDocuments } from "../../src/export/import-folder.js";
import { runCli } from "../helpers/run-cli.js";

const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "jixiao-lo-"));
let passed = 0;
let failed = 0;
function check(what: string, ok: boolean, detail = ""): void {
  if (ok) passed++;
  else {
    failed++;
    console.error(`✗ ${what}${detail ? ": " + detail : ""}`);
  }
}

const inbox = join(root, "inbox");
mkdirSync(inbox);
copyFileSync(join(fixtures, "seed/000_2ddec0f555d76dd0.txt"), join(inbox, "seed.txt"));
for (const d of ["delimited-tab", "linear", "run-together"]) copyFileSync(join(fixtures, "generated", d, "000.txt"), join(inbox, `${d}.txt`));
copyFileSync(join(fixtures, "pdf/m01-central-stsong.pdf"), join(inbox, "m01.pdf"));
const imp = join(root, "imp");
await runCli("import", inbox, "--out", imp, "--jobs", "1");
for await (const doc of importDocuments(imp)) {
  if (!doc.source.path.endsWith("seed.txt")) continue;
  const file = reviewFile(reviewDir(imp), doc.source.sha256);
  await appendRecord(file, { at: "2024-05-01T08:00:00.000Z", reviewer: "张三", form: 1, path: "/projectName", from: doc.forms[1]!.projectName, to: '=HYPERLINK("http://x","点我")', reason: null });
  await appendRecord(file, { at: "2024-05-01T09:00:00.000Z", reviewer: "李四", form: 1, status: "approved" });
}

const lo = join(root, "lo");
mkdirSync(lo);
const results: string[] = [];
for (const lang of ["zh", "en"]) {
  const file = join(root, `export-${lang}.xlsx`);
  const r = await runCli("export", imp, "--format", "xlsx", "--out", file, "--lang", lang);
  check(`export ${lang}`, r.code === 0, r.err);
  const outDir = join(lo, lang);
  execFileSync("soffice", ["-env:UserInstallation=file://" + join(root, "profile"), "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file], { stdio: "pipe", timeout: 300_000 });
  const converted = join(outDir, readdirSync(outDir)[0]!);

  const a = new ExcelJS.Workbook();
  await a.xlsx.readFile(file);
  const b = new ExcelJS.Workbook();
  await b.xlsx.readFile(converted);
  check(`${lang}: same sheets`, JSON.stringify(a.worksheets.map((w) => w.name)) === JSON.stringify(b.worksheets.map((w) => w.name)), b.worksheets.map((w) => w.name).join(","));
  // ExcelJS reads a false boolean cell (<c t="b"><v>0</v>) as empty: such cells are read from the XML itself
  const zip = unzipSync(readFileSync(converted));
  const rawBoolean = (sheet: number, address: string): boolean | null => {
    const xml = strFromU8(zip[`xl/worksheets/sheet${sheet}.xml`]!);
    const m = new RegExp(`<c r="${address}"[^>]*t="b"[^>]*><v>([01])</v>`).exec(xml);
    return m ? m[1] === "1" : null;
  };
  // `0.00"%"` (a literal %: the value is in percent already) is written by LibreOffice as
  // `0.00\%`, the same format; ExcelJS reads that back without the backslash
  const sameFormat = (ours: string, theirs: string) => ours === theirs || ours.replace(/"([^"]*)"/g, "$1") === theirs;
  const value = (v: ExcelJS.CellValue): unknown => {
    // LibreOffice writes a false boolean as the formula FALSE() (ExcelJS then has no result)
    if (v !== null && typeof v === "object" && "formula" in v) return v.result ?? (v.formula === "FALSE()" ? false : v.formula === "TRUE()" ? true : undefined);
    if (v !== null && typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
    if (v !== null && typeof v === "object" && "hyperlink" in v) return v.text;
    return v === "" || v === undefined ? null : v;
  };
  let cells = 0;
  for (const [k, wa] of a.worksheets.entries()) {
    const wb = b.getWorksheet(wa.name);
    if (!wb) continue;
    check(`${lang} ${wa.name}: row count`, wa.actualRowCount === wb.actualRowCount, `${wa.actualRowCount} vs ${wb.actualRowCount}`);
    wa.eachRow({ includeEmpty: false }, (row, n) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const other = wb.getRow(n).getCell(c);
        let x = value(cell.value);
        let y = value(other.value);
        // LibreOffice writes booleans as the numbers 1/0 in a boolean format
        if (typeof x === "boolean" && typeof y === "number") y = y === 1;
        if (typeof x === "boolean" && y === null) y = rawBoolean(k + 1, cell.address);
        if (typeof x === "number" && typeof y === "number") [x, y] = [x, y].map((z) => Number((z as number).toPrecision(15)));
        cells++;
        const same = x === y || (x === null && y === null);
        if (!same) check(`${lang} ${wa.name}!${cell.address}`, false, `${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
        else passed++;
        if (typeof x === "number" && n > 1 && cell.numFmt && cell.numFmt !== "General") check(`${lang} ${wa.name}!${cell.address} format`, sameFormat(cell.numFmt, other.numFmt), `${cell.numFmt} vs ${other.numFmt}`);
      });
    });
    // (frozen panes are not compared: LibreOffice without a window writes no view settings at all)
  }
  results.push(`${lang}: ${cells} cells in ${a.worksheets.length} sheets compared`);
}
console.log(results.join("\n"));
console.log(`libreoffice: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
