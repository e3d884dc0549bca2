/**
 * The text reader knows nothing about the form (shared/design/architecture.md, extract/): nothing
 * in src/extract/text imports the template or the reconstructor, and no line of its code spells
 * the form's labels. What needs them is reconstruct/text-rows. A cheap scan of the source.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const folder = fileURLToPath(new URL("../../src/extract/text", import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith(".ts")).sort();

/** Each import's module path in a source text. */
function imports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

/** The source without its comments (block and line), so the labels a comment names do not count. */
function code(source: string): string {
  return source.replace(/\/\*[^]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/**
 * The form's anatomy as the template spells it: its indicator levels, header labels, titles, the
 * indicator table's column heads and natures, its totals.
 */
const FORM_WORDS = /[一二三]级指标|项目名称|主管部门|年度资金总额|年度总体目标|自评表|绩效指标|序号|度量单位|计量单位|定性|定量|合计|总分/;

describe("the boundary between extract/text and the template", () => {
  it("the scan finds the reader's files and their imports", () => {
    expect(files).toContain("read-text.ts");
    expect(imports('import { a } from "../../template/project.js";\nimport type { B } from "./b.js";')).toEqual(["../../template/project.js", "./b.js"]);
    expect(FORM_WORDS.test(code('const A = "一级指标"; // 二级指标'))).toBe(true);
    expect(FORM_WORDS.test(code('const A = 1; // 二级指标\n/** 项目名称 */'))).toBe(false);
  });

  it.each(files)("%s imports nothing from src/template or src/reconstruct", (file) => {
    const wrong = imports(readFileSync(join(folder, file), "utf8")).filter((m) => /(^|\/)(template|reconstruct)\//.test(m));
    expect(wrong).toEqual([]);
  });

  it.each(files)("%s spells none of the form's labels in its code", (file) => {
    const found = code(readFileSync(join(folder, file), "utf8")).match(FORM_WORDS);
    expect(found?.[0] ?? null).toBeNull();
  });
});
