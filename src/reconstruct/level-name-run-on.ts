import type { Cell } from "../layout/grid.js";
import { patternKey } from "../normalise/fold-width.js";
import { level1Names, level2Names } from "../template/project.js";

/**
 * In a row whose spaces part its cells (linear text, a spaced dump run onto one line), the page
 * may leave no space between a 一级 or 二级 name and the 三级 name after it (`社会效益指标推动公共文化
 * 服务 100% 100% 10 10`): a wrapped vertical label's last line runs into the row's first cell. Such a
 * token is cut after the level names it opens with, as the template spells them ending in 指标
 * (经济效益指标, 产出指标数量指标); the rest is the 三级 name. Names without 指标 (经济效益, 可持续性)
 * open too many words to be cut at, and a token that is a level name alone, or a name and its
 * points (效益指标(30分)), is left as it is.
 */
const LEVEL_NAMES = [...new Set([...level1Names, ...level2Names])].filter((n) => n.endsWith("指标")).sort((a, b) => b.length - a.length);
const FIRST_CHARS = new Set(LEVEL_NAMES.map((n) => n[0]!));
/** What may follow the names for the rest to be a 三级 name: a Chinese character or a numbered name (指标1:). */
const NAME_AFTER = /^[\u4e00-\u9fff]/;

/** Where the level names a token opens with end (0 when it opens with none). */
function levelNamesEnd(key: string): number {
  let at = 0;
  for (;;) {
    const name = LEVEL_NAMES.find((n) => key.startsWith(n, at));
    if (!name) return at;
    at += name.length;
  }
}

export function splitLevelNameRunOn(cells: Cell[]): Cell[] {
  let out: Cell[] | null = null;
  cells.forEach((c, i) => {
    const text = c.text.trim();
    const key = patternKey(text);
    const end = FIRST_CHARS.has(key[0] ?? "") ? levelNamesEnd(key) : 0;
    if (end === 0 || end === key.length || !NAME_AFTER.test(key.slice(end))) {
      out?.push(c);
      return;
    }
    out ??= cells.slice(0, i);
    out.push({ ...c, text: text.slice(0, end) }, { ...c, text: text.slice(end) });
  });
  return out ?? cells;
}
