import { labelKey } from "../template/labels.js";
import { titlePattern } from "../template/project.js";
import type { RawValue } from "./raw-form.js";
import type { ReaderState } from "./reader-state.js";

/**
 * The head of a title a page broke over two lines (`XX县2022年度部门整体支出` / `绩效评价自评报告`):
 * the unit, the year, and the words that name the form's kind, with no sentence in it.
 */
const TITLE_HEAD = /^[\u4e00-\u9fff()（）\dA-Za-z]{0,30}(整体支出|整体|部门\(单位\)|部门|单位|项目支出|项目|年度)$/;

/**
 * A title that is only the tail of the family's name (`绩效评价自评报告`, `绩效自评表`) read right
 * after a short line that ends as a title begins is the second half of one title broken over two
 * lines; the two are joined, so that the whole title names the form (部门整体支出 makes it a
 * department-wide form). The head was read as stray text, or as unplaced text of an empty form:
 * it is taken back from there. Returns the title unchanged when no such head precedes it.
 */
export function joinSplitTitle(st: ReaderState, title: RawValue): RawValue {
  const key = labelKey(title.text);
  if (!key.startsWith("绩效") || titlePattern.exec(key)?.[0] !== key) return title;
  const adjacent = (head: RawValue) => {
    const a = head.source.line;
    const b = title.source.line;
    // Lines apart by at most one blank line (a page's paragraphs), or no line numbers to tell.
    return a === undefined || b === undefined || (b > a && b - a <= 2);
  };
  const fits = (head: RawValue) => TITLE_HEAD.test(labelKey(head.text)) && adjacent(head);
  if (!st.form) {
    const head = st.stray.at(-1);
    if (!head || !fits(head)) return title;
    st.stray.pop();
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
  return { ...head, text: head.text.trim() + title.text.trim() };
}
