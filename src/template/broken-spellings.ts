import { labelKey, matchSpelling } from "./labels.js";
import { fundRows, fundsLabel, goalsLabel, headerFields, indicatorsLabels, level1Names, level2Names, tableColumnHeads, totalLabels, verticalLabels } from "./project.js";

/**
 * The vocabulary a converter's broken words are spelt back from: a narrow column's label or head
 * printed in pieces, one a line (`项目名` / `称`, `执行` / `率`). A pass that joins such pieces asks
 * two questions of the text the pieces so far make: is it a whole word of the vocabulary, and may
 * it still become one (a proper start of one)? Both are answered here, from the template's
 * spellings, for the two vocabularies the text-rows stage spells: the labels that open a row
 * (text-rows/broken-labels.ts) and the tables' column heads (text-rows/broken-heads.ts).
 *
 * (They stay two vocabularies, asked two ways: a row label is spelt exactly, for a label's first
 * piece is often a word of a value too (项目, 部门); a column head may be a spelling's prefix and
 * carry a note after it (分值(10分)), as a head row prints it.)
 */

/** Every proper start of each word: what the pieces so far may spell before the word ends (the word itself not). */
export function properStarts(words: Iterable<string>): ReadonlySet<string> {
  return new Set([...words].flatMap((w) => [...w].slice(0, -1).map((_, i) => [...w].slice(0, i + 1).join(""))));
}

/** The labels that open a row of the form, as labelKey gives them: spelt exactly. */
export const rowLabelKeys: ReadonlySet<string> = new Set(
  [
    ...headerFields.flatMap((f) => f.exact),
    ...fundRows.flatMap((f) => f.exact),
    ...fundsLabel,
    ...goalsLabel,
    ...indicatorsLabels,
    ...verticalLabels,
    ...level1Names,
    ...level2Names,
    ...totalLabels,
  ].map(labelKey),
);

/** Every proper start of a row label. */
export const rowLabelStarts: ReadonlySet<string> = properStarts(rowLabelKeys);

/** The header's labels (项目名称, 主管部门, 实施单位 …), as labelKey gives them: a value follows each. */
export const headerLabelKeys: ReadonlySet<string> = new Set(headerFields.flatMap((f) => f.exact).map(labelKey));

/** Every exact and prefix spelling of a column head of the funds, goals or indicator table, as labelKey gives it. */
const columnHeadKeys: readonly string[] = tableColumnHeads.flatMap((table) => table.flatMap((s) => [...s.exact, ...(s.prefix ?? [])])).map(labelKey);

/** Every proper start of a column head's spelling. */
export const columnHeadStarts: ReadonlySet<string> = properStarts(columnHeadKeys);

/**
 * Does the text spell a column head of the funds, goals or indicator table (a spelling's prefix, a
 * note after it allowed)? (text-rows/split-heads.ts's isColumnHead is wider: it takes a head with
 * its note stripped and the tables' labels too, for a PDF text layer's first lines then second
 * lines of a head row. broken-heads.ts was measured with this one; the wider one is not tried.)
 */
export function spellsColumnHead(text: string): boolean {
  const key = labelKey(text);
  return key !== "" && tableColumnHeads.some((table) => matchSpelling(key, table) !== null);
}

/**
 * The second line of column names a layout split in two (`年度` / `指标值`, `实际` / `完成值`; 分析,
 * 原因分析: 未完成原因 / 分析; 进措施: 偏差原因分析及改 / 进措施, a layout's last column name broken over
 * the header's two lines; 标值, 成值, 分: 年度指 / 标值, 实际完 / 成值, 得 / 分 where a layout's narrow columns
 * broke the names a character or two in): a row of these is the header's rest (reconstruct/row-classifier.ts).
 */
export const headerSecondLineRests: ReadonlySet<string> = new Set(["指标值", "完成值", "标值", "成值", "值", "分", "及改进措施", "改进措施", "进措施", "分析及改进措施", "原因分析及改进措施", "(A)", "(B)", "分析", "原因分析"]);

/**
 * Words of the form a narrow column breaks before its last character, the character alone on the
 * line below (`部分达成预期指` / `标`, `细化量化指` / `标`): a value's or a reason's last word. The
 * last character alone is no cell of any column (text-rows/word-tail-lines.ts).
 */
export const brokenWordTails: readonly string[] = ["指标", "目标"];
