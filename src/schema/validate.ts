/**
 * The pipeline's last step, `Document.safeParse`, with one part made cheap: the forms' `sources`.
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
import { SourceLocation } from "./source.js";

type SafeParse = ReturnType<typeof Document.safeParse>;

/** The SourceLocation keys in the schema's order, as checkLocation builds them (a test holds them to the schema's). */
export const SOURCE_KEYS = ["text", "page", "line", "bbox", "confidence", "sheet", "cell", "corrected"] as const;

/** `Document.safeParse(doc)`, the same result, with the forms' sources checked cheaply. */
export function parseDocument(doc: unknown): SafeParse {
  const split = splitSources(doc);
  if (split === null) return Document.safeParse(doc);
  const checked = Document.safeParse(split.rest);
  if (!checked.success) return Document.safeParse(doc);
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

/** The Document with its forms' `sources` taken out (and each form's sources, or NONE), or null when the shape is not the usual one. */
function splitSources(doc: unknown): { rest: unknown; sources: unknown[] } | null {
  if (!isPlainObject(doc)) return null;
  const forms = (doc as { forms?: unknown }).forms;
  if (!Array.isArray(forms)) return null;
  const sources: unknown[] = [];
  const rest: unknown[] = [];
  for (const f of forms) {
    if (!isPlainObject(f)) return null;
    if (!Object.hasOwn(f, "sources")) {
      sources.push(NONE);
      rest.push(f);
      continue;
    }
    const { sources: s, ...others } = f as { sources?: unknown };
    // (An explicit undefined is zod's to place: left to the whole parse.)
    if (!isPlainObject(s)) return null;
    sources.push(s);
    rest.push(others);
  }
  return { rest: { ...(doc as object), forms: rest }, sources };
}

/** A checked copy of one form's sources record, or null when any entry fails. */
function checkRecord(record: unknown): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(record as object)) {
    // zod's record skips __proto__; a symbol key is an error zod should word.
    if (typeof key !== "string") return null;
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
