/**
 * The scoring rules of the department form's 评分标准 (src/template/department.ts) as printed, a
 * PDF's text layer spacing a justified rule's last word apart (`B/A×分 值`). Made-up cases.
 */
import { describe, expect, it } from "vitest";
import { wholeScoringRule } from "../../src/template/department.js";

describe("a whole scoring rule", () => {
  it.each([
    ["B/A×分值", true],
    ["B/A×分 值", true],
    ["B / A × 权 重", true],
    ["完成目标得满分，未完成按比例扣分", true],
    ["B/A×分 数", false],
    ["分值", false],
  ])("%s → %s", (text, whole) => {
    expect(wholeScoringRule.test(text)).toBe(whole);
  });
});
