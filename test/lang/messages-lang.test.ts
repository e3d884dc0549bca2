/**
 * Every message meant for people follows the language asked for: with `lang: "en"` no diagnostic
 * message (nor `corrected.reason`) holds Chinese outside the input's own text, which messages
 * quote; with the default the same inputs give the same codes, in Chinese. Inputs are odd or
 * broken on purpose, one for each kind of message the readers, reconstructor and normaliser write.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import type { Document } from "../../src/schema/index.js";

const fixture = (p: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${p}`, import.meta.url)));
const seed = readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url), "utf8");
const lines = seed.split("\n");
const firstTotal = lines.findIndex((l) => l.startsWith("总分"));
const withLine = (at: number, line: string) => [...lines.slice(0, at), line, ...lines.slice(at)].join("\n");

/** A made-up document-site preview of a form flattened onto one line. */
const RUN_TOGETHER_PREVIEW =
  "1、某市财政预算支出项目绩效目标自评表项目名称2022年某培训项目项目实施单位某市某中心项目主管单位某市某委员会项目负责人张三" +
  "项目属性1、常年性口2、延续性口3、一次性口4、新增性项目资金来源中央(万元)省、地(万元)本级(万元)其他(万元)合计(万元)执行数(万元)" +
  "执行率5.216.321.521.51(X)%项目年度目标2022年某中心正式运行。填报日期:2023年4月1日自评总分:95项目权重评价内容分值自评分复核分" +
  "评价标准及依据项目决策2分决策依据22具备项目年度计划的计2分\n";

/** Each input with the code it must produce (known from how the input was made). */
const inputs: Array<{ name: string; input: string | Uint8Array; code: string }> = [
  { name: "empty file", input: new Uint8Array(0), code: "empty-file" },
  { name: "binary", input: new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00, 0x7f, 0x03]), code: "unreadable-file" },
  { name: "a stray NUL in a form", input: seed.replace("\n", "\n\0"), code: "nul-characters-removed" },
  { name: "text without a form", input: "这是一份会议纪要，\n没有任何表格。\n", code: "no-form" },
  { name: "a form cut before its total row", input: lines.slice(0, firstTotal).join("\n"), code: "form-incomplete" },
  { name: "text before the form", input: "附件3 请于月底前报送\n" + seed, code: "unplaced-text" },
  { name: "text inside the form that fits nowhere", input: withLine(4, "这是一段随手写下的说明文字"), code: "unplaced-text" },
  { name: "a report number", input: withLine(4, "报表编号\tXJ-2021-001"), code: "field-not-in-contract" },
  { name: "an amount that is not a number", input: seed.replace("1000000.00", "一百万零二十三点五个"), code: "unreadable-number" },
  { name: "an amount in 万元 under a header in 元", input: seed.replace("\t1000000.00\t", "\t100万元\t"), code: "unit-mismatch" },
  { name: "another form of a dossier", input: seed.replace("财政项目支出绩效自评表", "项目支出绩效目标申报表"), code: "other-form" },
  // (A flattened preview whose funds' digits ran together: 5.216.321.521.51 reads two ways alike.)
  { name: "run-together digits with two readings", input: RUN_TOGETHER_PREVIEW, code: "ambiguous-split" },
  { name: "encrypted PDF", input: fixture("pdf/bad/encrypted-user-password.pdf"), code: "encrypted" },
  { name: "damaged PDF", input: fixture("pdf/bad/garbled.pdf"), code: "unreadable-file" },
  { name: "encrypted docx", input: fixture("docx/bad/encrypted.docx"), code: "encrypted" },
  { name: "encrypted xls", input: fixture("office/bad/encrypted.xls"), code: "encrypted" },
  { name: "damaged docx", input: fixture("docx/bad/truncated.docx"), code: "unreadable-file" },
  { name: "damaged xlsx", input: fixture("xlsx/bad/truncated.xlsx"), code: "unreadable-file" },
  { name: "docx that inflates past the limit", input: fixture("hostile/zip-bomb.docx"), code: "limit-exceeded" },
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The message without the input's text it quotes (between “ ” or 「 」) and without the text its source records. */
function ownWords(message: string, sourceText: string | undefined): string {
  let m = message.replace(/“[^”]*”/g, "").replace(/「[^」]*」/g, "");
  if (sourceText) m = m.replace(sourceText, "");
  return m;
}

function corrections(doc: Document): Array<{ pointer: string; reason: string }> {
  return doc.forms.flatMap((f) => Object.entries(f.sources ?? {}).flatMap(([pointer, s]) => (s.corrected ? [{ pointer, reason: s.corrected.reason }] : [])));
}

describe("messages follow lang", () => {
  for (const { name, input, code } of inputs) {
    it(`${name}: English with lang en, the same codes in Chinese by default`, async () => {
      const en = await parse(input, { lang: "en" });
      const zh = await parse(input);
      expect(en.diagnostics.map((d) => d.code)).toContain(code);
      expect(en.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual(zh.diagnostics.map((d) => [d.code, d.severity, d.path]));
      for (const d of en.diagnostics) expect(ownWords(d.message, d.source?.text), `${d.code}: ${d.message}`).not.toMatch(CJK);
      // Audit findings already followed lang; only the pipeline's diagnostics are checked here.
      for (const d of zh.diagnostics) expect(ownWords(d.message, d.source?.text), `${d.code}: ${d.message}`).toMatch(CJK);
    });
  }

  it("corrected.reason is data for people: it follows lang too", async () => {
    // The first form's rate printed 1 where the amounts show 100%: read as a percentage, and said why.
    const input = seed.replace("\t100.00%\t", "\t1\t");
    const en = corrections(await parse(input, { lang: "en" }));
    const zh = corrections(await parse(input));
    expect(en.map((c) => c.pointer)).toEqual(["/funds/executionRatePercent"]);
    expect(zh.map((c) => c.pointer)).toEqual(en.map((c) => c.pointer));
    expect(en[0]!.reason).not.toMatch(CJK);
    expect(en[0]!.reason).toMatch(/fraction/);
    expect(zh[0]!.reason).toBe("执行率印为小数，按金额读作百分比");
  });

  it("says the same facts: the line a cut-off form stopped at, the text quoted", async () => {
    // The seed's first form up to the middle of its indicator table: its last line is line 19.
    const cut = lines.slice(0, 19).join("\n");
    const en = (await parse(cut, { lang: "en" })).diagnostics.find((d) => d.code === "form-incomplete");
    const zh = (await parse(cut)).diagnostics.find((d) => d.code === "form-incomplete");
    expect(en?.message).toContain("after line 19");
    expect(zh?.message).toContain("第 19 行");
    const bad = (await parse(seed.replace("1000000.00", "一百万零二十三点五个"), { lang: "en" })).diagnostics.find((d) => d.code === "unreadable-number");
    expect(bad?.message).toContain("“一百万零二十三点五个”");
  });
});
