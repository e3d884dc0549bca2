import type { Cell } from "../layout/grid.js";
import { classify, groupName, hasText } from "./classify.js";
import type { RawIndicator, RawValue } from "./raw-form.js";
import { labelKey } from "../template/labels.js";
import { level2Children } from "../template/project.js";

/**
 * A 二级 name the template does not know, printed right after its 一级 (a province's own group name:
 * 读者, 服务对象满意度 for 服务对象满意度指标). The alignment, pricing an unknown name in the 二级
 * column dear, put it with the 三级 name; where the row shows two names after the 一级, the first
 * is the 二级. Only a short name of its own words (no figure, no punctuation): a 三级 name is
 * usually longer and says what is measured.
 */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,8}$/;

/**
 * Whether a name read as a 二级 opens a 一级 group of its own: a name of both levels (满意度指标)
 * that the template does not place under the group being read (效益指标 holds no 满意度指标, while
 * 产出指标 holds 成本指标). With no group read, or one the template does not know, it says nothing.
 */
function opensGroup(x: RawValue | null, group: RawValue | null): boolean {
  if (!x || !group || classify(x.text).kind !== "level12") return false;
  const children = level2Children[groupName(group.text)];
  return children !== undefined && !children.includes(labelKey(x.text));
}

/** A name's opening: words, no bracket (`(万元)` is the unit of the name before it, not a name). */
function nameOpening(text: string): boolean {
  const k = classify(text);
  return /^[\u4e00-\u9fff]/.test(text.trim()) && k.kind === "text" && !k.quantityLike;
}

function shortName(text: string): boolean {
  return SHORT_NAME.test(text.trim()) && classify(text).kind === "text";
}

/**
 * Cells parted by spaces: the 三级 column took two names (`满意度指标 服务对象满意度 资助困难教师及学生`,
 * the 一级 read as a 二级 since 满意度指标 is both). With the 一级 printed before them, the first of
 * the two is the 二级; and a name of both levels that the group being read does not hold is that
 * 一级 (not so 成本指标 under 产出指标: `成本指标 每场活 动成本` is a 三级 name a space broke).
 */
export function shortLevel2InNames(ind: RawIndicator, level3Cells: readonly Cell[], sep: string, group: RawValue | null): void {
  const names = level3Cells.filter((c) => hasText(c.text));
  if (names.length < 2 || !shortName(names[0]!.text) || !nameOpening(names[1]!.text)) return;
  const rest: RawValue = { text: names.slice(1).map((c) => c.text).join(sep), source: names[1]!.source };
  const level2: RawValue = { text: names[0]!.text, source: names[0]!.source };
  if (ind.level1 && !ind.level2) {
    ind.level2 = level2;
    ind.level3 = rest;
  } else if (!ind.level1 && opensGroup(ind.level2, group)) {
    ind.level1 = ind.level2;
    ind.level2 = level2;
    ind.level3 = rest;
  }
}

/**
 * Cells known apart: a row of its 一级, a short name and one more name, and nothing else (a table cut
 * off after its names: `满意度指标(10分) | 读者 | 在网络上设置读者满意度调查`). The alignment put the
 * second name in the target's or the completion's column, where one text with no other value and
 * no points stands only in a row of names cut short; the short name is the 二级, the other its 三级.
 * (A scoring rule the table prints on every row, Beijing's 得分计算方法, may stand after them: it is
 * no value.)
 */
export function shortLevel2BeforeName(ind: RawIndicator): void {
  if (!ind.level1 || ind.level2 || !ind.level3 || !shortName(ind.level3.text)) return;
  // (The second name priced into the target's column or the completion's: one of them, not both.)
  const name = [ind.target, ind.actual].filter((x): x is RawValue => !!x && hasText(x.text));
  if (name.length !== 1) return;
  if ([ind.nature, ind.unit, ind.completion ?? null, ind.weight, ind.score, ind.deviation].some((x) => x && hasText(x.text))) return;
  const t = classify(name[0]!.text);
  if (t.kind !== "text" || t.quantityLike || /[。；;！？,，]/.test(name[0]!.text)) return;
  ind.level2 = ind.level3;
  ind.level3 = name[0]!;
  ind.target = null;
  ind.actual = null;
}
