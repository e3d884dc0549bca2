/**
 * A target split into columns of its own (issue 16): the comparator, the figure and its unit each
 * in a cell (指标性质 `=` | 指标值 `100` | 度量单位 `%`, Sichuan), and on some forms a column saying
 * which way the indicator counts (指标方向 `正向`). The contract joins the comparator, figure and
 * unit into `target` (`=100%`, `大于等于1次`); the direction is no part of it.
 *
 * Forms print these columns under several heads, and not always each under its own: Inner
 * Mongolia's template prints the direction under 指标性质 and the comparator under 指标方向. So the
 * reader takes what a cell holds, not its head, for which of the two it is
 * (src/reconstruct/split-target-cells.ts).
 */

/**
 * The heads of the split target's columns besides 指标性质 and the unit's 度量单位 / 计量单位
 * (project.ts's indicatorColumns): the comparator's (运算符号, 比较符) and the direction's (指标方向).
 */
export const splitTargetHeads = {
  comparator: ["运算符号", "运算符", "比较符", "比较符号"],
  direction: ["指标方向"],
} as const;

/**
 * A comparator spelled out in words as such a column prints it alone (大于等于 for ≥), longest
 * first. (不少于 and its kind, printed before a figure in one cell, are the classifier's; alone in a
 * column a form prints these.)
 */
export const comparatorWords: readonly string[] = ["大于等于", "小于等于", "大于", "小于", "等于"];

/** What a direction column prints: the indicator counts up (正向) or down (反向). */
export const directionWords: readonly string[] = ["正向", "反向"];
