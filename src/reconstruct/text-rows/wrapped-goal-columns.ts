import type { Cell, Row } from "../../layout/grid.js";
import { labelKey, matchSpelling } from "../../template/labels.js";
import { goalColumns, indicatorsLabels, level1Names, tableLabels, titlePattern, totalLabels } from "../../template/project.js";

/**
 * The goals' two columns a converter printed one after the other (`pdftotext -raw`): under the
 * head row `预期目标 实际完成情况`, the expected goal's lines wrapped at its column's width, its last
 * line short, then the completion's lines wrapped at theirs, its last line short. Read by lines,
 * each line is a row of one cell and the reader takes the first two lines for the two cells. Here
 * such a run is one row of two cells again where the text settles it: the lines part into exactly
 * two wrapped paragraphs, each of lines about one width ending on a shorter line that ends its
 * sentence (lines of a list, one item a line, do not part so), or into
 * paragraphs of exactly two widths, one after the other. Any other run is left as read.
 */

/** How a paragraph's last line ends: its sentence ends (a list's items, one a line, end on none). */
const SENTENCE_END = /[。；;.！!？?]$/;
/** Shortest line of a wrapped cell taken as filling its width (a column of prose). */
const MIN_WIDTH = 8;
/** How far a full line may fall short of its paragraph's widest (a wider punctuation mark or digit). */
const WIDTH_SLACK = 2;

function text(cell: Cell): string {
  return cell.text.trim();
}

const width = (row: Row): number => [...text(row.cells[0]!)].length;

/** A goals head row: both its columns named. */
function isGoalHead(row: Row): boolean {
  const keys = new Set(row.cells.map((c) => matchSpelling(labelKey(c.text), goalColumns)));
  return keys.has("expected") && keys.has("actual");
}

/** Labels that end the goals: the next table's, a total, a title. */
const NEXT_LABELS: ReadonlySet<string> = new Set([...tableLabels, ...indicatorsLabels, ...level1Names, ...totalLabels].map(labelKey));

/** A line of prose alone on its row: a piece of a wrapped goal, not a label after the goals. */
function isProseLine(row: Row | undefined): boolean {
  if (!row || row.cells.length !== 1 || width(row) < 2) return false;
  const t = text(row.cells[0]!);
  return !NEXT_LABELS.has(labelKey(t)) && !titlePattern.test(t);
}

export function joinWrappedGoalColumns(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    out.push(rows[i]!);
    if (!isGoalHead(rows[i]!)) continue;
    let end = i + 1;
    while (isProseLine(rows[end])) end++;
    const columns = twoColumns(rows.slice(i + 1, end));
    if (!columns) continue;
    out.push({ ...rows[i + 1]!, cells: columns });
    i = end - 1;
  }
  return out;
}

/** The lines as two wrapped paragraphs, each joined into a cell; null where they are not plainly two. */
function twoColumns(lines: readonly Row[]): Cell[] | null {
  // Paragraphs: lines about one width, ended by a shorter line (or by the run's end).
  const paragraphs: { rows: Row[]; width: number }[] = [];
  let current: Row[] = [];
  let widest = 0;
  for (const row of lines) {
    const w = width(row);
    // A wider line after a paragraph's lines whose last ends its sentence opens the other column's
    // paragraph: its last line fell short of the narrower width by no more than the slack.
    const previous = current[current.length - 1];
    if (current.length > 1 && previous && w > widest + WIDTH_SLACK && SENTENCE_END.test(text(previous.cells[0]!))) {
      paragraphs.push({ rows: current, width: widest });
      current = [];
      widest = 0;
    }
    current.push(row);
    if (current.length > 1 && w < widest - WIDTH_SLACK && SENTENCE_END.test(text(row.cells[0]!))) {
      paragraphs.push({ rows: current, width: widest });
      current = [];
      widest = 0;
    } else widest = Math.max(widest, w);
  }
  if (current.length > 0) paragraphs.push({ rows: current, width: widest });
  if (paragraphs.some((p) => p.rows.length < 2 || p.width < MIN_WIDTH)) return null;
  // Exactly two paragraphs, or paragraphs of exactly two widths one after the other.
  let cut = 1;
  if (paragraphs.length !== 2) {
    const breaks = paragraphs.map((p, k) => k > 0 && Math.abs(p.width - paragraphs[k - 1]!.width) > WIDTH_SLACK).filter(Boolean).length;
    if (breaks !== 1) return null;
    cut = paragraphs.findIndex((p, k) => k > 0 && Math.abs(p.width - paragraphs[k - 1]!.width) > WIDTH_SLACK);
  }
  const cellOf = (ps: typeof paragraphs): Cell => {
    const cells = ps.flatMap((p) => p.rows.map((r) => r.cells[0]!));
    return { ...cells[0]!, text: cells.map(text).join(""), parts: cells.map((c) => c.source) };
  };
  return [cellOf(paragraphs.slice(0, cut)), cellOf(paragraphs.slice(cut))];
}
