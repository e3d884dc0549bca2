/** Inputs the report tests share. */
import { readFileSync } from "node:fs";

export const SEED = "fixtures/seed/000_2ddec0f555d76dd0.txt";

/** The seed with the first form's 总分 score changed from 95 to 97: its totals no longer add up. */
export function tamperedSeed(): string {
  const lines = readFileSync(SEED, "utf8").split("\n");
  const i = lines.findIndex((l) => l.startsWith("总分") && /\t95\t?\s*$/.test(l));
  if (i < 0) throw new Error("the seed's first 总分 row was not found");
  lines[i] = lines[i]!.replace(/\t95(\t?\s*)$/, "\t97$1");
  return lines.join("\n");
}
