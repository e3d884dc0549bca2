/**
 * Normalisation of text values — the six steps of the contract ("Normalisation of text values"),
 * each an exported function, applied in order by {@link normaliseText}.
 *
 * Every step function is idempotent on its own. `normaliseText` applies the six steps in order
 * and repeats the whole sequence only when a pass produced new input for an earlier step
 * (an entity that decodes to a tag, `＜ｐ＞` becoming `<p>`, a cell quoted twice); for every
 * value seen in published forms one pass is the fixed point. This makes `normaliseText`
 * idempotent, so a value can safely be normalised again.
 */

import { FOLDED_FULL_WIDTH } from "./fold-width.js";

/** White space as step 6 (and the trimming in step 5) understands it. */
const WS = "\\s\\u200B";
const WS_RUN = new RegExp(`[${WS}]+`, "gu");
const WS_EDGES = new RegExp(`^[${WS}]+|[${WS}]+$`, "gu");

// ---------------------------------------------------------------- step 1: markup

const TAG_NAMES = "p|br|div|span|font|b|i|u|sup|sub";
const BLOCK_TAGS = new Set(["p", "br", "div"]);
/** `<tag attr="…" …>`, `</tag>`, `<tag/>`; attribute values may be quoted and hold `>`. */
const TAG_RE = new RegExp(
  `<\\/?(${TAG_NAMES})(?=[\\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>`,
  "giu",
);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: "\u00A0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  laquo: "«",
  raquo: "»",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  plusmn: "±",
  ge: "≥",
  le: "≤",
  ne: "≠",
  deg: "°",
  permil: "‰",
  percnt: "%",
  yen: "¥",
  cent: "¢",
  pound: "£",
  euro: "€",
  copy: "©",
  reg: "®",
  trade: "™",
  sect: "§",
  para: "¶",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  micro: "µ",
  radic: "√",
  infin: "∞",
  asymp: "≈",
  equiv: "≡",
  larr: "←",
  rarr: "→",
  uarr: "↑",
  darr: "↓",
  shy: "\u00AD",
  zwsp: "\u200B",
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/gu;

function codePointOk(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}

/** Decodes HTML entities (named ones in a common set, decimal `&#…;`, hex `&#x…;`); unknown or invalid ones stay text. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex as string, 16);
      return codePointOk(cp) ? String.fromCodePoint(cp) : whole;
    }
    const v = name !== undefined ? NAMED_ENTITIES[name] : undefined;
    return v ?? whole;
  });
}

function stripTagsOnce(s: string): string {
  return s.replace(TAG_RE, (_whole, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? " " : ""));
}

/**
 * Step 1. Removes the tags p, br, div, span, font, b, i, u, sup, sub (any attributes, opening,
 * closing or self-closing, any case) — br, p and div leave a space — and decodes HTML entities.
 * Anything else that looks like a tag (`<5%`, `<=5%`, `<table>`) is text. Repeated until
 * stable, so a double-escaped `&amp;lt;p&amp;gt;` ends as markup removed, not as `<p>`.
 */
export function stripMarkup(s: string): string {
  // No tag without a <, no entity without an &: most cells hold neither.
  if (!s.includes("<") && !s.includes("&")) return s;
  let cur = s;
  for (let i = 0; i < 16; i++) {
    const next = decodeEntities(stripTagsOnce(cur));
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}

// ---------------------------------------------------------------- step 2: TeX math

const TEX_COMMANDS: Readonly<Record<string, string>> = {
  geq: "≥",
  ge: "≥",
  leq: "≤",
  le: "≤",
  neq: "≠",
  lt: "<",
  gt: ">",
  times: "×",
};

/** Converts the content of one `$…$` span. */
function convertMath(src: string): string {
  let out = "";
  let i = 0;
  const n = src.length;
  /** Out ends with a kept command word: a following letter needs a space to stay apart. */
  let afterWord = false;
  while (i < n) {
    const c = src[i] as string;
    if (c === "\\") {
      const m = /^\\([A-Za-z]+)/u.exec(src.slice(i));
      if (m) {
        const name = m[1] as string;
        i += m[0].length;
        if (name === "text") {
          // \text{x} → x (its braces are dropped with all others; its white space too).
          afterWord = false;
          continue;
        }
        const rep = TEX_COMMANDS[name];
        if (rep !== undefined) {
          out += rep;
          afterWord = false;
        } else {
          out += "\\" + name;
          afterWord = true;
        }
        continue;
      }
      const next = src[i + 1];
      if (next === "%") {
        out += "%";
        i += 2;
        afterWord = false;
        continue;
      }
      if (next === undefined) {
        out += "\\";
        i += 1;
        continue;
      }
      // Any other control symbol (\{ \, \$ …) is kept as written.
      out += "\\" + next;
      i += 2;
      afterWord = false;
      continue;
    }
    if (c === "{" || c === "}") {
      i += 1;
      continue;
    }
    if (/\s/u.test(c)) {
      i += 1;
      continue;
    }
    if (afterWord && /[A-Za-z]/u.test(c)) out += " ";
    out += c;
    afterWord = false;
    i += 1;
  }
  return out;
}

/**
 * Step 2. TeX math between `$…$`: `\geq` `\ge` → ≥, `\leq` `\le` → ≤, `\neq` → ≠, `\lt` → <,
 * `\gt` → >, `\%` → %, `\times` → ×, `\text{x}` → x; braces and white space inside the math
 * dropped; any other command kept as written; the `$` delimiters dropped.
 *
 * A span opens at a `$` (not escaped as `\$`) followed by a non-space character and closes at
 * the next `$` preceded by a non-space character and not followed by a digit (the usual
 * Markdown rule, so `$5 and $6` is not math). A lone `$` stays text.
 */
export function texMath(s: string): string {
  if (!s.includes("$")) return s;
  let out = "";
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i] as string;
    if (c === "\\" && s[i + 1] === "$") {
      out += "\\$";
      i += 2;
      continue;
    }
    if (c === "$") {
      const first = s[i + 1];
      if (first !== undefined && first !== "$" && !/\s/u.test(first)) {
        // find the closing $
        let j = i + 1;
        let close = -1;
        while (j < n) {
          const d = s[j] as string;
          if (d === "\\") {
            j += 2;
            continue;
          }
          if (d === "$") {
            const before = s[j - 1] as string;
            const after = s[j + 1];
            if (!/\s/u.test(before) && !(after !== undefined && /[0-9]/u.test(after))) close = j;
            break;
          }
          j += 1;
        }
        if (close > 0) {
          out += convertMath(s.slice(i + 1, close));
          i = close + 1;
          continue;
        }
      }
    }
    out += c;
    i += 1;
  }
  return out;
}

// ---------------------------------------------------------------- step 3: full-width forms

/** One character step 3 changes (the punctuation it keeps aside). */
const FULL_WIDTH_ANY = new RegExp(`[${FOLDED_FULL_WIDTH}\\u3000]`);

/** Punctuation of Chinese text kept as printed (the full-width ones among them). */
const KEPT_FULL_WIDTH = new Set(["，", "；", "：", "？", "！", "（", "）"]);

/**
 * Step 3. Full-width digits, Latin letters and symbols (U+FF01–U+FF5E) become ASCII, U+3000
 * (ideographic space) a space; the punctuation of Chinese text ，。、；：？！“”‘’《》（）【】 is kept.
 */
export function fullWidthToAscii(s: string): string {
  // A test first: a global replace with the u flag costs several times more, even when nothing matches.
  if (!FULL_WIDTH_ANY.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E\u3000]/gu, (c) => {
    if (c === "\u3000") return " ";
    if (KEPT_FULL_WIDTH.has(c)) return c;
    return String.fromCharCode((c.charCodeAt(0) - 0xfee0) as number);
  });
}

// ---------------------------------------------------------------- step 4: comparators

/** What step 4 acts on: without one of these, its three replacements change nothing. */
const COMPARATOR_ANY = /[﹦＝═≧⩾≦⩽]|[<>]=/;

/** Step 4. `>=` `≧` `⩾` → `≥`; `<=` `≦` `⩽` → `≤`; look-alike equals signs `﹦` `＝` `═` → `=`. */
export function unifyComparators(s: string): string {
  if (!COMPARATOR_ANY.test(s)) return s;
  // Equals look-alikes first, so `>﹦` reads as `>=` and the step is idempotent.
  return s
    .replace(/[﹦＝═]/gu, "=")
    .replace(/>=|≧|⩾/gu, "≥")
    .replace(/<=|≦|⩽/gu, "≤");
}

// ---------------------------------------------------------------- step 5: spreadsheet quoting

/** One character of white space as WS_EDGES has it. */
const WS_CHAR = new RegExp(`[${WS}]`, "u");

/**
 * `s` without white space at its ends. Most cells have none there: their first and last
 * characters tell so, and the pattern's scan of the whole cell for a trailing run is spared.
 */
function trimWs(s: string): string {
  if (s === "" || (!WS_CHAR.test(s[0]!) && !WS_CHAR.test(s[s.length - 1]!))) return s;
  return s.replace(WS_EDGES, "");
}

function isWrapped(s: string): boolean {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"');
}

/**
 * Step 5. A cell wrapped in `"…"` is unwrapped (`""` inside → `"`); then, if the cell holds an
 * odd number of `"`, one at its end — else one at its start — is dropped (a `"` in the middle
 * stays). White space around the cell is ignored (and trimmed), and unwrapping is repeated
 * while the cell is still wrapped, so the step is idempotent: a value never comes out wrapped.
 */
export function unquoteSpreadsheet(s: string): string {
  let cur = trimWs(s);
  while (isWrapped(cur)) {
    cur = trimWs(cur.slice(1, -1).replace(/""/gu, '"'));
  }
  // (Counted with indexOf: a loop over the characters of a long goal text cost more than the rest of the step.)
  let count = 0;
  for (let at = cur.indexOf('"'); at >= 0; at = cur.indexOf('"', at + 1)) count++;
  if (count % 2 === 1) {
    if (cur.endsWith('"')) cur = trimWs(cur.slice(0, -1));
    else if (cur.startsWith('"')) cur = trimWs(cur.slice(1));
  }
  return cur;
}

// ---------------------------------------------------------------- step 6: white space

/** A Chinese character (Han script). */
const HAN = "\\p{Script=Han}";
/**
 * Chinese punctuation: the contract's ，。、；：？！“”‘’《》（）【】 plus the rest of the CJK
 * Symbols and Punctuation block (「」『』〔〕〈〉…, U+3001–U+303F).
 */
const CJK_PUNCT = "，；：？！（）“”‘’\\u3001-\\u303F";
const CJK_CLASS = `[${HAN}${CJK_PUNCT}]`;
const CJK_ONE = new RegExp(`^${CJK_CLASS}$`, "u");
const HAS_WS = new RegExp(`[${WS}]`, "u");

/** True for a Chinese character or Chinese punctuation (as step 6 understands it). */
export function isCjk(ch: string): boolean {
  return CJK_ONE.test(ch);
}

/**
 * Step 6. White space touching a Chinese character or Chinese punctuation is removed
 * (`思想 and 党` → `思想and党`); any other run of white space becomes one space; trimmed.
 * A string left empty is null.
 *
 * One pass over the runs of white space, each run looking at the characters on either side: the
 * same as removing the runs before Chinese, then those after it (a pattern with a look-behind),
 * then making the rest one space, which as three passes cost most of the step.
 */
export function collapseWhitespace(s: string): string | null {
  if (!HAS_WS.test(s)) return s === "" ? null : s;
  const out = trimWs(s.replace(WS_RUN, (run: string, at: number) => (touchesCjk(s, at, at + run.length) ? "" : " ")));
  return out === "" ? null : out;
}

/**
 * Whether the character just before `start` or the one at `end` is Chinese, read as whole code
 * points (as the u flag reads them): white space there is dropped (step 6), and a line-break tag
 * the text readers take out (extract/text/left-markup.ts) leaves nothing.
 */
export function touchesCjk(s: string, start: number, end: number): boolean {
  if (end < s.length && cjkAt(s, end)) return true;
  if (start === 0) return false;
  const last = s.charCodeAt(start - 1);
  const pair = last >= 0xdc00 && last <= 0xdfff && start >= 2 && s.charCodeAt(start - 2) >= 0xd800 && s.charCodeAt(start - 2) <= 0xdbff;
  return cjkAt(s, pair ? start - 2 : start - 1);
}

/**
 * isCjk of the code point at `at`. ASCII is never Chinese and U+4E00–U+9FFF (the unified
 * ideographs) always is: those answer without building a string and running the pattern.
 */
function cjkAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 0x80) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return CJK_ONE.test(String.fromCodePoint(s.codePointAt(at)!));
}

// ---------------------------------------------------------------- the pipeline

function onePass(s: string): string | null {
  return collapseWhitespace(unquoteSpreadsheet(unifyComparators(fullWidthToAscii(texMath(stripMarkup(s))))));
}

/**
 * The contract's text normalisation: steps 1–6 in order. Null, undefined and a string left
 * empty give null. Deterministic, never throws, idempotent.
 */
export function normaliseText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw);
  // Most cells need nothing done: no markup, TeX, full-width forms, quotes, comparators to unify
  // or white space. They are their own normal form.
  if (isAlreadyNormal(text)) return text;
  let cur: string | null = onePass(text);
  // Only white space could still change, and step 6 is idempotent: this is the fixed point.
  if (cur === null || NOTHING_BUT_SPACE_TO_DO.test(cur)) return cur;
  // Each pass that changes a string shortens it, so this ends; normally it runs once more at most.
  for (let guard = 0; cur !== null && guard < 64; guard++) {
    const next = onePass(cur);
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

/**
 * Full-width forms step 3 converts: U+FF01–U+FF5E except the Chinese punctuation it keeps
 * (！（），：；？ — FF01 FF08 FF09 FF0C FF1A FF1B FF1F), which most Chinese cells hold.
 */
const CONVERTED_FULL_WIDTH = `${FOLDED_FULL_WIDTH}\\u3000`;
/** A string none of the six steps would change (see normaliseText); isAlreadyNormal answers it. */
export const ALREADY_NORMAL = new RegExp(`^[^\\s<>&$"'${CONVERTED_FULL_WIDTH}≧≦⩾⩽﹦═\\u200B]+$`);

/** ASCII that some step acts on: white space (\t \n \v \f \r and the space), markup, TeX, quotes. */
const ASCII_TO_DO = new Uint8Array(128);
for (const ch of "\t\n\v\f\r <>&$\"'") ASCII_TO_DO[ch.charCodeAt(0)] = 1;

/**
 * ALREADY_NORMAL.test(s) as a loop over code units. Why: normaliseText is asked of every value of
 * every form (about 80 a seed form, most a few characters long), and for such short texts the
 * pattern's call cost more than its scan: the loop answers in a few comparisons a character,
 * the unified ideographs (most of a Chinese cell) first. (The class is a set of code units, so
 * testing unit by unit is the pattern's own reading; a test holds the two equal on all 65,536.)
 */
export function isAlreadyNormal(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c < 0x80) {
      if (ASCII_TO_DO[c] === 1) return false;
      continue;
    }
    if (c >= 0xff02 && c <= 0xff5e) {
      // Full-width forms step 3 folds: all but ！（），：；？ (FF01 is below the range).
      if (c !== 0xff08 && c !== 0xff09 && c !== 0xff0c && c !== 0xff1a && c !== 0xff1b && c !== 0xff1f) return false;
      continue;
    }
    if (
      c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
      c === 0x3000 || c === 0xfeff || c === 0x2266 || c === 0x2267 || c === 0x2a7d || c === 0x2a7e || c === 0xfe66 || c === 0x2550
    ) {
      return false;
    }
  }
  return true;
}

/** A string steps 1–5 leave as it is: only step 6 (white space) could act, and it is idempotent. */
const NOTHING_BUT_SPACE_TO_DO = new RegExp(`^[^<>&$"'${CONVERTED_FULL_WIDTH}≧≦⩾⩽﹦═]*$`);
