/** Decimal helpers: amounts are generated as integers of hundredths so that sums are exact. */

/** Round half away from zero to `d` decimals (inputs here are small, positive, well inside double precision). */
export function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  const sign = x < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(x) * f + 1e-7)) / f;
}

/** `x` with exactly `d` decimals. */
export function fixed(x: number, d: number): string {
  return roundTo(x, d).toFixed(d);
}

/** Drop trailing zeros of a decimal string: 9.50 → 9.5, 10.00 → 10. */
export function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** Thousands separators: 1234567.5 → 1,234,567.5 */
export function withCommas(s: string): string {
  const [int, frac] = s.split(".");
  const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Hundredths (an integer) as a number. */
export function fromHundredths(h: number): number {
  return Number((h / 100).toFixed(2));
}
