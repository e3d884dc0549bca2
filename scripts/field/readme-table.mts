// Prints the README's field-corpus table (project forms, per shape, tuned and held back) from a fresh measurement.
import { measureField, ratio, tally } from "./corpus.js";
const r = await measureField((e) => e.template === "project");
const shapes = [...new Set(r.map((x) => x.entry.shape))].sort();
const cell = (xs: typeof r) => { const t = tally(xs); return t.checks === 0 ? "—" : `${(100 * ratio(t)).toFixed(1)} % (${t.fixtures})`; };
for (const s of [...shapes, "all"]) {
  const xs = s === "all" ? r : r.filter((x) => x.entry.shape === s);
  console.log(`| ${s === "all" ? "**all**" : s} | ${cell(xs.filter((x) => x.entry.split === "tune"))} | ${cell(xs.filter((x) => x.entry.split === "held-back"))} |`);
}
