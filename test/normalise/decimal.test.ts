import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  compareExact,
  decimalPlaces,
  divide,
  multiplyExact,
  mulDiv,
  ratioWithin,
  roundHalfAway,
  subtractExact,
  sumExact,
} from "../../src/normalise/decimal.js";

describe("roundHalfAway", () => {
  it.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [0.125, 2, 0.13],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [-0.125, 2, -0.13],
    [1.004, 2, 1],
    [79.562, 2, 79.56],
    [79.5625, 2, 79.56],
    [79.565, 2, 79.57],
    [5.875, 2, 5.88],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.4, 0, 0],
    [100, 2, 100],
    [1e-7, 2, 0],
    [1.23e-5, 6, 0.000012],
    [1e21, 2, 1e21],
    [123456789.125, 2, 123456789.13],
  ])("roundHalfAway(%d, %d) = %d", (v, p, expected) => {
    expect(roundHalfAway(v, p)).toBe(expected);
  });

  it("returns 0, not -0", () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
  });

  it("rejects bad places and non-finite values", () => {
    expect(() => roundHalfAway(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAway(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfAway(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe("exact arithmetic", () => {
  it.each<[number[], number]>([
    [[0.1, 0.2], 0.3],
    [[], 0],
    [[1000000, 0, 0], 1000000],
    [[20, 10, 20, 10, 20, 10, 10], 100],
    [[0.01, 0.02, 0.07], 0.1],
    [[1.1, 2.2, 3.3], 6.6],
    [[-0.1, 0.3], 0.2],
    [[2360000.0, 1097.39], 2361097.39],
  ])("sumExact(%j) = %d", (vs, expected) => {
    expect(sumExact(vs)).toBe(expected);
  });

  it("subtract / multiply / compare", () => {
    expect(subtractExact(0.3, 0.1)).toBe(0.2);
    expect(multiplyExact(1.1, 1.1)).toBe(1.21);
    expect(multiplyExact(100, 0.0795625)).toBe(7.95625);
    expect(compareExact(0.1 + 0.2, 0.3)).toBe(1); // 0.30000000000000004 is a different decimal
    expect(compareExact(sumExact([0.1, 0.2]), 0.3)).toBe(0);
    expect(compareExact(-1, 2)).toBe(-1);
  });

  it.each<[number, number, number, number | null]>([
    [1, 3, 2, 0.33],
    [2, 3, 2, 0.67],
    [318246.5, 400000, 4, 0.7956],
    [1, 8, 2, 0.13],
    [-1, 8, 2, -0.13],
    [1, -8, 2, -0.13],
    [5, 0, 2, null],
    [699114, 699114, 2, 1],
  ])("divide(%d, %d, %d) = %d", (a, b, p, expected) => {
    expect(divide(a, b, p)).toBe(expected);
  });

  it.each<[number, number, number, number, number | null]>([
    [100, 318246.5, 400000, 2, 79.56],
    [100, 52.6, 61.5, 2, 85.53],
    [10, 86, 100, 2, 8.6],
    [10, 79.57, 100, 2, 7.96],
    [100, 1000000, 1000000, 2, 100],
    [100, 1, 0, 2, null],
  ])("mulDiv(%d, %d, %d, %d) = %d", (a, b, c, p, expected) => {
    expect(mulDiv(a, b, c, p)).toBe(expected);
  });

  it("ratioWithin: the contract's examples", () => {
    // 79.57% beside a computed 79.562% holds
    expect(ratioWithin(100, 318246.5, 400000, 79.57, 2)).toBe(true);
    // 86% beside 86.2% … (52.6 ÷ 61.5 = 85.528%) holds within one unit
    expect(ratioWithin(100, 52.6, 61.5, 86, 0)).toBe(true);
    // 9 beside 10 × 86% = 8.6 holds
    expect(ratioWithin(10, 86, 100, 9, 0)).toBe(true);
    // one unit inclusive: 10 beside 9 holds, 11 does not
    expect(ratioWithin(9, 1, 1, 10, 0)).toBe(true);
    expect(ratioWithin(9, 1, 1, 11, 0)).toBe(false);
    expect(ratioWithin(100, 318246.5, 400000, 79.58, 2)).toBe(false);
    expect(ratioWithin(100, 1, 0, 0, 2)).toBe(false);
    expect(ratioWithin(-100, 1, -4, 25, 0)).toBe(true);
  });

  it("decimalPlaces", () => {
    expect(decimalPlaces(1)).toBe(0);
    expect(decimalPlaces(79.57)).toBe(2);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1e21)).toBe(0);
  });
});

describe("properties", () => {
  const cents = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 100);
  it("sumExact agrees with integer arithmetic on cents", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 20 }), (ns) => {
        const expected = ns.reduce((a, b) => a + b, 0) / 100;
        expect(sumExact(ns.map((n) => n / 100))).toBe(expected);
      }),
    );
  });
  it("rounding is idempotent and within half a unit", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, p) => {
        const r = roundHalfAway(v, p);
        expect(roundHalfAway(r, p)).toBe(r);
        expect(Math.abs(r - v)).toBeLessThanOrEqual(0.5 * 10 ** -p * (1 + 1e-9) + Math.abs(v) * 1e-15);
      }),
    );
  });
  it("a value already at the places is unchanged", () => {
    fc.assert(
      fc.property(cents, (v) => {
        expect(roundHalfAway(v, 2)).toBe(v);
      }),
    );
  });
});
