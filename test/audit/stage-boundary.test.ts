/**
 * The audit checks a Document, whatever read it (shared/design/architecture.md, audit/): nothing in
 * src/audit imports the reconstructor. What both need (the 资金结构 identities) is the template's.
 * A cheap scan of the source.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../src/audit", import.meta.url));

/** Every .ts file under a folder, relative to it, sorted. */
function sources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => relative(root, join(folder, f)))
    .sort();
}

/** Each import's module path in a source text. */
function imports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

const files = sources(root);

describe("the boundary between the audit and the reconstructor", () => {
  it("the scan finds the rules and their imports", () => {
    expect(files).toContain(join("rules", "fund-balance.ts"));
    expect(imports('import { a } from "../../reconstruct/x.js";\nimport type { B } from "./b.js";')).toEqual(["../../reconstruct/x.js", "./b.js"]);
  });

  it.each(files)("%s imports nothing from src/reconstruct", (file) => {
    const wrong = imports(readFileSync(join(root, file), "utf8")).filter((m) => /(^|\/)reconstruct\//.test(m));
    expect(wrong).toEqual([]);
  });
});
