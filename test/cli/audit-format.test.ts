import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditExitCode, formatAudit, formatPlace, formatValue } from "../../src/cli/audit-format.js";
import { audit } from "../../src/audit/index.js";
import type { Diagnostic, Document, Form } from "../../src/schema/index.js";
import { edit, form, src } from "../audit/form-builder.js";

const goldenPath = fileURLToPath(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.expected.json", import.meta.url));
const golden = JSON.parse(readFileSync(goldenPath, "utf8")) as { forms: Form[] };

function audited(f: Form): Form {
  return { ...f, audit: audit(f) };
}

function doc(forms: Form[], diagnostics: Diagnostic[] = [], path = "forms/2021.txt"): Document {
  return { schemaVersion: 1, source: { path, sha256: "0".repeat(64), kind: "text", pages: null }, forms, diagnostics };
}

describe("formatAudit", () => {
  it("the seed, in Chinese without colour", () => {
    const f2: Form = { ...golden.forms[1]!, sources: { "/indicators/5/score": src("5", 42) } };
    const text = formatAudit([doc([audited(golden.forms[0]!), audited(f2)], [], "seed.txt")], { color: false, lang: "zh" });
    expect(text).toBe(
      [
        "seed.txt",
        "  ✓ “上海科协”官方微信、微博策划与运维及《红色科协人》视频拍摄制作 2021年度 · 总分 报告 95，复核 95 · 等级 优 · 0 个错误，0 个警告",
        "  ✓ 科普资源平台建设 2021年度 · 总分 报告 95，复核 95 · 等级 优 · 0 个错误，1 个警告",
        "    警告 indicator-score · 绩效指标 6·得分 · 报告 5，复核 5.88 · 第 42 行",
        "      绩效指标 6·得分 为 5，目标 ≥85%、实际 50%，按 分值 10 × 50 ÷ 85 应为 5.88",
        "",
      ].join("\n"),
    );
  });

  it("in English", () => {
    const f = audited(edit((x) => (x.indicators[0]!.score = 15), { total: { score: 100 }, sources: { "/total/score": src("100", 30, { page: 2, bbox: [10, 20, 30.5, 40] }) } }));
    const text = formatAudit([doc([f])], { color: false, lang: "en" });
    expect(text).toContain("✗ 测试项目 2021 · total reported 100, recomputed 95 · grade 优 · 1 error, 2 warnings");
    expect(text).toContain("    error total-score · total·score · reported 100, recomputed 95 · page 2 (10,20)-(30.5,40) line 30");
    expect(text).toContain("      total·score is 100; the scores add up to 95");
  });

  it("places a finding without a source of its own at its row", () => {
    const f = audited(edit((x) => (x.indicators[0]!.score = 15), { total: { score: 95 }, sources: { "/indicators/0/score": src("15", 17, { page: 1, bbox: [1, 2, 3, 4] }) } }));
    const text = formatAudit([doc([f])], { color: false, lang: "zh" });
    expect(text).toContain("    警告 deviation-missing · 绩效指标 1·偏差原因 · 第 1 页 第 17 行");
  });

  it("shows objects and bands", () => {
    expect(formatValue({ 产出指标: 40, 效益指标: 30 }, "zh")).toBe("产出指标 40，效益指标 30");
    expect(formatValue({ min: 6, max: 8 }, "en")).toBe("6–8");
    expect(formatValue("l0", "zh")).toBe("“l0”");
    expect(formatValue(5.88, "zh")).toBe("5.88");
    expect(formatPlace({ text: "x", sheet: "Sheet1", cell: "B12" }, "en")).toBe("Sheet1!B12");
    expect(formatPlace({ text: "x" }, "zh")).toBeNull();
  });

  it("colours only when asked", () => {
    const f = audited(form({ total: { score: 95 } }));
    expect(formatAudit([doc([f])], { color: false, lang: "zh" })).not.toMatch(/\u001b\[/);
    const coloured = formatAudit([doc([f])], { color: true, lang: "zh" });
    expect(coloured).toMatch(/\u001b\[31m错误\u001b\[0m total-score/);
  });

  it("a document without forms, and an unreadable one", () => {
    const text = formatAudit(
      [doc([], [{ code: "no-form", severity: "warning", message: "没有表格" }], "a.txt"), doc([], [{ code: "unreadable-file", severity: "error", message: "无法读取" }], "b.pdf")],
      { color: false, lang: "zh" },
    );
    expect(text).toBe(["a.txt", "  未找到绩效自评表", "b.pdf", "  错误 unreadable-file · 无法读取", ""].join("\n"));
  });
});

describe("auditExitCode", () => {
  const good = audited(form());
  const bad = audited(form({ total: { score: 95 } }));
  const warned = audited(edit((x) => (x.indicators[5]!.score = 5), { total: { score: 95 } }));
  const unreadableFile = doc([], [{ code: "unreadable-file", severity: "error", message: "x" }]);

  it.each([
    ["all consistent", [doc([good])], 0],
    ["warnings only", [doc([warned])], 0],
    ["no forms", [doc([])], 0],
    ["an error finding", [doc([good]), doc([bad])], 1],
    ["an unreadable file", [doc([good]), unreadableFile], 2],
    ["2 wins over 1", [doc([bad]), unreadableFile], 2],
  ] as const)("%s → %s", (_name, docs, code) => {
    expect(auditExitCode([...docs])).toBe(code);
  });
});

describe("formatAudit: message language", () => {
  it("words Chinese-audited findings afresh in English", () => {
    const f = audited(golden.forms[1]!);
    const text = formatAudit([doc([f])], { color: false, lang: "en" });
    expect(text).toContain("      indicator 6·score is 5; target ≥85%, actual 50%: weight 10 × 50 ÷ 85 gives 5.88");
  });

  it("keeps stored messages already in the language", () => {
    const f = audited(golden.forms[1]!);
    f.audit.findings[0]!.message = "绩效指标 6·得分 有误";
    expect(formatAudit([doc([f])], { color: false, lang: "zh" })).toContain("      绩效指标 6·得分 有误");
  });
});
