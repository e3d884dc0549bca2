import { patternKey } from "../../normalise/fold-width.js";
import { partOpenings } from "../../template/project.js";
import { firstRowStartAt, rowStartCount, WRAP_SPACE } from "./flattened-form.js";

/**
 * A form flattened onto one line comes in two kinds. A document site's preview runs the cells
 * together and leaves spaces only where the page wrapped a long cell (a few in a line of hundreds
 * of characters). A page's text layer or a linear page run onto one line (a site's preview of a
 * PDF whose cells a space parts: `项目名称 市级…经费主管部门 某某局 实施单位 …`) keeps a space
 * between most cells, so its words are short: those spaces are the row's cell edges, as in linear
 * text, and its rows (cut where they start) are read as linear rows, not run together.
 */

/** Fewest words for a line's spacing to say anything. */
const MIN_WORDS = 12;
/** Most characters a word holds on average in a line whose spaces part its cells. */
// (A wrapping preview's words are a page line long, 30-80 characters and more; a spaced dump's
// cells hold 3-12 on average. A run-together page with a few spaces left, 14-40.)
const MAX_CHARS_PER_WORD = 12.5;

/**
 * A word longer than this that holds a sentence's punctuation is a free-text cell (a goal, a
 * 偏差原因 or 改进措施 paragraph), as long in a spaced dump as in a wrapping preview: it tells
 * nothing of how the line parts its cells, and is left out of the mean (one 200-character
 * explanation would lift a spaced line's mean over the limit). A long word with no such
 * punctuation is cells run together (`年度资金总额593.27593.27448.64…其中:当年财政拨款…`) and counts.
 */
const MAX_COUNTED_WORD = 40;
const SENTENCE_MARK = /[。，,；;！!？?]/;

/** Does the line part its cells by spaces (short words), rather than by nothing? */
export function partsCellsBySpaces(line: string): boolean {
  // (A space between a figure and its percent sign, `98 %`, parts no cells: a run-together line
  // whose percents a converter spaced would otherwise be all short words.)
  // (From the form's first row-start label: what comes before it, a site's furniture or the title
  // repeated, is no row of the form, whatever its spacing; formRowsFrom leaves it as it was.)
  const from = Math.max(0, firstRowStartAt(line));
  const words = line.slice(from).trim().replace(SPACED_OUT, "").replace(PARTED_PERCENT, "").split(/[ \t\u3000]+/);
  let counted = 0;
  let chars = 0;
  for (const w of words) {
    if (w.length > MAX_COUNTED_WORD && SENTENCE_MARK.test(w)) continue;
    counted++;
    chars += w.length;
  }
  if (counted < MIN_WORDS) return false;
  return chars / counted <= MAX_CHARS_PER_WORD;
}

/** The spaces of a label spaced out a character apart (项 目 名 称, as a layout justifies it): no cell edges. */
const SPACED_OUT = /(?<=(?:^|[ \t\u3000])[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff](?:[ \t\u3000]|$))/g;

/**
 * Where the form's own rows begin among a line's pieces: the first piece whose first word holds a
 * row-start label (项目名称, 年度资金总额 …). What comes before (a site's lines, a dossier's list of
 * contents, the title) is prose or furniture whose spaces may be a justified page's, and stays run
 * together as before. The pieces' count when none does.
 */
export function formRowsFrom(pieces: readonly string[]): number {
  const k = pieces.findIndex((p) => rowStartCount(p.trim().split(/[ \t\u3000]/, 1)[0]!) > 0);
  return k < 0 ? pieces.length : k;
}

/** Longest first word of a row that is its label standing apart (其中:当年财政拨款, 上年结转资金其他资金). */
const MAX_LABEL_WORD = 10;
/** Share of the form's rows whose label must stand apart for the line's spaces to be its cell edges. */
const MIN_APART_SHARE = 0.5;

/**
 * Do the form's rows (cut from a line, spaces kept) open on their label standing as a word of its
 * own (`年度资金总额 40 40 …`, `项目名称 某项目`)? Where the spaces part the cells, most do; where
 * the cells ran together and a space stands only before the points (`数量指标足额保障率=100 % 22.5`),
 * the first word holds the row's name and figures.
 */
export function labelsStandApart(rows: readonly string[]): boolean {
  if (rows.length === 0) return false;
  let apart = 0;
  for (const r of rows) {
    const word = r.trim().split(/[ \t\u3000]/, 1)[0]!;
    if (word.length <= MAX_LABEL_WORD && !/[0-9０-９]/.test(word)) apart++;
  }
  return apart >= MIN_APART_SHARE * rows.length;
}

/** Where the parts of a form stand in the template's order (template partOpenings), as a row's opening. */
const PART_RANKS: ReadonlyArray<readonly [RegExp, number]> = partOpenings.map(({ rank, labels }) => [new RegExp(`^(?:${labels.map(escapeRegExp).join("|")})`), rank] as const);

/** A label as a pattern matching itself, its brackets in either width (`实施(主管)单位`'s are no group). */
function escapeRegExp(label: string): string {
  return label.replace(/[.*+?^${}|[\]\\]/g, "\\$&").replace(/\(/g, "[(（]").replace(/\)/g, "[)）]");
}

/**
 * Do the form's rows come in the template's order? A PDF's text in drawing order (a layout dump)
 * spaces its cells too, but prints a part's rows where the page drew them (实施单位 after the
 * funds, 自评总分 before 项目名称): its rows are no linear rows, and stay as they were read.
 */
export function inTemplateOrder(rows: readonly string[]): boolean {
  let last = -1;
  // The rank the form being read opened on: a second form on the line (a dossier's next project,
  // `…总分 100 100 项目名称 地震经费 …`) begins the order again after a form read whole, from its
  // header to its total.
  let first = -1;
  for (const r of rows) {
    // (A label a layout spaced out, 项 目 名 称, is the label.)
    const key = patternKey(r.trim()).replace(/[ \t\u3000]+/g, "");
    const rank = PART_RANKS.find(([re]) => re.test(key))?.[1];
    if (rank === undefined) continue;
    if (rank < last && !(rank === FIRST_RANK && first === FIRST_RANK && last === LAST_RANK)) return false;
    if (first < 0 || rank < last) first = rank;
    last = rank;
  }
  return true;
}
const FIRST_RANK = Math.min(...partOpenings.map((p) => p.rank));
const LAST_RANK = Math.max(...partOpenings.map((p) => p.rank));

/** A percent sign a space parts from its figure (`100 %`): the figure's, as a run-together line has it. */
const PARTED_PERCENT = /(?<=[0-9０-９])[ \t\u3000]+(?=[%％])/g;

/**
 * A dash ending a word right after a figure (`12.5 12.5-`, `10 10--`): the mark of an empty cell
 * printed on the line after the row's last figure (an empty 偏差原因), run on where the preview
 * joined the lines. A figure never ends on a dash (a range goes on to its second figure), so a
 * space goes back between them and the dash is a cell of its own.
 */
const DASH_AFTER_FIGURE = /(?<=[0-9０-９%％])(?=[-—－]+(?:[ \t\u3000]|$))/g;

/**
 * A row cut from a line whose spaces part its cells, without the space before a percent sign (no
 * cell edge: a run-together line has none there). (A label a layout spaced out a character apart
 * is left to the reader, which joins a label's pieces: two spaced labels side by side cannot be
 * told apart here.)
 */
export function withoutInnerSpaces(row: string): string {
  return row.replace(PARTED_PERCENT, "").replace(DASH_AFTER_FIGURE, " ");
}

/**
 * The pieces of `flat` (the line without its wrapping spaces, cut into rows) as pieces of `line`
 * itself, its spaces kept: each cut made where the same character stands in the line. Null when
 * the pieces do not make up `flat` (a label moved or put back whole), so cannot be mapped.
 */
export function piecesWithSpaces(line: string, pieces: readonly string[]): string[] | null {
  const removed = new Uint8Array(line.length);
  for (const m of line.matchAll(WRAP_SPACE)) removed.fill(1, m.index!, m.index! + m[0].length);
  // Where each character of the flat line stands in `line`.
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) if (!removed[i]) at.push(i);
  if (pieces.join("") !== line.split("").filter((_, i) => !removed[i]).join("")) return null;
  const out: string[] = [];
  let from = 0;
  let end = 0;
  for (const p of pieces.slice(0, -1)) {
    end += p.length;
    const cut = at[end]!;
    out.push(line.slice(from, cut));
    from = cut;
  }
  out.push(line.slice(from));
  return out;
}
