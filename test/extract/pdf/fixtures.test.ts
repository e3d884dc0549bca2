/**
 * Every committed PDF fixture (fixtures/pdf, made by scripts/pdf/generate-pdf-fixtures.ts) read
 * through the text-layer path to the Grid: the texts of the ground truth are cells of the Grid.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/extract/pdf/read-pdf.js";
import type { Grid } from "../../../src/layout/grid.js";
import { layoutPages } from "../../../src/layout/to-grid.js";

const DIR = join(import.meta.dirname, "..", "..", "..", "fixtures", "pdf");
const files = readdirSync(DIR).filter((f) => f.endsWith(".pdf")).sort();

interface Truth {
  variant: string;
  form: {
    projectName: string | null;
    implementingUnit: string | null;
    goals: { expected: string | null; actual: string | null };
    indicators: { level3: string | null; deviation: string | null; target: string | null }[];
  };
}

async function gridOf(file: string): Promise<{ grid: Grid; pageCount: number }> {
  const reading = await readPdf(new Uint8Array(readFileSync(join(DIR, file))));
  return { grid: layoutPages(reading.pages, {}, reading.pageCount).grid, pageCount: reading.pageCount };
}

const RADICALS = /[\u2E80-\u2EFF\u2F00-\u2FDF]/u;

describe("PDF fixtures → Grid", () => {
  it("has at least 20 fixtures with their truth", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(readdirSync(DIR)).toContain(f.replace(/\.pdf$/, ".truth.json"));
  });

  for (const file of files) {
    it(`${file}: every truth text is one cell`, async () => {
      const truth = JSON.parse(readFileSync(join(DIR, file.replace(/\.pdf$/, ".truth.json")), "utf8")) as Truth[];
      const { grid, pageCount } = await gridOf(file);
      const cells = grid.rows.flatMap((r) => r.cells);
      const texts = new Set(cells.map((c) => c.text));
      const contains = (v: string) => texts.has(v) || cells.some((c) => c.text.endsWith(v));
      const missing: string[] = [];
      for (const t of truth) {
        const f = t.form;
        const values = [f.projectName, f.implementingUnit, f.goals.expected, f.goals.actual, ...f.indicators.flatMap((i) => [i.level3, i.deviation])];
        for (const v of values) if (v && !contains(v)) missing.push(v);
      }
      expect(missing).toEqual([]);
      // Every cell knows its page and box; page breaks are marked once per new page.
      for (const c of cells) {
        expect(c.source.page).toBeGreaterThanOrEqual(1);
        expect(c.source.bbox).toHaveLength(4);
      }
      expect(grid.rows.filter((r) => r.pageBreakBefore)).toHaveLength(pageCount - 1);
      expect(grid.pages).toBe(pageCount);
      // One title row per form, outside the table.
      expect(grid.rows.filter((r) => r.cells.length === 1 && /绩效.*自评表$/.test(r.cells[0]!.text))).toHaveLength(truth.length);
      expect(cells.some((c) => RADICALS.test(c.text))).toBe(false);
    });
  }
});

describe("cells checked by hand", () => {
  it("m01 (STSong-Light, not embedded): reads its Chinese text with rows, columns and spans", async () => {
    const { grid } = await gridOf("m01-central-stsong.pdf");
    const row = grid.rows.find((r) => r.cells[0]?.text === "项目名称")!;
    expect(row.boundaries).toBe("exact");
    expect(row.cells[0]).toMatchObject({ col: 0, rowSpan: 1, colSpan: 1, source: { page: 1 } });
    expect(row.cells[1]).toMatchObject({ text: "科技创新券补助", col: 1, colSpan: 8 });
    const fund = grid.rows.find((r) => r.cells[0]?.text.startsWith("项目资金"))!;
    expect(fund.cells[0]).toMatchObject({ text: "项目资金 (万元)", col: 0, rowSpan: 4 });
    expect(grid.rows.find((r) => r.cells[0]?.text === "年度资金总额")!.cells.map((c) => c.text).slice(0, 4)).toEqual(["年度资金总额", "22,362.40", "22,362.40", "22,362.40"]);
  });

  it("p09 (Type 3, rows cut by the page break): the indicator label starts on page 2 and runs onto page 3; the title is a row", async () => {
    const { grid } = await gridOf("p09-long-rows-noto.pdf");
    expect(grid.rows[0]!.cells).toHaveLength(1);
    expect(grid.rows[0]!.boundaries).toBe("spaces");
    const label = grid.rows.flatMap((r) => r.cells).find((c) => c.text === "绩效指标")!;
    expect(label.col).toBe(0);
    expect(label.rowSpan).toBe(19);
    expect(label.source.page).toBe(2);
    expect(label.parts?.map((p) => p.page)).toEqual([2, 3]);
    const firstOnPage2 = grid.rows.find((r) => r.pageBreakBefore)!;
    expect(firstOnPage2.cells[0]!.source.page).toBe(2);
  });

  it("p07 and m05: two forms in one file give two title rows, each followed by its own table", async () => {
    for (const f of ["p07-two-forms-uming.pdf", "m05-two-forms-stsong.pdf"]) {
      const { grid } = await gridOf(f);
      const titles = grid.rows.map((r, i) => (r.cells.length === 1 && /自评表$/.test(r.cells[0]!.text) ? i : -1)).filter((i) => i >= 0);
      expect(titles).toHaveLength(2);
      for (const i of titles) expect(grid.rows.slice(i + 1, i + 5).some((r) => r.cells[0]?.text === "项目名称")).toBe(true);
    }
  });
});
