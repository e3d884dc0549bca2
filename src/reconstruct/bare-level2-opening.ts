import { labelKey } from "../template/labels.js";
import { bareOutputLevel2Words, level2Children } from "../template/project.js";
import { groupName } from "./classify.js";
import type { RawIndicator, RawValue } from "./raw-form.js";

// (The bare 二级 words, 数量 质量 时效 成本, are no name the classifier takes, so run-together text is
// never cut at them by their spelling alone: template bareOutputLevel2Words.)
/** Rows of the group already read, each with its own 二级, before a row may be taken to open one so. */
const MIN_NAMED_ROWS = 2;

/**
 * In run-together text, a row whose 三级 name opens with a bare 二级 word (`成本每年财政补助…`, `时效`
 * then `1年`) in a group whose every row so far printed its own 二级 (`数量指标 成本控制 …`, `质量指标
 * 保证…`: one 三级 to each 二级): the row opens its own 二级 so too, the word its 二级 and the rest its
 * 三级. Only a word whose 指标 name the group's 一级 holds and that no row of the group has named yet
 * (a second row of 成本指标 prints no 二级 again), and only with a name or figure after it. A table
 * that once printed a row without its 二级 (a 二级 spanning rows) says nothing: its rows' names stay whole.
 */
export function bareLevel2Opening(ind: RawIndicator, group: readonly RawIndicator[], level1: RawValue | null): void {
  if (ind.level1 || ind.level2 || !ind.level3 || !level1) return;
  const children = level2Children[groupName(level1.text)];
  if (!children) return;
  // (Each row of the group with a 二级 of its own: no two rows share one, as where a 二级 spans rows.)
  const names = group.map((g) => (g.level2 ? groupName(g.level2.text) : ""));
  if (group.length < MIN_NAMED_ROWS || names.includes("") || new Set(names).size !== names.length) return;
  const text = ind.level3.text.trim();
  const word = bareOutputLevel2Words.find((b) => text.startsWith(b));
  if (!word || !children.includes(`${word}指标`)) return;
  if (names.includes(word) || names.includes(`${word}指标`)) return;
  const rest = text.slice(word.length).trim();
  if (!/^[\u4e00-\u9fff0-9]/.test(rest) || labelKey(rest).startsWith("指标")) return;
  ind.level2 = { ...ind.level3, text: word };
  ind.level3 = { ...ind.level3, text: rest };
}

/** The indicators of the group being read: those at the end under the same 一级 (the reader carries it onto each row). */
export function currentGroup(indicators: readonly RawIndicator[], level1: RawValue | null): RawIndicator[] {
  if (!level1) return [];
  const name = groupName(level1.text);
  let from = indicators.length;
  while (from > 0 && indicators[from - 1]!.level1 && groupName(indicators[from - 1]!.level1!.text) === name) from--;
  return indicators.slice(from);
}
