/** docs/export-formats.md documents every table, column and view the analyst outputs have. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TABLES } from "../../src/export/tables/model.js";
import { VIEWS } from "../../src/export/tables/views.js";

const doc = readFileSync(new URL("../../docs/export-formats.md", import.meta.url), "utf8");

describe("docs/export-formats.md", () => {
  it("has a section for each table listing each of its columns", () => {
    for (const t of TABLES) {
      const start = doc.indexOf(`### \`${t.name}\``);
      expect(start, t.name).toBeGreaterThan(0);
      const section = doc.slice(start, doc.indexOf("\n### ", start + 1) > 0 ? doc.indexOf("\n### ", start + 1) : doc.indexOf("\n## ", start));
      for (const c of t.columns) expect(section, `${t.name}.${c.key}`).toContain(`| \`${c.key}\` |`);
    }
  });

  it("names each view", () => {
    for (const v of VIEWS) expect(doc).toContain(`| \`${v.name}\` |`);
  });
});
