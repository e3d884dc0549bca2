/**
 * A scoring sheet of names and points only (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分, no rule or
 * explanation column: Hainan's 2013 绩效评价指标评分 table) whose cells ran together, as a page flattened
 * onto one line gives it:
 *
 *     项目决策20项目目标4目标内容44决策过程8决策依据33决策程序55资金分配8分配办法22…
 *
 * The stream is names each followed by digits. A group's (一级, 二级) digits are its points; a 三级's are its
 * 分值 and 得分 run together (44: 4 | 4). What tells them apart is the sheet's arithmetic, which such a sheet
 * keeps: a 二级's points are the sum of its 三级 rows' 分值, a 一级's the sum of its 二级's points, and each
 * 三级's 分值 ≤ its 二级's points, 得分 ≤ 分值. The stream is read only when exactly one reading keeps all of
 * that (the last group may be open: an excerpt cut mid-table); otherwise nothing is read (null).
 */
import { endsTable, splitWeightScore } from "./run-together-scoring-sheet.js";

/** A name and the digits after it. */
export interface NamedDigits {
  name: string;
  digits: string;
}

/** One row read: the groups it opens (一级 then 二级, with their points) and its 三级 with 分值 and 得分. */
export interface PointsOnlyRow {
  level1?: { name: string; points: string };
  level2?: { name: string; points: string };
  level3: { name: string; weight: string; score: string } | null;
}

/** A name (a short run of words: no figure, clause mark or bracket) and the digits after it. */
const NAME_THEN_DIGITS = /^([^\d\s,，;；。:：=＝<>≤≥%％.．、()（）[\]【】]{2,20}?)(\d[\d.]*\d|\d)/;
/** Largest group points. */
const MAX_POINTS = 100;
/** A group's points: a whole number or one with a decimal, no leading zero. */
const GROUP_POINTS = /^[1-9]\d*(?:\.\d{1,2})?$/;
/** Most readings counted before giving up (two already mean no reading). */
const ENOUGH = 2;

/** The stream's names with their digits from its start, and where they stop. */
export function namedDigits(s: string): { tokens: NamedDigits[]; end: number } {
  const tokens: NamedDigits[] = [];
  let at = 0;
  // (A total or a closing part run in after the last row ends the sheet: 总分100100 is no name and points.)
  for (let m = NAME_THEN_DIGITS.exec(s); m && !endsTable(s.slice(at)); m = NAME_THEN_DIGITS.exec(s.slice(at))) {
    if ((m[1]!.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 2) break;
    tokens.push({ name: m[1]!, digits: m[2]! });
    at += m[0].length;
  }
  return { tokens, end: at };
}

interface Open {
  points: number;
  sum: number;
}

type Step = { kind: "level1" | "level2"; points: string } | { kind: "level3"; weight: string; score: string };

/** Sums compared in hundredths (points may carry two decimals). */
const cents = (x: number) => Math.round(x * 100);
const full = (g: Open | null) => g === null || cents(g.sum) === cents(g.points);

/**
 * The one reading of the tokens as groups and rows that keeps the sheet's arithmetic (see above), as a step per
 * token; null when there is none or more than one.
 */
export function readPointsOnly(tokens: readonly NamedDigits[]): Step[] | null {
  const found: Step[][] = [];
  const walk = (i: number, one: Open | null, two: Open | null, steps: Step[]) => {
    if (found.length >= ENOUGH) return;
    if (i === tokens.length) {
      // (The stream starts at the sheet's first 一级: a reading that never opened one is none.)
      if (one !== null && steps.some((s) => s.kind === "level3")) found.push([...steps]);
      return;
    }
    const digits = tokens[i]!.digits;
    // A 三级 row under the open 二级: its 分值 fits what the 二级 has left.
    if (two !== null) {
      const split = splitWeightScore(digits, two.points - two.sum);
      if (split) {
        steps.push({ kind: "level3", weight: split[0], score: split[1] });
        walk(i + 1, one, { points: two.points, sum: two.sum + Number(split[0]) }, steps);
        steps.pop();
      }
    }
    if (!GROUP_POINTS.test(digits) || Number(digits) > MAX_POINTS) return;
    const points = Number(digits);
    // A new 二级 under the open 一级, once the 二级 before is full.
    if (one !== null && full(two) && cents(one.sum + points) <= cents(one.points)) {
      steps.push({ kind: "level2", points: digits });
      walk(i + 1, { points: one.points, sum: one.sum + points }, { points, sum: 0 }, steps);
      steps.pop();
    }
    // A new 一级, once the one before is full.
    if (full(one) && full(two)) {
      steps.push({ kind: "level1", points: digits });
      walk(i + 1, { points, sum: 0 }, null, steps);
      steps.pop();
    }
  };
  walk(0, null, null, []);
  return found.length === 1 ? found[0]! : null;
}

/**
 * The rows of a points-only sheet from its stream, and what is left after them (a name the page cut off, or
 * text that belongs to no row); null when the stream has no one reading.
 */
export function readPointsOnlyStream(s: string): { rows: PointsOnlyRow[]; rest: string } | null {
  const { tokens, end } = namedDigits(s);
  const steps = readPointsOnly(tokens);
  if (steps === null) return null;
  const rows: PointsOnlyRow[] = [];
  let pending: Omit<PointsOnlyRow, "level3"> = {};
  steps.forEach((step, k) => {
    const name = tokens[k]!.name;
    if (step.kind === "level3") {
      rows.push({ ...pending, level3: { name, weight: step.weight, score: step.score } });
      pending = {};
    } else if (step.kind === "level1") pending = { level1: { name, points: step.points } };
    else pending = { ...pending, level2: { name, points: step.points } };
  });
  // (Groups opened at the end with no row under them: an excerpt cut there keeps them.)
  if (pending.level1 || pending.level2) rows.push({ ...pending, level3: null });
  return { rows, rest: s.slice(end) };
}
