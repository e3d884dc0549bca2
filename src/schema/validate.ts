/**
 * The pipeline's last step, `Document.safeParse`, with two parts made cheap: the forms' `sources`
 * and their `indicators` (below, checkIndicators).
 *
 * Why: a form's `sources` holds one SourceLocation per value read (about 75 for a seed form), and
 * zod checks a record entry by entry through its generic path — most of the schema check's cost
 * (about 60 of 80 µs a seed form, profiled), a tenth of a text parse. Almost every entry is the
 * same small shape, `{ text, line }` or `{ text, page }`, which is checked here directly.
 *
 * The result is always what `Document.safeParse` gives: the fast check accepts only entries zod
 * accepts and builds what zod builds for them (the schema's keys, in the schema's order); an entry
 * it does not settle (a correction, an unknown key, an unusual number) is left to zod's own
 * SourceLocation, and a Document with anything wrong in it is parsed whole by zod, so every error
 * is zod's own. `test/schema/validate.test.ts` compares both on generated Documents.
 */
import { Document } from "./document.js";
import { Indicator } from "./form.js";
import { SourceLocation } from "./source.js";

type SafeParse = ReturnType<typeof Document.safeParse>;

/** The SourceLocation keys in the schema's order, as checkLocation builds them (a test holds them to the schema's). */
export const SOURCE_KEYS = ["text", "page", "line", "bbox", "confidence", "sheet", "cell", "corrected"] as const;

/** `Document.safeParse(doc)`, the same result, with the forms' sources and indicators checked cheaply. */
export function parseDocument(doc: unknown): SafeParse {
  const split = splitSources(doc);
  if (split === null) return Document.safeParse(doc);
  const checked = Document.safeParse(split.rest);
  if (!checked.success) return Document.safeParse(doc);
  for (let i = 0; i < split.indicators.length; i++) {
    const out = checkIndicators(split.indicators[i]!);
    if (out === null) return Document.safeParse(doc);
    // The key is zod's already (it checked an empty list there): set again, it keeps its place.
    (checked.data.forms[i] as { indicators: unknown }).indicators = out;
  }
  for (let i = 0; i < split.sources.length; i++) {
    const raw = split.sources[i];
    if (raw === NONE) continue;
    const out = checkRecord(raw);
    // Something wrong in the sources: zod parses the whole Document, for its own error.
    if (out === null) return Document.safeParse(doc);
    // `sources` is the Form schema's last key: set last, it stands where zod puts it.
    (checked.data.forms[i] as { sources?: unknown }).sources = out;
  }
  return checked;
}

const NONE = Symbol("no sources key");

/**
 * The Document with its forms' `sources` taken out and their `indicators` emptied (each form's
 * sources, or NONE, and its indicators kept apart), or null when the shape is not the usual one.
 */
function splitSources(doc: unknown): { rest: unknown; sources: unknown[]; indicators: unknown[][] } | null {
  if (!isPlainObject(doc)) return null;
  const forms = (doc as { forms?: unknown }).forms;
  if (!Array.isArray(forms)) return null;
  const sources: unknown[] = [];
  const indicators: unknown[][] = [];
  const rest: unknown[] = [];
  for (const f of forms) {
    if (!isPlainObject(f)) return null;
    const list = (f as { indicators?: unknown }).indicators;
    // (Not a plain list: zod's to word.)
    if (!Array.isArray(list) || Object.getPrototypeOf(list) !== Array.prototype) return null;
    indicators.push(list);
    if (!Object.hasOwn(f, "sources")) {
      sources.push(NONE);
      rest.push({ ...(f as object), indicators: [] });
      continue;
    }
    const { sources: s, ...others } = f as { sources?: unknown };
    // (An explicit undefined is zod's to place: left to the whole parse.)
    if (!isPlainObject(s)) return null;
    sources.push(s);
    rest.push({ ...others, indicators: [] });
  }
  return { rest: { ...(doc as object), forms: rest }, sources, indicators };
}

/**
 * A form's indicators checked and rebuilt as zod rebuilds them, or null when any fails. Why: the
 * indicators were most of zod's time on the rest of a Document (about 16 of 26 µs a seed form,
 * measured with and without them), each field checked through zod's generic object path. The
 * usual indicator is checked here directly (checkIndicator); one it does not settle goes to zod's
 * own Indicator schema, and any failure to the whole Document's parse, for zod's own error.
 */
function checkIndicators(list: readonly unknown[]): unknown[] | null {
  const out: unknown[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const one = checkIndicator(list[i]);
    if (one === null) return null;
    out[i] = one;
  }
  return out;
}

/** The Indicator keys in the schema's order, as checkIndicator builds them (a test holds them to the schema's). */
export const INDICATOR_KEYS = ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation", "level1Weight", "method", "targetParsed", "actualParsed"] as const;

/**
 * One indicator checked and rebuilt as zod's Indicator rebuilds it (its keys in INDICATOR_KEYS'
 * order, keys the schema does not name dropped), or null when it fails. Each key is read once,
 * directly; an optional key present but undefined, or anything not plainly valid, is zod's.
 */
function checkIndicator(v: unknown): Record<string, unknown> | null {
  if (!isPlainObject(v)) return indicatorViaZod(v);
  const o = v as Record<string, unknown>;
  const { level1, level2, level3, target, actual, weight, score, deviation, level1Weight, method, targetParsed, actualParsed } = o;
  if (!isTextOrNull(level1) || !isTextOrNull(level2) || !isTextOrNull(level3) || !isTextOrNull(target) || !isTextOrNull(actual) || !isTextOrNull(deviation)) return indicatorViaZod(v);
  if (!isNumberOrNull(weight) || !isNumberOrNull(score)) return indicatorViaZod(v);
  const out: Record<string, unknown> = { level1, level2, level3, target, actual, weight, score, deviation };
  if (level1Weight !== undefined) {
    if (!isNumber(level1Weight)) return indicatorViaZod(v);
    out.level1Weight = level1Weight;
  } else if ("level1Weight" in o) return indicatorViaZod(v);
  if (method !== undefined) {
    if (!isTextOrNull(method)) return indicatorViaZod(v);
    out.method = method;
  } else if ("method" in o) return indicatorViaZod(v);
  if (targetParsed !== undefined) {
    const p = checkParsed(targetParsed);
    if (p === null) return indicatorViaZod(v);
    out.targetParsed = p;
  } else if ("targetParsed" in o) return indicatorViaZod(v);
  if (actualParsed !== undefined) {
    const p = checkParsed(actualParsed);
    if (p === null) return indicatorViaZod(v);
    out.actualParsed = p;
  } else if ("actualParsed" in o) return indicatorViaZod(v);
  return out;
}

const COMPARATORS: ReadonlySet<unknown> = new Set(["≥", "≤", "=", ">", "<"]);

/** A ParsedValue rebuilt as zod's discriminated union rebuilds it, or null when it is not plainly one. */
function checkParsed(p: unknown): Record<string, unknown> | null {
  if (!isPlainObject(p)) return null;
  const { kind, comparator, value, unit, text } = p as Record<string, unknown>;
  if (kind === "quantity") {
    if (!(comparator === null || COMPARATORS.has(comparator)) || !isNumber(value) || !isTextOrNull(unit)) return null;
    return { kind, comparator, value, unit };
  }
  if (kind === "qualitative") return typeof text === "string" ? { kind, text } : null;
  return null;
}

/** As z.number(): a number, not NaN, finite. */
function isNumber(x: unknown): boolean {
  return typeof x === "number" && Number.isFinite(x);
}

function isNumberOrNull(x: unknown): boolean {
  return x === null || isNumber(x);
}

function isTextOrNull(x: unknown): boolean {
  return x === null || typeof x === "string";
}

function indicatorViaZod(v: unknown): Record<string, unknown> | null {
  const r = Indicator.safeParse(v);
  return r.success ? (r.data as Record<string, unknown>) : null;
}

/**
 * A checked copy of one form's sources record, or null when any entry fails.
 *
 * zod's record walks Reflect.ownKeys; here Object.keys, and a symbol key sends the record to zod
 * (an error zod should word). Why: a form's record (about 75 keys, filled one by one, so V8 keeps
 * it as a hash table) lists its keys about 3x faster so (9 -> 3 µs a seed form), and this check
 * was a tenth of the schema check. The two lists differ only by symbols and by keys that are not
 * enumerable, which only Object.defineProperty makes: the pipeline's Documents are plain data
 * and hold none.
 */
function checkRecord(record: unknown): Record<string, unknown> | null {
  if (Object.getOwnPropertySymbols(record as object).length > 0) return null;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(record as object);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // zod's record skips __proto__.
    if (key === "__proto__") continue;
    const value = checkLocation((record as Record<string, unknown>)[key]);
    if (value === null) return null;
    out[key] = value;
  }
  return out;
}

/**
 * One SourceLocation checked and rebuilt as zod rebuilds it (its keys in SOURCE_KEYS' order), or
 * null when it fails. Each key is read once, directly: a generic loop over the keys cost as much
 * as zod. What is not the usual shape — a correction, a value present but undefined, any value
 * not plainly valid — is left to zod's own SourceLocation.
 */
function checkLocation(v: unknown): Record<string, unknown> | null {
  if (!isPlainObject(v)) return viaZod(v);
  const o = v as Record<string, unknown>;
  const { text, page, line, bbox, confidence, sheet, cell } = o;
  if (typeof text !== "string" || o.corrected !== undefined || "corrected" in o) return viaZod(v);
  const out: Record<string, unknown> = { text };
  if (page !== undefined) {
    if (!isPositiveInt(page)) return viaZod(v);
    out.page = page;
  } else if ("page" in o) return viaZod(v);
  if (line !== undefined) {
    if (!isPositiveInt(line)) return viaZod(v);
    out.line = line;
  } else if ("line" in o) return viaZod(v);
  if (bbox !== undefined) {
    if (!isBox(bbox)) return viaZod(v);
    out.bbox = [bbox[0], bbox[1], bbox[2], bbox[3]];
  } else if ("bbox" in o) return viaZod(v);
  if (confidence !== undefined) {
    if (!(Number.isFinite(confidence) && (confidence as number) >= 0 && (confidence as number) <= 1)) return viaZod(v);
    out.confidence = confidence;
  } else if ("confidence" in o) return viaZod(v);
  if (sheet !== undefined) {
    if (typeof sheet !== "string") return viaZod(v);
    out.sheet = sheet;
  } else if ("sheet" in o) return viaZod(v);
  if (cell !== undefined) {
    if (typeof cell !== "string") return viaZod(v);
    out.cell = cell;
  } else if ("cell" in o) return viaZod(v);
  // (Keys the schema does not name are dropped, as zod's object drops them.)
  return out;
}

function isPositiveInt(x: unknown): boolean {
  return Number.isSafeInteger(x) && (x as number) > 0;
}

function isBox(x: unknown): x is [number, number, number, number] {
  return Array.isArray(x) && x.length === 4 && Object.getPrototypeOf(x) === Array.prototype && Number.isFinite(x[0]) && Number.isFinite(x[1]) && Number.isFinite(x[2]) && Number.isFinite(x[3]);
}

function viaZod(v: unknown): Record<string, unknown> | null {
  const r = SourceLocation.safeParse(v);
  return r.success ? (r.data as Record<string, unknown>) : null;
}

/** As zod's util.isPlainObject: an object whose constructor's prototype is a plain Object's. */
function isPlainObject(o: unknown): boolean {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prot = (ctor as { prototype?: unknown }).prototype;
  if (typeof prot !== "object" || prot === null || Array.isArray(prot)) return false;
  return Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf");
}
