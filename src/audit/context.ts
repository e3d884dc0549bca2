/**
 * What a rule sees: the Form (read-only), the profile, the language, and helpers for printed
 * precision, field names and typed targets. Rules only report; the engine attaches id and severity.
 */
import type { Finding, Form, ParsedValue, Severity, SourceLocation } from "../schema/index.js";
import { parseQuantity } from "../normalise/quantity.js";
import { fieldName, type Lang } from "./fields.js";
import type { Profile } from "./profiles.js";
import { decimalsOf, decimalsOfNumber, decimalString, fromNumber, firstNumber, fromDecimalString, mul, eq, int, toFixed, type Rat } from "./precision.js";

export type { Lang } from "./fields.js";

/** What a rule yields: the engine adds `rule` and `severity`. */
export interface RuleReport {
  path: string;
  message: string;
  reported?: Finding["reported"];
  expected?: Finding["expected"];
}

export interface Rule {
  /** The rule id, also the file name (`src/audit/rules/<id>.ts`) and the doc (`docs/rules/<id>.md`). */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly doc: string;
  /**
   * The rule checks the form's own arithmetic (a sum, a rate, a number that must be one), so an
   * error of it that holds once a misread digit is put back confirms the new reading: the correct
   * stage's arithmetic check (`src/correct/arithmetic.ts`) runs only these rules for its trials.
   * Rules about judgement (a score against its target, a missing explanation) confirm nothing.
   */
  readonly confirmsReadings?: boolean;
  /**
   * The rule bounds a number (a score within its weight) without fixing it: a trial of the
   * arithmetic check that makes it fail is refused, but one that makes it hold confirms nothing
   * (many values would).
   */
  readonly refutesReadings?: boolean;
  /**
   * The rule holds a figure the form's author computed and rounded (a rate, a score from a rate)
   * to within one unit of its last printed place. Forms print such figures slightly off
   * themselves (95.80% for 27.80 ÷ 29.00 = 95.86 %), and a one-digit confusion of the last place
   * lands within that unit often: the arithmetic check takes a confusion no reading showed on
   * this rule's word only together with another finding it makes hold.
   */
  readonly roundedByAuthor?: boolean;
  check(ctx: RuleContext): Iterable<RuleReport>;
}

/** A reported number with the precision it was printed at. */
export interface Printed {
  value: Rat;
  /** Decimal places printed (of `sources[path].text`, else of the number). */
  places: number;
}

export interface RuleContext {
  readonly form: Form;
  readonly profile: Profile;
  readonly lang: Lang;
  /** The Chinese text or its English variant, by `lang`. */
  t(zh: string, en: string): string;
  /** The field at a path named for people (总分·得分 / total·score). */
  field(path: string): string;
  /** A number for a message: up to `places` decimals (default 2), trailing zeros dropped. */
  fmt(value: number | Rat, places?: number): string;
  source(path: string): SourceLocation | undefined;
  /** The reported value at `path` with its printed precision, or null when not given. */
  printed(path: string, value: number | null): Printed | null;
  /** Typed target and actual of indicator i (from targetParsed/actualParsed, else parsed from the texts). */
  parsed(i: number): { target: ParsedValue | null; actual: ParsedValue | null };
}

export interface ContextOptions {
  lang?: Lang;
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/**
 * Decimal places a value was printed with. The source text wins; when a fraction was read as a
 * percent (`0.8` → 80), the text's places shift by two. Never fewer than the number's own places.
 */
export function printedPlaces(value: number, text: string | undefined): number {
  const own = decimalsOfNumber(value);
  if (text === undefined) return own;
  // (printedDecimals(text), from the one firstNumber it reads: the text is scanned once, not twice.)
  const n = firstNumber(text);
  if (n === null) return own;
  let places = decimalsOf(n);
  // The text prints the number as the value prints (`10` for 10, `9.5` for 9.5), as nearly every
  // one does: the two are equal, so the fraction-read-as-percent check below cannot hold.
  if (n === decimalString(value)) return Math.max(places, own);
  if (!text.includes("%") && !text.includes("％")) {
    const read = fromDecimalString(n);
    const v = fromNumber(value);
    if (!eq(read, v) && eq(mul(read, int(100)), v)) places = Math.max(0, places - 2);
  }
  return Math.max(places, own);
}

export function createContext(form: Form, profile: Profile, options: ContextOptions = {}): RuleContext {
  return new FormContext(form, profile, options.lang ?? "zh");
}

/**
 * The context as a class: its helpers live once on the prototype instead of six closures made
 * (and, run under tsx, each given a name) for every form audited.
 */
class FormContext implements RuleContext {
  private readonly parsedCache = new Map<number, { target: ParsedValue | null; actual: ParsedValue | null }>();

  constructor(
    readonly form: Form,
    readonly profile: Profile,
    readonly lang: Lang,
  ) {}

  t(zh: string, en: string): string {
    return this.lang === "zh" ? zh : en;
  }

  field(path: string): string {
    return fieldName(path, this.form, this.lang);
  }

  fmt(value: number | Rat, places = 2): string {
    return trimZeros(toFixed(typeof value === "number" ? fromNumber(value) : value, places));
  }

  source(path: string): SourceLocation | undefined {
    return this.form.sources?.[path];
  }

  printed(path: string, value: number | null): Printed | null {
    if (value === null) return null;
    return { value: fromNumber(value), places: printedPlaces(value, this.form.sources?.[path]?.text) };
  }

  parsed(i: number): { target: ParsedValue | null; actual: ParsedValue | null } {
    const hit = this.parsedCache.get(i);
    if (hit) return hit;
    const ind = this.form.indicators[i];
    if (!ind) return { target: null, actual: null };
    const target = ind.targetParsed ?? parseQuantity(ind.target);
    let actual = ind.actualParsed ?? parseQuantity(ind.actual, { unitFrom: target });
    // A bare-number actual takes the target's unit, also when parsed elsewhere.
    if (actual?.kind === "quantity" && actual.unit === null && target?.kind === "quantity" && target.unit !== null) {
      actual = { ...actual, unit: target.unit };
    }
    const result = { target, actual };
    this.parsedCache.set(i, result);
    return result;
  }
}

/** A cell text that holds something other than white space or a dash (—, -, /). */
export function isPrinted(text: string | undefined): boolean {
  return text !== undefined && !/^[\s—–\-－/／\\、.。…·]*$/.test(text);
}

/** The value at a JSON Pointer into the form (`/funds/rows/0/executed`), or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  if (path === "") return root;
  let node: unknown = root;
  for (const raw of path.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
