import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { audit, comparePaths, gradeOf, recompute, ruleIds, rules } from "../../src/audit/index.js";
import { hubei } from "../../src/audit/profiles.js";
import { Audit, Form, type Finding } from "../../src/schema/index.js";
import { edit, form, frozenCopy, fundRow, src } from "./form-builder.js";

const goldenPath = fileURLToPath(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.expected.json", import.meta.url));
const golden = JSON.parse(readFileSync(goldenPath, "utf8")) as { forms: Array<Form> };

const withoutMessages = (a: Audit) => ({ ...a, findings: a.findings.map(({ message: _m, ...f }) => f) });

describe("audit: the seed's golden audits", () => {
  golden.forms.forEach((g, i) => {
    it(`form ${i + 1} reproduces its golden audit (messages aside)`, () => {
      const { audit: expected, ...rest } = g;
      const blank: Form = { ...rest, audit: { ok: false, grade: null, recomputed: { weight: null, score: null, executionRatePercent: null, budgetScore: null }, findings: [] } };
      const got = audit(frozenCopy(blank));
      expect(Audit.parse(got)).toEqual(got);
      expect(withoutMessages(got)).toEqual(expected);
    });
  });

  it("form 2: satisfaction 50% of ≥85% gives 10 × 50 ÷ 85 = 5.88, not 5", () => {
    const f = golden.forms[1]!;
    expect(audit(f).findings).toEqual([
      {
        rule: "indicator-score",
        severity: "warning",
        path: "/indicators/5/score",
        reported: 5,
        expected: 5.88,
        message: "绩效指标 6·得分 为 5，目标 ≥85%、实际 50%，按 分值 10 × 50 ÷ 85 应为 5.88",
      },
    ]);
  });

  it("messages in English on request", () => {
    const [finding] = audit(golden.forms[1]!, undefined, { lang: "en" }).findings;
    expect(finding?.message).toBe("indicator 6·score is 5; target ≥85%, actual 50%: weight 10 × 50 ÷ 85 gives 5.88");
  });
});

describe("audit: recomputed, grade, ok", () => {
  it("a consistent form", () => {
    expect(audit(form())).toEqual({
      ok: true,
      grade: "优",
      recomputed: { weight: 100, score: 100, executionRatePercent: 100, budgetScore: 10 },
      findings: [],
    });
  });

  it("recomputed values are rounded to two decimals, half away from zero", () => {
    // 318246.5 ÷ 400000 = 79.561625% → 79.56; budget 10 × 79.57% = 7.957 → 7.96
    const f = form({ rows: [fundRow({ initialBudget: 400000, annualBudget: 400000, executed: 318246.5 })], funds: { executionRatePercent: 79.57, score: 7.96 } });
    expect(recompute(f)).toEqual({ weight: 100, score: 97.96, executionRatePercent: 79.56, budgetScore: 7.96 });
    // 0.125 → 0.13 (half away), 1 ÷ 8 exactly
    const g = form({ rows: [fundRow({ annualBudget: 800, executed: 1 })], funds: { executionRatePercent: null } });
    expect(recompute(g).executionRatePercent).toBe(0.13);
  });

  it("null where an input is missing", () => {
    const f = edit((x) => {
      x.indicators[0]!.weight = null;
      x.funds.score = null;
      x.funds.rows[0]!.executed = null;
    });
    expect(recompute(f)).toEqual({ weight: null, score: null, executionRatePercent: null, budgetScore: 10 });
    expect(recompute(form({ funds: { weight: null } })).budgetScore).toBeNull();
  });

  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.5, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
    [null, null],
  ] as const)("grade of %s is %s", (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });

  it("ok is false with an error finding, true with only warnings and infos", () => {
    expect(audit(form({ total: { score: 95 } })).ok).toBe(false);
    const warningsOnly = edit((x) => {
      x.indicators[5]!.score = 5; // indicator-score warning (95% meets ≥90%), deviation-missing warning
    }, { total: { score: 95 } });
    const a = audit(warningsOnly);
    expect(a.findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(a.ok).toBe(true);
  });
});

describe("audit: findings", () => {
  it("are ordered by the rule table, then by path", () => {
    const f = edit(
      (x) => {
        x.indicators[5]!.score = 12; // score-range + indicator-score
        x.indicators[0]!.score = 30; // score-range + indicator-score
      },
      { total: { score: 50 }, funds: { unit: "万元" }, rows: [fundRow({ initialBudget: 20_000_000, annualBudget: 100, executed: 100 })] },
    );
    const found = audit(f).findings.map((x: Finding) => `${x.rule} ${x.path}`);
    expect(found).toEqual([
      "total-score /total/score",
      "score-range /indicators/0/score",
      "score-range /indicators/5/score",
      "indicator-score /indicators/0/score",
      "indicator-score /indicators/5/score",
      "unit-plausibility /funds/unit",
    ]);
  });

  it("the registry lists every rule of the contract table in order", () => {
    expect(ruleIds).toEqual([
      "total-weight",
      "total-score",
      "score-range",
      "execution-rate",
      "budget-score",
      "fund-breakdown",
      "indicator-score",
      "deviation-missing",
      "corrected-value",
      "level1-weights",
      "unit-plausibility",
      "unreadable",
      // the department-wide form's rules (contract, "The department-wide form"), after the table's
      "task-budget",
      "fund-balance",
    ]);
    for (const r of rules) {
      expect(r.doc).not.toMatch(/\n/);
      expect(["error", "warning", "info"]).toContain(r.severity);
    }
  });

  it("paths compare numerically", () => {
    const paths = ["/indicators/10/score", "/indicators/9/score", "/indicators/1/score", "/funds/score", "/indicators/9/deviation"];
    expect([...paths].sort(comparePaths)).toEqual([
      "/funds/score",
      "/indicators/1/score",
      "/indicators/9/deviation",
      "/indicators/9/score",
      "/indicators/10/score",
    ]);
  });

  it("never modifies the form (a deeply frozen copy audits the same)", () => {
    const f = edit(
      (x) => {
        x.indicators[0]!.score = 5;
        x.total.score = null;
      },
      { sources: { "/total/score": src("9l"), "/funds/executionRatePercent": src("1", 3, { corrected: { from: "1", reason: "比率" } }) } },
    );
    const before = JSON.stringify(f);
    const frozen = frozenCopy(f);
    expect(audit(frozen)).toEqual(audit(f));
    expect(JSON.stringify(f)).toBe(before);
  });

  it("takes a profile", () => {
    const f = form();
    expect(audit(f, hubei).findings.map((x) => x.rule)).toEqual(["level1-weights"]);
  });
});
