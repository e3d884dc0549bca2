/**
 * The contract's normalisation of text values (contract.md, "Normalisation of text values"),
 * re-implemented here for the fixture generator only: it checks that every damaged cell the
 * renderers print normalises back to its truth string. It is not the parser's normaliser.
 */

const TAG = /<\/?(p|br|div|span|font|b|i|u|sup|sub)(\s[^<>]*)?\/?>/gi;
const BLOCK = /^<\/?(p|br|div)\b/i;

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", hellip: "…", mdash: "—",
};

/** Chinese punctuation kept full-width by step 3. */
const KEEP_FULLWIDTH = new Set(["，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "《", "》", "（", "）", "【", "】"]);

/** A Chinese character or a piece of Chinese punctuation (step 6). */
export function isChinese(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2ffff) ||
    (c >= 0x3000 && c <= 0x303f && c !== 0x3000) ||
    KEEP_FULLWIDTH.has(ch) ||
    ch === "—" ||
    ch === "…" ||
    ch === "·"
  );
}

function markup(s: string): string {
  s = s.replace(TAG, (m) => (BLOCK.test(m) ? " " : ""));
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

function tex(s: string): string {
  return s.replace(/\$([^$]*)\$/g, (_m, body: string) => {
    let b = body
      .replace(/\\text\{([^}]*)\}/g, "$1")
      .replace(/\\geq?(?![a-zA-Z])/g, "≥")
      .replace(/\\leq?(?![a-zA-Z])/g, "≤")
      .replace(/\\neq(?![a-zA-Z])/g, "≠")
      .replace(/\\lt(?![a-zA-Z])/g, "<")
      .replace(/\\gt(?![a-zA-Z])/g, ">")
      .replace(/\\%/g, "%")
      .replace(/\\times(?![a-zA-Z])/g, "×");
    b = b.replace(/[{}]/g, "").replace(/\s+/g, "");
    return b;
  });
}

function fullwidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULLWIDTH.has(ch)) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

function comparators(s: string): string {
  return s.replace(/>=|≧|⩾/g, "≥").replace(/<=|≦|⩽/g, "≤").replace(/[﹦＝═]/g, "=");
}

function quotes(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    s = t.slice(1, -1).replace(/""/g, '"');
  }
  const n = (s.match(/"/g) ?? []).length;
  if (n % 2 === 1) {
    const t2 = s.trim();
    if (t2.endsWith('"')) s = t2.slice(0, -1);
    else if (t2.startsWith('"')) s = t2.slice(1);
  }
  return s;
}

function space(s: string): string {
  const chars = Array.from(s);
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (/\s/.test(ch)) {
      let j = i;
      while (j < chars.length && /\s/.test(chars[j]!)) j++;
      const before = chars[i - 1];
      const after = chars[j];
      if (!isChinese(before) && !isChinese(after)) out += " ";
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out.trim();
}

/** Normalise one cell's text as the contract says; empty → null. */
export function normaliseText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let s = markup(raw);
  s = tex(s);
  s = fullwidth(s);
  s = comparators(s);
  s = quotes(s);
  s = space(s);
  return s === "" ? null : s;
}
