/**
 * A fax's one-line Chinese reading with far fewer characters than its ink holds: d-fax-p05's
 * 群众满意度, its glyphs broken and speckled on the fax, came back 调度 (0.41) from ink 4.2 of its
 * heights wide. Read again at the page's own resolution it reads 群众满荡度 (0.72): five characters,
 * whose doubted 荡 the correct stage settles by the template's 满意度 (src/correct/characters.ts).
 * A Chinese character's advance is about one ink height, so the width in heights tells how many
 * characters the ink holds; only readings of Chinese characters alone are measured so (a number's
 * glyphs are narrower: ./recognise.ts `fitsInk`).
 */

const ALL_CJK = /^[\u3400-\u9fff]+$/u;

/** Characters' width of ink (in ink heights) left unread beyond which a reading is read again. */
export const UNREAD_EMS = 2;

/** Whether a reading of Chinese characters leaves `UNREAD_EMS` or more characters' width of its ink unread. */
export function leavesInkUnread(text: string, inkEms: number): boolean {
  return ALL_CJK.test(text) && inkEms >= Array.from(text).length + UNREAD_EMS;
}

/** Whether `again`, Chinese characters too, has a count nearer the ink's width than `first`. */
export function fillsInkBetter(first: string, again: string, inkEms: number): boolean {
  return ALL_CJK.test(again) && Math.abs(inkEms - Array.from(again).length) < Math.abs(inkEms - Array.from(first).length);
}
