/**
 * `taskset -c 0 npx tsx scripts/bench-text-stages.ts TREE…`: CPU µs per seed form of the stages
 * after the reconstructor — the text reader, normalisation, `attachParsed`, the audit and each
 * audit rule alone — for each checkout given (a folder holding `src/`; default this one).
 *
 * Why: a whole parse is dominated by the reconstructor, so a change to a later stage moves the
 * text bench by a few per cent, inside the shared machine's noise. Timed alone (the 40-form seed
 * file read and reconstructed once, each stage then run over its forms in rounds, the median of
 * 15 rounds kept) a stage's change shows. Run the trees one after the other, more than once, and
 * compare them in the same minutes: the absolute figures move with the load.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const trees = process.argv.slice(2).map((t) => resolve(t));
if (trees.length === 0) trees.push(fileURLToPath(new URL("..", import.meta.url)));

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** Median CPU µs per form of `run` (which handles all `forms` forms once), over 15 rounds. */
function time(run: () => void, forms: number, reps = 10): string {
  for (let i = 0; i < 20; i++) run();
  const rounds: number[] = [];
  for (let k = 0; k < 15; k++) {
    const at = cpu();
    for (let i = 0; i < reps; i++) run();
    rounds.push((cpu() - at) / reps / forms);
  }
  rounds.sort((a, b) => a - b);
  return rounds[7]!.toFixed(1);
}

for (const tree of trees) {
  const { readers } = await import(`${tree}/src/extract/readers.ts`);
  const { reconstruct } = await import(`${tree}/src/reconstruct/index.ts`);
  const { normaliseForm } = await import(`${tree}/src/normalise/form.ts`);
  const { attachParsed } = await import(`${tree}/src/normalise/quantity.ts`);
  const { audit, runRules } = await import(`${tree}/src/audit/engine.ts`);
  const { rules } = await import(`${tree}/src/audit/rules/index.ts`);
  const seed = readFileSync(`${tree}/fixtures/seed/000_2ddec0f555d76dd0.txt`, "utf8");
  const bytes = new TextEncoder().encode(Array.from({ length: 20 }, () => seed).join("\n\n"));
  const read = readers.text;
  const extraction = await read(bytes, {});
  if (!extraction.grid) throw new Error(`bench-text-stages: ${tree}: the seed file gave no grid`);
  const raws = reconstruct(extraction.grid, {}).forms;
  const n = raws.length;
  const forms = raws.map((r: unknown, i: number) => {
    const { form } = normaliseForm(r, `/forms/${i}`, {});
    form.indicators = form.indicators.map(attachParsed);
    return form;
  });
  const figures: string[] = [
    `read ${time(() => void read(bytes, {}), n, 5)}`,
    `normalise ${time(() => raws.forEach((r: unknown, i: number) => normaliseForm(r, `/forms/${i}`, {})), n)}`,
    `attachParsed ${time(() => forms.forEach((f: { indicators: unknown[] }) => f.indicators.map(attachParsed)), n)}`,
    `audit ${time(() => forms.forEach((f: unknown) => audit(f)), n)}`,
  ];
  const perRule = rules.map((rule: { id: string }) => `${rule.id} ${time(() => forms.forEach((f: unknown) => runRules(f, undefined, { rules: [rule] })), n)}`);
  console.log(`${tree} (${n} forms), CPU µs a form: ${figures.join(", ")}\n  rules alone: ${perRule.join(", ")}`);
}
