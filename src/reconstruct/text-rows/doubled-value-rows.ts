import { qualitativeValues } from "../../template/project.js";

/**
 * Where a flattened indicator table's rows start after a value printed twice (`…面積=230畝=230畝
 * 忠烈祠免費開放=365天=365天…`): a row's target and its completion are most often the same value,
 * and the text between two such pairs, holding no figure, is the next row's 三级 name. A row's
 * points after the pair are cut by the row-end rule; text followed by no second pair may be the
 * row's 偏差原因, so it is not cut.
 *
 * A pair is a value of 2–24 characters holding a figure, printed twice side by side; or, with no
 * figure, a verdict the template knows (良好良好, 达标达标: qualitativeValues) or a text of a sentence's
 * length (`独有资源可查询,范围扩到省馆独有资源可查询,范围扩到省馆`), which no name prints twice running.
 * (Short words twice are no pair: 医疗服务服务范围.)
 */
const PAIR = { min: 2, max: 24 };
/** Fewest characters of a text with no figure, no verdict, that a copy printed twice makes a pair. */
const TEXT_PAIR_MIN = 8;
const VERDICTS = new Set(qualitativeValues);
/** Is `unit`, printed twice side by side, a row's target and completion? */
function pairValue(unit: string): boolean {
  if (/[0-9]/.test(unit)) return true;
  return VERDICTS.has(unit) || (unit.length >= TEXT_PAIR_MIN && /[\u4e00-\u9fff]/.test(unit));
}
/** A row's points right after its pair (10, 22.5): one or two figures, the 分值 and 得分. */
const POINTS_FIRST = /^(?:\d{1,3}(?:\.\d{1,2})?){1,2}(?=\D)/;

/**
 * The row's points at the start of `text`; where the next row's name opens with a year
 * (`552021年度完工率`), the year's four digits are the name's (55 | 2021年度…).
 */
function pointsBefore(text: string): string {
  const points = POINTS_FIRST.exec(text)?.[0] ?? "";
  return points.length > 4 && YEAR_OPENING.test(text.slice(points.length - 4)) ? points.slice(0, -4) : points;
}
const YEAR_OPENING = /^(?:19|20)\d{2}年/;

/** What turns a figure into a quantity after it: 余 (200余人), or a unit. */
const QUANTITY_AFTER = /^(?:余|多)?(?:[万亿元人次个件项天年月日亩台套场所户名本册条篇期批米吨辆座家份周栋张]|公里|平方米|立方米|小时)/;

export function doubledValueRowStarts(key: string): number[] {
  const pairs = doubledValues(key);
  const starts: number[] = [];
  for (let k = 0; k + 1 < pairs.length; k++) {
    const between = key.slice(pairs[k]![1], pairs[k + 1]![0]);
    // (The row's points may stand first, whatever the name after them opens with: …25TB25TB10WIFI布点….)
    const points = pointsBefore(between);
    const name = between.slice(points.length);
    if (name.trim() !== "" && !/[0-9]/.test(name) && /[\u4e00-\u9fff]/.test(name)) starts.push(pairs[k]![1] + points.length);
  }
  return starts;
}

/** [start, end) of each value printed twice, left to right, not overlapping; the longest copy at each place. */
function doubledValues(key: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let start = 0; start + 2 * PAIR.min <= key.length; start++) {
    if (start < from) continue;
    for (let len = Math.min(PAIR.max, (key.length - start) >> 1); len >= PAIR.min; len--) {
      const unit = key.slice(start, start + len);
      if (!pairValue(unit) || key.slice(start + len, start + 2 * len) !== unit) continue;
      // A copy starts where a value may: not inside a number, not on a unit or a percent sign.
      if (/[0-9.]/.test(key[start - 1] ?? "") && /^[0-9.]/.test(unit)) continue;
      if (/^[%％.,]/.test(unit) || /[0-9.]/.test(key[start + 2 * len] ?? "") && /[0-9.]$/.test(unit)) continue;
      // A second copy that runs on into a quantity (`200 200余人`, `5 5人`) is no copy: the value differs.
      if (/[0-9]$/.test(unit) && QUANTITY_AFTER.test(key.slice(start + 2 * len))) continue;
      out.push([start, start + 2 * len]);
      from = start + 2 * len;
      break;
    }
  }
  return out;
}
