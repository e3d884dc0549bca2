/**
 * A cell's value as the spreadsheet displays it, by its number format: 0.7957 under `0.00%` is
 * `79.57%`, 22362.4 under `#,##0.00` is `22,362.40`, a date under `yyyy"年"m"月"d"日"` is
 * `2021年3月5日`. The form's printed precision is read from this text, so it must be what the
 * cell shows, not the stored binary value. Covers the formats forms use (General, fixed decimals,
 * thousands, percent, literals, sections, dates and times); anything rarer falls back to General.
 */

/** Excel's day 0 in the 1900 system is 1899-12-30 (it counts 1900-02-29); in the 1904 system, 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

export function serialToDate(serial: number, date1904 = false): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS));
}

/** General: the number in at most 11 characters (Excel's rule for a standard column), binary noise removed. */
export function formatGeneral(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const sign = v < 0 ? "-" : "";
  const a = Math.abs(v);
  if (Number.isInteger(a) && a < 1e11) return sign + String(a);
  const intLen = sign.length + String(Math.floor(a)).length;
  if (a >= 1e11 || (a > 0 && a < 1e-9)) {
    return sign + a.toExponential(5).replace(/\.?0+e/, "E").replace(/E\+?(-?)(\d)$/, "E$1" + "0$2").replace(/E(\d)/, "E+$1").toUpperCase();
  }
  const decimals = Math.max(0, 11 - intLen - 1);
  const r = roundDecimal(a, decimals);
  const t = r.includes(".") ? r.replace(/0+$/, "").replace(/\.$/, "") : r;
  return t === "0" ? "0" : sign + t;
}

/** Splits a format into sections at `;` outside quotes and brackets. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === "\\" && !quoted) {
      cur += ch + (fmt[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface Token {
  lit: boolean;
  s: string;
}

/** Tokens of one section: literals (quoted, escaped, currency tags, `_x` padding) and format characters. */
function tokenize(sec: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < sec.length; i++) {
    const ch = sec[i]!;
    if (ch === '"') {
      const end = sec.indexOf('"', i + 1);
      const stop = end < 0 ? sec.length : end;
      out.push({ lit: true, s: sec.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      out.push({ lit: true, s: sec[i + 1] ?? "" });
      i++;
    } else if (ch === "_") {
      out.push({ lit: true, s: " " });
      i++;
    } else if (ch === "*") {
      i++; // fill character: nothing in text
    } else if (/^(AM\/PM|A\/P)/i.test(sec.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(sec.slice(i))!;
      out.push({ lit: false, s: m[1]!.toUpperCase() });
      i += m[1]!.length - 1;
    } else if (ch === "[") {
      const end = sec.indexOf("]", i);
      const stop = end < 0 ? sec.length : end;
      const tag = sec.slice(i + 1, stop);
      // [$¥-804]: a currency symbol; [Red], [>100], [$-804], [DBNum1]: no text.
      const cur = /^\$([^-]*)-?/.exec(tag);
      if (cur && cur[1]) out.push({ lit: true, s: cur[1] });
      else if (/^(h+|m+|s+)$/i.test(tag)) out.push({ lit: false, s: `[${tag}]` });
      i = stop;
    } else {
      out.push({ lit: false, s: ch });
    }
  }
  return out;
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => !t.lit && /^[ymdhsYMDHS]$|^\[/.test(t.s) && t.s.toLowerCase() !== "e");
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDateTokens(tokens: Token[], d: Date, serial: number): string {
  // Group runs of the same letter: yyyy, mm, dd …
  const parts: { lit: boolean; s: string }[] = [];
  for (const t of tokens) {
    const last = parts[parts.length - 1];
    if (!t.lit && last && !last.lit && last.s[0]!.toLowerCase() === t.s.toLowerCase() && /[ymdhs]/i.test(t.s)) last.s += t.s;
    else parts.push({ ...t });
  }
  const ampm = parts.some((p) => !p.lit && (p.s === "AM/PM" || p.s === "A/P"));
  let out = "";
  const timeLetter = (x: { lit: boolean; s: string } | undefined): string => (x && !x.lit && /^[ymdhs]/i.test(x.s) ? x.s[0]!.toLowerCase() : "");
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.lit) {
      out += p.s;
      continue;
    }
    const k = p.s.toLowerCase();
    const prev = timeLetter(parts.slice(0, i).reverse().find((x) => timeLetter(x) !== ""));
    const next = timeLetter(parts.slice(i + 1).find((x) => timeLetter(x) !== ""));
    if (p.s === "AM/PM") out += d.getUTCHours() < 12 ? "AM" : "PM";
    else if (p.s === "A/P") out += d.getUTCHours() < 12 ? "A" : "P";
    else if (k[0] === "y") out += k.length <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
    // m after an hour or before seconds is minutes.
    else if (k[0] === "m" && k.length <= 2 && (prev === "h" || next === "s")) out += k.length === 2 ? pad(d.getUTCMinutes(), 2) : String(d.getUTCMinutes());
    else if (k[0] === "m") out += k.length === 1 ? String(d.getUTCMonth() + 1) : k.length === 2 ? pad(d.getUTCMonth() + 1, 2) : k.length === 3 ? MONTHS[d.getUTCMonth()]!.slice(0, 3) : MONTHS[d.getUTCMonth()]!;
    else if (k[0] === "d") out += k.length === 1 ? String(d.getUTCDate()) : k.length === 2 ? pad(d.getUTCDate(), 2) : k.length === 3 ? DAYS[d.getUTCDay()]!.slice(0, 3) : DAYS[d.getUTCDay()]!;
    else if (k[0] === "h") {
      const h = ampm ? ((d.getUTCHours() + 11) % 12) + 1 : d.getUTCHours();
      out += k.length >= 2 ? pad(h, 2) : String(h);
    } else if (k[0] === "s") out += k.length >= 2 ? pad(d.getUTCSeconds(), 2) : String(d.getUTCSeconds());
    else if (k.startsWith("[h")) out += String(Math.floor(serial * 24));
    else out += p.s; // separators: / - : . , and spaces
  }
  return out;
}

/** Rounds half away from zero at `d` decimals, on the decimal value (not the binary one). */
function roundDecimal(n: number, d: number): string {
  const scaled = Number((Math.abs(n) * 10 ** d).toPrecision(15));
  const r = Math.round(scaled);
  const s = String(r).padStart(d + 1, "0");
  return d === 0 ? s : `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberTokens(tokens: Token[], v: number): string | null {
  const fmtChars = tokens.filter((t) => !t.lit).map((t) => t.s).join("");
  if (/[eE][+-]/.test(fmtChars) || fmtChars.includes("/")) return null; // scientific, fractions: General
  const first = tokens.findIndex((t) => !t.lit && /[0#?]/.test(t.s));
  if (first < 0) {
    // No digits: only literals (and %), e.g. "-" for zero.
    return tokens.map((t) => (t.lit ? t.s : t.s === "%" || t.s === "," ? "" : t.s)).join("");
  }
  // The numeric part runs from the first to the last placeholder; literals may sit inside it (rare).
  let lastPh = first;
  tokens.forEach((t, i) => {
    if (!t.lit && /[0#?]/.test(t.s)) lastPh = i;
  });
  let end = lastPh;
  while (end + 1 < tokens.length && !tokens[end + 1]!.lit && tokens[end + 1]!.s === ",") end++;
  const numeric = tokens.slice(first, end + 1).filter((t) => !t.lit).map((t) => t.s).join("");
  const prefix = tokens.slice(0, first);
  const suffix = tokens.slice(end + 1);
  const percents = tokens.filter((t) => !t.lit && t.s === "%").length;
  const trailingCommas = /,+$/.exec(numeric)?.[0].length ?? 0;
  const body = numeric.slice(0, numeric.length - trailingCommas);
  const [intFmt = "", decFmt = ""] = body.split(".");
  const grouping = intFmt.includes(",");
  const minInt = (intFmt.match(/0/g) ?? []).length;
  const minDec = (decFmt.match(/0/g) ?? []).length;
  const maxDec = (decFmt.match(/[0#?]/g) ?? []).length;
  let n = Math.abs(v) * 100 ** percents / 1000 ** trailingCommas;
  n = Number(n.toPrecision(15));
  let s = roundDecimal(n, maxDec);
  let [ip = "0", dp = ""] = s.split(".");
  while (dp.length > minDec && dp.endsWith("0")) dp = dp.slice(0, -1);
  ip = ip.replace(/^0+/, "");
  if (ip.length < minInt) ip = ip.padStart(minInt, "0");
  if (grouping) ip = groupThousands(ip);
  // Excel keeps the point even when every decimal placeholder is an optional `#` left empty.
  s = body.includes(".") ? `${ip}.${dp}` : ip;
  const lit = (ts: Token[]): string => ts.map((t) => (t.lit ? t.s : t.s === "%" ? "%" : /[0#?,.]/.test(t.s) ? "" : t.s)).join("");
  return lit(prefix) + s + lit(suffix);
}

export interface FormatOptions {
  date1904?: boolean;
}

/**
 * The display text of a number under a format code. `mm-dd-yy` is the code exceljs gives for
 * the built-in format 14, which a Chinese-locale Excel shows as `2021/3/5`.
 */
export function formatNumber(v: number, fmt: string | undefined, opts: FormatOptions = {}): string {
  if (!fmt || /^general$/i.test(fmt.trim()) || fmt === "@") return formatGeneral(v);
  if (fmt === "mm-dd-yy") fmt = "yyyy/m/d";
  const secs = sections(fmt);
  let sec: string;
  let value = v;
  let sign = "";
  if (v > 0 || secs.length === 1) {
    sec = secs[0]!;
    if (v < 0) {
      sign = "-";
      value = -v;
    }
  } else if (v < 0) {
    sec = secs[1] ?? secs[0]!;
    value = -v;
    if (secs[1] === undefined) sign = "-";
  } else sec = secs[2] ?? secs[0]!;
  if (/^general$/i.test(sec.trim())) return sign + formatGeneral(value);
  const tokens = tokenize(sec);
  if (isDateSection(tokens)) return formatDate(serialToDate(v, opts.date1904), sec, v);
  const out = formatNumberTokens(tokens, value);
  if (out === null) return sign + formatGeneral(value);
  // A value that rounds to zero shows no minus sign.
  return (/[1-9]/.test(out) ? sign : "") + out;
}

export function formatDate(d: Date, fmt: string | undefined, serial?: number): string {
  if (!fmt || /^general$/i.test(fmt) || fmt === "@") fmt = "yyyy/m/d";
  if (fmt === "mm-dd-yy") fmt = "yyyy/m/d";
  const sec = sections(fmt)[0]!;
  const tokens = tokenize(sec);
  if (!isDateSection(tokens)) return formatGeneral(serial ?? (d.getTime() - EPOCH_1900) / DAY_MS);
  return formatDateTokens(tokens, d, serial ?? (d.getTime() - EPOCH_1900) / DAY_MS);
}
