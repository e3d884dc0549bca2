import { goalCompletionVerdict } from "../template/project.js";

/**
 * Where two goal texts run together (年度总体目标's 预期目标 then its 实际完成情况, printed with nothing
 * between them) are cut: the index the completion begins at, or null when nothing printed tells.
 *
 * One text printed twice (the completion filled with the goal's own words, as units often do; the
 * second copy may be cut short) is cut between its copies, before any other sign is looked for. Otherwise each sign below marks text
 * that belongs to the completion, so the completion begins at or before it; of the signs found, the
 * earliest place is taken:
 * - a verdict after the goal's last sentence (…舞台设备。已完成);
 * - the unit's own numbering restarting (`1、…2、…1、…`, `(1)…(2)…(1)…`), or a list numbered only in the completion,
 *   begun after a sentence end (`…做好宣传。1、已…2、已…`);
 * - the goal's opening words restated, once, with or without 已 (`业务收入达到55万元…业务收入77.57万元…`);
 * - the sentence holding the first of several clauses opened by 已 (`…稳步提高。强化协同，已做好…，已加强…`):
 *   a goal says what is planned, the completion what was done;
 * - failing all these, the one sentence after the first that opens on a year (yearSentence).
 * A text cell does not end on a comma: a cut found right after one (`…组织实施，强化部门协同…` where
 * 强化部门 is the goal's opening) goes back to the start of its sentence.
 */
export function goalRunCut(text: string): number | null {
  const twin = twinCut(text);
  if (twin !== null) return twin;
  const lastEnd = Math.max(text.lastIndexOf("。", text.length - 2), text.lastIndexOf("；", text.length - 2), text.lastIndexOf(";", text.length - 2));
  if (lastEnd > 0 && goalCompletionVerdict.test(text.slice(lastEnd + 1).trim())) return lastEnd + 1;
  // (The list's first number as the unit prints it: 1、, (1) or （1）.)
  // (Or 目标1: as a goal's items are numbered, its completion's items numbered the same again.)
  const first = /^(1、|\(1\)|（1）|目[标標]\s*1\s*[:：.．、])/.exec(text)?.[1] ?? "1、";
  const restart = restartAt(text, first);
  if (text.startsWith(first)) return restart > 0 ? restart : (listInOtherStyle(text, first) ?? closedListEnd(text, first) ?? restatedSentence(text, lastItemStart(text, first)));
  // Numbering that begins only after a sentence's end, once: the second text's list.
  const numbered = [...text.matchAll(/[。；;]\s*(?=1、)/g)];
  if (numbered.length === 1 && text.indexOf("1、") === numbered[0]!.index! + numbered[0]![0].length) return numbered[0]!.index! + numbered[0]![0].length;
  const cuts = [restatedOpening(text), doneSentence(text)].filter((c): c is number => c !== null);
  return cuts.length > 0 ? Math.min(...cuts) : (restatedSentence(text, 0) ?? yearSentence(text));
}

/** How many characters of the text before it a sentence must say again to be taken for the completion's start. */
const RESTATED_RUN = 6;

/** Of a restated run, how many must be Chinese (not a date's or an amount's digits alone: 2022年12月). */
const RESTATED_HAN = 4;

/** A sentence that opens on a list's item number (`2、`, `目标2:`, `(2)`): the list goes on, no completion starts there. */
const OPENS_ITEM = /^\s*(?:目[标標]\s*\d+\s*[:：.．、]|\d+\s*[、.．:：]|[(（]\s*\d+\s*[)）])/;

/**
 * The completion restating the goal's words (`…布置革命文物陈列,布展面积300平方米。革命文物陈列的布展设计
 * 须经审定…`, `…12个住宅小区以及城中村铺设管道。…12个住宅小区以及城中村已接通…`): a completion reports on
 * what the goal named, in its words. The start of the first sentence, past `from` and past the first
 * sentence, that says again a run of RESTATED_RUN characters (words, no punctuation) of the text before
 * it; null when none does. A sentence that opens on a list's next item is the goal's own.
 */
function restatedSentence(text: string, from: number): number | null {
  for (const m of text.matchAll(/[。；;！!？?]/g)) {
    const at = m.index! + 1;
    if (at <= from || at >= text.length - 1) continue;
    const rest = text.slice(at);
    const end = rest.search(/[。；;！!？?]/);
    const sentence = end < 0 ? rest : rest.slice(0, end);
    if (OPENS_ITEM.test(sentence)) continue;
    if (restatesRun(sentence, text.slice(0, at))) return at;
  }
  return null;
}

/** Whether `sentence` holds a run of RESTATED_RUN characters, words only, that `before` holds too. */
function restatesRun(sentence: string, before: string): boolean {
  const chars = [...sentence];
  for (let i = 0; i + RESTATED_RUN <= chars.length; i++) {
    const run = chars.slice(i, i + RESTATED_RUN).join("");
    if (/[\s，,。；;、:：！!？?()（）]/.test(run)) continue;
    if ((run.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < RESTATED_HAN) continue;
    if (before.includes(run)) return true;
  }
  return false;
}

/** Where the last item of a list numbered like `first` (1、 2、 …, 目标1: 目标2: …) begins. */
function lastItemStart(text: string, first: string): number {
  let last = 0;
  for (let n = 2; ; n++) {
    const at = text.indexOf(first.replace("1", String(n)), last);
    if (at < 0) return last;
    last = at;
  }
}

/**
 * Where the list numbered from `first` (1、, (1), 目标1:) begins anew after its start, or -1: a `1、`
 * right after a digit is a later item's number (11、, 21、), not the list's first again.
 */
function restartAt(text: string, first: string): number {
  for (let at = text.indexOf(first, 2); at >= 0; at = text.indexOf(first, at + 1)) {
    if (!/[0-9]/.test(text[at - 1] ?? "")) return at;
  }
  return -1;
}

/** A list's first number in each style a unit prints one (1、 1. (1) （1）), right after a sentence's end; group 1 is the number. */
const LIST_AFTER_SENTENCE = /(?<=[。；;！!？?]\s*)(1[、.．](?![0-9])|\(1\)|（1）)/g;

/**
 * A goal whose items are numbered in one style (目标1:…目标2:…) and whose completion numbers its
 * own in another (`…争创先进。1.取得第一名。2.获评先进单位。`): the completion begins where a list
 * in the other style begins after a sentence's end, once, its second item following in the same
 * style. Null when no such list, or more than one, is found.
 */
function listInOtherStyle(text: string, first: string): number | null {
  const starts = [...text.matchAll(LIST_AFTER_SENTENCE)].filter((m) => !first.startsWith(m[1]!) && !m[1]!.startsWith(first));
  if (starts.length !== 1) return null;
  const at = starts[0]!.index!;
  const second = starts[0]![1]!.replace("1", "2");
  return text.indexOf(second, at + 1) > at ? at : null;
}

/** Shortest text taken as printed twice: a word or two repeated is no goal. */
const MIN_TWIN = 8;
/** The least share of the text a copy cut short keeps. */
const SHORT_COPY = 0.9;

/**
 * Where the second copy begins in a run that is one text twice over, the second copy whole or cut
 * short (an excerpt that ends inside the completion, or a completion that stops partway through the
 * goal's words): the one place after the middle from which the run's rest is the run's own
 * opening. Null when there is none, or more than one (a text that repeats itself).
 */
function twinCut(text: string): number | null {
  const t = text.trim();
  const n = t.length;
  if (n < 2 * MIN_TWIN) return null;
  // Two whole copies first.
  if (n % 2 === 0 && t.slice(0, n / 2) === t.slice(n / 2)) return text.indexOf(t) + n / 2;
  // A copy cut short keeps most of the text (at least SHORT_COPY of it): a goal that restates a phrase of its own is no copy.
  const opening = t.slice(0, MIN_TWIN);
  let cut: number | null = null;
  for (let c = t.indexOf(opening, Math.ceil(n / 2)); c >= 0 && n - c >= SHORT_COPY * c; c = t.indexOf(opening, c + 1)) {
    if (!t.startsWith(t.slice(c))) continue;
    if (cut !== null) return null;
    cut = c;
  }
  return cut === null ? null : text.indexOf(t) + cut;
}

/**
 * A goal numbered 1、…；2、…；3、…。 whose completion is not numbered (`…；7、强化部门协同。完善农田水利
 * 设施…`): the items parted by semicolons, the last closed by a full stop, the list ends there. Items
 * parted by full stops tell no such end (the last item may hold several sentences): null.
 */
function closedListEnd(text: string, first: string): number | null {
  const numberOf = (n: number) => first.replace("1", String(n));
  let last = 0;
  for (let n = 2; ; n++) {
    const at = text.indexOf(numberOf(n), last);
    if (at < 0) break;
    // (Each item after a semicolon: the list's own parting.)
    if (!/[；;]\s*$/.test(text.slice(0, at))) return null;
    last = at;
  }
  if (last === 0) return null;
  const end = text.indexOf("。", last);
  if (end < 0 || end + 1 >= text.length - 1) return null;
  // (The text after it is the completion: it holds no item of the list, no semicolon-parted rest of it.)
  return /^\s*[\u4e00-\u9fff]/.test(text.slice(end + 1)) ? end + 1 : null;
}

/**
 * Weakest sign, taken only when no other is found: one sentence, and only one, after the first
 * opens on a year (`…保障水平。2023年，全年组织…`): a completion reports on its year. A goal
 * that itself opens on the year may hold no second such sentence.
 */
function yearSentence(text: string): number | null {
  const opened = [...text.matchAll(/[。；;！!？?]\s*(?=(?:19|20)\d{2}\s*年)/g)];
  return opened.length === 1 ? opened[0]!.index! + opened[0]![0].length : null;
}

/** How many of the goal's first characters the completion must restate to be taken for its start. */
const RESTATED_OPENING = 4;

/** Ends a sentence: a text cell ends at one of these (or with no punctuation), not at a comma. */
const SENTENCE_END = /[。；;！!？?]/;
const CLAUSE_END = /[，,、]/;

/** The goal's opening words said again, once, past the opening itself: the completion begins there. */
function restatedOpening(text: string): number | null {
  const opening = [...text].slice(0, RESTATED_OPENING).join("");
  if ([...opening].length < RESTATED_OPENING || /[\d\s，,。；;、:：]/.test(opening)) return null;
  const hits: number[] = [];
  for (let i = text.indexOf(opening, opening.length); i >= 0; i = text.indexOf(opening, i + 1)) hits.push(i);
  if (hits.length !== 1) return null;
  const at = text[hits[0]! - 1] === "已" ? hits[0]! - 1 : hits[0]!;
  return CLAUSE_END.test(text[at - 1] ?? "") ? sentenceStart(text, at) ?? at : at;
}

/** Fewest clauses opened by 已 after the cut (and none before it) for the text after it to be taken for the completion. */
const DONE_CLAUSES = 2;

/**
 * The start of the sentence holding the first clause opened by 已 (…。已保障…, …，已做好…), when
 * at least DONE_CLAUSES such clauses follow there and the text before it holds a whole sentence.
 */
function doneSentence(text: string): number | null {
  const opened = [...text.matchAll(/(?<=^|[。；;！!？?，,、])\s*已/g)].map((m) => m.index!);
  if (opened.length < DONE_CLAUSES) return null;
  const first = opened[0]!;
  const at = SENTENCE_END.test(text[first - 1] ?? "") ? first : sentenceStart(text, first);
  return at !== null && at > 0 ? at : null;
}

/** Just after the sentence end before `at`, or null when no sentence ends before it. */
function sentenceStart(text: string, at: number): number | null {
  for (let i = at - 1; i > 0; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return null;
}
