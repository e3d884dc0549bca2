/**
 * A character read twice: the LSTM's decoder now and then emits one glyph as two of the same
 * character (d-fax-p06's 有效, its 月 broken by the fax, read 有有效). Chinese characters are
 * square, so a one-line crop's ink holds about one character per ink height; a reading of n
 * Chinese characters whose ink is less than n − `SLACK` heights wide, with two alike side by side,
 * read one glyph twice, and one of the pair goes. 人人 or 常常 printed fill their width and stay.
 */
const CJK_ONLY = /^[\u3400-\u9fff]+$/u;

/** A run of n characters is at least n − SLACK ink heights wide (their ink is ≈ 1.05 heights each, minus the gaps at the ends). */
const SLACK = 0.5;

/** `text` with one of a doubled pair dropped when its ink is too narrow for every character; `text` itself otherwise. */
export function undoubled(text: string, inkEms: number | undefined): string {
  if (inkEms === undefined || !CJK_ONLY.test(text)) return text;
  const chars = Array.from(text);
  if (chars.length < 2 || inkEms >= chars.length - SLACK) return text;
  const at = chars.findIndex((ch, i) => i > 0 && ch === chars[i - 1]);
  if (at < 0) return text;
  chars.splice(at, 1);
  return chars.join("");
}
