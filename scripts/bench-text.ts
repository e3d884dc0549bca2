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

async function timeIt(text: string, minMs: number): Promise<{ perFile: number; forms: number }> {
  const bytes = new TextEncoder().encode(text);
  const doc = await parse(bytes);
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    await parse(bytes);
    n++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { perFile: elapsed / n, forms: doc.forms.length };
}

export async function benchText(): Promise<{ formsPerSecond: number; msPerForm: number }> {
  await timeIt(small, 300); // warm up
  const a = await timeIt(small, 1500);
  const b = await timeIt(large, 1500);
  const msPerForm = (b.perFile - a.perFile) / (b.forms - a.forms);
  return { formsPerSecond: 1000 / msPerForm, msPerForm };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchText();
  console.log(JSON.stringify(r));
}
