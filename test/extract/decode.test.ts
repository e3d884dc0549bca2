import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { badShare, decodeText, decodeUnlessBinary, looksBinary } from "../../src/extract/text/decode.js";
import { parse } from "../../src/pipeline.js";

const FORM = "财政项目支出绩效自评表\r\n(2021 年度)\t\t\r\n项目名称\t科普资源平台建设\r\n年度资金总额\t1000000.00\t100.00%\r\n“上海科协”《红色科协人》，；：？！\n";
const FORM_LF = FORM.replace(/\r\n?/gu, "\n");

function utf16le(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "utf16le"));
}
function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return new Uint8Array(be);
}
const cat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

describe("decodeText", () => {
  it("UTF-8 without BOM", () => {
    expect(decodeText(new TextEncoder().encode(FORM))).toEqual({ text: FORM_LF, encoding: "utf-8", bomStripped: false });
  });
  it("UTF-8 with BOM", () => {
    const bytes = cat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(FORM));
    expect(decodeText(bytes)).toEqual({ text: FORM_LF, encoding: "utf-8", bomStripped: true });
  });
  it("UTF-16 LE with BOM", () => {
    expect(decodeText(cat(new Uint8Array([0xff, 0xfe]), utf16le(FORM)))).toEqual({ text: FORM_LF, encoding: "utf-16le", bomStripped: true });
  });
  it("UTF-16 BE with BOM", () => {
    expect(decodeText(cat(new Uint8Array([0xfe, 0xff]), utf16be(FORM)))).toEqual({ text: FORM_LF, encoding: "utf-16be", bomStripped: true });
  });
  it("UTF-16 LE and BE without BOM", () => {
    expect(decodeText(utf16le(FORM))).toEqual({ text: FORM_LF, encoding: "utf-16le", bomStripped: false });
    expect(decodeText(utf16be(FORM))).toEqual({ text: FORM_LF, encoding: "utf-16be", bomStripped: false });
  });
  it("GB18030 / GBK / GB2312", () => {
    for (const enc of ["gb18030", "gbk", "gb2312"]) {
      const bytes = new Uint8Array(iconv.encode(FORM, enc));
      expect(decodeText(bytes)).toEqual({ text: FORM_LF, encoding: "gb18030", bomStripped: false });
    }
  });
  it("line endings: \\r\\n and lone \\r become \\n", () => {
    expect(decodeText(new TextEncoder().encode("a\r\nb\rc\n\r\nd")).text).toBe("a\nb\nc\n\nd");
  });
  it("empty input", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", bomStripped: false });
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
  it("pure ASCII is UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("100\t95\n")).encoding).toBe("utf-8");
  });

  const cjkText = fc
    .array(
      fc.oneof(
        fc.constantFrom("项目", "绩效", "自评表", "年度资金总额", "，", "。", "、", "《", "》", "“", "”", "\t", "\n", "\r\n", " ", "%", "≥", "—"),
        fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0, max: 1e7 }).map(String),
      ),
      { minLength: 1, maxLength: 60 },
    )
    .map((p) => `项目名称\t${p.join("")}\n100\t95\n`);

  it("round-trips GB18030 text (property)", () => {
    fc.assert(
      fc.property(cjkText, (s) => {
        const bytes = new Uint8Array(iconv.encode(s, "gb18030"));
        const d = decodeText(bytes);
        expect(d.encoding).toBe("gb18030");
        expect(d.text).toBe(s.replace(/\r\n?/gu, "\n"));
        expect(looksBinary(bytes)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips UTF-16 text with and without BOM (property)", () => {
    fc.assert(
      fc.property(cjkText, fc.boolean(), fc.boolean(), (s, le, bom) => {
        const body = le ? utf16le(s) : utf16be(s);
        const bytes = bom ? cat(new Uint8Array(le ? [0xff, 0xfe] : [0xfe, 0xff]), body) : body;
        const d = decodeText(bytes);
        expect(d).toEqual({ text: s.replace(/\r\n?/gu, "\n"), encoding: le ? "utf-16le" : "utf-16be", bomStripped: bom });
        expect(looksBinary(bytes)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips UTF-8 text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => {
        const d = decodeText(new TextEncoder().encode(s));
        expect(d.text).toBe(s.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n"));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        decodeText(b);
        looksBinary(b);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("looksBinary", () => {
  const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "latin1"));
  it.each<[string, Uint8Array]>([
    ["PDF", ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")],
    ["PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["ZIP", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ["OLE", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ["JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ["NULs in UTF-8 text", new TextEncoder().encode("项目\u0000\u0000名称\u0000x")],
    ["control characters", ascii("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008")],
  ])("%s is binary", (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(true);
  });

  it("random bytes are binary", () => {
    let seed = 12345;
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    expect(looksBinary(bytes)).toBe(true);
  });

  it.each<[string, Uint8Array]>([
    ["UTF-8 form", new TextEncoder().encode(FORM)],
    ["GBK form", new Uint8Array(iconv.encode(FORM, "gbk"))],
    ["UTF-16LE form", utf16le(FORM)],
    ["UTF-16BE form with BOM", cat(new Uint8Array([0xfe, 0xff]), utf16be(FORM))],
    ["text starting with BM", new TextEncoder().encode("BMW 项目\n")],
    ["form feed in text", new TextEncoder().encode("第一页\f第二页\n")],
  ])("%s is text", (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(false);
  });

  it("a long UTF-8 file cut mid-character in the sample is still text", () => {
    const s = "项".repeat(30000); // 90000 bytes; the 64 KiB sample ends inside a character
    expect(looksBinary(new TextEncoder().encode(s))).toBe(false);
  });
});

describe("stray NULs", () => {
  const seed = readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url), "utf8");

  it("one NUL in a form's text does not make it binary; it is dropped and reported", async () => {
    const at = seed.indexOf("上海市科学技术协会");
    expect(at).toBeGreaterThan(0);
    const damaged = seed.slice(0, at + 2) + "\u0000" + seed.slice(at + 2);
    expect(looksBinary(new TextEncoder().encode(damaged))).toBe(false);
    const doc = await parse(new TextEncoder().encode(damaged));
    expect(doc.forms).toHaveLength(2);
    // The value reads as printed, without the NUL.
    expect(doc.forms[0]!.department).toBe("上海市科学技术协会");
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: "nul-characters-removed", severity: "warning" }));
  });

  it("NULs at more than one per thousand bytes still make a file binary", () => {
    const bytes = new TextEncoder().encode(seed.slice(0, 1000));
    const many = new Uint8Array(bytes.length + 3);
    many.set(bytes);
    expect(looksBinary(many)).toBe(true);
  });
});

describe("decodeUnlessBinary", () => {
  // The one-pass reading must agree with the two-step one everywhere (inputs under the sample size).
  const same = (bytes: Uint8Array): void => {
    expect(decodeUnlessBinary(bytes)).toEqual(looksBinary(bytes) ? null : decodeText(bytes));
  };

  it("agrees with looksBinary + decodeText on text, GB18030, UTF-16, BOMs and junk", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom("utf8", "gb18030", "utf16le", "bom8", "bom16be"), (s, enc) => {
        const bytes =
          enc === "utf8"
            ? new TextEncoder().encode(s)
            : enc === "gb18030"
              ? new Uint8Array(iconv.encode(s, "gb18030"))
              : enc === "utf16le"
                ? new Uint8Array(Buffer.from(s, "utf16le"))
                : enc === "bom8"
                  ? new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])
                  : new Uint8Array([0xfe, 0xff, ...Buffer.from(s, "utf16le").swap16()]);
        same(bytes);
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        same(b);
      }), { numRuns: 500 });
  });

  it("refuses what looksBinary refuses and reads the seed once", () => {
    same(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    same(new TextEncoder().encode("项目\u0000\u0000名称\u0000x"));
    const seed = readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url));
    same(new Uint8Array(seed));
    expect(decodeUnlessBinary(new Uint8Array(seed))!.text).toContain("财政项目支出绩效自评表");
  });
});

describe("badShare's search before its count", () => {
  // The definition it keeps to: the count over code units, written out plainly.
  function reference(s: string, maxChars = s.length): number {
    if (s.length === 0) return 0;
    let bad = 0;
    let total = 0;
    for (let i = 0; i < Math.min(s.length, maxChars); i++) {
      const c = s.charCodeAt(i);
      total++;
      if (c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) i++;
      else if ((c < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(c)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) bad++;
    }
    return bad / total;
  }
  const units = fc.oneof(fc.integer({ min: 0, max: 0x40 }), fc.integer({ min: 0x7e, max: 0xa0 }), fc.constantFrom(0x4e00, 0x3000, 0xfffd, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff));
  it("gives the plain count's share, up to any limit", () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 40 }), fc.integer({ min: 0, max: 45 }), (codes, limit) => {
        const s = String.fromCharCode(...codes);
        expect(badShare(s, limit)).toBe(reference(s, limit));
        expect(badShare(s)).toBe(reference(s));
      }),
      { numRuns: 500, seed: 16 },
    );
  });
});
