/**
 * Exact decimal arithmetic for the audit: every value is a rational number of BigInts, so
 * 0.1 + 0.2 is 0.3 and 318246.5 ÷ 400000 is exactly 0.7956162…; rounding is half away from
 * zero on the decimal value. Private to the audit (the normaliser has its own number reader).
 */

/** n / d with d > 0. */
export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

const ZERO_N = 0n;

const POW10: bigint[] = Array.from({ length: 32 }, (_, k) => 10n ** BigInt(k));

export function pow10(places: number): bigint {
  return POW10[places] ?? 10n ** BigInt(places);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function make(n: bigint, d: bigint): Rat {
  if (d === 0n) throw new RangeError("division by zero");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export function int(value: number | bigint): Rat {
  return { n: BigInt(value), d: 1n };
}

/** Plain decimal digits of a finite number's shortest representation (no exponent). */
export function decimalString(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const s = String(x);
  // Only an exponent needs rewriting; most numbers print without one (no pattern run for them).
  if (!s.includes("e")) return s;
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, intPart, frac = "", expText] = m;
  const exp = Number(expText);
  const digits = (intPart ?? "") + frac;
  const point = (intPart ?? "").length + exp;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Parses `-123.456` (no exponent, no separators). */
export function fromDecimalString(s: string): Rat {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s.trim());
  if (!m) throw new SyntaxError(`not a decimal: ${s}`);
  const [, sign, intPart, frac = ""] = m;
  const n = BigInt((intPart ?? "0") + frac) * (sign === "-" ? -1n : 1n);
  return make(n, pow10(frac.length));
}

/**
 * Exact values of the numbers seen recently. A form prints the same weights, scores and amounts
 * again and again, and building a Rat (a decimal string, then BigInts) costs more than a lookup.
 * Rats are never mutated, so sharing them is safe; the map is emptied when it grows large.
 */
const EXACT = new Map<number, Rat>();
const EXACT_MAX = 4096;

/** The exact decimal value of a number as it prints (0.1 is 1/10, not the nearest binary float). */
export function fromNumber(x: number): Rat {
  const hit = EXACT.get(x);
  if (hit) return hit;
  const r = Number.isSafeInteger(x) ? { n: BigInt(x), d: 1n } : fromDecimalString(decimalString(x));
  if (EXACT.size >= EXACT_MAX) EXACT.clear();
  EXACT.set(x, r);
  return r;
}

/** Decimal places of a number as it prints: 95 → 0, 79.57 → 2. */
export function decimalsOfNumber(x: number): number {
  // An integer prints no decimals, whatever its size (1e21 prints digits only): no string built.
  if (Number.isInteger(x)) return 0;
  const s = decimalString(x);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export function add(a: Rat, b: Rat): Rat {
  return make(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rat, b: Rat): Rat {
  return make(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Rat, b: Rat): Rat {
  return make(a.n * b.n, a.d * b.d);
}

/** a ÷ b, or null when b is zero. */
export function div(a: Rat, b: Rat): Rat | null {
  if (b.n === ZERO_N) return null;
  return make(a.n * b.d, a.d * b.n);
}

export function sum(values: readonly Rat[]): Rat {
  return values.reduce(add, int(0));
}

export function cmp(a: Rat, b: Rat): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function eq(a: Rat, b: Rat): boolean {
  return cmp(a, b) === 0;
}

export function abs(a: Rat): Rat {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

export function min(a: Rat, b: Rat): Rat {
  return cmp(a, b) <= 0 ? a : b;
}

export function max(a: Rat, b: Rat): Rat {
  return cmp(a, b) >= 0 ? a : b;
}

export function isZero(a: Rat): boolean {
  return a.n === ZERO_N;
}

/** Rounds to `places` decimals, half away from zero, exactly. */
export function roundHalfAway(a: Rat, places: number): Rat {
  const scale = pow10(places);
  const scaled = a.n * scale;
  let q = scaled / a.d; // truncates toward zero
  const rem = scaled % a.d;
  const twice = (rem < 0n ? -rem : rem) * 2n;
  if (twice >= a.d) q += scaled < 0n ? -1n : 1n;
  return make(q, scale);
}

/** A decimal string of a rational with a finite expansion in `places` decimals (rounds first). */
export function toFixed(a: Rat, places: number): string {
  const r = roundHalfAway(a, places);
  const scale = pow10(places);
  const scaled = (r.n * scale) / r.d;
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, "0");
  const head = digits.slice(0, digits.length - places);
  const tail = places > 0 ? `.${digits.slice(digits.length - places)}` : "";
  return `${neg ? "-" : ""}${head}${tail}`;
}

/** The number nearest to `a` rounded to `places` decimals (half away from zero): 5.882… → 5.88. */
export function toNumber(a: Rat, places = 2): number {
  const n = Number(toFixed(a, places));
  return Object.is(n, -0) ? 0 : n;
}

/** One unit of the given decimal place: 2 → 0.01. */
export function unit(places: number): Rat {
  return make(1n, pow10(places));
}

/** |a − b| ≤ one unit of the `places`-th decimal, inclusive. */
export function within(a: Rat, b: Rat, places: number): boolean {
  return cmp(abs(sub(a, b)), unit(places)) <= 0;
}

/** `computed`, rounded to `places`, equals `reported`. */
export function equalAtPlaces(computed: Rat, reported: Rat, places: number): boolean {
  return eq(roundHalfAway(computed, places), reported);
}

const FULL_WIDTH = /[０-９．，]/g;

function halfWidth(text: string): string {
  // Most texts print ASCII digits: a scan of code units (，U+FF0C, ．U+FF0E, ０–９ U+FF10–FF19) spares the replace.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0xff0e || (c >= 0xff10 && c <= 0xff19)) return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  }
  return text;
}

/** The first number printed in a text (thousands separators dropped), or null. */
export function firstNumber(text: string): string | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(halfWidth(text));
  return m ? m[0].replace(/,/g, "") : null;
}

/** Decimal places of the first number printed in a text: `100.00%` → 2, `1,000,000` → 0. */
export function printedDecimals(text: string): number | null {
  const n = firstNumber(text);
  return n === null ? null : decimalsOf(n);
}

/** Decimal places of a number as firstNumber gives it (`100.00` → 2). */
export function decimalsOf(n: string): number {
  const i = n.indexOf(".");
  return i < 0 ? 0 : n.length - i - 1;
}
