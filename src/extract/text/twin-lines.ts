/**
 * Two cells side by side that hold the same long text (a goal's 预期目标 and 实际完成情况 printed alike,
 * as many units fill them in), wrapped alike, and read by a PDF's text layer line by line across the
 * row: each line comes twice in a row (`目标1:按程序做好…` / `目标1:按程序做好…` / `覆盖面,将…` /
 * `覆盖面,将…`). Read as they come, the two texts are cut into each other. A run of such twin lines is
 * put back as the two cells were: the first copy's lines, then the second's. Only long lines start
 * a run (a wrapped text's; a row's values printed twice, `100%` / `100%` / `10` / `10`, are short),
 * and at least two pairs make one; a short last line then ends it.
 */

/** Shortest line that starts or goes on with a run of twin lines. */
const MIN_TWIN = 8;
/** Fewest pairs of long twin lines to take a run for two cells read across. */
const MIN_PAIRS = 2;

/** The lines with each run of twin lines put back as its two copies, one after the other (as many lines as given). */
export function untwinLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; ) {
    let end = i;
    let long = 0;
    while (end + 1 < out.length && twin(out[end]!, out[end + 1]!)) {
      const isLong = [...out[end]!.trim()].length >= MIN_TWIN;
      // A short pair is the texts' last line: it ends a run long enough, and no run starts on it.
      if (!isLong && long < MIN_PAIRS) break;
      end += 2;
      if (!isLong) break;
      long++;
    }
    if (long < MIN_PAIRS) {
      i++;
      continue;
    }
    const run = out.slice(i, end);
    const first = run.filter((_, k) => k % 2 === 0);
    const second = run.filter((_, k) => k % 2 === 1);
    out.splice(i, run.length, ...first, ...second);
    i = end;
  }
  return out;
}

function twin(a: string, b: string): boolean {
  return a.trim() !== "" && a.trim() === b.trim();
}
