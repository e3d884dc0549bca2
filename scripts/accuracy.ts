/**
 * Field accuracy of the text path, per shape, with the misses.
 * `npm run accuracy -- [shape] [--misses N]`: the generated fixtures.
 * `npm run accuracy -- department [--misses N] [--shape S]`: the generated department-wide forms.
 * `npm run accuracy -- sandwich [--misses N] [--only NAME]`: the sandwich PDFs (scripts/pdf/sandwich-accuracy.ts).
 * `npm run accuracy -- field [--misses N] [--fixture NAME]`: the real-forms corpus, per shape,
 * the tuned part and the held-back part apart (misses of the held-back part only with
 * `--show-held-back`: it is looked at to measure, never to tune).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareForms } from "../test/helpers/field-accuracy.js";
import { parse } from "../src/pipeline.js";
import { departmentReport } from "./department-accuracy.js";
import { figureMisses, measureField, ratio, tally, type FixtureResult } from "./field/corpus.js";

const root = new URL("../fixtures/generated/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as {
  files: { file: string; truth: string; shape: string }[];
};
const only = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : null;
const missArg = process.argv.indexOf("--misses");
const showMisses = missArg > 0 ? Number(process.argv[missArg + 1]) : 0;

export async function textAccuracy(filter: string | null = null) {
  const byShape = new Map<string, { checks: number; matches: number; misses: { file: string; field: string; expected: unknown; actual: unknown }[] }>();
  for (const f of manifest.files) {
    if (filter && f.shape !== filter) continue;
    const truth = JSON.parse(readFileSync(join(root, f.truth), "utf8"));
    const doc = await parse(readFileSync(join(root, f.file)), { path: f.file });
    const acc = compareForms(truth, doc.forms);
    const s = byShape.get(f.shape) ?? { checks: 0, matches: 0, misses: [] };
    s.checks += acc.checks;
    s.matches += acc.matches;
    for (const m of acc.misses) s.misses.push({ file: f.file, field: `${m.form}:${m.field}`, expected: m.expected, actual: m.actual });
    byShape.set(f.shape, s);
  }
  return byShape;
}

if (import.meta.url === `file://${process.argv[1]}` && only === "field") {
  await fieldReport();
} else if (import.meta.url === `file://${process.argv[1]}` && only === "sandwich") {
  await (await import("./pdf/sandwich-accuracy.js")).sandwichReport(process.argv.slice(3));
} else if (import.meta.url === `file://${process.argv[1]}` && only === "department") {
  await departmentReport(process.argv.slice(3));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await textAccuracy(only);
  for (const [shape, s] of r) {
    console.log(`${shape.padEnd(22)} ${((100 * s.matches) / s.checks).toFixed(2)}%  (${s.matches}/${s.checks})`);
    for (const m of s.misses.slice(0, showMisses)) console.log("   ", m.file, m.field, JSON.stringify(m.expected)?.slice(0, 80), "→", JSON.stringify(m.actual)?.slice(0, 80));
  }
}

async function fieldReport(): Promise<void> {
  const fixtureArg = process.argv.indexOf("--fixture");
  const onlyFixture = fixtureArg > 0 ? process.argv[fixtureArg + 1] : null;
  const showHeld = process.argv.includes("--show-held-back");
  const results = await measureField((e) => !onlyFixture || e.name.startsWith(onlyFixture));
  const pct = (rs: FixtureResult[]) => {
    const t = tally(rs);
    return t.checks === 0 ? "      —       " : `${(100 * ratio(t)).toFixed(1).padStart(5)}% ${`(${t.matches}/${t.checks})`.padEnd(12)}`;
  };
  for (const template of ["project", "department"] as const) {
    const mine = results.filter((r) => r.entry.template === template);
    if (mine.length === 0) continue;
    console.log(`\n${template} forms — ${mine.length} fixtures`);
    console.log(`${"shape".padEnd(16)} ${"tuned".padEnd(22)} ${"held back".padEnd(22)} fixtures (tuned/held back)`);
    const shapes = [...new Set(mine.map((r) => r.entry.shape))].sort();
    for (const shape of [...shapes, "all"]) {
      const rs = shape === "all" ? mine : mine.filter((r) => r.entry.shape === shape);
      const tune = rs.filter((r) => r.entry.split === "tune");
      const held = rs.filter((r) => r.entry.split === "held-back");
      console.log(`${shape.padEnd(16)} ${pct(tune).padEnd(22)} ${pct(held).padEnd(22)} ${tune.length}/${held.length}`);
    }
    const figures = (rs: FixtureResult[]) => {
      const f = figureMisses(rs.flatMap((r) => r.accuracy.misses));
      return `${f.wrong} wrong, ${f.missed} missed`.padEnd(22);
    };
    // The same with indicators matched by 三级 name: a row missed shifts the later rows' figures
    // into "wrong" above; this one counts only figures read as another number in their own row.
    const byName = (rs: FixtureResult[]) => {
      const wrong = rs.reduce((s, r) => s + r.figuresByName.wrong, 0);
      const missed = rs.reduce((s, r) => s + r.figuresByName.missed, 0);
      return `${wrong} wrong, ${missed} missed`.padEnd(22);
    };
    const tune = mine.filter((r) => r.entry.split === "tune");
    const held = mine.filter((r) => r.entry.split === "held-back");
    console.log(`${"figures".padEnd(16)} ${figures(tune)} ${figures(held)} (a number read as another number is a guess)`);
    console.log(`${"figures by name".padEnd(16)} ${byName(tune)} ${byName(held)} (indicators matched by 三级 name, not position)`);
  }
  if (showMisses > 0) {
    for (const r of results) {
      if (r.entry.split === "held-back" && !showHeld) continue;
      if (r.accuracy.misses.length === 0) continue;
      console.log(`\n${r.entry.name} [${r.entry.shape}] ${r.accuracy.matches}/${r.accuracy.checks}`);
      for (const m of r.accuracy.misses.slice(0, showMisses)) {
        console.log(`   ${m.form}:${m.field}  ${JSON.stringify(m.expected)?.slice(0, 70)} → ${JSON.stringify(m.actual)?.slice(0, 70)}`);
      }
    }
  }
}
