/**
 * Merged names broken inside their points note (text laid out with spaces).
 *
 * A form's 一级 cell often prints its points after its name (`产出指标（50分）`). In a narrow
 * column the note wraps: `产出指标（5` over `0分）`, `产出指标(35` over `分)`, `效益指标（` over
 * `30分）`, or the whole note on the line under the name (`满意度指标` / `(10分)`). Cut on the
 * rows its lines fall in, the name is no name (`产出指标（5`) and the note's tail runs into the
 * next row's first cell (`0分)差错率`). Here the note's tail goes back up to the name's line, so
 * the name stands whole on its first line, where a name printed at its span's top belongs (the
 * reader carries it down, and gives it to the rows above whose 二级 it holds). The joined name is
 * marked (`joinedNote`) and makes no row's centre: its line may be none (a name centred between
 * the rows it spans, `产出指标（4` / `5分）` between two rows' lines, goes to a row as any cell
 * centred on none does).
 *
 * Only where the text stands and what it spells is asked: the upper line's first word a name
 * (Chinese only) maybe opening a bracket with digits, the lower line's first text the rest of a
 * points note (digits, `分`, the closing bracket) starting under the name, on the next line or
 * two lines down with nothing between in their columns; the two together a name and a whole
 * points note (`分` in it). Nothing about which form it is.
 */
import type { SpacedPiece } from "./spaced-rows.js";

/** A name, maybe opening its points note: `产出指标（5`, `效益指标(`, `满意度指标`. */
const NAME_HEAD = /^([\u4e00-\u9fff]{4,9})([（(]\d*(?:\.\d*)?)?(?= |$)/;
/** The rest of a note: `0分）`, `分)`, `30 分）`, or a whole note `（10分）` under a bare name (`产出指标` / `(50分)`). */
const NOTE_TAIL = /^([（(]?\d*(?:\.\d+)? ?分?[）)])(?= |$)/;
/** A name and its whole points note. */
const NAMED_NOTE = /^[\u4e00-\u9fff]{4,9}[（(]\d+(?:\.\d+)? ?分[）)]$/;
/** Columns a note's tail may start left of its name (pdftotext rounds a half-width digit's column). */
const SLACK = 1;

const width = (s: string) => [...s].length;

/**
 * The pieces with each broken note's tail joined to its name's line (`产出指标（5` + `0分）` →
 * `产出指标（50分）`), the tail taken off its own line (its piece dropped when nothing else is
 * left of it). Other pieces are returned as they were.
 */
export function joinBrokenPointsNotes(pieces: readonly SpacedPiece[]): SpacedPiece[] {
  const byLine = new Map<number, SpacedPiece[]>();
  for (const p of pieces) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const replaced = new Map<SpacedPiece, SpacedPiece | null>();
  for (const p of pieces) {
    if (replaced.has(p)) continue;
    const head = NAME_HEAD.exec(p.text);
    if (!head) continue;
    const hx1 = p.x0 + width(head[0]);
    for (const below of [p.line + 1, p.line + 2]) {
      const q = (byLine.get(below) ?? []).find((o) => !replaced.has(o) && o.x0 >= p.x0 - SLACK && o.x0 < hx1);
      if (!q) {
        // Two lines down only across a line holding nothing in the name's columns.
        if ((byLine.get(below) ?? []).some((o) => o.x0 < hx1 && o.x1 > p.x0)) break;
        continue;
      }
      const tail = NOTE_TAIL.exec(q.text);
      if (!tail || !NAMED_NOTE.test(head[0] + tail[1])) break;
      if (below === p.line + 2 && (byLine.get(p.line + 1) ?? []).some((o) => o.x0 < Math.max(hx1, q.x0 + width(tail[1]!)) && o.x1 > Math.min(p.x0, q.x0))) break;
      replaced.set(p, { ...p, text: head[0] + tail[1] + p.text.slice(head[0].length), joinedNote: true });
      const rest = q.text.slice(tail[1]!.length).replace(/^ /, "");
      replaced.set(q, rest === "" ? null : { ...q, x0: q.x1 - width(rest), text: rest });
      break;
    }
  }
  return pieces.flatMap((p) => {
    const r = replaced.get(p);
    return r === undefined ? [p] : r === null ? [] : [r];
  });
}
