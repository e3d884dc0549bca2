import type { Cell, Grid, Row } from "../../layout/grid.js";

/**
 * Shape 2: one cell per line (an HTML or word-processor export). Row ends are not marked, so the
 * Grid holds one row of every cell in order and the reconstructor segments it by the template.
 * An empty line or a lone space is an empty cell; a trailing ` |` is an artefact.
 */
export function readCellPerLine(text: string): Grid {
  const cells: Cell[] = [];
  const lines = text.split("\n");
  // Leading and trailing empty lines are not cells.
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === "") first++;
  while (last >= first && lines[last]!.trim() === "") last--;
  for (let i = first; i <= last; i++) {
    const t = lines[i]!.replace(/\s+\|\s*$/, "");
    cells.push({ text: t, source: { line: i + 1 } });
  }
  return { rows: [{ cells, boundaries: "exact" }], rowsKnown: false, pages: null };
}

/**
 * Shape 3: linear text, one table row per line, cells separated by spaces. A cell's own spaces
 * cannot be told from separators, so each token is a Cell and the reconstructor may join them.
 * Shape 4 (run-together cells) has the same lines with no separators: one Cell per line.
 */
export function readLines(text: string, boundaries: "spaces" | "none"): Grid {
  const rows: Row[] = [];
  let pageBreak = false;
  text.split("\n").forEach((line, idx) => {
    if (line.trim() === "" || /^\s*[-—–]\s*\d+\s*[-—–]\s*$/.test(line) || /^\f/.test(line)) {
      if (rows.length > 0) pageBreak = true;
      return;
    }
    const tokens = boundaries === "spaces" ? line.trim().split(/[ \t\u3000]+/) : [line.trim()];
    const row: Row = {
      cells: tokens.map((t) => ({ text: t, source: { line: idx + 1 } })),
      boundaries,
    };
    if (pageBreak) row.pageBreakBefore = true;
    pageBreak = false;
    rows.push(row);
  });
  return { rows, rowsKnown: true, pages: null };
}
