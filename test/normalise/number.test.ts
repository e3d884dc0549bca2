import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { printedDecimals, readNumber, type NumberReading } from "../../src/normalise/number.js";

const num = (value: number, decimals = 0, percent = false, unit: string | null = null): NumberReading => ({
  kind: "number",
  value,
  decimals,
  percent,
  unit,
});

describe("readNumber", () => {
  it.each<[string | null | undefined]>([
    [null],
    [undefined],
    [""],
    ["   "],
    ["—"],
    ["-"],
    ["/"],
    ["－"],
    ["–"],
    ["——"],
    ["\\"],
    ["无"],
    [" — "],
    ["／"],
    ["\u3000"],
    ['""'],
  ])("%j is empty", (input) => {
    expect(readNumber(input)).toEqual({ kind: "empty" });
  });

  it.each<[string, NumberReading]>([
    ["1,000,000", num(1000000)],
    ["1000000.00", num(1000000, 2)],
    ["1000000", num(1000000)],
    ["699,114", num(699114)],
    ["100.00%", num(100, 2, true)],
    ["79.57%", num(79.57, 2, true)],
    ["97.39%", num(97.39, 2, true)],
    ["100%", num(100, 0, true)],
    ["100 %", num(100, 0, true)],
    ["１００％", num(100, 0, true)],
    ["１２．５", num(12.5, 1)],
    ["318.6万元", num(318.6, 1, false, "万元")],
    ["318.6 万元", num(318.6, 1, false, "万元")],
    ["20分", num(20, 0, false, "分")],
    ["10元", num(10, 0, false, "元")],
    ["5个", num(5, 0, false, "个")],
    ["12人次", num(12, 0, false, "人次")],
    ["+5", num(5)],
    ["-5", num(-5)],
    ["-0", num(0)],
    [" 10 ", num(10)],
    ['"1,000"', num(1000)],
    ["“95”", num(95)],
    ["'0123", num(123)],
    ["0", num(0)],
    ["0.00", num(0, 2)],
    [".5", num(0.5, 1)],
    ["7.96", num(7.96, 2)],
    ["9.74", num(9.74, 2)],
    ["2360000.00", num(2360000, 2)],
    ["1,000,000.50", num(1000000.5, 2)],
    // A lost character shown as '?' after a figure whose two decimals are printed: the figure stands.
    ["1,250,300.00?", num(1250300, 2)],
    ["7.35?", num(7.35, 2)],
    ["86.40\uFFFD", num(86.4, 2)],
    ["5,002.10？", num(5002.1, 2)],
  ])("%j → %j", (input, expected) => {
    expect(readNumber(input)).toEqual(expected);
  });

  it.each<[string]>([
    ["l0"],
    ["1O0%"],
    ["12a"],
    ["1,00"],
    ["1,0000"],
    ["10%%"],
    ["abc"],
    ["1.2.3"],
    ["1e5"],
    ["无数"],
    ["约10"],
    ["10 20"],
    ["--5"],
    ["%"],
    ["."],
    // A figure's wrapped second line, zeros leading a digit: no form prints it as a figure.
    ["00"],
    ["05"],
    ["00%"],
    // A '?' after a whole number or a short fraction may stand for a lost digit.
    ["12?"],
    ["4.5?"],
    ["?3.20"],
    ["7.35??"],
  ])("%j is unreadable, text kept", (input) => {
    expect(readNumber(input)).toEqual({ kind: "unreadable", text: input });
  });

  it("values are the printed decimals exactly", () => {
    const r = readNumber("318246.50");
    expect(r.kind === "number" && r.value).toBe(318246.5);
    const r2 = readNumber("0.1");
    expect(r2.kind === "number" && r2.value).toBe(0.1);
  });

  it("never throws, and a number reading has finite value and non-negative decimals", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[+\-]?[0-9,]{0,12}(\.[0-9]{0,4})?[%万元分]{0,2}$/u)), (s) => {
        const r = readNumber(s);
        if (r.kind === "number") {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.decimals).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back any printed number with its decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const text = (n / 10 ** d).toFixed(d);
        const r = readNumber(text);
        expect(r).toEqual(num(Number(text), d));
      }),
    );
  });
});

describe("printedDecimals", () => {
  it.each<[string, number | null]>([
    ["100.00%", 2],
    ["79.57%", 2],
    ["1,000,000", 0],
    ["86%", 0],
    ["7.960", 3],
    ["—", null],
    ["l0", null],
  ])("%j → %j", (input, expected) => {
    expect(printedDecimals(input)).toBe(expected);
  });
});
