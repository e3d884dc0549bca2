/**
 * The converters an archive meets besides pdftotext, each applied to the generated fixtures whose
 * truth is known: HTML pages through lynx, w3m, html2text and pandoc; Word files through
 * LibreOffice's text export and pandoc; workbooks through LibreOffice's CSV export (every sheet,
 * one after another). Real published pages hold text such a converter pulled out of an office
 * file or a web page: these dumps give those shapes (reference lists, grid tables, box-drawing
 * borders, cells one a line) from forms whose truth is known.
 *
 * Each converter writes its dumps under fixtures/converted/<mode>/; scripts/field/converter-
 * dumps.mts --write runs the ones whose tool is on the machine and keeps the others' committed
 * dumps as they are.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export interface Converter {
  /** The name its dumps are filed and measured under (fixtures/converted/<mode>/). */
  mode: string;
  /** The program that must be on the machine for --write. */
  tool: string;
  /** Fixture folders (from the repository's root) whose manifest lists the inputs. */
  sources: string[];
  /** Writes one dump per input: inputs and outputs are absolute paths. */
  convert(jobs: { input: string; output: string }[]): void;
  /** The tool's name and version, for the log. */
  version(): string;
}

const HTML = ["fixtures/html", "fixtures/department/html"];
const DOCX = ["fixtures/docx", "fixtures/department/docx"];
const XLSX = ["fixtures/xlsx", "fixtures/department/xlsx"];

/** The charset a page declares (meta charset or http-equiv), as iconv names it. */
export function declaredCharset(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const m = /charset\s*=\s*["']?([A-Za-z0-9_-]+)/i.exec(head);
  const name = (m?.[1] ?? "utf-8").toLowerCase();
  // GB2312 pages carry GBK characters often enough; GB18030 reads both.
  return name === "gb2312" || name === "gbk" ? "GB18030" : name;
}

/** A page recoded to UTF-8 with its declaration saying so: what a tool that reads only UTF-8 is given. */
function utf8Page(input: string): string {
  const bytes = readFileSync(input);
  const charset = declaredCharset(bytes);
  let text = charset === "utf-8" ? bytes.toString("utf8") : execFileSync("iconv", ["-f", charset, "-t", "UTF-8"], { input: bytes }).toString("utf8");
  text = text.replace(/^\uFEFF/, "").replace(/charset\s*=\s*(["']?)[A-Za-z0-9_-]+/gi, "charset=$1utf-8");
  return text;
}

const run = (cmd: string, args: string[], input?: string | Buffer) => execFileSync(cmd, args, { input, maxBuffer: 64 << 20 });
const firstLine = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return ((r.stdout || r.stderr) ?? "").split("\n").find((l) => l.trim())?.trim() ?? cmd;
};

/** LibreOffice converts a batch in one start (seconds each start), in a profile of its own. */
function soffice(jobs: { input: string; output: string }[], filter: string, collect: (dir: string, stem: string) => string): void {
  const dir = mkdtempSync(join(tmpdir(), "converted-"));
  try {
    const profile = `file://${join(dir, "profile")}`;
    const out = join(dir, "out");
    run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", out, ...jobs.map((j) => j.input)]);
    for (const j of jobs) writeFileSync(j.output, collect(out, basename(j.input).replace(/\.[^.]+$/, "")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const CONVERTERS: Converter[] = [
  {
    mode: "lynx",
    tool: "lynx",
    sources: HTML,
    // lynx 2.9 knows no charset named gbk (it reads such a page as Latin-1 and keeps no character
    // of it): it is given the page in UTF-8, as html2text and pandoc are; the dump is asked in UTF-8.
    convert: (jobs) =>
      jobs.forEach((j) => writeFileSync(j.output, run("lynx", ["-dump", "-stdin", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8", "-width=120"], utf8Page(j.input)))),
    version: () => firstLine("lynx", ["-version"]),
  },
  {
    mode: "w3m",
    tool: "w3m",
    sources: HTML,
    convert: (jobs) => jobs.forEach((j) => writeFileSync(j.output, run("w3m", ["-dump", "-T", "text/html", "-O", "UTF-8", "-cols", "120", j.input]))),
    version: () => firstLine("w3m", ["-version"]),
  },
  {
    mode: "html2text",
    tool: "html2text",
    sources: HTML,
    // html2text 1.3 reads bytes as its terminal's charset: it is given the page in UTF-8.
    convert: (jobs) => jobs.forEach((j) => writeFileSync(j.output, run("html2text", ["-utf8", "-nobs", "-width", "120"], utf8Page(j.input)))),
    version: () => firstLine("html2text", ["-version"]),
  },
  {
    mode: "pandoc-html",
    tool: "pandoc",
    sources: HTML,
    // pandoc reads UTF-8 only.
    convert: (jobs) => jobs.forEach((j) => writeFileSync(j.output, run("pandoc", ["-f", "html", "-t", "plain", "--columns=120"], utf8Page(j.input)))),
    version: () => firstLine("pandoc", ["--version"]),
  },
  {
    mode: "soffice-docx",
    tool: "soffice",
    sources: DOCX,
    convert: (jobs) => soffice(jobs, "txt:Text (encoded):UTF8", (dir, stem) => readFileSync(join(dir, `${stem}.txt`), "utf8")),
    version: () => firstLine("soffice", ["--version"]),
  },
  {
    mode: "pandoc-docx",
    tool: "pandoc",
    sources: DOCX,
    convert: (jobs) => jobs.forEach((j) => writeFileSync(j.output, run("pandoc", ["-f", "docx", "-t", "plain", "--columns=120", j.input]))),
    version: () => firstLine("pandoc", ["--version"]),
  },
  {
    mode: "soffice-csv",
    tool: "soffice",
    sources: XLSX,
    // Every sheet (the 12th option, -1), each to <stem>-<sheet>.csv: the dump is the sheets in
    // the workbook's order, a blank line between, as an archive that keeps a workbook as one text.
    convert: (jobs) =>
      soffice(jobs, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", (dir, stem) => {
        const sheets = readdirSync(dir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".csv"));
        const order = sheetOrder(jobs.find((j) => basename(j.input).startsWith(stem))!.input);
        sheets.sort((a, b) => order.indexOf(a.slice(stem.length + 1, -4)) - order.indexOf(b.slice(stem.length + 1, -4)));
        const single = existsSync(join(dir, `${stem}.csv`)) ? [readFileSync(join(dir, `${stem}.csv`), "utf8")] : [];
        return [...single, ...sheets.map((f) => readFileSync(join(dir, f), "utf8"))].join("\n");
      }),
    version: () => firstLine("soffice", ["--version"]),
  },
];

/** A workbook's sheet names in its order (xl/workbook.xml), for putting the per-sheet CSVs in turn. */
function sheetOrder(xlsx: string): string[] {
  const xml = run("unzip", ["-p", xlsx, "xl/workbook.xml"]).toString("utf8");
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}
