/**
 * Notes a form prints on a line of their own, which a converter's block order may set among other
 * cells: the year under the title and the unit under the funds' label. One spelling each, shared
 * by the passes that tell them apart from a value (wrapped-label-lines.ts,
 * stacked-header-labels.ts, text-rows/paragraph-pieces.ts). (segment-stream.ts's bracketed year is
 * asked of a labelKey, with 年度 and a year of this era, inside the indicator table: a narrower
 * question there, where a value may be a year.)
 */

/** The year printed alone under a title: `(2018年度)`, `（ 2020 年度 ）`. */
export const yearAlonePattern = /^[(（]\s*\d{4}\s*年度?\s*[)）]$/;

/** The unit of a label's amounts in brackets alone: `（万元）`, `(元)`. */
export const amountUnitAlonePattern = /^[(（]\s*万?元\s*[)）]$/;
