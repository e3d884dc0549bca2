import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { accuracy, compareForms, foldString, levenshtein, valueMatches } from "./field-accuracy.js";
import type { TruthForm, TruthFormFields } from "../../scripts/lib/truth.js";
import { Form } from "../../src/schema/form.js";

const ROOT = resolve(__dirname, "../..");

function baseForm(): TruthFormFields {
  return {
    template: "project",
    title: "财政项目支出绩效自评表",
    year: 2021,
    projectName: "科普资源平台建设",
    department: "上海市科学技术协会",
    implementingUnit: "上海科技报社",
    funds: {
      unit: "元",
      rows: [
        { key: "total", label: "年度资金总额", initialBudget: 699114, annualBudget: 699114, executed: 699114 },
        { key: "currentYear", label: "其中：当年财政拨款", initialBudget: 699114, annualBudget: 699114, executed: null },
      ],
      weight: 10,
      executionRatePercent: 100,
      score: 10,
    },
    goals: { expected: "以建设“社区书院”为载体，整合资源。", actual: "已完成。" },
    indicators: [
      { level1: "产出指标", level2: "数量指标", level3: "科普资源配送", target: "≥95%", actual: "100%", weight: 50, score: 50, deviation: null },
      { level1: "效益指标", level2: "社会效益指标", level3: "公民科学素质提升", target: "有所提升", actual: "有所提升", weight: 30, score: 30, deviation: null },
      { level1: "满意度指标", level2: "服务对象满意度指标", level3: "上海辖区内公民", target: "≥85%", actual: "50%", weight: 10, score: 5, deviation: "本项目未做满意度调查" },
    ],
    total: { weight: 100, score: 95 },
  };
}

const truth = (form: TruthFormFields = baseForm()): TruthForm => ({ variant: "shanghai", form });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
// header 6 + unit 1 + 2 rows × 3 + funds 3 + goals 2 + 3 indicators × 8 + total 2
const CHECKS = 6 + 1 + 6 + 3 + 2 + 24 + 2;

describe("compareForms", () => {
  it("counts every field of the truth once and matches identical output", () => {
    const r = compareForms([truth()], [clone(baseForm())]);
    expect(r.checks).toBe(CHECKS);
    expect(r.matches).toBe(CHECKS);
    expect(r.misses).toEqual([]);
    expect(accuracy(r)).toBe(1);
  });

  it("checks the codes only when the truth holds them", () => {
    const f = baseForm();
    f.departmentCode = "219";
    const out = clone(baseForm());
    const r = compareForms([truth(f)], [out]);
    expect(r.checks).toBe(CHECKS + 1);
    expect(r.misses.map((m) => m.field)).toEqual(["departmentCode"]);
  });

  it("folds white space, NFKC, comparators, wrapping quotes and template numbering", () => {
    const out = clone(baseForm()) as TruthFormFields;
    out.indicators[0]!.target = " >= ９５％ ";
    out.indicators[0]!.level3 = "指标1：科普 资源配送";
    out.indicators[2]!.target = '"≧85%"';
    out.goals.expected = "以建设“社区书院”为载体，\n整合资源。";
    out.projectName = "科普资源 平台建设";
    const r = compareForms([truth()], [out]);
    expect(r.misses).toEqual([]);
  });

  it("does not fold away real differences", () => {
    const out = clone(baseForm()) as TruthFormFields;
    out.indicators[0]!.target = "≤95%";
    out.indicators[1]!.actual = "部分达成预期指标";
    out.title = "项目支出绩效自评表";
    const r = compareForms([truth()], [out]);
    expect(r.misses.map((m) => m.field).sort()).toEqual(["indicators[0].target", "indicators[1].actual", "title"]);
    expect(r.matches).toBe(CHECKS - 3);
  });

  it("matches an expected null with null, a missing field or an empty string, but not with 0", () => {
    const out = clone(baseForm()) as unknown as Record<string, any>;
    out.funds.rows[1].executed = undefined;
    out.indicators[0].deviation = "";
    delete out.indicators[1].deviation;
    expect(compareForms([truth()], [out]).misses).toEqual([]);
    out.funds.rows[1].executed = 0;
    const r = compareForms([truth()], [out]);
    expect(r.misses).toEqual([{ form: 0, field: "funds.rows[currentYear].executed", expected: null, actual: 0 }]);
  });

  it("compares numbers to 1e-6 relative and never across types", () => {
    expect(valueMatches(699114, 699114.0000001)).toBe(true);
    expect(valueMatches(699114, 699114.01)).toBe(true); // 1.4e-8 relative
    expect(valueMatches(699114, 699115)).toBe(false); // 1.4e-6 relative
    expect(valueMatches(9.47, 9.48)).toBe(false);
    expect(valueMatches(9.47, 9.47 + 1e-12)).toBe(true);
    expect(valueMatches(0, 0)).toBe(true);
    expect(valueMatches(0, 1e-9)).toBe(false);
    expect(valueMatches(100, "100")).toBe(false);
    expect(valueMatches("100%", 100)).toBe(false);
    expect(valueMatches(5, null)).toBe(false);
  });

  it("matches fund rows by key, not by position", () => {
    const out = clone(baseForm());
    out.funds.rows.reverse();
    expect(compareForms([truth()], [out]).misses).toEqual([]);
    out.funds.rows = out.funds.rows.filter((r) => r.key !== "currentYear");
    const r = compareForms([truth()], [out]);
    // the missing row's amounts miss, except the null one
    expect(r.misses.map((m) => m.field)).toEqual(["funds.rows[currentYear].initialBudget", "funds.rows[currentYear].annualBudget"]);
  });

  it("matches indicators by position: a lost one shifts the rest, an extra one is one miss", () => {
    const out = clone(baseForm());
    out.indicators.splice(1, 1);
    const r = compareForms([truth()], [out]);
    expect(r.checks).toBe(CHECKS);
    expect(r.misses.every((m) => m.field.startsWith("indicators["))).toBe(true);
    expect(r.misses.some((m) => m.field === "indicators[2].level1")).toBe(true);

    const extra = clone(baseForm());
    extra.indicators.push(clone(extra.indicators[0]!));
    const r2 = compareForms([truth()], [extra]);
    expect(r2.checks).toBe(CHECKS + 1);
    expect(r2.misses.map((m) => m.field)).toEqual(["indicators[3]"]);
  });

  it("a missing form misses all its fields; an extra form is one miss", () => {
    const r = compareForms([truth(), truth()], [clone(baseForm())]);
    expect(r.checks).toBe(2 * CHECKS);
    expect(r.matches).toBe(CHECKS);
    expect(r.misses.filter((m) => m.form === 1)).toHaveLength(CHECKS);

    const r2 = compareForms([truth()], [clone(baseForm()), clone(baseForm())]);
    expect(r2.checks).toBe(CHECKS + 1);
    expect(r2.misses).toEqual([expect.objectContaining({ form: 1, field: "form" })]);
    expect(accuracy(r2)).toBeCloseTo(CHECKS / (CHECKS + 1), 12);
  });

  it("allows 5% character error on long strings only for OCR input", () => {
    const long = "通过不断加强微团队采编队伍的建设，增强微信微博发布内容的原创性、丰富性、科学性。打造一批有亮点的新栏目";
    expect(Array.from(long).length).toBeGreaterThanOrEqual(40);
    const one = long.replace("采编", "釆编");
    expect(valueMatches(long, one)).toBe(false);
    expect(valueMatches(long, one, { ocr: true })).toBe(true);
    const many = long.slice(0, 30) + "XXXXXXXX" + long.slice(38);
    expect(valueMatches(long, many, { ocr: true })).toBe(false);
    // short strings and labels must be exact even for OCR
    expect(valueMatches("数量指标", "标指量数", { ocr: true })).toBe(false);
    expect(valueMatches("≥95%", "≥96%", { ocr: true })).toBe(false);
  });

  it("helpers", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("绩效指标", "绩效指标")).toBe(0);
    expect(foldString('  "指标2：项目验收 合格率"  ')).toBe("项目验收合格率");
    expect(foldString("＞＝１０％")).toBe("≥10%");
    expect(foldString("⩽5天")).toBe("≤5天");
  });

  it("scores the seed's golden output perfectly against itself", () => {
    const golden = JSON.parse(readFileSync(join(ROOT, "fixtures/seed/000_2ddec0f555d76dd0.expected.json"), "utf8")) as { forms: TruthFormFields[] };
    const t = golden.forms.map((form) => ({ variant: "shanghai" as const, form }));
    const r = compareForms(t, golden.forms);
    // per form: header 6 + unit + 4 rows × 3 + funds 3 + goals 2 + 6 indicators × 8 + total 2
    expect(r.checks).toBe(2 * (6 + 1 + 12 + 3 + 2 + 48 + 2));
    expect(r.matches).toBe(r.checks);
  });
});

// ---- the committed generated fixtures --------------------------------------------------------
const GEN = join(ROOT, "fixtures/generated");
const manifestPath = join(GEN, "manifest.json");
interface Manifest { seed: number; files: { file: string; truth: string; shape: string; encoding: string; forms: number; variants: string[] }[] }

describe.runIf(existsSync(manifestPath))("generated fixtures", () => {
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest) : { seed: 0, files: [] };

  it("have at least 30 forms per shape and the variants each shape needs", () => {
    const forms = new Map<string, number>();
    const variants = new Map<string, Set<string>>();
    for (const f of manifest.files.filter((x) => x.encoding === "utf-8")) {
      forms.set(f.shape, (forms.get(f.shape) ?? 0) + f.forms);
      const s = variants.get(f.shape) ?? new Set<string>();
      f.variants.forEach((v) => s.add(v));
      variants.set(f.shape, s);
    }
    for (const shape of ["delimited-tab", "delimited-markdown", "cell-per-line", "linear", "run-together", "layout-ordered"]) {
      expect(forms.get(shape), shape).toBeGreaterThanOrEqual(30);
      for (const v of ["central", "shanghai", "beijing2016"]) expect(variants.get(shape)?.has(v), `${shape} ${v}`).toBe(true);
    }
    for (const shape of ["delimited-tab", "cell-per-line", "linear"]) expect(variants.get(shape)?.has("sichuan"), shape).toBe(true);
    expect(manifest.files.some((f) => f.encoding === "gb18030")).toBe(true);
    expect(manifest.files.some((f) => f.encoding === "utf-16le-bom")).toBe(true);
  });

  it("hold truth that fits the Form schema, in schema key order, and scores 100% against itself", () => {
    const audit = { ok: true, grade: null, recomputed: { weight: null, score: null, executionRatePercent: null, budgetScore: null }, findings: [] };
    for (const f of manifest.files) {
      const truth = JSON.parse(readFileSync(join(GEN, f.truth), "utf8")) as TruthForm[];
      expect(truth, f.truth).toHaveLength(f.forms);
      for (const t of truth) {
        const parsed = Form.safeParse({ ...t.form, audit });
        expect(parsed.success, `${f.truth}: ${parsed.success ? "" : parsed.error.message}`).toBe(true);
        const schemaKeys = Object.keys(Form.shape).filter((k) => k in t.form);
        expect(Object.keys(t.form), f.truth).toEqual(schemaKeys);
        // the arithmetic the generator promises
        const { funds, indicators, total } = t.form;
        const sum = Math.round(((funds.score ?? 0) + indicators.reduce((s, i) => s + (i.score ?? 0), 0)) * 100) / 100;
        expect(total.score, f.truth).toBeCloseTo(sum, 6);
        expect(total.weight).toBe(100);
      }
      const r = compareForms(truth, truth.map((t) => t.form));
      expect(r.matches, f.truth).toBe(r.checks);
    }
  });

  it("are reproduced byte for byte by the generator with the same seed (traditional shape aside)", async () => {
    const { generate } = await import("../../scripts/generate-text-fixtures.js");
    const dir = mkdtempSync(join(tmpdir(), "jixiao-gen-"));
    try {
      const files = await generate(manifest.seed, dir);
      const mine = files.filter((f) => f.shape !== "traditional");
      expect(mine.length).toBe(manifest.files.filter((f) => f.shape !== "traditional").length);
      for (const f of mine) {
        expect(readFileSync(join(dir, f.file)).equals(readFileSync(join(GEN, f.file))), f.file).toBe(true);
        expect(readFileSync(join(dir, f.truth), "utf8"), f.truth).toBe(readFileSync(join(GEN, f.truth), "utf8"));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
