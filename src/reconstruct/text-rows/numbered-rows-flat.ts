/**
 * Where a flattened indicator table's numbered 三级 names begin (`指标1:`, `任务2:`, `指标3.`), on a
 * piece's simplified key: each opens a row of its own.
 *
 * A number right after a Chinese character is the end of a name (社会效益指标1:), no row start,
 * unless the text gives other evidence:
 * - it follows a 二级 name's 指标 (数量指标指标1.…);
 * - it continues the piece's numbering: 指标5 after 指标4 (…不合格产品处置率指标5:…, a row printed
 *   with no values before it).
 * The number may close with a colon, a point or 、 as units print it, never with a digit after the
 * point (指标1.5 is a figure).
 */
const NUMBERED = /(?:任务|指标)\s*(\d{1,2})\s*(?:[:：、]|[.．](?![0-9]))/g;

export function numberedRowStarts(key: string): number[] {
  const starts: number[] = [];
  let last = 0;
  for (const m of key.matchAll(NUMBERED)) {
    const n = Number(m[1]);
    const before = key.slice(Math.max(0, m.index! - 2), m.index!);
    const free = !/[\u4e00-\u9fff]$/.test(before) || before === "指标" || /^任务/.test(m[0]);
    if (free || (last > 0 && n === last + 1)) {
      starts.push(m.index!);
      last = n;
    }
  }
  return starts;
}
