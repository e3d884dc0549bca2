/**
 * A numbered scoring sheet that prints its rule before its points (序号 | 一级 | 二级 | 三级 | 指标说明 | 分值 |
 * 评分, the 一级 name with its points in brackets: 决策(10)) whose cells ran together, as a page flattened onto
 * one line gives it:
 *
 *     1决策(10)项目立项民主议事民主议事记录完整,得2分;不完整的每个项目扣1分222申报审批…得2分205过程(30)…
 *
 * The row's number tells where its points end: after the rule's last word, the digits before the next row's
 * number (222 in row 1: 分值 2, 评分 2, row 2), cut into 分值 | 评分 (two digits: one each; longer: the one cut
 * that keeps 得分 ≤ 分值 ≤ the 一级's points). Digits after a rule that do not end in the next number but are
 * such a pair are a second rule of the same row (…得2分22财政奖补资金…: a line of its own in the sheet).
 * The 三级 name ends only where the rule restates it (`民主议事民主议事记录完整…`, the 二级 name before it);
 * where nothing says, the names are not guessed: the text is the rule's.
 */
import { splitWeightScore } from "./run-together-scoring-sheet.js";

export interface NumberedRuleRow {
  seq: string;
  level1: string;
  level1Weight: string;
  level2: string;
  level3: string;
  rule: string;
  weight: string;
  score: string;
}

/** The 一级 name and its points in brackets, with or without 分 (决策(10), 过程(30分)). */
const LEVEL1 = /^([\u4e00-\u9fff]{2,10})[(（](\d{1,3})分?[)）]/;
/** What stands right before a row's points: a rule's last word (…得2分, …为止) or a clause's end. */
const RULE_LAST = /(?:[\d.]分|为止|即止|满分|不得分|[。；;])$/;
/** What no name holds. */
const NOT_IN_NAME = /[，,。；;：:、=＝<>≤≥%％\d①-⑳()（）]/;
const MAX_NAME = 12;
/** Fewest characters of a 三级 name its rule restates to tell where it ends (资金整合整合其他… restates no name). */
const MIN_RESTATED = 3;
const MAX_POINTS = 100;

/** 分值 | 评分 from the digits before the next row's number: two digits one each, else the one cut that fits. */
function pointsOf(digits: string, ceiling: number): [string, string] | null {
  if (/^\d\d$/.test(digits) && digits[0] !== "0") return [digits[0]!, digits[1]!];
  return splitWeightScore(digits, ceiling);
}

/** The 二级 and 三级 names at a row's text's start where the rule restates the 三级 (the 二级 may be merged: none). */
export function restatedNames(text: string): { level2: string; level3: string } | null {
  for (let end = MIN_RESTATED; end <= 2 * MAX_NAME && end < text.length; end++) {
    if (NOT_IN_NAME.test(text.slice(0, end))) return null;
    for (let start = end - MIN_RESTATED; start >= 0 && end - start <= MAX_NAME; start--) {
      const name = text.slice(start, end);
      // (A 二级 name before the 三级 is two characters at least.)
      if (start === 1) continue;
      if (text.startsWith(name, end)) return { level2: text.slice(0, start), level3: name };
    }
  }
  return null;
}

/** The sheet's rows from the stream after the header (it starts with row 1's number); [] when it is no such sheet. */
export function readNumberedRuleFirst(s: string): NumberedRuleRow[] {
  const rows: NumberedRuleRow[] = [];
  if (!/^1(?!\d)/.test(s)) return rows;
  let k = 1;
  let at = 1;
  let ceiling = MAX_POINTS;
  let level1 = "";
  let level1Weight = "";
  let continued = false;
  while (at < s.length) {
    level1 = "";
    level1Weight = "";
    const g = continued ? null : LEVEL1.exec(s.slice(at));
    if (g) {
      level1 = g[1]!;
      level1Weight = g[2]!;
      ceiling = Number(g[2]);
      at += g[0].length;
    }
    // (The first row opens the sheet's first 一级.)
    if (k === 1 && rows.length === 0 && !g) return [];
    const next = String(k + 1);
    let end: { at: number; after: number; points: [string, string]; numbered: boolean } | null = null;
    for (const m of s.slice(at).matchAll(/\d+/g)) {
      const from = at + m.index!;
      const to = from + m[0].length;
      if (from - at < 2 || !RULE_LAST.test(s.slice(at, from)) || (to < s.length && !/^[\u4e00-\u9fff“"]/.test(s.slice(to)))) continue;
      const digits = m[0];
      const byNumber = digits.length > next.length && digits.endsWith(next) ? pointsOf(digits.slice(0, -next.length), ceiling) : null;
      if (byNumber) {
        end = { at: from, after: to, points: byNumber, numbered: true };
        break;
      }
      const pair = splitWeightScore(digits, ceiling);
      if (pair) {
        end = { at: from, after: to, points: pair, numbered: false };
        break;
      }
    }
    const text = s.slice(at, end ? end.at : s.length);
    const names = continued ? null : restatedNames(text);
    rows.push({
      seq: continued ? "" : String(k),
      level1,
      level1Weight,
      level2: names?.level2 ?? "",
      level3: names?.level3 ?? "",
      rule: names ? text.slice(names.level2.length + names.level3.length) : text,
      weight: end?.points[0] ?? "",
      score: end?.points[1] ?? "",
    });
    if (!end) break;
    at = end.after;
    continued = !end.numbered;
    if (end.numbered) k++;
  }
  return rows;
}
