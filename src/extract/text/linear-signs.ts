/**
 * Linear text parts a cell at its own spaces, and some of those spaces stand before a sign that
 * is no cell of its own: a percent sign printed apart from its figure (`100 %`, as a page's
 * justified cell or a converter's thin space leaves it), and the points a scoring sheet prints
 * after a 一级 or 二级 name (`规划 (15分)`, `基础信息 (3分)`). Each such token goes back to the
 * token before it, the space kept (the normaliser takes out a space beside Chinese).
 *
 * Only where no column can hold the sign alone: a table with a 度量单位 column prints `%` as a
 * cell of its own (`= 100 % 98`: a value, its unit, the completion), so a text that names one,
 * or a line whose comparator stands alone (the target printed in its parts: 指标性质 | 指标值 |
 * 度量单位, also where an excerpt starts below the header), keeps its percent signs apart.
 * Points in brackets have no column of their own in any form. The column's name and what the
 * nature column prints are the form's words, given by the caller (TableWords, from the template).
 */

/** A percent sign alone. */
const PERCENT_ONLY = /^[%％]$/;
/** Points alone in brackets: (15分), （3分）, (15). */
const POINTS_ONLY = /^[(（]\d{1,3}(?:\.\d{1,2})?分?[)）]$/;
/** A comparator alone, perhaps behind a system's code (`004 >=`). */
const COMPARATOR_ALONE = /^(?:0\d{2} )?(?:≥|≤|=|>|<|＞|＜|＝|>=|<=|≧|≦)$/;
/** A system's code before a comparator or a target's nature. */
const SYSTEM_CODE = /^0\d{2} /;

/** Does a token end on a digit (the figure a `%` belongs to)? */
function endsOnDigit(token: string): boolean {
  const c = token.charCodeAt(token.length - 1);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Does a token end on a Chinese character (a name its points belong to)? */
function endsOnHan(token: string): boolean {
  const c = token.charCodeAt(token.length - 1);
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The line's tokens with a parted `%` or `(N分)` joined to the token before it. `unitColumn` asks
 * (once a page, and only when a lone `%` is met) whether the page names a unit column; `natures`
 * are what a target's nature column prints (定性, 定量), a comparator's stand-in.
 */
export function withSigns(tokens: string[], unitColumn: () => boolean, natures: readonly string[] = []): string[] {
  // Cheap gate: only a token opening with % ％ ( （ can be a sign; most lines have none.
  if (!tokens.some(opensSign)) return tokens;
  const partedTarget = tokens.some((t) => COMPARATOR_ALONE.test(t) || (natures.length > 0 && natures.includes(t.replace(SYSTEM_CODE, ""))));
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const joins = prev !== undefined && opensSign(t) && ((PERCENT_ONLY.test(t) && endsOnDigit(prev) && !partedTarget && !unitColumn()) || (POINTS_ONLY.test(t) && endsOnHan(prev)));
    if (joins) out[out.length - 1] = `${prev} ${t}`;
    else out.push(t);
  }
  return out;
}

function opensSign(t: string): boolean {
  const c = t.charCodeAt(0);
  return c === 0x25 || c === 0xff05 || c === 0x28 || c === 0xff08;
}

/** Whether a page names a unit column, `column` its names (asked lazily, remembered; none given: never). */
export function unitColumnOf(text: string, column: RegExp | undefined): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= column !== undefined && column.test(text));
}
