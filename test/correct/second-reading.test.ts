import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/pipeline.js";
import type { Form } from "../../src/schema/index.js";
import type { OcrCharacters } from "../../src/extract/extraction.js";
import { checkOcrDocument } from "../../src/correct/ocr-stage.js";
import { secondReadingFix, secondReadingRule } from "../../src/correct/second-reading.js";
import { pairByPlace, wantsSecondReading, type SecondChar } from "../../src/extract/ocr/second-reading.js";
import type { OcrLine } from "../../src/extract/ocr/recognise.js";

const seed = join(__dirname, "..", "..", "fixtures", "seed");
const seedFile = readdirSync(seed).find((f) => f.endsWith(".txt"))!;

async function seedForm(): Promise<Form> {
  const doc = await parse(new Uint8Array(readFileSync(join(seed, seedFile))), { input: "text" });
  return doc.forms[0]!;
}

/** A one-line reading whose characters stand side by side, `w` pixels each, from `x0`. */
function line(text: string, conf: number[], w = 50, x0 = 0): OcrLine {
  const chars = Array.from(text);
  return { text, bbox: [x0, 0, x0 + w * chars.length, 40], confidence: 0.9, chars: conf, boxes: chars.map((_, i) => [x0 + w * i, 0, x0 + w * (i + 1), 40]) };
}

/** What a second reading put at each place: `text` with its confidences (1 unless listed). */
function again(text: string, conf: Record<number, number> = {}): SecondChar[] {
  return Array.from(text).map((c, i) => ({ text: c, confidence: conf[i] ?? 0.97 }));
}

describe("a fax cell's doubted character, settled by its second reading (src/correct/second-reading.ts)", () => {
  it("says what it confirms", () => {
    expect(secondReadingRule.confirms).toBe("characters");
  });

  it("pairs the readings by where each character stands on the crop, whatever scale each was read at", () => {
    // d-fax-p05's 设备完好府 (府 0.81) read again 设备完好率 (率 0.91), its boxes a few pixels off.
    const first = line("设备完好府", [0.99, 0.99, 0.99, 0.99, 0.81]);
    const second = line("设备完好率", [0.99, 0.99, 0.99, 0.99, 0.91], 50, 6);
    expect(pairByPlace(first, { lines: [second], text: second.text, confidence: 0.95 }).map((s) => s?.text)).toEqual(Array.from("设备完好率"));
    // Another number of characters is other words: nothing paired (作品 read 参5人员汪总庶 again).
    const other = line("参5人员汪总庶", [0.98, 0.96, 0.96, 0.98, 0.96, 0.57, 0.79], 40);
    expect(pairByPlace(line("作品", [0.89, 0.83], 140), { lines: [other], text: other.text, confidence: 0.9 })).toEqual([null, null]);
    // A character whose place the second reading left empty (its box over a gap) pairs with nothing.
    const gap = { ...second, boxes: [second.boxes![0]!, second.boxes![1]!, null, second.boxes![3]!, second.boxes![4]!] };
    expect(pairByPlace(first, { lines: [gap], text: gap.text, confidence: 0.95 })[2]).toBeNull();
  });

  it("reads again only short one-line readings with a Chinese character in doubt", () => {
    expect(wantsSecondReading(line("设备完好府", [0.99, 0.99, 0.99, 0.99, 0.81]))).toBe(true);
    expect(wantsSecondReading(line("设备完好率", [0.99, 0.99, 0.99, 0.99, 0.95]))).toBe(false);
    // A doubted digit is the number readers' business.
    expect(wantsSecondReading(line("率95", [0.99, 0.6, 0.99]))).toBe(false);
    // A goal text: long.
    const long = "加强基层医疗卫生机构能力建设提升基层服务能力";
    expect(wantsSecondReading(line(long, Array.from(long).map((_, i) => (i === 3 ? 0.5 : 0.99))))).toBe(false);
  });

  it("changes a character only when the second reading is sure of another, surer, with the same sure neighbours", () => {
    const chars = Array.from("设备完好府");
    const conf = [0.99, 0.99, 0.99, 0.99, 0.81];
    expect(secondReadingFix(chars, conf, again("设备完好率", { 4: 0.91 }), 4)).toBe("率");
    // Read surely the first time: stays.
    expect(secondReadingFix(chars, [0.99, 0.99, 0.99, 0.99, 0.95], again("设备完好率"), 4)).toBeNull();
    // The second reading unsure, or less sure than the first.
    expect(secondReadingFix(chars, conf, again("设备完好率", { 4: 0.85 }), 4)).toBeNull();
    expect(secondReadingFix(chars, [0.99, 0.99, 0.99, 0.99, 0.89], again("设备完好率", { 4: 0.88 }), 4)).toBeNull();
    // A sure neighbour read otherwise the second time: other words, or a place shifted.
    expect(secondReadingFix(chars, conf, again("设备完如率"), 4)).toBeNull();
    // A neighbour's character in the doubted place: the neighbour's box seen one off (高适秀儿童 → 适适).
    expect(secondReadingFix(Array.from("高适秀儿"), [0.99, 0.99, 0.65, 0.99], again("高适适儿"), 2)).toBeNull();
    // Nothing at its place, or no Chinese character there.
    expect(secondReadingFix(chars, conf, [...again("设备完好"), null], 4)).toBeNull();
    expect(secondReadingFix(chars, conf, again("设备完好5"), 4)).toBeNull();
    // An unsure neighbour may read otherwise (汽染物: 染 0.74 read 染 again, 汽 0.78 read 污).
    expect(secondReadingFix(Array.from("汽染物"), [0.78, 0.74, 0.98], again("污朵物", { 0: 0.92 }), 0)).toBe("污");
  });

  it("goes through the correct stage: the value changed, the reading kept, corrected-value reported", async () => {
    const form = await seedForm();
    const text = "设备完好府";
    form.indicators[0]!.level3 = text;
    const bbox: [number, number, number, number] = [100, 200, 300, 230];
    form.sources!["/indicators/0/level3"] = { text, page: 1, bbox, confidence: 0.95 };
    const chars: OcrCharacters[] = [{ page: 1, bbox, text, confidences: [0.99, 0.99, 0.99, 0.99, 0.81], second: again("设备完好率", { 4: 0.91 }) }];
    const doc = { source: { kind: "pdf-scan" }, forms: [form], diagnostics: [] } as never;
    const out = checkOcrDocument(doc, { characters: chars }).forms[0]!;
    expect(out.indicators[0]!.level3).toBe("设备完好率");
    expect(out.sources!["/indicators/0/level3"]!.corrected?.from).toBe("设备完好府");
    expect(out.audit.findings.some((f) => f.rule === "corrected-value" && f.path === "/indicators/0/level3")).toBe(true);
    // Without the second reading it stays as read (no twin on the seed form).
    const bare = checkOcrDocument({ source: { kind: "pdf-scan" }, forms: [form], diagnostics: [] } as never, { characters: [{ ...chars[0]!, second: undefined }] }).forms[0]!;
    expect(bare.indicators[0]!.level3).toBe("设备完好府");
  });
});
