import type { RawValue } from "./raw-form.js";

/**
 * A header name's value with a choice list's numbered option drawn after it. A PDF's drawing order
 * (or a page wrapping its header row) prints the next cell's options, a box and a numbered option
 * (`□3、一次性项目□`, 项目类型's list), right after a 实施单位 value: `投资促进中心□3、一次性项目□`.
 * A unit's or project's name holds no box glyph, so from the box that opens a numbered option on
 * the text is the list's, not the name's. A box with no numbered option after it, or a number with
 * no box before it (`第3、4标段`), says nothing and the value is kept whole.
 */
const TRAILING_OPTION = /\s*[□☐☑■√]\s*\d{1,2}[、.．]\s*[\u4e00-\u9fff][^]*$/u;

/** The value without a choice list's option drawn after it (see TRAILING_OPTION); the value itself where there is none. */
export function withoutTrailingOption(value: RawValue): RawValue {
  const m = TRAILING_OPTION.exec(value.text);
  if (!m || m.index === 0) return value;
  const text = value.text.slice(0, m.index).trimEnd();
  if (!/[\u4e00-\u9fff]/.test(text)) return value;
  return { ...value, text };
}
