/**
 * After the audit: a digit OCR misread (3 for 8, 1 for 7) is corrected only when the form's own
 * arithmetic confirms the correction — the sums of weights, scores and fund rows, the execution
 * rate and the budget score. Which rules can confirm a reading is said by each rule
 * (`Rule.confirmsReadings` in `src/audit/context.ts`), not listed here.
 *
 * Each unsure number has candidates (`./ocr-readings.ts`): the other readings OCR made of the
 * same cell (evidence) and every single-digit change along the usual confusions (a hypothesis,
 * costing more than three readings). Trials of one change, then two or three changes to numbers
 * in one failing finding (a sum with several misreads), are audited. A trial is taken when it
 * makes failing findings hold, alters nothing else, and no other trial as cheap makes any of the
 * same findings hold; a trial resting on a hypothesis must make two findings hold (or all). Rounds
 * repeat until the arithmetic holds or nothing is confirmed, so independent parts of a form (the
 * fund rows, the score total) are put right one after the other. The reading is kept in
 * `sources[path].corrected`, and the audit is run again.
 */
import type { Lang } from "../messages.js";
import { scanMessages } from "../extract/scan/messages.js";
import { audit } from "../audit/index.js";
import { runRules } from "../audit/engine.js";
import { isPrinted } from "../audit/context.js";
import { rules as auditRules } from "../audit/rules/index.js";
import { national, type Profile } from "../audit/profiles.js";
import { readNumber } from "../normalise/number.js";
import type { Form, SourceLocation } from "../schema/index.js";
import type { OcrAlternatives } from "../extract/extraction.js";
import { alternativeReadings, recordedReadings } from "./ocr-readings.js";

/** Only the rules that can confirm a reading run for each trial (the check audits hundreds of trials per form). */
const CONFIRMING = auditRules.filter((r) => r.confirmsReadings === true);
const CONFIRMING_IDS = new Set(CONFIRMING.map((r) => r.id));
/** …and the rules that can only refuse one (a bound: a score within its weight). */
const CHECKED = auditRules.filter((r) => r.confirmsReadings === true || r.refutesReadings === true);
const CHECKED_IDS = new Set(CHECKED.map((r) => r.id));

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

/** Failing findings of the confirming and refuting rules: `rule path` → what the finding says (its numbers). */
function arithmeticFailures(form: Form, profile: Profile): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of runRules(form, profile, { rules: CHECKED })) {
    if (f.severity === "error" && CHECKED_IDS.has(f.rule)) out.set(`${f.rule} ${f.path}`, `${f.message}`);
  }
  return out;
}

/** Rules whose figures the form's author rounded (`Rule.roundedByAuthor`): a confusion alone is no evidence on their word. */
const ROUNDED_IDS = new Set(auditRules.filter((r) => r.roundedByAuthor === true).map((r) => r.id));

/** Whether a failure key (`rule path`) is a confirming rule's: only those, made to hold, confirm a trial. */
function confirming(key: string): boolean {
  return CONFIRMING_IDS.has(key.slice(0, key.indexOf(" ")));
}

/** Confidence at or above which a number is taken as read (never corrected). */
export const SURE_CONFIDENCE = 0.85;

/**
 * What a correction costs: a value another reading of the same cell gave is evidence; a value
 * only one usual confusion away from a reading is a hypothesis, and costs more than three
 * readings together (a sum balanced by three values OCR did read beats one no pass read).
 */
const READ_COST = 1;
const CONFUSION_COST = 4;

/** A number read below this confidence is one OCR itself doubted. */
const DOUBTED_CONFIDENCE = 0.5;

/** Most combined trials per round: a form read so badly that more are possible is left as read. */
const MAX_COMBINED_TRIALS = 20_000;

/** Most rounds of corrections in one form, by default (each round confirmed on its own). */
const MAX_ROUNDS = 6;

export interface OcrCheckOptions {
  profile?: Profile;
  /** Numbers read at or above this confidence are not candidates for correction (unless read otherwise too). */
  sureConfidence?: number;
  /** Most rounds of corrections in one form (each round confirmed on its own). */
  maxCorrections?: number;
  /** Language of `corrected.reason` and of the findings of the audit run again (default zh). */
  lang?: Lang | undefined;
  /** Other readings of cells read more than once (the scan reader's), by page and box. */
  alternatives?: readonly OcrAlternatives[] | undefined;
}

interface Candidate {
  field: NumericField;
  value: number;
  cost: number;
  /** OCR's confidence in the number as read (1 when not given). */
  readConfidence: number;
}

/** Values a number may have been printed as, cheapest first; none for a number read surely and alike every time. */
function candidatesOf(form: Form, field: NumericField, src: SourceLocation | undefined, alternatives: readonly OcrAlternatives[], sure: number): Candidate[] {
  if (!src || src.corrected) return [];
  const recorded = recordedReadings(src, alternatives);
  // A number OCR was sure of, and read no other way, is not the misread.
  if (recorded.length === 0 && src.confidence !== undefined && src.confidence >= sure) return [];
  const current = field.get(form);
  const best = new Map<number, number>();
  const add = (text: string, cost: number) => {
    const r = readNumber(text);
    if (r.kind !== "number" || r.value === current) return;
    if ((best.get(r.value) ?? Infinity) > cost) best.set(r.value, cost);
  };
  for (const t of recorded) add(t, READ_COST);
  for (const t of [src.text, ...recorded]) for (const alt of alternativeReadings(t)) add(alt, CONFUSION_COST);
  const readConfidence = src.confidence ?? 1;
  return [...best].map(([value, cost]) => ({ field, value, cost, readConfidence }));
}

interface Trial {
  changes: Candidate[];
  cost: number;
  /** Failing findings the changes make hold. */
  fixed: Set<string>;
  /** The changes alter no finding they do not fix, and break nothing. */
  clean: boolean;
  /** Failing findings whose numbers the changes altered without making them hold. */
  touched: Set<string>;
}

function tryChanges(form: Form, profile: Profile, base: Map<string, string>, changes: Candidate[]): Trial {
  const old = changes.map((c) => c.field.get(form));
  for (const c of changes) c.field.set(form, c.value);
  const after = arithmeticFailures(form, profile);
  changes.forEach((c, i) => c.field.set(form, old[i]!));
  const fixed = new Set<string>();
  const touched = new Set<string>();
  let broke = false;
  for (const [k, v] of after) {
    const was = base.get(k);
    if (was === undefined) broke = true;
    else if (was !== v) touched.add(k);
  }
  for (const k of base.keys()) if (!after.has(k) && confirming(k)) fixed.add(k);
  return { changes, cost: changes.reduce((a, c) => a + c.cost, 0), fixed, clean: !broke && touched.size === 0, touched };
}

/**
 * The trial to take, if one is confirmed: it makes failing arithmetic hold and changes nothing
 * else, and no other trial as cheap makes any of the same findings hold. A trial resting on a
 * hypothesis (a confusion no reading showed) must make all the form's arithmetic hold, or at
 * least two findings at once, or change only numbers OCR itself doubted (read below
 * DOUBTED_CONFIDENCE): one sum alone is too easily balanced by a wrong digit elsewhere. All the
 * arithmetic held by one finding of a rule whose figure the author rounded (`roundedByAuthor`:
 * the execution rate, the budget score) is not enough: within one unit of the last place, a
 * confusion of that place fits often, and forms print such figures slightly off themselves.
 */
function confirmed(trials: Trial[], failing: number): Trial | null {
  const ok = trials.filter((t) => t.clean && t.fixed.size > 0);
  ok.sort((a, b) => a.cost - b.cost);
  for (const t of ok) {
    const hypotheses = t.changes.filter((c) => c.cost > READ_COST);
    const doubted = hypotheses.every((c) => c.readConfidence < DOUBTED_CONFIDENCE);
    if (hypotheses.length > 0 && t.fixed.size < Math.min(2, failing) && !doubted) continue;
    // A rounded figure alone (the last one failing) is too easily met by a confusion of its own last
    // place. (An amount changed so that the rounded figure holds is another matter: a rate to a
    // whole percent pins the amount within half a percent, which a wrong digit seldom lands in.)
    if (hypotheses.length > 0 && t.fixed.size < 2 && !doubted && [...t.fixed].every((k) => ROUNDED_IDS.has(k.slice(0, k.indexOf(" ")))) && hypotheses.every((c) => [...t.fixed].some((k) => k.slice(k.indexOf(" ") + 1) === c.field.path))) continue;
    const rival = ok.some((o) => o !== t && o.cost <= t.cost && [...o.fixed].some((k) => t.fixed.has(k)));
    if (!rival) return t;
  }
  return null;
}

/**
 * Trials of `size` changes on different fields, all of which altered one same failing finding,
 * with at most `hypotheses` changes resting on a confusion no reading showed.
 */
function combinations(form: Form, profile: Profile, base: Map<string, string>, touching: Trial[], size: 2 | 3, hypotheses: number): Trial[] {
  const out: Trial[] = [];
  const keys = (t: Trial) => new Set([...t.touched, ...t.fixed]);
  const sets = touching.map(keys);
  const hyp = (t: Trial) => (t.cost > READ_COST ? 1 : 0);
  let budget = MAX_COMBINED_TRIALS;
  const n = touching.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = touching[i]!.changes[0]!;
      const b = touching[j]!.changes[0]!;
      if (a.field.path === b.field.path || hyp(touching[i]!) + hyp(touching[j]!) > hypotheses) continue;
      const shared = [...sets[i]!].filter((k) => sets[j]!.has(k));
      if (shared.length === 0) continue;
      if (size === 2) {
        if (--budget < 0) return [];
        out.push(tryChanges(form, profile, base, [a, b]));
        continue;
      }
      for (let k = j + 1; k < n; k++) {
        const c = touching[k]!.changes[0]!;
        if (c.field.path === a.field.path || c.field.path === b.field.path) continue;
        if (hyp(touching[i]!) + hyp(touching[j]!) + hyp(touching[k]!) > hypotheses) continue;
        if (!shared.some((key) => sets[k]!.has(key))) continue;
        if (--budget < 0) return [];
        out.push(tryChanges(form, profile, base, [a, b, c]));
      }
    }
  }
  return out;
}

/**
 * Where the numbers of a form whose arithmetic fails were read, when OCR doubted them: read below
 * the sure confidence, or printed but not read as a number (`]` for 15), and not corrected yet.
 * None when the confirming rules all hold. These are what more readings could settle
 * (`./reread.ts` has them read again other ways, and the check runs again with those readings).
 */
export function doubtedNumbers(form: Form, opts: Pick<OcrCheckOptions, "profile" | "sureConfidence"> = {}): SourceLocation[] {
  const failing = [...arithmeticFailures(form, opts.profile ?? national).keys()].filter(confirming);
  if (failing.length === 0) return [];
  const sure = opts.sureConfidence ?? SURE_CONFIDENCE;
  const sources = form.sources ?? {};
  const out: SourceLocation[] = [];
  for (const f of numericFields(form)) {
    const src = sources[f.path];
    if (!src || src.corrected || src.page === undefined || !src.bbox) continue;
    const unread = f.get(form) === null && isPrinted(src.text);
    if (unread || (src.confidence !== undefined && src.confidence < sure)) out.push(src);
  }
  return out;
}

/** Corrects misread digits in one form where its arithmetic confirms the correction; the form is audited again. */
export function checkOcrForm(input: Form, opts: OcrCheckOptions = {}): Form {
  const profile = opts.profile ?? national;
  let form = structuredClone(input);
  const sources = form.sources ?? {};
  const reason = scanMessages(opts.lang).reasonArithmetic;
  const alternatives = opts.alternatives ?? [];
  const sure = opts.sureConfidence ?? SURE_CONFIDENCE;
  for (let round = 0; round < (opts.maxCorrections ?? MAX_ROUNDS); round++) {
    const base = arithmeticFailures(form, profile);
    const failing = [...base.keys()].filter(confirming).length;
    if (failing === 0) break;
    const candidates = numericFields(form).flatMap((f) => candidatesOf(form, f, sources[f.path], alternatives, sure));
    const singles = candidates.map((c) => tryChanges(form, profile, base, [c]));
    // Two or three misreads in one sum: changes that each altered the same finding, tried
    // together — first only values other readings gave, then pairs with one hypothesis.
    const touching = singles.filter((t) => t.touched.size > 0 || t.fixed.size > 0);
    const read = touching.filter((t) => t.cost === READ_COST);
    const tried = [...singles, ...combinations(form, profile, base, read, 2, 0), ...combinations(form, profile, base, read, 3, 0)];
    let pick = confirmed(tried, failing);
    if (!pick) pick = confirmed([...tried, ...combinations(form, profile, base, touching, 2, 1)], failing);
    if (!pick) break;
    for (const c of pick.changes) {
      c.field.set(form, c.value);
      const src = sources[c.field.path]!;
      sources[c.field.path] = { ...src, corrected: { from: src.text, reason } };
    }
  }
  form.sources = sources;
  const { audit: _old, ...rest } = form;
  void _old;
  form = { ...rest, audit: audit({ ...rest, audit: input.audit } as Form, profile, { lang: opts.lang ?? "zh" }) } as Form;
  return form;
}
