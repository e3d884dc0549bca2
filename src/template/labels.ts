import { stripPinyin, toSimplified } from "../normalise/script.js";
import type { Spelling } from "./project.js";

/**
 * The form of a label used for matching: simplified script, pinyin dropped, no white space,
 * ASCII brackets and colon, no trailing colon. Never used to rewrite the text that is kept.
 */
const keyCache = new Map<string, string>();
/** Labels recur in every form; the cache is bounded so a huge input cannot grow it without end. */
const KEY_CACHE_LIMIT = 20_000;

export function labelKey(text: string): string {
  const hit = keyCache.get(text);
  if (hit !== undefined) return hit;
  const key = computeLabelKey(text);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

function computeLabelKey(text: string): string {
  let s = stripPinyin(text);
  s = s.replace(/<[^>]*>/g, "");
  s = toSimplified(s);
  s = s
    // Points in lenticular or square brackets (规划【15分】, 分值[10分]) as templates print them: the
    // same note as (15分).
    .replace(/[【\[]\s*(\d+(?:\.\d+)?\s*分?)\s*[】\]]/g, "($1)")
    .replace(/[（﹙]/g, "(")
    .replace(/[）﹚]/g, ")")
    .replace(/[：﹕]/g, ":")
    .replace(/[\s\u3000"“”]+/g, "")
    .replace(/[:：]+$/, "");
  return s;
}

export function matchSpelling<K extends string>(key: string, spellings: readonly Spelling<K>[]): K | null {
  for (const sp of spellings) if (sp.exact.includes(key)) return sp.key;
  for (const sp of spellings) {
    for (const p of sp.prefix ?? []) {
      if (key.startsWith(p) && /^(\([^()]*\))?$/.test(key.slice(p.length).replace(/^[A-Za-z]$/, ""))) return sp.key;
    }
  }
  // A label with a bracketed suffix (年初预算数(万元), 分值(10分)) is the label.
  const bare = key.replace(/\([^()]*\)$/, "");
  if (bare !== key && bare.length > 0) return matchSpelling(bare, spellings);
  // A 分值 or 权重 with its points printed bare after it (分值10分), as the note (10分) is.
  const points = /^(.*(?:分值|权重))\d+(?:\.\d+)?分$/.exec(key);
  if (points) return matchSpelling(points[1]!, spellings);
  return null;
}

/** A cell that begins with a label and carries its value after a colon: `项目名称：xxx`, `总分:91`. */
export function splitLabelValue(text: string): { label: string; value: string } | null {
  const m = /^\s*([^:：]{2,12}?)\s*[:：]\s*(.+)$/s.exec(text);
  if (!m) return null;
  return { label: m[1]!, value: m[2]! };
}
