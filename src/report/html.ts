/**
 * Building HTML as strings without ever letting a Document's text become markup: every value
 * that reaches the page goes through `esc` (text and attribute values alike — quotes included,
 * so the same function is safe in both places). Markup the report itself writes is wrapped in
 * `Raw` so it is not escaped twice.
 */

export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Html = Raw | string | number | null | undefined | false | readonly Html[];

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or attribute value → HTML, with `& < > " '` escaped. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Any interpolated value → HTML: Raw as is, strings escaped, arrays joined, nothing for null/false. */
export function render(v: Html): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof Raw) return v.html;
  if (Array.isArray(v)) return (v as readonly Html[]).map(render).join("");
  return esc(String(v));
}

/** Tagged template: literal parts are markup, interpolations are escaped unless Raw. */
export function html(parts: TemplateStringsArray, ...values: Html[]): Raw {
  let out = parts[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (parts[i + 1] ?? "");
  });
  return new Raw(out);
}

/** `class="a b"` from the truthy names. */
export function cls(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/** A JSON Pointer as an id fragment: only [A-Za-z0-9_-], so it is safe in ids and selectors. */
export function slug(path: string): string {
  return path.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "root";
}
