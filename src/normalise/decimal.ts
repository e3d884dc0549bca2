/**
 * Exact decimal arithmetic for the audit. A JS number is taken at its shortest decimal
 * representation (`String(0.1)` is "0.1"), so 0.1 + 0.2 is 0.3 here and 1.005 rounds to 1.01.
 * Internally a value is a scaled BigInt: `units / 10^scale`.
 */

interface Dec {
  /** The value times 10^scale. */
  units: bigint;
  scale: number;
}

const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** The shortest decimal representation of a finite number, as a scaled integer. */
function toDec(value: number): Dec {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const s = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/u.exec(s);
  if (!m) throw new RangeError(`unexpected number format: ${s}`);
  const sign = m[1] === "-" ? -1n : 1n;
  const intPart = m[2] as string;
  const frac = m[3] ?? "";
  const exp = m[4] !== undefined ? Number.parseInt(m[4], 10) : 0;
  let units = BigInt(intPart + frac) * sign;
  let scale = frac.length - exp;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units, scale };
}

function fromDec(d: Dec): number {
  const neg = d.units < 0n;
  let digits = (neg ? -d.units : d.units).toString();
  if (d.scale === 0) return Number((neg ? "-" : "") + digits);
  if (digits.length <= d.scale) digits = "0".repeat(d.scale - digits.length + 1) + digits;
  const cut = digits.length - d.scale;
  const n = Number(`${neg ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`);
  return Object.is(n, -0) ? 0 : n;
}

function rescale(d: Dec, scale: number): bigint {
  return d.units * pow10(scale - d.scale);
}

/** `n / d` rounded half away from zero to an integer (d ≠ 0). */
function divRoundHalfAway(n: bigint, d: bigint): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  const r = a % d;
  if (r * 2n >= d) q += 1n;
  return neg ? -q : q;
}

function checkPlaces(places: number): void {
  if (!Number.isInteger(places) || places < 0 || places > 100) {
    throw new RangeError(`places must be an integer from 0 to 100, got ${places}`);
  }
}

/** Digits after the decimal point in the shortest representation of `value` (1.50 → 1, 1e-7 → 7). */
export function decimalPlaces(value: number): number {
  return toDec(value).scale;
}

/**
 * Rounds half away from zero on the decimal value: 1.005 → 1.01, 0.125 → 0.13, 2.675 → 2.68,
 * −1.005 → −1.01. `places` is an integer ≥ 0.
 */
export function roundHalfAway(value: number, places: number): number {
  checkPlaces(places);
  const d = toDec(value);
  if (d.scale <= places) return fromDec(d);
  return fromDec({ units: divRoundHalfAway(d.units, pow10(d.scale - places)), scale: places });
}

/** The exact sum of decimal values (0.1 + 0.2 = 0.3). The empty sum is 0. */
export function sumExact(values: readonly number[]): number {
  const ds = values.map(toDec);
  const scale = ds.reduce((m, d) => Math.max(m, d.scale), 0);
  let total = 0n;
  for (const d of ds) total += rescale(d, scale);
  return fromDec({ units: total, scale });
}

/** The exact difference a − b. */
export function subtractExact(a: number, b: number): number {
  const da = toDec(a);
  const db = toDec(b);
  const scale = Math.max(da.scale, db.scale);
  return fromDec({ units: rescale(da, scale) - rescale(db, scale), scale });
}

/** The exact product a × b (as a decimal; converted to the nearest number). */
export function multiplyExact(a: number, b: number): number {
  const da = toDec(a);
  const db = toDec(b);
  return fromDec({ units: da.units * db.units, scale: da.scale + db.scale });
}

/** a ÷ b rounded half away from zero to `places`; null when b is 0. */
export function divide(a: number, b: number, places: number): number | null {
  return mulDiv(a, 1, b, places);
}

/** a × b ÷ c computed exactly, then rounded half away from zero to `places`; null when c is 0. */
export function mulDiv(a: number, b: number, c: number, places: number): number | null {
  checkPlaces(places);
  const da = toDec(a);
  const db = toDec(b);
  const dc = toDec(c);
  if (dc.units === 0n) return null;
  // a·b/c = (A·B / 10^(sa+sb)) / (C / 10^sc); times 10^places:
  //       = A·B·10^(sc+places) / (C·10^(sa+sb))
  const num = da.units * db.units * pow10(dc.scale + places);
  const den = dc.units * pow10(da.scale + db.scale);
  return fromDec({ units: divRoundHalfAway(num, den), scale: places });
}

/**
 * Whether a × b ÷ c lies within `units` units of the last decimal place of `reported`, which
 * is printed with `places` decimals: |a·b/c − reported| ≤ units × 10^−places, compared exactly.
 * False when c is 0. Used for the contract's ratio rules (79.57% beside 79.562% holds).
 */
export function ratioWithin(a: number, b: number, c: number, reported: number, places: number, units = 1): boolean {
  checkPlaces(places);
  const da = toDec(a);
  const db = toDec(b);
  const dc = toDec(c);
  const dr = toDec(reported);
  const du = toDec(units);
  if (dc.units === 0n) return false;
  // Compare |A·B/10^(sa+sb) / (C/10^sc) − R/10^sr| ≤ U/10^su · 10^−places,
  // all multiplied by |C| · 10^(sa+sb+sr+su+places) (positive, keeps the inequality).
  const cAbs = dc.units < 0n ? -dc.units : dc.units;
  const sign = dc.units < 0n ? -1n : 1n;
  const s1 = da.scale + db.scale;
  const lhs =
    da.units * db.units * sign * pow10(dc.scale + dr.scale + du.scale + places) - dr.units * cAbs * pow10(s1 + du.scale + places);
  const rhs = du.units * cAbs * pow10(s1 + dr.scale);
  const absL = lhs < 0n ? -lhs : lhs;
  return absL <= rhs;
}

/** Compares two numbers as decimals: −1, 0 or 1. */
export function compareExact(a: number, b: number): -1 | 0 | 1 {
  const da = toDec(a);
  const db = toDec(b);
  const scale = Math.max(da.scale, db.scale);
  const x = rescale(da, scale);
  const y = rescale(db, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}
