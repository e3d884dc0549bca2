/**
 * The normaliser and the audit on any value: text normalisation is idempotent and never throws;
 * numbers and quantities read from any text are finite or absent; the audit of any Form passes
 * the schema, agrees with its own findings, points into the form, is deterministic and leaves
 * the form untouched.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit, hubei, national } from "../../src/audit/index.js";
import { attachParsed, parseQuantity } from "../../src/normalise/quantity.js";
import { normaliseText, readNumber } from "../../src/normalise/index.js";
import { Audit, Form, type Indicator } from "../../src/schema/index.js";
import { cellText, runs, seedCells } from "./helpers.js";

/** Pieces every normalisation step acts on, so random strings exercise each step and their interplay. */
const piece = fc.oneof(
  cellText,
  fc.constantFrom(
    "<p>", "</p>", "<br/>", "<div class='x'>", "</span>", "<b>", "<5%", "<=", "<", ">", "&lt;", "&gt;", "&amp;lt;", "&nbsp;", "&#12288;", "&#x3000;", "&quot;",
    "$\\geq$", "$\\le 5\\%$", "$\\text{x}$", "$ {1} $", "$", "\\",
    "１", "０", "％", "＞＝", "Ａ", "（", "）", "，", "。", "﹦", "═", "≧", "⩽",
    '"', '""', "'", " ", "  ", "\t", "\n", "\r\n", "\u3000", "\u00a0", "\u200b", "\ufeff",
    "思想", "and", "党", "100", "90%", "≥", "不少于", "万元", "百分之九十", "一百二十",
  ),
);
const messy = fc.array(piece, { maxLength: 12 }).map((a) => a.join(""));

describe("normaliser: properties", () => {
  it("normaliseText is idempotent, never empty, never padded", () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: "grapheme", maxLength: 40 })), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        if (once !== null) {
          expect(once).not.toBe("");
          expect(once).toBe(once.trim());
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it("readNumber and parseQuantity never throw and never give a non-finite number", () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ maxLength: 30 }), fc.double().map(String)), (s) => {
        const r = readNumber(s);
        if (r.kind === "number") expect(Number.isFinite(r.value)).toBe(true);
        const n = normaliseText(s);
        const q = parseQuantity(n);
        if (q?.kind === "quantity") expect(Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: runs(2000) },
    );
  });
});

const num = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e-9, 1e15, 9007199254740993, -1) },
);
const text = fc.option(fc.oneof(fc.constantFrom(...seedCells), messy), { nil: null });
const target = fc.option(fc.constantFrom("≥90%", "=100%", "≤5天", "<3次", ">0", "100%", "及时", "达成预期指标", "部分达成预期指标", "未达成预期指标", "≥0", "0", "=0%", "1、…；2、…"), { nil: null });

const indicator: fc.Arbitrary<Indicator> = fc
  .record({
    level1: fc.option(fc.constantFrom("产出指标", "效益指标", "满意度指标", "成本指标", "预算执行"), { nil: null }),
    level2: text,
    level3: text,
    target,
    actual: fc.oneof(target, text),
    weight: num,
    score: num,
    deviation: text,
  })
  .map((i) => attachParsed(i));

const form: fc.Arbitrary<Form> = fc.record({
  template: fc.constantFrom("project", "department") as fc.Arbitrary<"project">,
  title: text,
  year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
  projectName: text,
  department: text,
  implementingUnit: text,
  funds: fc.record({
    unit: fc.constantFrom("元", "万元", null) as fc.Arbitrary<"元" | null>,
    rows: fc.array(
      fc.record({
        key: fc.constantFrom("total", "currentYear", "carryOver", "specialAccount", "unitFunds", "other", "extra1"),
        label: text,
        initialBudget: num,
        annualBudget: num,
        executed: num,
      }),
      { maxLength: 6 },
    ),
    weight: num,
    executionRatePercent: num,
    score: num,
  }),
  goals: fc.record({ expected: text, actual: text }),
  indicators: fc.array(indicator, { maxLength: 12 }),
  total: fc.record({ weight: num, score: num }),
  audit: fc.constant<Form["audit"]>({ ok: true, grade: null, recomputed: { weight: null, score: null, executionRatePercent: null, budgetScore: null }, findings: [] }),
  sources: fc.option(
    fc.dictionary(
      fc.constantFrom("/total/score", "/total/weight", "/funds/score", "/funds/executionRatePercent", "/indicators/0/score", "/indicators/0/weight", "/funds/rows/0/executed"),
      fc.record({ text: fc.oneof(fc.constantFrom("100.00", "9.5", "90%", "l0", "1O0%", "—", ""), messy) }),
    ),
    { nil: undefined },
  ),
}).map((f) => {
  const out = f as unknown as Form;
  if (out.sources === undefined) delete out.sources;
  return out;
});

/** Resolves a JSON Pointer inside a value; undefined when it does not lead anywhere. */
function at(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let cur: unknown = value;
  for (const seg of pointer.slice(1).split("/")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return cur;
}

describe("audit: properties", () => {
  it("the audit of any form passes the schema, matches its findings, points into the form, and is deterministic", () => {
    fc.assert(
      fc.property(form, fc.constantFrom(national, hubei), fc.constantFrom("zh", "en") as fc.Arbitrary<"zh">, (f, profile, lang) => {
        const before = structuredClone(f);
        const a = audit(f, profile, { lang });
        expect(f).toEqual(before);
        Audit.parse(a);
        expect(a.ok).toBe(!a.findings.some((x) => x.severity === "error"));
        for (const v of Object.values(a.recomputed)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        for (const x of a.findings) {
          expect(x.path === "" || x.path.startsWith("/")).toBe(true);
          expect(at(f, x.path)).not.toBeUndefined();
        }
        expect(audit(f, profile, { lang })).toEqual(a);
        Form.parse({ ...f, audit: a });
      }),
      { numRuns: runs(400) },
    );
  });
});
