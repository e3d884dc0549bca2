import { goalColumns, goalsLabel, indicatorsLabels } from "../../template/project.js";

/**
 * Where a fund row named in words of its own begins in a dump run onto one line with its cells
 * parted by spaces (`其中:中央财政资金 829.3万 829.3万 100% 彩票公益金用于医疗救助 0 0 100% 地方资金 …`):
 * inside the funds block (after the total row's label, before the goals or the indicators), a word
 * of words only, standing between two figure words (the row before ends on its rate, its own
 * amounts follow), is a row's name. The template's fund row labels are cut already; this takes the
 * names a unit gives its sources (彩票公益金, 省级专项资金) where only the spacing tells the row.
 * Positions in `flat` (the line without its wrapping spaces; `flatAt` maps the line's characters there).
 */
export function spacedFundRowCuts(line: string, flat: string, flatAt: Int32Array, cuts: readonly number[]): number[] {
  const start = flat.search(FUNDS_TOTAL);
  if (start < 0) return [];
  const endAt = flat.slice(start).search(FUNDS_END);
  const end = endAt < 0 ? flat.length : start + endAt;
  const words = [...line.matchAll(/\S+/g)];
  const out: number[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!;
    const at = flatAt[w.index!]!;
    if (at <= start || at >= end || cuts.includes(at)) continue;
    if (!NAME_WORD.test(w[0]) || !FIGURE_WORD.test(words[k - 1]![0]) || !FIGURE_WORD.test(words[k + 1]![0])) continue;
    out.push(at);
  }
  return out;
}

/** The funds' total row label, which the block's rows follow. */
const FUNDS_TOTAL = /年度(?:财政)?资金总额/;
/** The goals' or the indicators' labels: the funds block is over. */
const FUNDS_END = new RegExp([...goalsLabel, ...goalColumns.flatMap((c) => c.exact), ...indicatorsLabels].map((l) => l.replace(/[()（）]/g, "\\$&")).join("|"));
/** A word of words only (a fund row's name may hold 、 : and brackets), 2 to 16 characters. */
const NAME_WORD = /^[\u4e00-\u9fff][\u4e00-\u9fff、:：()（）]{1,15}$/;
/** A figure as a fund row prints it: an amount (with its scale or unit), a rate, or a dash for none. */
const FIGURE_WORD = /^(?:[-+]?[0-9０-９][0-9０-９,.]*(?:万元|万|元|%|％)?|[—–-]+)$/;
