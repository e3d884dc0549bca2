/**
 * A pipe table a page's HTML dump wrote one cell a line, each cell after the first on a line of
 * its own that opens, indented, with the pipe before it:
 *
 *     项目决策
 *             | 数量指标
 *             | 宣传次数
 *             | |
 *
 * Each row starts on a line without a pipe (its first cell) and ends on the pipes of its empty
 * cells. A cell's own line break stays as an indented line without a pipe (`| 社会效益` / `   指标`),
 * as does the first cell's (`绩效` / `   指标` / `| 一级指标`). Written back as the loose pipe rows
 * the Markdown reader reads (`项目决策 | 数量指标 | 宣传次数 | |`). The reader knows nothing of the
 * form: only the pipes and the indentation tell.
 */

/** An indented line opening with a pipe that holds one cell's text and no other pipe. */
const ONE_CELL_LINE = /^[ \t\u3000]+\|[^|]*[^|\s][^|]*$/;
/** Any indented line opening with a pipe: a cell, or the pipes of a row's empty cells closing it. */
const PIPE_LED = /^[ \t\u3000]+\|/;
/** An indented line with text and no pipe: a cell's text broken at its line break. */
const INDENTED_PIECE = /^[ \t\u3000]{2,}[^|\s][^|]*$/;
/** How many one-cell lines make the shape (a stray indented `| x` line is none). */
const MIN_CELL_LINES = 3;

export function pipeLedCellsAsRows(text: string): string | null {
  const lines = text.split("\n");
  if (lines.filter((l) => ONE_CELL_LINE.test(l)).length < MIN_CELL_LINES) return null;
  const out: string[] = [];
  // Whether the last line written is a row whose cells the pipe-led lines are adding to.
  let inRow = false;
  lines.forEach((line, i) => {
    const last = out.length > 0 ? out[out.length - 1]! : "";
    const hasLast = last.trim() !== "";
    if (hasLast && PIPE_LED.test(line)) {
      out[out.length - 1] = `${last.trimEnd()} ${line.trim()}`;
      inRow = true;
      return;
    }
    // A cell's text broken over lines: within a row, or the first cell's rest before the row's pipes.
    if (hasLast && INDENTED_PIECE.test(line) && (inRow || PIPE_LED.test(lines[i + 1] ?? ""))) {
      out[out.length - 1] = `${last.trimEnd()}${line.trim()}`;
      return;
    }
    out.push(line);
    inRow = false;
  });
  return out.join("\n");
}
