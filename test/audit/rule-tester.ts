/**
 * A RuleTester in the ESLint manner: `valid` forms give no finding of the rule, each `invalid`
 * form gives exactly the listed findings (path, reported, expected), in order. Every case also
 * runs on a deeply frozen copy, so a rule that mutates the form fails.
 */
import { describe, expect, it } from "vitest";
import type { Finding, Form } from "../../src/schema/index.js";
import { runRules } from "../../src/audit/engine.js";
import type { Rule } from "../../src/audit/context.js";
import { national, type Profile } from "../../src/audit/profiles.js";
import { frozenCopy } from "./form-builder.js";

export interface ValidCase {
  name: string;
  form: Form;
  profile?: Profile;
}

export interface InvalidCase extends ValidCase {
  findings: Array<Pick<Finding, "path"> & Partial<Pick<Finding, "reported" | "expected">> & { message?: RegExp | string }>;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    const run = (c: ValidCase) => runRules(frozenCopy(c.form), c.profile ?? national, { rules: [rule] });
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = run(c);
          expect(found.map((f) => ({ rule: f.rule, severity: f.severity }))).toEqual(
            c.findings.map(() => ({ rule: rule.id, severity: rule.severity })),
          );
          expect(found.map(({ path, reported, expected }) => ({ path, reported, expected }))).toEqual(
            c.findings.map(({ path, reported, expected }) => ({ path, reported, expected })),
          );
          c.findings.forEach((want, i) => {
            if (want.message !== undefined) expect(found[i]?.message).toMatch(want.message);
          });
        });
      }
    });
  });
}
