/** Display text of typed spreadsheet cells, checked by hand against what Excel shows. */
import { describe, expect, it } from "vitest";
import { displayText } from "../../../src/extract/xlsx/cell-text.js";
import { formatDate, formatGeneral, formatNumber, serialToDate } from "../../../src/extract/xlsx/number-format.js";

describe("number formats", () => {
  it.each([
    [0.7957, "0.00%", "79.57%"],
    [0.98, "0%", "98%"],
    [1, "0.00%", "100.00%"],
    [22362.4, "#,##0.00", "22,362.40"],
    [2298500, "#,##0", "2,298,500"],
    [589.1, "0.00", "589.10"],
    [1.005, "0.00", "1.01"],
    [9.745, "0.0", "9.7"],
    [0.5, "#.00", ".50"],
    [318.6, '0.00"万元"', "318.60万元"],
    [1234.5, '"¥"#,##0.00', "¥1,234.50"],
    [1234.5, "[$¥-804]#,##0.00", "¥1,234.50"],
    [-5, "0.00;[Red](0.00)", "(5.00)"],
    [-5, "0.00", "-5.00"],
    [0, '0.00;-0.00;"-"', "-"],
    [1234567, "#,##0,", "1,235"],
    [12, "000", "012"],
    [7.5, "0.0#", "7.5"],
    [7.125, "0.0#", "7.13"],
    [79.562, "General", "79.562"],
    [0.1 + 0.2, "General", "0.3"],
    [100, "@", "100"],
    [5, "0.##", "5."],
  ])("%s under %s → %s", (v, fmt, shown) => {
    expect(formatNumber(v, fmt)).toBe(shown);
  });

  it("dates and times, in the 1900 and 1904 systems", () => {
    expect(formatNumber(44260, 'yyyy"年"m"月"d"日"')).toBe("2021年3月5日");
    expect(formatNumber(44260, "yyyy-mm-dd")).toBe("2021-03-05");
    expect(formatNumber(44260, "mm-dd-yy")).toBe("2021/3/5"); // built-in 14 in a Chinese-locale Excel
    expect(formatNumber(44260.75, "yyyy/m/d h:mm")).toBe("2021/3/5 18:00");
    expect(formatNumber(0.5, "h:mm AM/PM")).toBe("12:00 PM");
    expect(serialToDate(0, true).toISOString().slice(0, 10)).toBe("1904-01-01");
    expect(formatDate(new Date(Date.UTC(2022, 11, 31)), "yyyy年m月")).toBe("2022年12月");
  });

  it("General fits the number in 11 characters", () => {
    expect(formatGeneral(2298500.5)).toBe("2298500.5");
    expect(formatGeneral(1 / 3)).toBe("0.333333333");
    expect(formatGeneral(-12345.678901234)).toBe("-12345.6789");
  });

  it("exceljs values: rich text, formula results, errors, booleans, hyperlinks", () => {
    expect(displayText({ richText: [{ text: "项目" }, { text: "名称" }] }, undefined)).toBe("项目名称");
    expect(displayText({ formula: "E6/D6", result: 0.7957 }, "0.00%")).toBe("79.57%");
    expect(displayText({ sharedFormula: "G6", result: 0.5 }, "0%")).toBe("50%");
    expect(displayText({ formula: "1/0", result: { error: "#DIV/0!" } }, undefined)).toBe("#DIV/0!");
    expect(displayText(true, undefined)).toBe("TRUE");
    expect(displayText({ text: "链接", hyperlink: "http://x" }, undefined)).toBe("链接");
    expect(displayText(null, "0%")).toBe("");
  });
});
