import { toSimplified, toTraditional } from "../normalise/script.js";
import { labelKey } from "../template/labels.js";
import { level1Names, level2Children, projectLevel1Names } from "../template/project.js";

/**
 * A 一级 name cut to its first characters (`产` for 产出指标: an excerpt, or a converter, kept only
 * the first line of a vertical cell) stands alone on its row, and the rows under it print their
 * 二级 names. The 一级 names that begin with it and hold that 二级 are the candidates: one, and the
 * cut name is that one; more (产出指标 and 产出目标 both hold 数量指标, where the form may be the
 * department-wide one), and the text does not settle it.
 */

/** The longest cut a name may show: shorter than the shortest 一级 name without its 指标 / 目标. */
const MAX_CUT = 2;

/** Whether a cell's text is a 一级 name cut short: a start of a known one, and no name itself. */
export function isCutLevel1(text: string): boolean {
  const t = toSimplified(labelKey(text));
  const n = [...t].length;
  return n >= 1 && n <= MAX_CUT && level1Names.some((name) => name.startsWith(t) && name !== t) && !level1Names.includes(t) && !bareNames.has(t);
}

/** 产出, 效益: whole names of some templates (bareLevel1Names), never a cut. */
const bareNames: ReadonlySet<string> = new Set(Object.keys(level2Children).filter((k) => !level1Names.includes(k)));

/**
 * The 一级 names a cut may stand for, given the 二级 name printed under it: among the project form's
 * own names when the form is a project's, else among every 一级 name the template knows.
 */
export function cutLevel1Candidates(cut: string, level2: string, projectForm: boolean): string[] {
  const t = toSimplified(labelKey(cut));
  const child = toSimplified(labelKey(level2)).replace(/\(.*\)$/, "");
  const names = projectForm ? projectLevel1Names : level1Names;
  const found = names.filter((name) => name.startsWith(t) && (level2Children[name] ?? []).includes(child));
  // (A cut in traditional characters, 產, is given back so: 產出指標, as printed.)
  const printed = cut.replace(/[\s\u3000]+/g, "");
  return toSimplified(printed) !== printed ? found.map(toTraditional) : found;
}
