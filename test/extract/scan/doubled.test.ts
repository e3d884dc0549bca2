/** A character the decoder read twice (src/extract/ocr/doubled.ts). */
import { describe, expect, it } from "vitest";
import { undoubled } from "../../../src/extract/ocr/doubled.js";

describe("a character read twice", () => {
  it("drops one of a doubled pair when the ink is too narrow for every character read", () => {
    // d-fax-p06's 有效: ink 2.2 heights wide, read 有有效.
    expect(undoubled("有有效", 2.2)).toBe("有效");
  });

  it("keeps a doubled pair the ink has room for, text with no pair, anything not all Chinese, and an unknown width", () => {
    expect(undoubled("人人满意", 4.1)).toBe("人人满意");
    expect(undoubled("有效果", 2.2)).toBe("有效果");
    expect(undoubled("11%", 1.2)).toBe("11%");
    expect(undoubled("有有效", undefined)).toBe("有有效");
  });
});
