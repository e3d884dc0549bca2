import type { Cell, Row } from "../layout/grid.js";
import { labelKey } from "../template/labels.js";
import { titlePattern, yearLostCharPattern } from "../template/project.js";
import type { RawValue } from "./raw-form.js";
import type { ReaderState } from "./reader-state.js";

/**
 * The head of a title a page broke over two lines (`XX县2022年度部门整体支出` / `绩效评价自评报告`):
 * the unit, the year, and the words that name the form's kind, with no sentence in it.
 */
// (A dash within: a year span, 2019-2021年度, or a year printed broken, 20 16 -度.)
const TITLE_HEAD = /^[\u4e00-\u9fff()（）\dA-Za-z\-－]{0,30}(整体支出|整体|部门\(单位\)|部门|单位|项目支出|项目|年度)$/;

/** A line of a title broken over three that holds its unit (if any) and year: `某县水利局2019年度`. */
const YEAR_LINE = /^[\u4e00-\u9fff()（）]{0,24}(?:19|20)\d{2}年度?$/;

/** A head that opens with a year line (`某县水利局2019年度部门整体支出`): the words after the year. */
const YEAR_LINE_FIRST = /^[\u4e00-\u9fff()（）]{0,24}(?:19|20)\d{2}年度?(.+)$/;

/** Is a cell's text the bare name of the family (`绩效评价自评报告`, `绩效自评表`): a title's second half? */
function isTitleTail(text: string): boolean {
  const key = labelKey(text);
  return key.startsWith("绩效") && titlePattern.exec(key)?.[0] === key;
}

/**
 * A row of another dossier form (a 基础数据表 printed before the self-evaluation) that is the head of
 * the next form's title broken over two lines (`某区2020年度部门(单位)整体支出` / `绩效评价自评报告`):
 * kept as stray text, so that the title joins it back, instead of passing over it with the other
 * form's rows.
 */
export function keepTitleHead(st: ReaderState, cells: readonly Cell[], next: Row | undefined): void {
  // A head whose line a reader parted at its spaces (某县20 | 16 | -度部门(单位)整体支出): the line's text again.
  const filled = cells.filter((c) => c.text.trim() !== "");
  const line = filled[0]?.source.line;
  const oneLine = filled.length > 1 && line !== undefined && filled.every((c) => c.source.line === line);
  const joined = oneLine ? [{ ...filled[0]!, text: filled.map((c) => c.text.trim()).join(" ") }] : null;
  const head = splitTitleHead(cells, next) ?? (joined && splitTitleHead(joined, next));
  if (head) st.stray.push({ text: head.text, source: head.source });
}

/**
 * The row's one cell when it is the head of a title whose tail is the next row (`某区2021年度部门(单位)
 * 整体支出` above `绩效评价自评报告`); null otherwise. Such a head is no header row, though it holds a
 * label's words (部门(单位)): the title joins it back.
 */
export function splitTitleHead(cells: readonly Cell[], next: Row | undefined): Cell | null {
  const texts = cells.filter((c) => c.text.trim() !== "");
  const after = next?.cells.filter((c) => c.text.trim() !== "") ?? [];
  if (texts.length !== 1 || after.length === 0 || !isTitleTail(after[0]!.text)) return null;
  return TITLE_HEAD.test(labelKey(texts[0]!.text)) ? texts[0]! : null;
}

/**
 * A title that is only the tail of the family's name (`绩效评价自评报告`, `绩效自评表`) read right
 * after a short line that ends as a title begins is the second half of one title broken over two
 * lines; the two are joined, so that the whole title names the form (部门整体支出 makes it a
 * department-wide form). The head was read as stray text, or as unplaced text of an empty form:
 * it is taken back from there. Returns the title unchanged when no such head precedes it.
 */
export function joinSplitTitle(st: ReaderState, title: RawValue): RawValue {
  if (!isTitleTail(title.text)) return title;
  const adjacent = (head: RawValue) => {
    const a = head.source.line;
    const b = title.source.line;
    // Lines apart by at most one blank line (a page's paragraphs), or no line numbers to tell; or
    // one line a flattened page cut into the two (…整体支出 | 绩效评价自评报告).
    return a === undefined || b === undefined || (b >= a && b - a <= 2);
  };
  // A head that holds a three-line title's first two lines (`某县水利局2019年度` + `部门整体支出`), read as
  // one row where each line is a paragraph of its own (an empty line after each): its first line is
  // two lines further up.
  const spansYearLine = (head: RawValue) => {
    const a = head.source.line;
    const b = title.source.line;
    const m = YEAR_LINE_FIRST.exec(labelKey(head.text));
    return a !== undefined && b !== undefined && b - a > 2 && b - a <= 4 && m !== null && TITLE_HEAD.test(m[1]!) && !/(?:19|20)\d{2}年/.test(m[1]!);
  };
  // (A 年 decoded as a dash, `20 16 -度部门(单位)整体支出`, is still the year's.)
  const fits = (head: RawValue) => TITLE_HEAD.test(labelKey(head.text).replace(yearLostCharPattern, "$1年度")) && (adjacent(head) || spansYearLine(head));
  // A title broken over three lines (`某县水利局2019年度` / `部门整体支出` / `绩效评价自评报告`): a line
  // with the year and nothing after it but 年度, right above the head, is the title's first.
  const yearLine = (line: RawValue, head: RawValue) =>
    !/(?:19|20)\d{2}年/.test(head.text) && YEAR_LINE.test(labelKey(line.text)) && (line.source.line === undefined || head.source.line === undefined || (head.source.line > line.source.line && head.source.line - line.source.line <= 2));
  if (!st.form) {
    const head = st.stray.at(-1);
    if (!head || !fits(head)) return title;
    st.stray.pop();
    const first = st.stray.at(-1);
    if (first && yearLine(first, head)) {
      st.stray.pop();
      return { ...first, text: first.text.trim() + head.text.trim() + title.text.trim() };
    }
    return { ...head, text: head.text.trim() + title.text.trim() };
  }
  // (An empty form may already hold a title: a site's heading above the form's own, which the
  // joined title then replaces as a later full title does.)
  if (!st.formIsEmpty()) return title;
  const diags = st.form.diagnostics;
  const last = diags.at(-1);
  const text = last?.code === "unplaced-text" ? last.source?.text : undefined;
  if (!last?.source || !text) return title;
  const { text: _, ...source } = last.source;
  const head: RawValue = { text, source };
  if (!fits(head)) return title;
  diags.pop();
  const before = diags.at(-1);
  const firstText = before?.code === "unplaced-text" ? before.source?.text : undefined;
  if (before?.source && firstText) {
    const { text: _t, ...at } = before.source;
    const first: RawValue = { text: firstText, source: at };
    if (yearLine(first, head)) {
      diags.pop();
      return { ...first, text: first.text.trim() + head.text.trim() + title.text.trim() };
    }
  }
  return { ...head, text: head.text.trim() + title.text.trim() };
}
