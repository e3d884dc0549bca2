import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ALREADY_NORMAL,
  collapseWhitespace,
  decodeEntities,
  fullWidthToAscii,
  isAlreadyNormal,
  normaliseText,
  stripMarkup,
  texMath,
  touchesCjk,
  unifyComparators,
  unquoteSpreadsheet,
} from "../../src/normalise/text.js";

describe("stripMarkup (step 1)", () => {
  it.each<[string, string]>([
    ["<p>通过</p>", " 通过 "],
    ["<P>通过</P>", " 通过 "],
    ["a<br>b", "a b"],
    ["a<br/>b", "a b"],
    ["a<br />b", "a b"],
    ["a<BR>b", "a b"],
    ["<div class=\"x\">甲</div>乙", " 甲 乙"],
    ["<span style=\"color:red\">红</span>", "红"],
    ["<font face='宋体' size=3>字</font>", "字"],
    ["<b>粗</b><i>斜</i><u>下</u>", "粗斜下"],
    ["m<sup>2</sup>", "m2"],
    ["H<sub>2</sub>O", "H2O"],
    ["<span title=\"a>b\">x</span>", "x"],
    ["<5%", "<5%"],
    ["<=5%", "<=5%"],
    ["a < b > c", "a < b > c"],
    ["<table><tr><td>x</td></tr></table>", "<table><tr><td>x</td></tr></table>"],
    ["<strong>x</strong>", "<strong>x</strong>"],
    ["<pre>x</pre>", "<pre>x</pre>"],
    ["<bold>x", "<bold>x"],
    ["&lt;5%", "<5%"],
    ["&gt;=90%", ">=90%"],
    ["a&nbsp;b", "a\u00A0b"],
    ["&amp;&quot;&apos;", "&\"'"],
    ["&#37;&#x25;&#X4E2D;", "%%中"],
    ["&ldquo;科协&rdquo;", "“科协”"],
    ["&#0;&#xD800;&bogus;&amp", "&#0;&#xD800;&bogus;&amp"],
    ["AT&T", "AT&T"],
    ["&lt;p&gt;x", " x"],
    ["&amp;lt;5%", "<5%"],
  ])("%j → %j", (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });

  it("decodeEntities leaves unknown entities", () => {
    expect(decodeEntities("&foo; &amp;")).toBe("&foo; &");
  });
});

describe("texMath (step 2)", () => {
  it.each<[string, string]>([
    ["$\\geq 10\\%$", "≥10%"],
    ["$\\ge 10\\%$", "≥10%"],
    ["$\\leq 5$", "≤5"],
    ["$\\le 5$", "≤5"],
    ["$\\neq 0$", "≠0"],
    ["$\\lt 3$", "<3"],
    ["$\\gt 3$", ">3"],
    ["$2 \\times 3$", "2×3"],
    ["$\\text{万元}$", "万元"],
    ["$\\geq 95 \\text{ %}$", "≥95%"],
    ["$\\geq {90}\\%$", "≥90%"],
    ["$\\alpha$", "\\alpha"],
    ["$\\alpha x$", "\\alpha x"],
    ["$\\geqslant 90$", "\\geqslant90"],
    ["$\\frac{1}{2}$", "\\frac12"],
    ["满意度$\\geq 90\\%$以上", "满意度≥90%以上"],
    ["$\\geq 10\\%$ 和 $\\leq 5\\%$", "≥10% 和 ≤5%"],
    ["US$100", "US$100"],
    ["$5 and $6", "$5 and $6"],
    ["$ 5$", "$ 5$"],
    ["\\$5$", "\\$5$"],
    ["10\\%", "10\\%"],
    ["$$", "$$"],
    ["$x", "$x"],
  ])("%j → %j", (input, expected) => {
    expect(texMath(input)).toBe(expected);
  });
});

describe("fullWidthToAscii (step 3)", () => {
  it.each<[string, string]>([
    ["１００％", "100%"],
    ["＞＝", ">="],
    ["ＡＢＣｘｙｚ", "ABCxyz"],
    ["１，０００", "1，000"],
    ["１２．５", "12.5"],
    ["第一\u3000第二", "第一 第二"],
    ["，。、；：？！“”‘’《》（）【】", "，。、；：？！“”‘’《》（）【】"],
    ["＂ａ＂", "\"a\""],
    ["＃＄＆＊＋－／＜＝＞＠［＼］＾＿｀｛｜｝～", "#$&*+-/<=>@[\\]^_`{|}~"],
    ["￥100", "￥100"],
  ])("%j → %j", (input, expected) => {
    expect(fullWidthToAscii(input)).toBe(expected);
  });
});

describe("unifyComparators (step 4)", () => {
  it.each<[string, string]>([
    [">=90%", "≥90%"],
    ["≧90%", "≥90%"],
    ["⩾90%", "≥90%"],
    ["<=5%", "≤5%"],
    ["≦5%", "≤5%"],
    ["⩽5%", "≤5%"],
    ["﹦100%", "=100%"],
    ["＝100%", "=100%"],
    ["═100%", "=100%"],
    [">90%", ">90%"],
    ["<90%", "<90%"],
    ["≥≤=", "≥≤="],
  ])("%j → %j", (input, expected) => {
    expect(unifyComparators(input)).toBe(expected);
  });
});

describe("unquoteSpreadsheet (step 5)", () => {
  it.each<[string, string]>([
    ['"1、及时发布信息 2、按时间节点"', "1、及时发布信息 2、按时间节点"],
    ['"他说""好"""', '他说"好"'],
    ['"a""b"', 'a"b'],
    ['每集分钟"', "每集分钟"],
    ['"每集分钟', "每集分钟"],
    ['"a"b"', 'a"b'],
    ['a"b', 'a"b'],
    ['a"b"c', 'a"b"c'],
    ['"', ""],
    ['""', ""],
    ['"""a"""', "a"],
    ['  "x"  ', "x"],
    ['\u200B"x"', "x"],
    ['"x" \u200B', "x"],
    ["x\u200B", "x"],
    ["“上海科协”官方微信", "“上海科协”官方微信"],
    ["plain", "plain"],
  ])("%j → %j", (input, expected) => {
    expect(unquoteSpreadsheet(input)).toBe(expected);
  });
});

describe("collapseWhitespace (step 6)", () => {
  it.each<[string, string | null]>([
    ["思想 and 党", "思想and党"],
    ["a  b\t\nc", "a b c"],
    ["  trimmed  ", "trimmed"],
    ["a b ", "a b"],
    ["\u200Ba b", "a b"],
    ["阅读转发情况较好； 2、推送", "阅读转发情况较好；2、推送"],
    ["每 集分钟", "每集分钟"],
    ["100 %", "100 %"],
    ["项目\n名称", "项目名称"],
    ["（ 2021 年度 ）", "（2021年度）"],
    ["(2021 年度)", "(2021年度)"],
    ["“上海科协” 官方", "“上海科协”官方"],
    ["a\u00A0b", "a b"],
    ["a\u3000b", "a b"],
    ["", null],
    ["  \n\t ", null],
  ])("%j → %j", (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe("normaliseText", () => {
  it.each<[string | null | undefined, string | null]>([
    [null, null],
    [undefined, null],
    ["", null],
    ["   ", null],
    ["<p></p>", null],
    // the seed's cells
    [
      "、条、个、 不少于场、活动 拍摄不少于场、 视频后期制作部 、《红色科协人》 系列短片共集，每 集分钟\"",
      "、条、个、不少于场、活动拍摄不少于场、视频后期制作部、《红色科协人》系列短片共集，每集分钟",
    ],
    [
      "、次以上；、 %；、%以内； 、场拍摄、部视 频。、《红色科 协人》系列短片集 ，每集分钟\"",
      "、次以上；、%；、%以内；、场拍摄、部视频。、《红色科协人》系列短片集，每集分钟",
    ],
    ["<p>以习近平新时代中国特色社会主义思想 and 党的十九大精神为指导</p>", "以习近平新时代中国特色社会主义思想and党的十九大精神为指导"],
    ["思想 and 党", "思想and党"],
    [
      "\"1、及时发布信息，及时推出新栏目 2、按时间节点完成《红色科协人》系列短片摄制工作\"",
      "1、及时发布信息，及时推出新栏目2、按时间节点完成《红色科协人》系列短片摄制工作",
    ],
    ["1、发布信息 2、新开辟栏目 3、线下活动 4、《红色科协人》系列短片制作", "1、发布信息2、新开辟栏目3、线下活动4、《红色科协人》系列短片制作"],
    ["$\\geq 10\\%$", "≥10%"],
    ["$\\geq 20\\%$", "≥20%"],
    [">=85%", "≥85%"],
    ["＞＝８５％", "≥85%"],
    ["&gt;=85%", "≥85%"],
    ["&lt;=5%", "≤5%"],
    ["<=5%", "≤5%"],
    ["<5%", "<5%"],
    ["(2021 年度)", "(2021年度)"],
    ["项目资金 (元)", "项目资金(元)"],
    ["偏差原因分析及 改进措施", "偏差原因分析及改进措施"],
    ["１００％", "100%"],
    ["＝100%", "=100%"],
    ["a<br>b", "a b"],
    ["第一行<br/>第二行", "第一行第二行"],
    ["\"\"", null],
    ["“上海科协”官方微信、微博 策划与运维及《红色科协人》 视频拍摄制作", "“上海科协”官方微信、微博策划与运维及《红色科协人》视频拍摄制作"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("re-normalises text that a first pass turned into markup", () => {
    expect(normaliseText("＜ｐ＞文字＜／ｐ＞")).toBe("文字");
    expect(normaliseText("&amp;lt;p&amp;gt;文字")).toBe("文字");
    expect(normaliseText("\"\"\"a\"\"\"")).toBe("a");
  });
});

// Strings built from the characters the steps react to, so the properties meet the edge cases.
const interesting = fc.constantFrom(
  "<p>", "</p>", "<br/>", "<b>", "<span a=\">\">", "<", ">", "=", "&", "&amp;", "&lt;", "&gt;", "&nbsp;", "&#37;", "&#x3c;",
  "$", "\\geq", "\\%", "\\text{", "{", "}", "\\", '"', '""', " ", "\t", "\n", "\u3000", "\u00A0",
  "＜", "＞", "＝", "＂", "＄", "＆", "１", "％", "，", "（", "）", "思", "想", "党", "、", "《", "》", "“", "”",
  "a", "and", "5", "%", ">=", "<=", "≧", "﹦", "═", "p", "br", "ｐ", "ｌｔ；", "；",
);
const messy = fc.array(interesting, { maxLength: 24 }).map((parts) => parts.join(""));
const anyText = fc.oneof(messy, fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));

describe("normaliseText properties", () => {
  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it("each step is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const f of [stripMarkup, texMath, fullWidthToAscii, unifyComparators, unquoteSpreadsheet]) {
          const once = f(s);
          expect(f(once)).toBe(once);
        }
        const c = collapseWhitespace(s);
        expect(collapseWhitespace(c ?? "")).toBe(c);
      }),
      { numRuns: 3000 },
    );
  });

  it("output has no white space at the edges, no runs of white space, none beside Chinese", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = normaliseText(s);
        if (out === null) return;
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/u);
        expect(out).not.toMatch(/\p{Script=Han}\s|\s\p{Script=Han}/u);
      }),
      { numRuns: 2000 },
    );
  });
});

// Steps 1, 3 and 4 first test whether they have anything to do; the replacements they skip are the definition.
describe("the steps' first tests skip only what would not change", () => {
  it("step 3 on every UTF-16 code unit, alone and between letters", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = "a" + String.fromCharCode(c) + "b";
      const reference = s.replace(/[\uFF01-\uFF5E\u3000]/gu, (x) =>
        x === "\u3000" ? " " : ["，", "；", "：", "？", "！", "（", "）"].includes(x) ? x : String.fromCharCode(x.charCodeAt(0) - 0xfee0),
      );
      if (fullWidthToAscii(s) !== reference) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("step 4 on every string of up to three characters from the comparators and their neighbours", () => {
    const alphabet = ["a", "<", ">", "=", "﹦", "＝", "═", "≧", "⩾", "≦", "⩽", "≥", "≤", "＞"];
    const reference = (s: string) => s.replace(/[﹦＝═]/gu, "=").replace(/>=|≧|⩾/gu, "≥").replace(/<=|≦|⩽/gu, "≤");
    const strings = [""];
    for (let n = 0; n < 3; n++) for (const s of [...strings]) for (const ch of alphabet) strings.push(s + ch);
    for (const s of strings) expect(unifyComparators(s)).toBe(reference(s));
  });

  it("step 1 with no < or & leaves the text as it is, and acts on either", () => {
    expect(stripMarkup("项目 > 5 ; a")).toBe("项目 > 5 ; a");
    expect(stripMarkup("a<br>b")).toBe("a b");
    expect(stripMarkup("a&lt;b")).toBe("a<b");
  });
});

describe("collapseWhitespace in one pass keeps to the three passes it replaces", () => {
  const WS = "\\s\\u200B";
  const CJK = "[\\p{Script=Han}，；：？！（）“”‘’\\u3001-\\u303F]";
  const threePasses = (s: string): string | null => {
    if (!/[\s\u200B]/u.test(s)) return s === "" ? null : s;
    const out = s
      .replace(new RegExp(`[${WS}]+(?=${CJK})`, "gu"), "")
      .replace(new RegExp(`(?<=${CJK})[${WS}]+`, "gu"), "")
      .replace(new RegExp(`[${WS}]+`, "gu"), " ")
      .replace(new RegExp(`^[${WS}]+|[${WS}]+$`, "gu"), "");
    return out === "" ? null : out;
  };
  // White space of every kind beside Chinese (astral Han 𠀀 too), its punctuation, Latin text and lone surrogates.
  const pieces = fc.constantFrom(" ", "  ", "\t", "\n", "\u3000", "\u00A0", "\u200B", "\u2028", "思", "𠀀", "，", "「", "》", "a", "bc", "5", "%", "\ud800", "\udc00", "-");
  it("on strings of white space, Chinese, punctuation and surrogates", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }).map((p) => p.join("")), (s) => {
        expect(collapseWhitespace(s)).toBe(threePasses(s));
      }),
      { numRuns: 5000 },
    );
  });
  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(collapseWhitespace(s)).toBe(threePasses(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("touchesCjk", () => {
  it("answers as the Han-or-Chinese-punctuation pattern for every BMP code unit on either side", () => {
    const cjk = /^[\p{Script=Han}，；：？！（）“”‘’\u3001-\u303F]$/u;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const u = String.fromCharCode(c);
      if (touchesCjk(`${u} x`, 1, 2) !== cjk.test(u) || touchesCjk(`x ${u}`, 1, 2) !== cjk.test(u)) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    // A supplementary ideograph (U+20000) read whole on either side.
    expect(touchesCjk("\u{20000} x", 2, 3)).toBe(true);
    expect(touchesCjk("x \u{20000}", 1, 2)).toBe(true);
  });
});


describe("isAlreadyNormal, the loop normaliseText tries first", () => {
  it("answers as ALREADY_NORMAL for every code unit, alone and beside Chinese and ASCII", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `项目${ch}`, `${ch}a1`]) if (isAlreadyNormal(s) !== ALREADY_NORMAL.test(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toStrictEqual([]);
  });

  it("answers as ALREADY_NORMAL on any string, and on none", () => {
    expect(isAlreadyNormal("")).toBe(false);
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 12 }), (s) => isAlreadyNormal(s) === ALREADY_NORMAL.test(s)), { numRuns: 3000, seed: 7 });
  });
});
