/**
 * The human-readable audit (`jixiao audit`): per form a verdict line, then each finding with
 * its rule, the field named as on the form, reported against recomputed, and where it sits in
 * the source. Colour only on request.
 */
import { runRules } from "../audit/engine.js";
import { fieldName, type Lang } from "../audit/fields.js";
import type { Profile } from "../audit/profiles.js";
import type { Document, Finding, Form, Severity, SourceLocation } from "../schema/index.js";

export interface FormatOptions {
  color: boolean;
  lang: Lang;
  /**
   * The profile the forms were audited with (default national). Messages are stored in the
   * language the audit ran in; for another `lang` they are worded afresh under this profile.
   */
  profile?: Profile;
}

const ANSI = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  red: "\u001b[31m",
  green: "\u001b[32m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
} as const;

type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: "red", warning: "yellow", info: "cyan" };

const WORDS = {
  zh: {
    severity: { error: "错误", warning: "警告", info: "提示" } as Record<Severity, string>,
    untitled: "（未读到项目名称）",
    year: (y: number) => `${y}年度`,
    total: "总分",
    reported: "报告",
    recomputed: "复核",
    grade: "等级",
    counts: (e: number, w: number) => `${e} 个错误，${w} 个警告`,
    noForm: "未找到绩效自评表",
    line: (n: number) => `第 ${n} 行`,
    page: (n: number) => `第 ${n} 页`,
    sep: "，",
    ok: "通过",
    notOk: "有错误",
  },
  en: {
    severity: { error: "error", warning: "warning", info: "info" } as Record<Severity, string>,
    untitled: "(no project name read)",
    year: (y: number) => `${y}`,
    total: "total",
    reported: "reported",
    recomputed: "recomputed",
    grade: "grade",
    counts: (e: number, w: number) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}`,
    noForm: "no self-evaluation form found",
    line: (n: number) => `line ${n}`,
    page: (n: number) => `page ${n}`,
    sep: ", ",
    ok: "ok",
    notOk: "errors",
  },
} as const;

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A finding value for people: 5.88, “l0”, 产出指标 40，效益指标 30, [6, 8). */
export function formatValue(value: Finding["reported"], lang: Lang): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "number") return num(value);
  if (typeof value === "string") return lang === "zh" ? `“${value}”` : `"${value}"`;
  if (Object.keys(value).length === 2 && "min" in value && "max" in value) {
    // a qualitative band: the score should lie between these
    return `${value.min == null ? "—" : num(value.min)}–${value.max == null ? "—" : num(value.max)}`;
  }
  return Object.entries(value)
    .map(([k, v]) => `${k} ${v === null ? "—" : num(v)}`)
    .join(WORDS[lang].sep);
}

/** Where a source sits: 第 12 行 / 第 2 页 (x0,y0)-(x1,y1) / Sheet1!B12. */
export function formatPlace(source: SourceLocation | undefined, lang: Lang): string | null {
  if (!source) return null;
  const w = WORDS[lang];
  const parts: string[] = [];
  if (source.sheet !== undefined || source.cell !== undefined) parts.push([source.sheet, source.cell].filter(Boolean).join("!"));
  if (source.page !== undefined) {
    const b = source.bbox;
    parts.push(b ? `${w.page(source.page)} (${num(b[0])},${num(b[1])})-(${num(b[2])},${num(b[3])})` : w.page(source.page));
  }
  if (source.line !== undefined) parts.push(w.line(source.line));
  return parts.length ? parts.join(" ") : null;
}

/** The source of a path, else the line or page of another cell of the same indicator (a blank deviation has none of its own). */
function sourceNear(form: Form, path: string): SourceLocation | undefined {
  const sources = form.sources;
  if (!sources) return undefined;
  const own = sources[path];
  if (own) return own;
  const row = /^\/indicators\/\d+\//.exec(path)?.[0];
  const key = row ? Object.keys(sources).find((k) => k.startsWith(row)) : undefined;
  const s = key ? sources[key] : undefined;
  if (!s) return undefined;
  // only the row's position: a neighbour's box would point at the wrong cell
  const near: SourceLocation = { text: s.text };
  if (s.page !== undefined) near.page = s.page;
  if (s.line !== undefined) near.line = s.line;
  if (s.sheet !== undefined) near.sheet = s.sheet;
  return near;
}

function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
}

function verdict(form: Form, opts: FormatOptions): string {
  const w = WORDS[opts.lang];
  const paint = painter(opts.color);
  const a = form.audit;
  const errors = a.findings.filter((f) => f.severity === "error").length;
  const warnings = a.findings.filter((f) => f.severity === "warning").length;
  const name = form.projectName ?? w.untitled;
  const head = [name, form.year !== null ? w.year(form.year) : null].filter(Boolean).join(" ");
  const total = `${w.total} ${w.reported} ${form.total.score === null ? "—" : num(form.total.score)}${w.sep}${w.recomputed} ${a.recomputed.score === null ? "—" : num(a.recomputed.score)}`;
  const grade = `${w.grade} ${a.grade ?? "—"}`;
  const counts = w.counts(errors, warnings);
  const mark = a.ok ? paint("green", "✓") : paint("red", "✗");
  return `${mark} ${paint("bold", head)} · ${total} · ${grade} · ${errors ? paint("red", counts) : counts}`;
}

/** Messages of a form's findings in `lang`, by rule and path (empty when none can be worded afresh). */
function messagesIn(form: Form, opts: FormatOptions): Map<string, string> {
  const out = new Map<string, string>();
  if (form.audit.findings.every((f) => hasLang(f.message, opts.lang))) return out;
  try {
    for (const f of runRules(form, opts.profile, { lang: opts.lang })) out.set(`${f.rule} ${f.path}`, f.message);
  } catch {
    // a form that cannot be re-audited keeps its stored messages
  }
  return out;
}

/** Whether a message reads as written in `lang`: by its first letter, Han or Latin. */
function hasLang(message: string, lang: Lang): boolean {
  const first = /[A-Za-z\u4e00-\u9fff]/.exec(message)?.[0];
  if (first === undefined) return true;
  return /[\u4e00-\u9fff]/.test(first) === (lang === "zh");
}

function findingLines(form: Form, f: Finding, opts: FormatOptions, fresh: Map<string, string>): string[] {
  const w = WORDS[opts.lang];
  const paint = painter(opts.color);
  const field = fieldName(f.path, form, opts.lang);
  const parts = [`${paint(SEVERITY_STYLE[f.severity], w.severity[f.severity])} ${f.rule}`, field];
  if (f.reported !== undefined || f.expected !== undefined) {
    const rep = f.reported !== undefined ? `${w.reported} ${formatValue(f.reported, opts.lang)}` : null;
    const exp = f.expected !== undefined ? `${w.recomputed} ${formatValue(f.expected, opts.lang)}` : null;
    parts.push([rep, exp].filter(Boolean).join(w.sep));
  }
  const place = formatPlace(sourceNear(form, f.path), opts.lang);
  if (place) parts.push(paint("dim", place));
  const lines = [`    ${parts.join(" · ")}`];
  const message = fresh.get(`${f.rule} ${f.path}`) ?? f.message;
  if (message) lines.push(`      ${message}`);
  return lines;
}

/** The audit of every form of every Document, for people. Ends with a newline. */
export function formatAudit(docs: Document[], opts: FormatOptions): string {
  const w = WORDS[opts.lang];
  const paint = painter(opts.color);
  const out: string[] = [];
  for (const doc of docs) {
    out.push(paint("bold", doc.source.path));
    for (const d of doc.diagnostics) {
      if (d.severity === "error") out.push(`  ${paint("red", w.severity.error)} ${d.code} · ${d.message}`);
    }
    if (doc.forms.length === 0 && !doc.diagnostics.some((d) => d.severity === "error")) out.push(`  ${w.noForm}`);
    for (const form of doc.forms) {
      out.push(`  ${verdict(form, opts)}`);
      const fresh = messagesIn(form, opts);
      for (const f of form.audit.findings) out.push(...findingLines(form, f, opts, fresh));
    }
  }
  return out.join("\n") + "\n";
}

/** 2 when a file could not be read (an `unreadable-file` diagnostic), else 1 with any error finding, else 0. */
export function auditExitCode(docs: Document[]): 0 | 1 | 2 {
  if (docs.some((d) => d.diagnostics.some((x) => x.code === "unreadable-file"))) return 2;
  if (docs.some((d) => d.forms.some((f) => f.audit.findings.some((x) => x.severity === "error")))) return 1;
  return 0;
}
