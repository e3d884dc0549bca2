import type { RawValue } from "./raw-form.js";

/**
 * One cell a line, a goal text broken before a figure (`…实际支出` / `125.25万元,预算完成率为` /
 * `83.50%。`): the reader joins a wrapped line only onto a Chinese character, so the pieces came as
 * cells of their own, more goal texts than the block's two columns. A piece that ends mid-phrase (on
 * a Chinese character, no punctuation) goes on in the next piece unless that one opens an item of
 * a list (`1、`, `(2)`, `一、`). Taken only when that leaves exactly the two goal texts; otherwise
 * null and the pieces stay as read.
 */
export function joinBrokenGoalPieces(texts: readonly RawValue[]): [RawValue, RawValue] | null {
  if (texts.length <= 2) return null;
  const out: RawValue[] = [texts[0]!];
  for (const t of texts.slice(1)) {
    const last = out[out.length - 1]!;
    if (OPEN_END.test(last.text.trim()) && !ITEM.test(t.text.trim())) out[out.length - 1] = { ...last, text: last.text.trimEnd() + t.text.trim() };
    else out.push(t);
  }
  return out.length === 2 ? [out[0]!, out[1]!] : null;
}

/** A piece that stops mid-phrase: its last character a Chinese one. */
const OPEN_END = /[\u4e00-\u9fff]$/;
/** An item's number opening a piece (a decimal, `125.25`, is none). */
const ITEM = /^(?:[0-9０-９]+[、)）]|[0-9０-９]+[.．](?![0-9０-９])|[(（][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[①-⑳])/;
