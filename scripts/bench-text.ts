/**
 * Text parsing throughput, as shared/spec/measuring.md defines it: forms per second on one core,
 * seed-sized tab-separated forms, normalisation, schema validation and audit included, process
 * start excluded — two files of different sizes timed, and the difference divided.
 */
import { readFileSync } from "node:fs";
import { parse } from "../src/pipeline.js";

const seed = readFileSync(new URL("../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url), "utf8");
const small = seed; // 2 forms
const large = Array.from({ length: 20 }, () => seed).join("\n\n"); // 40 forms

type Job = (bytes: Uint8Array) => unknown;

const jixiao: Job = (bytes) => parse(bytes);
/**
 * The baseline: what any reader of this file must do — decode the bytes and cut them into lines
 * and tab-separated cells — and nothing else. The ratio says what the form reading costs on top.
 */
const splitOnly: Job = (bytes) => new TextDecoder().decode(bytes).split("\n").map((l) => l.split("\t"));

async function timeIt(text: string, minMs: number, job: Job = jixiao): Promise<{ perFile: number; perFileCpu: number; forms: number }> {
  const bytes = new TextEncoder().encode(text);
  const doc = await parse(bytes);
  let n = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    await job(bytes);
    n++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const used = process.cpuUsage(cpu);
  return { perFile: elapsed / n, perFileCpu: (used.user + used.system) / 1000 / n, forms: doc.forms.length };
}

/**
 * Best of several short rounds, the two sizes alternating: other work on the machine only ever
 * slows a round down, so the fastest round of each size is the closest to the program's own cost.
 * Beside the wall clock, the process's CPU time: on a machine shared by many it counts the
 * program's own work much more nearly (waiting for a core is not counted; sharing one still slows it).
 */
async function msPerForm(job: Job, rounds: number, roundMs: number): Promise<{ wall: number; cpu: number }> {
  await timeIt(small, 300, job); // warm up
  await timeIt(large, 300, job);
  let a = Infinity;
  let b = Infinity;
  let ac = Infinity;
  let bc = Infinity;
  let forms = { small: 0, large: 0 };
  for (let r = 0; r < rounds; r++) {
    const x = await timeIt(small, roundMs, job);
    const y = await timeIt(large, roundMs, job);
    a = Math.min(a, x.perFile);
    b = Math.min(b, y.perFile);
    ac = Math.min(ac, x.perFileCpu);
    bc = Math.min(bc, y.perFileCpu);
    forms = { small: x.forms, large: y.forms };
  }
  const added = forms.large - forms.small;
  return { wall: (b - a) / added, cpu: (bc - ac) / added };
}

export async function benchText(rounds = 7): Promise<{ formsPerSecond: number; msPerForm: number; cpuFormsPerSecond: number; rounds: number; baselineFormsPerSecond: number }> {
  const ms = await msPerForm(jixiao, rounds, 400);
  const base = await msPerForm(splitOnly, rounds, 200);
  return { formsPerSecond: 1000 / ms.wall, msPerForm: ms.wall, cpuFormsPerSecond: 1000 / ms.cpu, rounds, baselineFormsPerSecond: 1000 / base.wall };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchText();
  console.log(JSON.stringify(r));
}
