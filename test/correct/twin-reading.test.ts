import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/pipeline.js";
import type { Form } from "../../src/schema/index.js";
import type { OcrCharacters } from "../../src/extract/extraction.js";
import { alignRead, settleByTwins, templatePhraseRule, twinReadingRule } from "../../src/correct/characters.js";
import { phraseFix } from "../../src/correct/template-phrase.js";
import { checkOcrDocument } from "../../src/correct/ocr-stage.js";
import { charConfidences } from "../../src/extract/ocr/char-confidence.js";

const seed = join(__dirname, "..", "..", "fixtures", "seed");
const seedFile = readdirSync(seed).find((f) => f.endsWith(".txt"))!;

async function seedForm(): Promise<Form> {
  const doc = await parse(new Uint8Array(readFileSync(join(seed, seedFile))), { input: "text" });
  return doc.forms[0]!;
}

/** Sets a text value as OCR read it at its own place on page 1, each character at `sure` but those listed. */
function read(form: Form, path: string, text: string, chars: OcrCharacters[], doubts: Record<number, number> = {}, sure = 0.98): void {
  const keys = path.split("/").slice(1);
  let node = form as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = text;
  const bbox: [number, number, number, number] = [100, 40 * chars.length, 400, 40 * chars.length + 30];
  form.sources![path] = { text, page: 1, bbox, confidence: 0.9 };
  chars.push({ page: 1, bbox, text, confidences: Array.from(text).map((_, i) => doubts[i] ?? sure) });
}

describe("a character read unsure, settled by its twin (src/correct/characters.ts)", () => {
  it("says what it confirms", () => {
    expect(twinReadingRule.confirms).toBe("characters");
  });

  it("puts back a place name's first character read unsure from the other unit's name read surely", async () => {
    const form = await seedForm();
    const chars: OcrCharacters[] = [];
    read(form, "/department", "立宾市卫生健康委员会", chars, { 0: 0.76 });
    read(form, "/implementingUnit", "宜宾市急救中心", chars);
    const out = settleByTwins(form, { characters: chars });
    expect(out.department).toBe("宜宾市卫生健康委员会");
    expect(out.sources!["/department"]!.corrected?.from).toBe("立宾市卫生健康委员会");
    expect(out.implementingUnit).toBe("宜宾市急救中心");
    // The input is not changed.
    expect(form.department).toBe("立宾市卫生健康委员会");
  });

  it("leaves it when the twin is unsure too, when it was read surely, or when twins disagree", async () => {
    const base = await seedForm();
    const cases: [string, (f: Form, c: OcrCharacters[]) => void][] = [
      ["twin unsure", (f, c) => read(f, "/implementingUnit", "宜宾市急救中心", c, { 0: 0.8 })],
      ["read surely", (f, c) => {
        f.sources!["/department"] = { ...f.sources!["/department"]! };
        c[0]!.confidences[0] = 0.95;
        read(f, "/implementingUnit", "宜宾市急救中心", c);
      }],
      ["twins disagree", (f, c) => {
        read(f, "/implementingUnit", "宜宾市急救中心", c);
        read(f, "/projectName", "宣宾市道路维修", c);
      }],
      ["a twin holds it as read", (f, c) => {
        read(f, "/implementingUnit", "宜宾市急救中心", c);
        read(f, "/projectName", "立宾市道路维修", c);
      }],
      // Read alike elsewhere, unsure there too, it is a second reading against the sure twin
      // (d-fax-real-r02: 英布墓 read 墓 unsure in two cells, 幕 surely in a third).
      ["a twin holds it as read, unsure there", (f, c) => {
        read(f, "/implementingUnit", "宜宾市急救中心", c);
        read(f, "/projectName", "立宾市道路维修", c, { 0: 0.7 });
      }],
    ];
    for (const [name, setUp] of cases) {
      const form = structuredClone(base);
      const chars: OcrCharacters[] = [];
      read(form, "/department", "立宾市卫生健康委员会", chars, { 0: 0.76 });
      setUp(form, chars);
      expect(settleByTwins(form, { characters: chars }).department, name).toBe("立宾市卫生健康委员会");
    }
  });

  it("settles a verdict's characters by the template's wording, and parses the actual again", async () => {
    const form = await seedForm();
    const chars: OcrCharacters[] = [];
    read(form, "/indicators/0/actual", "木达成预期指称", chars, { 0: 0.6, 6: 0.7 });
    const doc = { source: { kind: "pdf-scan" }, forms: [form], diagnostics: [] } as never;
    const out = checkOcrDocument(doc, { characters: chars }).forms[0]!;
    expect(out.indicators[0]!.actual).toBe("未达成预期指标");
    expect(out.sources!["/indicators/0/actual"]!.corrected?.from).toBe("木达成预期指称");
    expect(out.audit.findings.some((f) => f.rule === "corrected-value" && f.path === "/indicators/0/actual")).toBe(true);
  });

  it("puts a long template phrase back where one character of it was misread at its least sure place", async () => {
    const form = await seedForm();
    const chars: OcrCharacters[] = [];
    // d-fax-p06 as read: every character at 0.92 or more, so no twin rule doubt.
    read(form, "/indicators/0/actual", "木达成预期指称", chars, { 0: 0.93, 1: 0.98, 2: 0.99, 3: 0.93, 4: 0.99, 5: 0.99, 6: 0.92 });
    const doc = { source: { kind: "pdf-scan" }, forms: [form], diagnostics: [] } as never;
    const out = checkOcrDocument(doc, { characters: chars }).forms[0]!;
    expect(out.indicators[0]!.actual).toBe("未达成预期指标");
    expect(out.sources!["/indicators/0/actual"]!.corrected?.from).toBe("木达成预期指称");
    expect(out.audit.findings.some((f) => f.rule === "corrected-value" && f.path === "/indicators/0/actual")).toBe(true);
    expect(templatePhraseRule.confirms).toBe("characters");
  });

  it("leaves words one character from a template phrase when that character is sure, not the least sure, or the phrase short", () => {
    const P = ["达成预期指标", "未达成预期指标", "逐步提升"].map((w) => Array.from(w));
    const conf = (n: number, at: number, c: number, rest = 0.93) => Array.from({ length: n }, (_, i) => (i === at ? c : rest));
    // Read surely (0.97): a character Tesseract was sure of stays.
    expect(phraseFix(Array.from("达成预期指称"), conf(6, 5, 0.97, 0.98), P)).toBeNull();
    // Another character was read less surely than the differing one.
    expect(phraseFix(Array.from("达成预期指称"), [0.98, 0.98, 0.91, 0.98, 0.98, 0.92], P)).toBeNull();
    // Four characters: 逐年提升 is a text of its own.
    expect(phraseFix(Array.from("逐年提升"), conf(4, 1, 0.6), P)).toBeNull();
    // The character read is in the phrase (a shifted reading, not a misread).
    expect(phraseFix(Array.from("达成预期标标"), conf(6, 4, 0.6), P)).toBeNull();
    // And the one that fits: 称 at 0.92, the least sure.
    expect(phraseFix(Array.from("达成预期指称"), conf(6, 5, 0.92), P)).toEqual({ at: 5, to: "标" });
  });

  it("uses a long text whose value was tidied of a space the reading kept, and nothing else that differs", async () => {
    const form = await seedForm();
    const chars: OcrCharacters[] = [];
    read(form, "/goals/expected", "为城乡居民免费提供基本服务", chars);
    read(form, "/goals/actual", "5、为城乡居民免费捉供基本服务，6、.按照计划", chars, { 9: 0.87 });
    // Tesseract's reading held a space after 6、 that the value has not.
    const actual = chars[1]!;
    chars[1] = { ...actual, text: "5、为城乡居民免费捉供基本服务，6、 .按照计划", confidences: [...actual.confidences.slice(0, 18), 0, ...actual.confidences.slice(18)] };
    expect(settleByTwins(form, { characters: chars }).goals.actual).toBe("5、为城乡居民免费提供基本服务，6、.按照计划");
    expect(alignRead(Array.from("6、 .按照"), [0.9, 0.9, 0, 0.9, 0.8, 0.9], "6、.按照")).toEqual({ chars: Array.from("6、.按照"), conf: [0.9, 0.9, 0.9, 0.8, 0.9] });
    // A character (not white space) the value has not: the value is not the reading.
    expect(alignRead(Array.from("流行*"), [0.9, 0.9, 0.9], "流行")).toBeNull();
  });

  it("wants words on both sides of a doubt inside a text, and takes no twin's evidence from a character settled in it", async () => {
    const base = await seedForm();
    // d-fax-p06: 孕产妇和儿童 (和 0.87, right) and, later in the text, 孕产妇多亡 (多 misread at 0.91).
    let form = structuredClone(base);
    let chars: OcrCharacters[] = [];
    read(form, "/goals/actual", "规范孕产妇和儿童健康，降低孕产妇多亡率", chars, { 5: 0.87, 17: 0.57 });
    expect(settleByTwins(form, { characters: chars }).goals.actual).toBe("规范孕产妇和儿童健康，降低孕产妇多亡率");
    // p05: 提升营计服务 (营 settled to 基 from 基层) must not make 基计 the twin of 提升基居服务.
    form = structuredClone(base);
    chars = [];
    read(form, "/goals/expected", "提升营计服务", chars, { 2: 0.7 });
    read(form, "/goals/actual", "提升基居服务", chars, { 3: 0.8 });
    read(form, "/projectName", "提升基计", chars);
    const out = settleByTwins(form, { characters: chars });
    expect(out.goals.expected).toBe("提升基计服务");
    expect(out.goals.actual).toBe("提升基居服务");
  });

  it("settles a character read surely but below 0.95 by a surer twin of the same seven characters, and only so", async () => {
    const base = await seedForm();
    // d-fax-real-r02: 李氏宗裙、英布 (裙 0.92) in the goals, 李氏宗祠、英布 read at 0.98 in an indicator.
    let form = structuredClone(base);
    let chars: OcrCharacters[] = [];
    read(form, "/goals/expected", "罗氏宗祠、李氏宗裙、英布巡护", chars, { 8: 0.92 });
    read(form, "/indicators/0/actual", "做好李氏宗祠、英布养护", chars);
    expect(settleByTwins(form, { characters: chars }).goals.expected).toBe("罗氏宗祠、李氏宗祠、英布巡护");
    // d-fax-p06: 接种率，维持高水平人群 (高 0.93, right) and 接种率，维持耐水平人群 (耐 0.91, a misread):
    // the surer reading wins both ways.
    form = structuredClone(base);
    chars = [];
    read(form, "/goals/expected", "疫苗接种率，维持高水平人群", chars, { 8: 0.93 });
    read(form, "/goals/actual", "疫苗接种率，维持耐水平人群", chars, { 8: 0.91 });
    let out = settleByTwins(form, { characters: chars });
    expect(out.goals.expected).toBe("疫苗接种率，维持高水平人群");
    expect(out.goals.actual).toBe("疫苗接种率，维持高水平人群");
    // Two sure characters on one side only (a window of six): left as read.
    form = structuredClone(base);
    chars = [];
    read(form, "/goals/expected", "氏宗裙、英布巡护", chars, { 2: 0.92 });
    read(form, "/indicators/0/actual", "李氏宗祠、英布养护", chars);
    expect(settleByTwins(form, { characters: chars }).goals.expected).toBe("氏宗裙、英布巡护");
    // At 0.95 and above a reading stands, whatever its twins.
    form = structuredClone(base);
    chars = [];
    read(form, "/goals/expected", "罗氏宗祠、李氏宗裙、英布巡护", chars, { 8: 0.95 });
    read(form, "/indicators/0/actual", "做好李氏宗祠、英布养护", chars);
    out = settleByTwins(form, { characters: chars });
    expect(out.goals.expected).toBe("罗氏宗祠、李氏宗裙、英布巡护");
  });

  it("settles a doubt from five sure characters on one side when the other side's sure neighbour is the twin's too", async () => {
    const base = await seedForm();
    // d-fax-real-r02: 龙瘟石刻护栏安装 (瘟 0.67, 龙 0.85 before it) and 龙盘石刻护栏安装 read surely.
    let form = structuredClone(base);
    let chars: OcrCharacters[] = [];
    read(form, "/indicators/0/actual", "采集、龙瘟石刻护栏安装", chars, { 3: 0.85, 4: 0.67 });
    read(form, "/indicators/0/target", "采集、龙盘石刻护栏安装", chars, { 3: 0.87 });
    expect(settleByTwins(form, { characters: chars }).indicators[0]!.actual).toBe("采集、龙盘石刻护栏安装");
    // r02's target 做好六去市六安市罗氏 (市 0.84) beside its goal 开展六安市罗氏: the words after are the
    // goal's, but 去 (read surely) is not 开, so 展 is no reading of it.
    form = structuredClone(base);
    chars = [];
    read(form, "/indicators/0/target", "做好六去市六安市罗氏宗", chars, { 4: 0.84 });
    read(form, "/goals/expected", "依托资金，开展六安市罗氏宗", chars);
    expect(settleByTwins(form, { characters: chars }).indicators[0]!.target).toBe("做好六去市六安市罗氏宗");
    // Four characters on one side are not enough.
    form = structuredClone(base);
    chars = [];
    read(form, "/indicators/0/actual", "采集、龙瘟石刻护栏", chars, { 3: 0.85, 4: 0.67 });
    read(form, "/indicators/0/target", "采集、龙盘石刻护栏", chars, { 3: 0.87 });
    expect(settleByTwins(form, { characters: chars }).indicators[0]!.actual).toBe("采集、龙瘟石刻护栏");
    // A twin with words on both sides holding the doubt as read (英布墓日, 墓 0.83) keeps it,
    // whatever a one-sided twin says (幕日常养护 read surely).
    form = structuredClone(base);
    chars = [];
    read(form, "/indicators/0/target", "李氏宗衬、关布墓日常养护，指挥", chars, { 7: 0.87 });
    read(form, "/indicators/0/actual", "李氏宗祠、英布幕日常养护，指挥", chars);
    read(form, "/goals/expected", "开展英布墓日常巡护", chars, { 4: 0.83 });
    expect(settleByTwins(form, { characters: chars }).indicators[0]!.target).toBe("李氏宗衬、关布墓日常养护，指挥");
  });

  it("pairs each character of a tidied line with its symbol's confidence", () => {
    // Tesseract's symbols with a space and a quote read for a comma; the tidied text has neither space nor quote.
    const syms = [{ text: "宜", confidence: 93 }, { text: "宾", confidence: 99 }, { text: "”", confidence: 80 }, { text: "市", confidence: 97 }];
    expect(charConfidences("宜宾，市", syms)).toEqual([0.93, 0.99, 0.8, 0.97]);
    // A speck dropped by the tidying is skipped.
    expect(charConfidences("宜市", syms)).toEqual([0.93, 0.97]);
  });
});
