import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../helpers/run-cli.js";

export const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "jixiao-batch-"));
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

export function cli(args: string[]): Promise<Run> {
  return runCli(...args);
}

/** Truth forms of a generated fixture (the expected values come from here, not from the parser). */
export function truthOf(file: string): { form: { projectName: string | null; indicators: unknown[] } }[] {
  return JSON.parse(readFileSync(join(fixtures, "generated", file.replace(/\.txt$/, ".truth.json")), "utf8"));
}

export const goodFiles = ["delimited-tab/000.txt", "delimited-tab/001.txt", "delimited-tab/002.txt"];

/** A folder of good and broken inputs, with a hidden file and a nested folder. */
export function mixedFolder(root: string): { dir: string; good: string[]; broken: Record<string, string> } {
  const dir = join(root, "archive");
  mkdirSync(join(dir, "nested"), { recursive: true });
  const good = goodFiles.map((f, i) => {
    const to = join(dir, i === 2 ? "nested" : "", `good-${i}.txt`);
    copyFileSync(join(fixtures, "generated", f), to);
    return to;
  });
  const broken: Record<string, string> = {
    empty: join(dir, "empty.txt"),
    binary: join(dir, "binary.bin"),
    truncated: join(dir, "nested", "truncated.txt"),
    noForm: join(dir, "notes.txt"),
  };
  writeFileSync(broken.empty!, "");
  // Deterministic bytes that are neither text nor any known format.
  writeFileSync(broken.binary!, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  // The first half of a form's lines: the indicator table is cut short.
  const lines = readFileSync(join(fixtures, "generated", goodFiles[0]!), "utf8").split("\n");
  writeFileSync(broken.truncated!, lines.slice(0, Math.floor(lines.length / 2)).join("\n"));
  writeFileSync(broken.noForm!, "会议纪要\n今天讨论了下一年度的工作安排。\n");
  writeFileSync(join(dir, ".hidden.txt"), readFileSync(join(fixtures, "generated", goodFiles[1]!)));
  return { dir, good, broken };
}

export function readIndexLines(out: string): Record<string, unknown>[] {
  return readFileSync(join(out, "index.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
