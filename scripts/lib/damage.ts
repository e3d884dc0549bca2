/**
 * Cell-level damage: what converters do to a cell's text without changing what it says once the
 * contract's normalisation has run. Every damaged cell is checked against that normalisation.
 */
import type { Rng } from "./prng.js";
import type { LCell } from "./layout.js";
import { isChinese, normaliseText } from "./normalise.js";

export interface DamageProfile {
  /** Chance of a wrap space inside a Chinese text cell. */
  spaces: number;
  /** Chance of `<p>…</p>` around a goal text. */
  pTags: number;
  /** Chance of a quoted multi-line cell (delimited text only). */
  multiline: number;
  /** Chance of a stray closing quote. */
  strayQuote: number;
  /** Chance that a texable target is printed as TeX. */
  tex: number;
  /** Chance of another spelling of ≥ / ≤. */
  comparator: number;
  /** Chance of full-width digits and % in a target. */
  fullwidth: number;
  /** Line breaks inside a cell printed as `<br>` (Markdown) instead of newlines. */
  br: boolean;
  /** Chance of spaces inside a label (`年度 指标值`). */
  labelSpaces: number;
}

export const NO_DAMAGE: DamageProfile = { spaces: 0, pTags: 0, multiline: 0, strayQuote: 0, tex: 0, comparator: 0, fullwidth: 0, br: false, labelSpaces: 0 };

/** Positions i (0 < i < length) where both neighbours are Chinese, so white space there is dropped. */
export function chineseBoundaries(s: string): number[] {
  const chars = Array.from(s);
  const out: number[] = [];
  for (let i = 1; i < chars.length; i++) if (isChinese(chars[i - 1]) && isChinese(chars[i])) out.push(i);
  return out;
}

/** Insert `sep` at up to `n` random Chinese boundaries. */
export function insertAtBoundaries(rng: Rng, s: string, sep: string, n: number): string {
  const chars = Array.from(s);
  const pos = rng.sample(chineseBoundaries(s), n).sort((a, b) => b - a);
  for (const p of pos) chars.splice(p, 0, sep);
  return chars.join("");
}

/** Split a text at a Chinese boundary, for a cell cut by a page break. */
export function splitAtBoundary(rng: Rng, s: string): [string, string] | null {
  const chars = Array.from(s);
  const cands = chineseBoundaries(s).filter((p) => p >= 2 && p <= chars.length - 2);
  if (cands.length === 0) return null;
  const p = rng.pick(cands);
  return [chars.slice(0, p).join(""), chars.slice(p).join("")];
}

function texTarget(s: string): string | null {
  const m = /^(≥|≤|=)(\d+(?:\.\d+)?)(%?)(.*)$/.exec(s);
  if (!m) return null;
  const cmd = m[1] === "≥" ? "\\geq " : m[1] === "≤" ? "\\leq " : "=";
  return `$${cmd}${m[2]}${m[3] ? "\\%" : ""}$${m[4]}`;
}

function toFullwidth(s: string): string {
  return s.replace(/[0-9%.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function check(original: string, damaged: string): string {
  const a = normaliseText(original);
  const b = normaliseText(damaged);
  if (a !== b) throw new Error(`damage changed a cell: ${JSON.stringify(original)} → ${JSON.stringify(damaged)} (${JSON.stringify(b)})`);
  return damaged;
}

/**
 * The printed text of a cell after damage. May contain a newline only when `allowNewline`
 * (a quoted multi-line cell in delimited text); the result is then already quoted.
 */
export function dress(rng: Rng, cell: LCell, prof: DamageProfile, allowNewline: boolean): string {
  const t = cell.text;
  if (t === "") return "";
  let out = t;
  switch (cell.kind) {
    case "label":
      if (rng.chance(prof.labelSpaces)) out = insertAtBoundaries(rng, out, " ", 1);
      break;
    case "vlabel":
      if (rng.chance(prof.labelSpaces * 2)) {
        const chars = Array.from(out.replace(/\s+/g, ""));
        const parts: string[] = [];
        for (let i = 0; i < chars.length; i += 2) parts.push(chars.slice(i, i + 2).join(""));
        out = parts.join(" ");
      }
      break;
    case "text":
    case "goal": {
      if (cell.kind === "goal" && rng.chance(prof.pTags)) {
        out = rng.chance(0.8) ? `<p>${out}</p>` : `<p>${insertAtBoundaries(rng, out, "</p><p>", 1)}</p>`;
      }
      if (rng.chance(prof.spaces)) out = insertAtBoundaries(rng, out, " ", cell.kind === "goal" ? rng.int(1, 4) : 1);
      if (rng.chance(prof.multiline) && Array.from(t).length > 8) {
        const broken = insertAtBoundaries(rng, out, prof.br ? "<br>" : "\n", cell.kind === "goal" ? rng.int(1, 3) : 1);
        if (prof.br) out = broken;
        else if (allowNewline) out = `"${broken}"`;
      } else if (allowNewline && rng.chance(prof.multiline / 2) && !out.includes('"')) {
        out = `"${out}"`;
      } else if (rng.chance(prof.strayQuote) && !out.includes('"')) {
        out = `${out}"`;
      }
      break;
    }
    case "target": {
      if (cell.texable && rng.chance(prof.tex)) {
        out = texTarget(out) ?? out;
      } else if (rng.chance(prof.comparator) && /[≥≤]/.test(out)) {
        out = out.replace(/≥/g, () => rng.pick([">=", "≧", "＞＝", ">="])).replace(/≤/g, () => rng.pick(["<=", "≦", "<="]));
      }
      if (!out.startsWith("$") && rng.chance(prof.fullwidth)) out = toFullwidth(out);
      if (rng.chance(prof.strayQuote) && !out.includes('"') && /[\u4e00-\u9fff]$/.test(out)) out = `${out}"`;
      break;
    }
    default:
      break;
  }
  return check(t, out);
}
