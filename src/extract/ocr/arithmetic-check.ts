/**
 * After reconstruction: a digit OCR misread (3 for 8, 1 for 7) is corrected only when the form's
 * own arithmetic confirms the correction — the sums of weights, scores and fund rows, the
 * execution rate and the budget score. When an arithmetic rule fails, every single-digit change
 * along the usual confusions in every number OCR was unsure of is tried; a change is taken when
 * with it every arithmetic rule holds and no other change does that. The reading is kept in
 * `sources[path].corrected`, and the audit is run again.
 *
 * It also finishes the reader's provenance: `low-confidence` diagnostics get the path of the
 * value they concern, and labels snapped to the template's vocabulary that turned out to be
 * values (一级/二级 names) are recorded as corrections on those values.
 *
 * Call it on every Document of kind `pdf-scan` or `image` (or `hocr`/`alto`), after parsing:
 *   `doc = checkOcrDocument(doc, profile)`.
 */
import type { Lang } from "../../messages.js";
import { scanMessages } from "../scan/messages.js";
import { audit } from "../../audit/index.js";
import { national, type Profile } from "../../audit/profiles.js";
import { readNumber } from "../../normalise/number.js";
import type { Diagnostic, Document, Form, SourceLocation } from "../../schema/index.js";

/** Digits OCR confuses with each other, most likely first. */
export const DIGIT_CONFUSIONS: Readonly<Record<string, string>> = {
  "0": "869",
  "1": "74",
  "2": "73",
  "3": "859",
  "4": "19",
  "5": "638",
  "6": "580",
  "7": "12",
  "8": "30695",
  "9": "8043",
};

/** Letters read where a digit was printed. */
const LETTER_DIGITS: Readonly<Record<string, string>> = { l: "1", I: "1", i: "1", "|": "1", O: "0", o: "0", D: "0", S: "5", s: "5", B: "8", Z: "2", z: "2", g: "9", q: "9" };

/** The rules whose arithmetic can confirm a reading. */
const ARITHMETIC_RULES = new Set(["total-weight", "total-score", "fund-breakdown", "execution-rate", "budget-score", "unreadable"]);

const OCR_KINDS = new Set(["pdf-scan", "image", "hocr", "alto"]);

type Setter = (form: Form, v: number) => void;

interface NumericField {
  path: string;
  get: (f: Form) => number | null;
  set: Setter;
}

function numericFields(form: Form): NumericField[] {
  const out: NumericField[] = [];
  form.funds.rows.forEach((_, i) => {
    for (const k of ["initialBudget", "annualBudget", "executed"] as const) {
      out.push({ path: `/funds/rows/${i}/${k}`, get: (f) => f.funds.rows[i]![k], set: (f, v) => void (f.funds.rows[i]![k] = v) });
    }
  });
  out.push({ path: "/funds/weight", get: (f) => f.funds.weight, set: (f, v) => void (f.funds.weight = v) });
  out.push({ path: "/funds/executionRatePercent", get: (f) => f.funds.executionRatePercent, set: (f, v) => void (f.funds.executionRatePercent = v) });
  out.push({ path: "/funds/score", get: (f) => f.funds.score, set: (f, v) => void (f.funds.score = v) });
  form.indicators.forEach((_, i) => {
    out.push({ path: `/indicators/${i}/weight`, get: (f) => f.indicators[i]!.weight, set: (f, v) => void (f.indicators[i]!.weight = v) });
    out.push({ path: `/indicators/${i}/score`, get: (f) => f.indicators[i]!.score, set: (f, v) => void (f.indicators[i]!.score = v) });
  });
  out.push({ path: "/total/weight", get: (f) => f.total.weight, set: (f, v) => void (f.total.weight = v) });
  out.push({ path: "/total/score", get: (f) => f.total.score, set: (f, v) => void (f.total.score = v) });
  return out;
}

/** Readings of a printed number one confusion away from what OCR gave. */
export function alternativeReadings(text: string): string[] {
  const out = new Set<string>();
  const chars = Array.from(text);
  // Letters where digits belong: all of them mapped at once.
  if (chars.some((c) => LETTER_DIGITS[c] !== undefined) && chars.some((c) => /\d/.test(c))) {
    out.add(chars.map((c) => LETTER_DIGITS[c] ?? c).join(""));
  }
  chars.forEach((c, i) => {
    for (const d of DIGIT_CONFUSIONS[c] ?? "") {
      const alt = [...chars];
      alt[i] = d;
      out.add(alt.join(""));
    }
  });
  out.delete(text);
  return [...out];
}

function arithmeticFailures(form: Form, profile: Profile): Set<string> {
  const a = audit(form, profile);
  return new Set(a.findings.filter((f) => f.severity === "error" && ARITHMETIC_RULES.has(f.rule)).map((f) => `${f.rule} ${f.path}`));
}

function clone(form: Form): Form {
  return structuredClone(form);
}

/** Confidence at or above which a number is taken as read (never corrected). */
export const SURE_CONFIDENCE = 0.85;

export interface OcrCheckOptions {
  profile?: Profile;
  /** Numbers read at or above this confidence are not candidates for correction. */
  sureConfidence?: number;
  /** Most corrections made in one form (each one is confirmed on its own). */
  maxCorrections?: number;
  /** Language of `corrected.reason` and of the findings of the audit run again (default zh). */
  lang?: Lang | undefined;
}

/** Corrects misread digits in one form where its arithmetic confirms the correction. */
export function checkOcrForm(input: Form, opts: OcrCheckOptions = {}): Form {
  const profile = opts.profile ?? national;
  let form = clone(input);
  const sources = form.sources ?? {};
  const reason = scanMessages(opts.lang).reasonArithmetic;
  for (let round = 0; round < (opts.maxCorrections ?? 4); round++) {
    const failing = arithmeticFailures(form, profile);
    if (failing.size === 0) break;
    // A reading is confirmed when with it every arithmetic rule holds. Fixing only some of the
    // failing rules is not enough: a digit dropped elsewhere (11 read as 1) would be "offset"
    // by changing a correct number.
    const fixes = new Map<string, { field: NumericField; value: number }>();
    for (const field of numericFields(form)) {
      const src = sources[field.path];
      if (!src || src.corrected) continue;
      // A number OCR was sure of is not the misread.
      if (src.confidence !== undefined && src.confidence >= (opts.sureConfidence ?? SURE_CONFIDENCE)) continue;
      for (const alt of alternativeReadings(src.text)) {
        const r = readNumber(alt);
        if (r.kind !== "number") continue;
        const value = r.value;
        if (value === field.get(form)) continue;
        const trial = clone(form);
        field.set(trial, value);
        if (arithmeticFailures(trial, profile).size === 0) fixes.set(`${field.path}=${value}`, { field, value });
      }
    }
    // Confirmed means confirmed by exactly one reading: two readings that both fit prove neither.
    if (fixes.size !== 1) break;
    const fix = [...fixes.values()][0]!;
    fix.field.set(form, fix.value);
    const src = sources[fix.field.path]!;
    sources[fix.field.path] = { ...src, corrected: { from: src.text, reason } };
  }
  form.sources = sources;
  const { audit: _old, ...rest } = form;
  void _old;
  form = { ...rest, audit: audit({ ...rest, audit: input.audit } as Form, profile, { lang: opts.lang ?? "zh" }) } as Form;
  return form;
}

function sameBox(a: SourceLocation["bbox"], b: SourceLocation["bbox"]): boolean {
  if (!a || !b) return false;
  return a.every((v, i) => Math.abs(v - b[i]!) <= 0.6);
}

/** Finds the form value whose source is at this place. */
function valueAt(doc: Document, src: SourceLocation | undefined): { form: number; path: string } | null {
  if (!src?.bbox) return null;
  for (let i = 0; i < doc.forms.length; i++) {
    for (const [path, s] of Object.entries(doc.forms[i]!.sources ?? {})) {
      if (s.page === src.page && sameBox(s.bbox, src.bbox)) return { form: i, path };
    }
  }
  return null;
}

/** The whole Document: arithmetic corrections per form, diagnostics given their paths. */
export function checkOcrDocument(doc: Document, opts: OcrCheckOptions = {}): Document {
  if (!OCR_KINDS.has(doc.source.kind)) return doc;
  const out: Document = { ...doc, forms: doc.forms.map((f) => checkOcrForm(f, opts)) };
  const diagnostics: Diagnostic[] = [];
  for (const d of doc.diagnostics) {
    if (d.code === "low-confidence") {
      const at = valueAt(out, d.source);
      diagnostics.push(at && !d.path ? { ...d, path: `/forms/${at.form}${at.path}` } : d);
    } else if (d.code === "ocr-label-snapped") {
      const at = valueAt(out, d.source);
      if (!at) continue; // a printed label, not a value: nothing to record
      const form = out.forms[at.form]!;
      const src = form.sources![at.path]!;
      if (!src.corrected && d.source?.corrected) form.sources![at.path] = { ...src, corrected: d.source.corrected };
    } else diagnostics.push(d);
  }
  out.diagnostics = diagnostics;
  return out;
}
