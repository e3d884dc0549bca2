import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attachParsed, parseQuantity } from "../../src/normalise/quantity.js";
import type { Comparator, Indicator, ParsedValue } from "../../src/schema/index.js";

const q = (comparator: Comparator | null, value: number, unit: string | null): ParsedValue => ({
  kind: "quantity",
  comparator,
  value,
  unit,
});
const text = (t: string): ParsedValue => ({ kind: "qualitative", text: t });

describe("parseQuantity", () => {
  it.each([
    ["≥85%", q("≥", 85, "%")],
    ["=100%", q("=", 100, "%")],
    ["100%", q(null, 100, "%")],
    ["100.00%", q(null, 100, "%")],
    ["≤5天", q("≤", 5, "天")],
    [">=90%", q("≥", 90, "%")],
    ["＞＝９０％", q("≥", 90, "%")],
    ["≧90%", q("≥", 90, "%")],
    ["<3次", q("<", 3, "次")],
    ["> 2 场", q(">", 2, "场")],
    ["1,000人次", q(null, 1000, "人次")],
    ["12", q(null, 12, null)],
    ["0.5", q(null, 0.5, null)],
    // comparator words
    ["不少于12场", q("≥", 12, "场")],
    ["不低于95%", q("≥", 95, "%")],
    ["达到100%", q("≥", 100, "%")],
    ["90%以上", q("≥", 90, "%")],
    ["不超过30天", q("≤", 30, "天")],
    ["不高于5%", q("≤", 5, "%")],
    ["30天以内", q("≤", 30, "天")],
    ["5%以下", q("≤", 5, "%")],
    ["低于3%", q("<", 3, "%")],
    ["高于80%", q(">", 80, "%")],
    ["超过100人", q(">", 100, "人")],
    ["5个工作日内", q("≤", 5, "个工作日")],
    // Chinese numerals
    ["百分之九十", q(null, 90, "%")],
    ["不低于百分之九十五", q("≥", 95, "%")],
    ["一百二十", q(null, 120, null)],
    ["两千", q(null, 2000, null)],
    ["三万", q(null, 30000, null)],
    ["零点五", q(null, 0.5, null)],
    ["十二个", q(null, 12, "个")],
    ["一千零十", q(null, 1010, null)],
    ["一万五千人次", q(null, 15000, "人次")],
    ["十场", q(null, 10, "场")],
    // units
    ["50%", q(null, 50, "%")],
    ["90百分比", q(null, 90, "%")],
    ["20万元", q(null, 20, "万元")],
    ["3万人次", q(null, 30000, "人次")],
    ["1.5万", q(null, 15000, null)],
    ["100平方米", q(null, 100, "平方米")],
    ["8小时", q(null, 8, "小时")],
    ["5公里", q(null, 5, "公里")],
    ["3亩", q(null, 3, "亩")],
    ["20户", q(null, 20, "户")],
    ["2年", q(null, 2, "年")],
    ["6个月", q(null, 6, "个月")],
    // a label is kept before a comparator
    ["满意度≥90%", q("≥", 90, "%")],
    ["全年不少于12次", q("≥", 12, "次")],
    ["约100人", q(null, 100, "人")],
    ["100人左右", q(null, 100, "人")],
    // a page in traditional characters: the same words and units, the unit as simplified reads it
    ["不超過95萬元", q("≤", 95, "万元")],
    ["不少於12場", q("≥", 12, "场")],
    ["30天以內", q("≤", 30, "天")],
    ["≥5個", q("≥", 5, "个")],
  ] as const)("%s", (input, expected) => {
    expect(parseQuantity(input)).toEqual(expected);
  });

  it.each([
    "满意",
    "及时",
    "达成预期指标",
    "有所提升",
    "制定和执行相关制度文件",
    "、条、个、不少于场、活动拍摄不少于场、视频后期制作部、《红色科协人》系列短片共集，每集分钟",
    "1、≥10场；2、≥5篇",
    "1、发布信息2、新开辟栏目",
    "≥10场;≥5篇",
    "90%-100%",
    "完成率100%",
    "2021年12月底前",
    "十分满意",
    "—",
    "達成預期指標",
    "1、≥10場；2、≥5篇",
  ])("%s is qualitative", (input) => {
    expect(parseQuantity(input)).toEqual(text(input));
  });

  it("null or empty text gives null", () => {
    expect(parseQuantity(null)).toBeNull();
    expect(parseQuantity("  ")).toBeNull();
  });

  it("a bare-number actual takes the target's unit", () => {
    const target = parseQuantity("≥90%");
    expect(parseQuantity("80", { unitFrom: target })).toEqual(q(null, 80, "%"));
    expect(parseQuantity("80场", { unitFrom: target })).toEqual(q(null, 80, "场"));
    expect(parseQuantity("80", { unitFrom: text("满意") })).toEqual(q(null, 80, null));
  });

  it("never throws, and a quantity's value is finite (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseQuantity(s);
        return r === null || r.kind === "qualitative" || Number.isFinite(r.value);
      }),
    );
  });

  it("reads any printed decimal back exactly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom("≥", "≤", "=", ""), fc.constantFrom("%", "人", "万元", ""), (n, places, comp, unit) => {
        const value = n / 10 ** places;
        const printed = `${comp}${value.toFixed(places)}${unit}`;
        expect(parseQuantity(printed)).toEqual(q(comp === "" ? null : (comp as Comparator), value, unit === "" ? null : unit));
      }),
    );
  });
});

describe("attachParsed", () => {
  const base: Indicator = { level1: "满意度指标", level2: "服务对象满意度指标", level3: "满意度", target: "≥85%", actual: "50", weight: 10, score: 5, deviation: null };

  it("sets targetParsed and actualParsed on a copy", () => {
    const frozen = Object.freeze({ ...base });
    const out = attachParsed(frozen);
    expect(out).not.toBe(frozen);
    expect(out.targetParsed).toEqual(q("≥", 85, "%"));
    expect(out.actualParsed).toEqual(q(null, 50, "%"));
    expect(frozen).not.toHaveProperty("targetParsed");
  });

  it("omits them when the text is null", () => {
    const out = attachParsed({ ...base, target: null, actual: null, targetParsed: text("x") });
    expect(out).not.toHaveProperty("targetParsed");
    expect(out).not.toHaveProperty("actualParsed");
  });
});
