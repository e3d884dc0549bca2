/**
 * `taskset -c 0 npx tsx scripts/bench-text-ab.ts TREE_A TREE_B [SECONDS]`: the text bench's work
 * (shared/spec/measuring.md: seed-sized tab-separated forms, normalisation, schema check and audit
 * included) for two checkouts of jixiao at once, to say whether a change made parsing cheaper.
 *
 * Why: on the shared machine `scripts/bench-text.ts` swings by a third between runs of one tree
 * (other guests take the core and its caches), which hides a change of 5–20 %. Here both trees'
 * `parse()` live in one process and take turns every few parses, so whatever the neighbours do
 * falls on both alike. Each turn's CPU time (process.cpuUsage) is kept; the medians of the turns
 * give forms per CPU second per tree (40-form file minus 2-form file, as the bench) and their ratio.
 * A tree is a folder holding `src/pipeline.ts` (a worktree, or `git archive REV | tar -x -C DIR`
 * with a node_modules link). Compare a tree with itself once to see the noise left.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

type Parse = (input: Uint8Array) => Promise<{ forms: unknown[] }>;

const [treeA, treeB, secondsArg] = process.argv.slice(2);
if (!treeA || !treeB) {
  console.error("usage: npx tsx scripts/bench-text-ab.ts TREE_A TREE_B [SECONDS]");
  process.exit(2);
}
const seconds = Number(secondsArg ?? 30);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`bench-text-ab: SECONDS must be a positive number, not “${secondsArg}”`);
  process.exit(2);
}

const trees = [resolve(treeA), resolve(treeB)];
const parses: Parse[] = [];
for (const tree of trees) {
  try {
    parses.push((await import(`${tree}/src/pipeline.ts`)).parse as Parse);
  } catch (err) {
    console.error(`bench-text-ab: cannot load ${tree}/src/pipeline.ts: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
}

const seed = readFileSync(new URL("../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url), "utf8");
const small = new TextEncoder().encode(seed);
const large = new TextEncoder().encode(Array.from({ length: 20 }, () => seed).join("\n\n"));

const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** CPU µs of each turn, per tree and file size. */
const turns = trees.map(() => ({ small: [] as number[], large: [] as number[] }));
const forms = { small: 0, large: 0 };
for (const p of parses) {
  // Warm up: the JIT settles before anything is counted.
  for (let i = 0; i < 30; i++) {
    forms.large = (await p(large)).forms.length;
    forms.small = (await p(small)).forms.length;
  }
}

const end = Date.now() + seconds * 1000;
for (let k = 0; Date.now() < end; k++) {
  // Which tree goes first alternates too: neither always runs right after the other's garbage.
  for (const t of k % 2 ? [1, 0] : [0, 1]) {
    const parse = parses[t]!;
    let at = cpuMicros();
    await parse(large);
    await parse(large);
    turns[t]!.large.push((cpuMicros() - at) / 2);
    at = cpuMicros();
    await parse(small);
    await parse(small);
    turns[t]!.small.push((cpuMicros() - at) / 2);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const added = forms.large - forms.small;
const perTree = trees.map((tree, t) => {
  const perForm = (median(turns[t]!.large) - median(turns[t]!.small)) / added;
  return { tree, formsPerCpuSecond: Math.round(1e6 / perForm), medianLargeFileCpuMs: Number((median(turns[t]!.large) / 1000).toFixed(2)), turns: turns[t]!.large.length };
});
console.log(JSON.stringify({ seconds, forms: added, trees: perTree, ratioBOverA: Number((perTree[1]!.formsPerCpuSecond / perTree[0]!.formsPerCpuSecond).toFixed(3)) }));
