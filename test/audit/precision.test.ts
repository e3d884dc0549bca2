import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  add, decimalString, decimalsOfNumber, div, eq, equalAtPlaces, firstNumber, fromDecimalString, fromNumber, int, mul, printedDecimals, roundHalfAway, sum, toFixed, toNumber, within,
} from "../../src/audit/precision.js";
import { printedPlaces } from "../../src/audit/context.js";
import { sumAll } from "../../src/audit/compute.js";

describe("precision", () => {
  it("adds decimals exactly: 0.1 + 0.2 is 0.3", () => {
    expect(toFixed(add(fromNumber(0.1), fromNumber(0.2)), 20)).toBe("0.30000000000000000000");
    expect(equalAtPlaces(sum([fromNumber(0.1), fromNumber(0.2)]), fromNumber(0.3), 1)).toBe(true);
  });

  it.each([
    [2.345, 2, "2.35"],
    [-2.345, 2, "-2.35"],
    [1.005, 2, "1.01"],
    [0.125, 2, "0.13"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [5.88235, 2, "5.88"],
  ])("rounds %s to %s places half away from zero: %s", (x, p, s) => {
    expect(toFixed(roundHalfAway(fromNumber(x), p), p)).toBe(s);
  });

  it("divides exactly: 318246.5 ÷ 400000", () => {
    const r = div(fromNumber(318246.5), fromNumber(400000))!;
    expect(toFixed(r, 8)).toBe("0.79561625");
    expect(div(fromNumber(1), fromNumber(0))).toBeNull();
    expect(toNumber(div(fromNumber(500), fromNumber(85))!)).toBe(5.88);
  });

  it("within one unit of the last place, inclusive", () => {
    expect(within(fromNumber(90), fromNumber(90.01), 2)).toBe(true);
    expect(within(fromNumber(90), fromNumber(90.011), 2)).toBe(false);
    expect(within(fromNumber(86.2), fromNumber(86), 0)).toBe(true);
  });

  it("reads printed decimals", () => {
    expect(printedDecimals("100.00%")).toBe(2);
    expect(printedDecimals("1,000,000")).toBe(0);
    expect(printedDecimals("１０．５")).toBe(1);
    expect(printedDecimals("总分:91")).toBe(0);
    expect(printedDecimals("—")).toBeNull();
    expect(decimalsOfNumber(79.57)).toBe(2);
    expect(decimalsOfNumber(1e-7)).toBe(7);
    expect(decimalString(1e21)).toBe("1000000000000000000000");
  });

  it("printed places: the source text, shifted for a fraction read as percent, never below the number's", () => {
    expect(printedPlaces(100, "100.00%")).toBe(2);
    expect(printedPlaces(100, undefined)).toBe(0);
    expect(printedPlaces(79.57, "79.57")).toBe(2);
    expect(printedPlaces(80, "0.8")).toBe(0);
    expect(printedPlaces(85.25, "0.8525")).toBe(2);
    expect(printedPlaces(95.5, "95")).toBe(1);
    // Full-width digits, and a text with no number (the number's own places).
    expect(printedPlaces(10.5, "１０．５０")).toBe(2);
    expect(printedPlaces(80, "０．８")).toBe(0);
    expect(printedPlaces(12.5, "—")).toBe(1);
    expect(printedPlaces(3, "80%")).toBe(0);
  });

  it("rounding agrees with decimal string arithmetic (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), (n, scale, places) => {
        const x = n / 10 ** scale;
        const r = roundHalfAway(fromNumber(x), places);
        // |x − r| ≤ half a unit, and r has at most `places` decimals
        const diff = Math.abs(Number(toFixed(fromNumber(x), 8)) - Number(toFixed(r, places)));
        return diff <= 0.5 / 10 ** places + 1e-9 && decimalsOfNumber(toNumber(r, places)) <= places;
      }),
    );
  });
  it("sumAll (numerators over a shared denominator, reduced once) is the term-by-term exact sum", () => {
    const term = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -100000, max: 100000 }).map((k) => k / 100), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(1e21, 2.5e-7, 0.1, 0.7));
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), (xs) => {
        const byTerm = xs.reduce((t, x) => add(t, fromNumber(x)), fromNumber(0));
        expect(sumAll(xs)).toEqual(byTerm);
      }),
    );
    expect(sumAll([1, null, 2])).toBeNull();
    expect(sumAll([0.5, 0.5])).toEqual({ n: 1n, d: 1n });
  });

  it("decimalsOfNumber of an integer is 0 at any size, as its printed digits say", () => {
    for (const x of [0, -0, 7, -12, 2 ** 53 + 2, 1e21, -3e25]) expect(decimalsOfNumber(x)).toBe(decimalString(x).includes(".") ? -1 : 0);
  });
  it("printedPlaces answers as its full check does when the text prints the value's own digits", () => {
    // The full check, without the shortcut for a text printing the value as it prints.
    const full = (value: number, text: string): number => {
      const own = decimalsOfNumber(value);
      const n = firstNumber(text);
      if (n === null) return own;
      let places = n.includes(".") ? n.length - n.indexOf(".") - 1 : 0;
      if (!text.includes("%") && !text.includes("％")) {
        const read = fromDecimalString(n);
        if (!eq(read, fromNumber(value)) && eq(mul(read, int(100)), fromNumber(value))) places = Math.max(0, places - 2);
      }
      return Math.max(places, own);
    };
    const value = fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }).map((k) => k / 100), fc.double({ min: 0, max: 1e6, noNaN: true }));
    const dress = fc.constantFrom((s: string) => s, (s: string) => s + "%", (s: string) => s + "0", (s: string) => `得分${s}分`, (s: string) => (Number(s) / 100).toString());
    fc.assert(
      fc.property(value, dress, (v, f) => {
        const text = f(decimalString(v));
        expect(printedPlaces(v, text)).toBe(full(v, text));
      }),
    );
  });
});
