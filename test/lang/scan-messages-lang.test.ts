/**
 * The scan family (hOCR/ALTO, OCR of images, the arithmetic check) follows the language too:
 * its diagnostics and the reasons it records for corrected values.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkOcrForm } from "../../src/correct/ocr-stage.js";
import { parse } from "../../src/pipeline.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const fixture = (p: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${p}`, import.meta.url)));
const seed = readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url));
/** The message without the input's text it quotes (which may hold quotation marks of its own: OCR read `”`). */
const ownWords = (m: string) => m.replace(/“[\s\S]*”/g, "").replace(/「[\s\S]*」/g, "");

describe("scan-family messages follow lang", () => {
  const cases: Array<{ name: string; input: Uint8Array; kind: "hocr" | "alto"; code: string }> = [
    { name: "hOCR that is not XML", input: new TextEncoder().encode("<html><body><div class='ocr_page' title='bbox 0 0 100 100'><span class="), kind: "hocr", code: "unreadable-file" },
    { name: "hOCR without a page", input: new TextEncoder().encode("<html><body><p>nothing</p></body></html>"), kind: "hocr", code: "no-text" },
    { name: "ALTO without a page", input: new TextEncoder().encode('<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout></Layout></alto>'), kind: "alto", code: "no-text" },
    { name: "native tesseract's own hOCR (words it was unsure of)", input: fixture("hocr/t-p14-tesseract.hocr"), kind: "hocr", code: "low-confidence" },
  ];
  for (const { name, input, kind, code } of cases) {
    it(`${name}: ${code} in English with lang en, in Chinese by default`, async () => {
      const en = await parse(input, { input: kind, lang: "en" });
      const zh = await parse(input, { input: kind });
      expect(en.diagnostics.map((d) => d.code)).toContain(code);
      expect(en.diagnostics.map((d) => d.code)).toEqual(zh.diagnostics.map((d) => d.code));
      for (const d of en.diagnostics.filter((x) => x.code === code)) expect(ownWords(d.message), d.message).not.toMatch(CJK);
      for (const d of zh.diagnostics.filter((x) => x.code === code)) expect(ownWords(d.message), d.message).toMatch(CJK);
    });
  }

  it("the arithmetic check's reason and the audit it runs again follow lang", async () => {
    const form = (await parse(seed, { input: "text" })).forms[0]!;
    // The first indicator's 20 read as 28: the total confirms 20 (see ocr-helpers.test.ts).
    const bad = structuredClone(form);
    bad.indicators[0]!.score = 28;
    bad.sources!["/indicators/0/score"] = { ...bad.sources!["/indicators/0/score"]!, text: "28" };
    const en = checkOcrForm(bad, { lang: "en" });
    const zh = checkOcrForm(bad);
    expect(en.indicators[0]!.score).toBe(20);
    expect(en.sources!["/indicators/0/score"]!.corrected!.reason).not.toMatch(CJK);
    expect(zh.sources!["/indicators/0/score"]!.corrected!.reason).toMatch(CJK);
    const finding = en.audit.findings.find((f) => f.rule === "corrected-value")!;
    expect(ownWords(finding.message)).not.toMatch(CJK);
  });
});
