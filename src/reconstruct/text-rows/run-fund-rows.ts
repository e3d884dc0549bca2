import { fundRows, goalColumns, goalsLabel, indicatorsLabels } from "../../template/project.js";

/**
 * Where a fund row named in words of its own begins in a form flattened onto one line with its cells
 * run together (`其中:中央财政资金829.3万829.3万100%彩票公益金用于医疗救助00100%地方资金…`): inside the
 * funds block (after the total row's label, before the goals or the indicators), text standing between
 * the row before's last figure (its rate, an amount) and a figure of its own is a row's name. The
 * template's fund row labels are cut already; this takes the names a unit gives its sources where
 * only the figures around them tell the row, as spaced-fund-rows.ts does for a dump that kept its spaces.
 * A unit after the figure (万, 万元, 元) is the figure's, never a name; positions in `key`.
 */
export function runFundRowStarts(key: string, starts: readonly number[]): number[] {
  const start = key.search(FUNDS_TOTAL);
  if (start < 0) return [];
  const endAt = key.slice(start).search(FUNDS_END);
  const end = endAt < 0 ? key.length : start + endAt;
  const out: number[] = [];
  for (const m of key.slice(start, end).matchAll(NAME_BETWEEN_FIGURES)) {
    const unit = AMOUNT_UNIT.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(unit);
    const at = start + m.index! + unit;
    if (name.length < MIN_NAME || starts.some((s) => s >= at - unit && s < at + name.length)) continue;
    out.push(at);
  }
  return out;
}

/** The funds' total row label, which the block's rows follow: the template's spellings that name the year (年度资金总额, 年度总金额). */
const FUNDS_TOTAL = new RegExp(fundRows.find((r) => r.key === "total")!.exact.filter((l) => /^年度[\u4e00-\u9fff]+$/.test(l)).join("|"));
/** The goals' or the indicators' labels: the funds block is over. */
const FUNDS_END = new RegExp([...goalsLabel, ...goalColumns.flatMap((c) => c.exact), ...indicatorsLabels].map((l) => l.replace(/[()（）]/g, "\\$&")).join("|"));
/** Text of words only (a fund row's name may hold 、 : and brackets) after a figure or a rate and before a figure. */
// (A figure of two decimals followed by a mark of a character the page lost, `4,614,453.11?`, ends the row before as well: lost-marks.ts.)
const NAME_BETWEEN_FIGURES = /(?<=[0-9０-９%％]|\d\.\d{2}[?？\uFFFD])[\u4e00-\u9fff][\u4e00-\u9fff、:：()（）]{1,17}(?=[0-9０-９])/g;
/** The scale or unit an amount prints after its figure. */
const AMOUNT_UNIT = /^(?:万元|亿元|万|元)/;
/** Fewest characters of a fund row's own name (中央资金 …; a lone word is a unit or a note). */
const MIN_NAME = 3;
