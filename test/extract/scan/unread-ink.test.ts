/** A fax's Chinese reading with far fewer characters than its ink holds is read again (src/extract/ocr/unread-ink.ts). */
import { describe, expect, it } from "vitest";
import { fillsInkBetter, leavesInkUnread } from "../../../src/extract/ocr/unread-ink.js";

describe("a Chinese reading against its ink's width", () => {
  it.each([
    // d-fax-p05's 群众满意度 read 调度 from ink 4.23 of its heights wide.
    ["调度", 4.23, true],
    ["群众满意度", 4.9, false],
    // Two characters' width unread is the least that counts.
    ["企业满意", 5.9, false],
    ["企业满意", 6.0, true],
    // Only readings of Chinese characters alone (a number's glyphs are narrower; ，总分 has a comma).
    ["，总分", 12.97, false],
    ["20", 6, false],
  ] as const)("%s in %f heights of ink: read again %s", (text, ems, again) => expect(leavesInkUnread(text, ems)).toBe(again));

  it("takes the second reading only when its characters fit the ink better", () => {
    expect(fillsInkBetter("调度", "群众满荡度", 4.23)).toBe(true);
    // As many characters, or more than the ink holds by as much: the first stays.
    expect(fillsInkBetter("企业满意反", "企业满意扫", 9.43)).toBe(false);
    expect(fillsInkBetter("调度", "群众满荡度满意", 4.23)).toBe(false);
    expect(fillsInkBetter("汲认好人和白", "汪愉线 .人白", 8.24)).toBe(false);
  });
});
