/**
 * After the audit: a Chinese character OCR read unsure is settled by its twin — the same words
 * read surely elsewhere in the form, or printed in the template's own wording. A form repeats
 * itself: the unit's place name heads both 主管部门 and 实施单位 (宜宾市卫生健康委员会 /
 * 宜宾市急救中心), the goals' clauses come back in the actual goals, a verdict is the template's
 * (未达成预期指标). On a 150 dpi fax chi_sim misreads single characters of such text (宜 as 立)
 * while it reads the twin right and surely; the reading's own per-character confidence (Tesseract's,
 * `src/extract/ocr/char-confidence.ts`) tells which character is in doubt.
 *
 * A character is changed only when all of this holds:
 * - it was read below `UNSURE` and is Chinese, and so is what it becomes;
 * - the words around it (at least three characters, or two when the words open or close both
 *   texts: a name's head) were read surely, and are found in a twin read surely (or in the
 *   template's wording) with one other character in its place;
 * - every twin found agrees on that character, and none holds the words as read.
 * Otherwise it stays as read: never a guess. The change is kept in `sources[path].corrected`.
 */
import type { Lang } from "../messages.js";
import { valueAt } from "../audit/context.js";
import { scanMessages } from "../extract/scan/messages.js";
import { templateVocabulary } from "../extract/ocr/snap.js";
import type { OcrCharacters } from "../extract/extraction.js";
import type { Form, SourceLocation } from "../schema/index.js";
import { attachParsed } from "../normalise/quantity.js";
import { fieldKind, setValue } from "./editable.js";
import { sameBox } from "./ocr-readings.js";
import { MIN_PHRASE, phraseFix } from "./template-phrase.js";
import { secondReadingFix } from "./second-reading.js";
import type { SecondChar } from "../extract/ocr/second-reading.js";

/** The rule's own account of what it confirms (as the audit's rules say `confirmsReadings`). */
export const twinReadingRule = {
  id: "ocr-twin-reading",
  confirms: "characters",
  evidence: ["the form's other readings, read surely", "the template's printed wording"],
} as const;

/** The template-phrase rule's account (src/correct/template-phrase.ts), run in the same pass. */
export const templatePhraseRule = {
  id: "ocr-template-phrase",
  confirms: "characters",
  evidence: ["the template's printed phrases of six characters or more, one character from the words read, at their least sure character"],
} as const;

/** A character read below this is in doubt (chi_sim: 宜宾's 立 0.76, 经费's 必 0.55; sure text reads 0.95–0.99). */
export const UNSURE = 0.9;
/** Words at or above this in every character are read surely: a twin, or the context of a doubt. */
const SURE = 0.9;
/** Characters around the doubted one that must agree (fewer at a name's head or tail, both texts'). */
const CONTEXT = 3;
const ANCHORED_CONTEXT = 2;
/** Longest window looked at: longer twins are found through their shorter windows too. */
const MAX_WINDOW = 6;
/**
 * A character read surely but not beyond doubt (below this) is settled too, by a twin that holds
 * it with `LONG_SIDE` characters read surely on each side (a window of seven): d-fax-real-r02's
 * goal text read 李氏宗裙、英布 (裙 0.92) where an indicator's text read 李氏宗祠、英布 in every
 * character at ≥ 0.97. Such a reading is the model's word against the same seven characters read
 * elsewhere, so the twin must be read more surely at that place: d-fax-p06's goals read 维持高水平
 * (高 0.93) and its actual goals 维持耐水平 (耐 0.91, a misread), and the 高 stays. Three characters
 * on one side alone say only what may follow them.
 */
const FAIRLY_SURE = 0.95;
const LONG_SIDE = 3;
/**
 * A doubted character with words read surely on one side only is settled when those words are
 * this many characters long, a twin holds them with one character in the doubt's place, and the
 * character on the doubt's other side, where read surely, is the twin's too: d-fax-real-r02's
 * 龙瘟石刻护栏安装 (瘟 0.67; 龙 unsure before it) against 龙盘石刻护栏安装 read surely. Shorter words
 * on one side say only what may follow them (卫生服务 goes on 项目 in one clause and ；3、 in the
 * next), and so do long ones where what stands before differs (去市六安市罗氏 is no 开展六安市罗氏).
 */
const ONE_SIDE = 5;

const CJK = /[\u3400-\u9fff]/u;

interface Text {
  path: string | null;
  chars: string[];
  /** Confidences as the context of a doubt: a character settled here counts as sure. */
  conf: number[];
  /** Confidences as read, for the text's use as a twin: a character settled in it is no twin's evidence (it would carry one settling into the next). */
  read: number[];
  /** A second reading's character at each place (a fax's short cell: ./second-reading.ts). */
  second?: (SecondChar | null)[];
}

function textOf(src: SourceLocation | undefined, value: string, characters: readonly OcrCharacters[]): { chars: string[]; conf: number[]; second?: (SecondChar | null)[] } | null {
  if (!src || src.corrected || src.page === undefined || !src.bbox) return null;
  const read = characters.find((c) => c.page === src.page && sameBox(c.bbox, src.bbox));
  if (!read) return null;
  return alignRead(Array.from(read.text), read.confidences, value, read.second);
}

/**
 * The reading's characters and confidences for `value`: the same text, or the text with white
 * space the value was tidied of (a long goal text keeps a space Tesseract read, `6、 .按照`, that
 * the value has not). Anything else differing: null (the value is not the reading).
 */
export function alignRead(chars: readonly string[], conf: readonly number[], value: string, second?: readonly (SecondChar | null)[]): { chars: string[]; conf: number[]; second?: (SecondChar | null)[] } | null {
  const want = Array.from(value);
  const out: { chars: string[]; conf: number[]; second?: (SecondChar | null)[] } = { chars: [], conf: [] };
  if (second) out.second = [];
  let r = 0;
  for (const v of want) {
    while (r < chars.length && chars[r] !== v && /\s/u.test(chars[r]!)) r++;
    if (r >= chars.length || chars[r] !== v) return null;
    out.chars.push(v);
    out.conf.push(conf[r]!);
    out.second?.push(second![r] ?? null);
    r++;
  }
  for (; r < chars.length; r++) if (!/\s/u.test(chars[r]!)) return null;
  return out;
}

/** The template's wording as twins read surely (it is printed, not read). */
let vocabulary: Text[] | null = null;
function templateTexts(): Text[] {
  vocabulary ??= templateVocabulary().map((w) => {
    const chars = Array.from(w);
    return { path: null, chars, conf: chars.map(() => 1), read: chars.map(() => 1) };
  });
  return vocabulary;
}

/** The template's long phrases, as characters (`phraseFix` skips the short ones). */
let phraseChars: string[][] | null = null;
function phrases(): string[][] {
  phraseChars ??= templateVocabulary().map((w) => Array.from(w)).filter((w) => w.length >= MIN_PHRASE);
  return phraseChars;
}

interface Found {
  /** What twins put in the doubted place. */
  others: Set<string>;
  /** A twin holds the words as read. */
  asRead: boolean;
}

/** Looks for `w` (with the doubted place `d` free) in `e`, sure in every character; `skip` is a range of `e` not to use (the window itself). */
function search(w: string[], d: number, anchoredStart: boolean, anchoredEnd: boolean, e: Text, skip: [number, number] | null, out: Found): void {
  const L = w.length;
  for (let j = 0; j + L <= e.chars.length; j++) {
    if (anchoredStart && j !== 0) break;
    if (anchoredEnd && j + L !== e.chars.length) continue;
    if (skip && j < skip[1] && j + L > skip[0]) continue;
    let ok = true;
    for (let k = 0; k < L && ok; k++) {
      if (k !== d && (e.read[j + k]! < SURE || e.chars[j + k] !== w[k])) ok = false;
    }
    if (!ok) continue;
    const c = e.chars[j + d]!;
    // The same words read elsewhere with the same character, even unsure there, are a reading
    // that disagrees with a sure twin: d-fax-real-r02's 英布墓 read 墓 unsure in two cells and 幕
    // surely in a third, and the two right ones had been turned into the wrong one.
    if (c === w[d]) out.asRead = true;
    else if (e.read[j + d]! >= SURE && CJK.test(c)) out.others.add(c);
  }
}

/** The character twins agree on for place `i` of `t`, read surely but below FAIRLY_SURE, with LONG_SIDE sure characters on each side; or null. */
function settleLong(t: Text, i: number, twins: readonly Text[]): string | null {
  if (i < LONG_SIDE || i + LONG_SIDE >= t.chars.length) return null;
  const s = i - LONG_SIDE;
  const L = 2 * LONG_SIDE + 1;
  for (let k = s; k < s + L; k++) if (k !== i && t.conf[k]! < SURE) return null;
  const w = t.chars.slice(s, s + L);
  let other: string | null = null;
  for (const e of twins) {
    for (let j = 0; j + L <= e.chars.length; j++) {
      if (e === t && j < s + L && j + L > s) continue;
      let same = true;
      for (let k = 0; k < L && same; k++) if (k !== LONG_SIDE && (e.read[j + k]! < SURE || e.chars[j + k] !== w[k])) same = false;
      if (!same) continue;
      const c = e.chars[j + LONG_SIDE]!;
      // Read alike elsewhere (however surely): no doubt to settle. Read otherwise, the surer
      // reading of the same seven characters wins, and every such twin must agree.
      if (c === w[LONG_SIDE]) return null;
      if (!CJK.test(c) || e.read[j + LONG_SIDE]! <= t.conf[i]! || (other !== null && other !== c)) return null;
      other = c;
    }
  }
  return other;
}

/** The character twins agree on for place `i` of `t` (read unsure) from ONE_SIDE sure characters after or before it, or null. */
function settleOneSided(t: Text, i: number, twins: readonly Text[]): string | null {
  const L = ONE_SIDE + 1;
  let other: string | null = null;
  for (const s of [i, i - ONE_SIDE]) {
    if (s < 0 || s + L > t.chars.length) continue;
    let sure = true;
    for (let k = s; k < s + L; k++) if (k !== i && t.conf[k]! < SURE) sure = false;
    if (!sure) continue;
    const d = i - s;
    // The doubt's neighbour on the open side, when read surely, must be the twin's too.
    const beyond = d === 0 ? i - 1 : i + 1;
    const fixed = beyond >= 0 && beyond < t.chars.length && t.conf[beyond]! >= SURE ? t.chars[beyond]! : null;
    for (const e of twins) {
      for (let j = 0; j + L <= e.chars.length; j++) {
        if (e === t && j < s + L && j + L > s) continue;
        let same = true;
        for (let k = 0; k < L && same; k++) if (k !== d && (e.read[j + k]! < SURE || e.chars[j + k] !== t.chars[s + k])) same = false;
        if (!same) continue;
        const c = e.chars[j + d]!;
        if (c === t.chars[i]) return null;
        const eb = j + d + (d === 0 ? -1 : 1);
        if (fixed !== null && (eb < 0 || eb >= e.chars.length || e.chars[eb] !== fixed)) continue;
        if (e.read[j + d]! < SURE || !CJK.test(c) || (other !== null && other !== c)) return null;
        other = c;
      }
    }
  }
  return other;
}

/** The character twins agree on for place `i` of `t`, or null. */
function settle(t: Text, i: number, twins: readonly Text[], found: Found = { others: new Set(), asRead: false }): string | null {
  const n = t.chars.length;
  for (let L = ANCHORED_CONTEXT + 1; L <= Math.min(MAX_WINDOW, n); L++) {
    for (let s = Math.max(0, i - L + 1); s <= i && s + L <= n; s++) {
      // The words around the doubt must be read surely.
      let sure = true;
      for (let k = s; k < s + L; k++) if (k !== i && t.conf[k]! < SURE) sure = false;
      if (!sure) continue;
      const atStart = s === 0;
      const atEnd = s + L === n;
      if (L - 1 < CONTEXT && !(atStart || atEnd)) continue;
      const w = t.chars.slice(s, s + L);
      const d = i - s;
      // Words on both sides of the doubt, unless it opens or closes the text: words on one side only
      // say what may follow them, not what does (卫生服务 goes on 项目 in one clause, ；3、 in the next).
      if ((d === 0 && !atStart) || (d === L - 1 && !atEnd)) continue;
      // Words that open (or close) the text are compared with twins' openings (closings): a
      // name's head with names' heads (未达成… is a verdict's head; 部分达成… holds 分 there).
      for (const e of twins) {
        const self = e === t ? ([s, s + L] as [number, number]) : null;
        search(w, d, atStart, atEnd && !atStart, e, self, found);
      }
    }
  }
  if (found.asRead || found.others.size !== 1) return null;
  return [...found.others][0]!;
}

export interface TwinOptions {
  characters?: readonly OcrCharacters[] | undefined;
  lang?: Lang | undefined;
}

/** A copy of the form with its doubted characters settled by their twins (the form as it is when nothing is). */
export function settleByTwins(form: Form, opts: TwinOptions): Form {
  const characters = opts.characters ?? [];
  if (characters.length === 0) return form;
  const sources = form.sources ?? {};
  const texts: Text[] = [];
  for (const [path, src] of Object.entries(sources)) {
    if (fieldKind(path) !== "text") continue;
    const value = valueAt(form, path);
    if (typeof value !== "string") continue;
    const read = textOf(src, value, characters);
    if (read) texts.push({ path, ...read, read: [...read.conf] });
  }
  const twins = [...texts, ...templateTexts()];
  let out: Form | null = null;
  const msg = scanMessages(opts.lang);
  for (const t of texts) {
    const from = t.chars.join("");
    const changed: [string, string][] = [];
    const reread: [string, string][] = [];
    for (let i = 0; i < t.chars.length; i++) {
      if (t.conf[i]! >= FAIRLY_SURE || !CJK.test(t.chars[i]!)) continue;
      if (t.conf[i]! >= UNSURE) {
        const long = settleLong(t, i, twins);
        if (long === null) continue;
        changed.push([t.chars[i]!, long]);
        t.chars[i] = long;
        t.conf[i] = SURE;
        continue;
      }
      // Words on one side only when no twin with words on both sides holds the doubt as read.
      const near: Found = { others: new Set(), asRead: false };
      const c = settle(t, i, twins, near) ?? (near.asRead ? null : settleOneSided(t, i, twins));
      // No twin: the cell's second reading, where it agrees with the first around the doubt
      // (./second-reading.ts; its neighbours weighed as read, not as settled).
      const again = c === null && t.second ? secondReadingFix(t.chars, t.read, t.second, i) : null;
      if (c === null && again === null) continue;
      (c !== null ? changed : reread).push([t.chars[i]!, (c ?? again)!]);
      t.chars[i] = (c ?? again)!;
      // Settled by a sure twin (or a sure second reading): it may now be the context of the next doubt.
      t.conf[i] = SURE;
    }
    // Then the template's long phrases, one character from the words (src/correct/template-phrase.ts).
    for (let fix = phraseFix(t.chars, t.conf, phrases()); fix; fix = phraseFix(t.chars, t.conf, phrases())) {
      changed.push([t.chars[fix.at]!, fix.to]);
      t.chars[fix.at] = fix.to;
      t.conf[fix.at] = 1;
    }
    if (changed.length === 0 && reread.length === 0) continue;
    out ??= structuredClone(form);
    const to = t.chars.join("");
    setValue(out, t.path!, to);
    const src = out.sources![t.path!]!;
    const reasons = [
      ...(changed.length > 0 ? [msg.reasonTwinReading(changed.map(([a]) => a).join(""), changed.map(([, b]) => b).join(""))] : []),
      ...(reread.length > 0 ? [msg.reasonSecondReading(reread.map(([a]) => a).join(""), reread.map(([, b]) => b).join(""))] : []),
    ];
    out.sources![t.path!] = { ...src, corrected: { from, reason: reasons.join(msg.reasonSeparator) } };
  }
  if (!out) return form;
  // Targets and actuals are parsed from their text (a verdict, a comparator and a quantity): again.
  const changedInd = new Set(Object.entries(out.sources ?? {}).filter(([p, s]) => s.corrected && /^\/indicators\/\d+\/(target|actual)$/.test(p)).map(([p]) => Number(p.split("/")[2])));
  out.indicators = out.indicators.map((ind, i) => (changedInd.has(i) ? attachParsed(ind) : ind));
  return out;
}
