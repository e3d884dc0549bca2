/**
 * The PDF fixtures as a converter gives their text: poppler's `pdftotext` in its three orders
 * (`-layout`: laid out with spaces; plain: text blocks one after another, a block's lines in
 * turn; `-raw`: the order the page draws its text). Real published pages hold text some
 * converter pulled out of a PDF, so these are the real-forms corpus's shapes made from forms
 * whose truth is known: a generalisation bed that is not the held-back part.
 *
 *   npx tsx scripts/field/converter-dumps.mts                 measure the committed dumps
 *   npx tsx scripts/field/converter-dumps.mts --mode plain    one order
 *   npx tsx scripts/field/converter-dumps.mts --per-fixture   one line a fixture (diff it)
 *   npx tsx scripts/field/converter-dumps.mts --misses 20 --only m07
 *   npx tsx scripts/field/converter-dumps.mts --guesses       each figure read as another number (indicators by 三级 name)
 *   npx tsx scripts/field/converter-dumps.mts --write         dump anew, each converter whose tool is here
 *
 * Besides pdftotext's orders, the HTML, Word and workbook fixtures as lynx, w3m, html2text, pandoc
 * and LibreOffice give them (scripts/field/converters.mts; a mode per converter and input kind).
 *
 * The dumps are committed (fixtures/converted/) so the tests need no poppler; `--write` makes
 * them again from the PDFs and the manifest, fixtures/converted/manifest.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/pipeline.js";
import { compareForms } from "../../test/helpers/field-accuracy.js";
import { figureMisses, figureMissesByName } from "./corpus.js";
import { CONVERTERS } from "./converters.mjs";

export const MODES = { layout: ["-layout"], plain: [], raw: ["-raw"] } as const;
export type Mode = keyof typeof MODES;

const repo = new URL("../../", import.meta.url).pathname;
const outRoot = join(repo, "fixtures/converted");
/** The PDF fixtures whose truth is known, project and department-wide. */
const SOURCES = ["fixtures/pdf", "fixtures/pdf-office", "fixtures/department/pdf"];

export interface Dump {
  /** A pdftotext order, or a converter's mode from converters.mts. */
  mode: Mode | string;
  /** Path of the dump from the repository's root. */
  text: string;
  /** Path of the truth from the repository's root. */
  truth: string;
  /** The fixture the dump was made from (pdf for pdftotext's dumps, source for the others). */
  pdf?: string;
  source?: string;
}

export function readDumps(): Dump[] {
  return JSON.parse(readFileSync(join(outRoot, "manifest.json"), "utf8")) as Dump[];
}

const present = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

function writePdftotextDumps(): Dump[] {
  const dumps: Dump[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    mkdirSync(join(outRoot, mode), { recursive: true });
    for (const dir of SOURCES) {
      const manifest = JSON.parse(readFileSync(join(repo, dir, "manifest.json"), "utf8")) as { file: string; truth: string }[];
      for (const f of manifest) {
        const name = `${dir.replace(/^fixtures\//, "").replace(/\//g, "-")}-${f.file.replace(/\.pdf$/, "")}.txt`;
        const text = `fixtures/converted/${mode}/${name}`;
        execFileSync("pdftotext", [...MODES[mode], "-enc", "UTF-8", join(repo, dir, f.file), join(repo, text)]);
        dumps.push({ mode, text, truth: `${dir}/${f.truth}`, pdf: `${dir}/${f.file}` });
      }
    }
  }
  const version = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
  console.log(`${dumps.length} dumps written by ${(version.stderr || version.stdout).split("\n")[0]}`);
  return dumps;
}

/** Each converter whose tool is here dumps anew; the others' committed dumps and entries stay. */
function writeDumps(): void {
  const old = readDumps();
  const dumps: Dump[] = present("pdftotext") ? writePdftotextDumps() : old.filter((d) => d.mode in MODES);
  for (const c of CONVERTERS) {
    if (!present(c.tool)) {
      console.log(`${c.mode}: ${c.tool} absent, committed dumps kept`);
      dumps.push(...old.filter((d) => d.mode === c.mode));
      continue;
    }
    mkdirSync(join(outRoot, c.mode), { recursive: true });
    const jobs: { input: string; output: string }[] = [];
    for (const dir of c.sources) {
      const manifest = JSON.parse(readFileSync(join(repo, dir, "manifest.json"), "utf8")) as { file: string; truth: string }[];
      for (const f of manifest) {
        const text = `fixtures/converted/${c.mode}/${dir.replace(/^fixtures\//, "").replace(/\//g, "-")}-${f.file.replace(/\.[^.]+$/, "")}.txt`;
        jobs.push({ input: join(repo, dir, f.file), output: join(repo, text) });
        dumps.push({ mode: c.mode, text, truth: `${dir}/${f.truth}`, source: `${dir}/${f.file}` });
      }
    }
    c.convert(jobs);
    console.log(`${c.mode}: ${jobs.length} dumps written by ${c.version()}`);
  }
  writeFileSync(join(outRoot, "manifest.json"), JSON.stringify(dumps, null, 2) + "\n");
}

export interface DumpResult {
  dump: Dump;
  checks: number;
  matches: number;
  misses: { form: number; field: string; expected: unknown; actual: unknown }[];
  /** Figures wrong / missed with indicators matched by 三级 name (figureMissesByName). */
  figuresByName: ReturnType<typeof figureMissesByName>;
}

export async function measureDumps(mode?: string, only?: string): Promise<DumpResult[]> {
  const results: DumpResult[] = [];
  for (const dump of readDumps()) {
    if (mode && dump.mode !== mode) continue;
    if (only && !dump.text.includes(only)) continue;
    const truth = JSON.parse(readFileSync(join(repo, dump.truth), "utf8"));
    const doc = await parse(readFileSync(join(repo, dump.text)), { path: dump.text, input: "text" });
    const acc = compareForms(truth, doc.forms);
    const misses = acc.misses as DumpResult["misses"];
    const byName = figureMissesByName(misses, (truth as { form: unknown }[]).map((t) => t.form), doc.forms);
    results.push({ dump, checks: acc.checks, matches: acc.matches, misses, figuresByName: byName });
  }
  return results;
}

const pct = (m: number, c: number) => (c === 0 ? "—" : `${((100 * m) / c).toFixed(1)}%`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  if (args.includes("--write")) return writeDumps();
  const results = await measureDumps(opt("--mode"), opt("--only"));
  const show = Number(opt("--misses") ?? 0);
  if (args.includes("--guesses")) {
    // Each figure read as another number, indicators matched by 三级 name: the real guesses.
    for (const r of results) {
      for (const g of r.figuresByName.guesses) console.log(`${r.dump.text} ${g.form}:${g.field} ${g.expected} → ${g.actual}`);
    }
    return;
  }
  if (args.includes("--per-fixture")) {
    for (const r of results) console.log(`${r.dump.text} ${r.matches}/${r.checks}`);
    return;
  }
  const byMode = new Map<string, { c: number; m: number }>();
  for (const r of results) {
    const t = byMode.get(r.dump.mode) ?? { c: 0, m: 0 };
    t.c += r.checks;
    t.m += r.matches;
    byMode.set(r.dump.mode, t);
    if (show > 0 || opt("--only")) {
      console.log(`${r.dump.text.padEnd(64)} ${pct(r.matches, r.checks).padStart(7)} (${r.matches}/${r.checks})`);
      for (const m of r.misses.slice(0, show)) console.log("   ", `${m.form}:${m.field}`, JSON.stringify(m.expected)?.slice(0, 60), "→", JSON.stringify(m.actual)?.slice(0, 60));
    }
  }
  for (const [mode, t] of byMode) {
    const f = figureMisses(results.filter((r) => r.dump.mode === mode).flatMap((r) => r.misses));
    const rs = results.filter((r) => r.dump.mode === mode);
    const n = { wrong: rs.reduce((s, r) => s + r.figuresByName.wrong, 0), missed: rs.reduce((s, r) => s + r.figuresByName.missed, 0) };
    console.log(
      `${mode in MODES ? `pdftotext ${mode}` : mode}`.padEnd(18),
      `${pct(t.m, t.c).padStart(7)} (${t.m}/${t.c})`.padEnd(22),
      `figures ${f.wrong} wrong, ${f.missed} missed; by 三级 name ${n.wrong} wrong, ${n.missed} missed`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await main();
