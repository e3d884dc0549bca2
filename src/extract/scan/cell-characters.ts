/**
 * The cells read from one OCR run whose text is still as read, with each character's confidence
 * (`OcrRun.chars`): the correct stage (`src/correct/characters.ts`) settles a character read
 * unsure by the same words read surely elsewhere on the form. A cell of several runs, or whose
 * text was changed after reading (a label snapped, a 3 read 5), gives none.
 */
import type { Cell, Grid } from "../../layout/grid.js";
import type { BBox } from "../../layout/geometry.js";
import type { OcrRun } from "./page.js";
import type { SecondChar } from "../ocr/second-reading.js";

function centreIn(b: BBox, c: BBox): boolean {
  const x = (b[0] + b[2]) / 2;
  const y = (b[1] + b[3]) / 2;
  return x >= c[0] && x <= c[2] && y >= c[1] && y <= c[3];
}

export function cellsWithCharacters(grid: Grid, runsByPage: Map<number, readonly OcrRun[]>): { cell: Cell; text: string; confidences: number[]; second?: (SecondChar | null)[] }[] {
  const out: { cell: Cell; text: string; confidences: number[]; second?: (SecondChar | null)[] }[] = [];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const src = cell.source;
      if (cell.parts || !src.bbox || src.page === undefined) continue;
      const inside = (runsByPage.get(src.page) ?? []).filter((r) => centreIn(r.bbox, src.bbox!));
      const run = inside.length === 1 ? inside[0]! : null;
      if (!run?.chars || run.chars.text !== run.str || run.corrected) continue;
      out.push({ cell, text: run.str, confidences: run.chars.confidences, ...(run.chars.second ? { second: run.chars.second } : {}) });
    }
  }
  return out;
}
