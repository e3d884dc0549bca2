import { defaultLimits } from "../extract/extraction.js";
import { parseDuration } from "../limits/index.js";
import type { Lang } from "../cli/messages.js";
import { loadProfile } from "../audit/profiles.js";
import { UsageError } from "../cli/commands/parse-options.js";
import { InputKind } from "../schema/index.js";
import { defaultJobs } from "./pool.js";

export function positiveInt(value: unknown, name: string, lang: Lang, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isInteger(n) || n < 1) {
    throw new UsageError(lang === "en" ? `--${name} takes a whole number ≥ 1` : `--${name} 须为不小于 1 的整数`);
  }
  return n;
}

export function timeoutFrom(value: unknown, lang: Lang): number {
  if (value === undefined) return defaultLimits.timeoutMs;
  const ms = typeof value === "string" ? parseDuration(value) : null;
  if (ms === null) throw new UsageError(lang === "en" ? `--timeout takes a duration (90, 90s, 500ms, 10m)` : `--timeout 须为时长（90、90s、500ms、10m）`);
  return ms;
}

/** The reading options a batch passes to its workers, checked here so a bad one is a usage error, not N failures. */
export function readOptionsFrom(values: Record<string, unknown>, lang: Lang): { input?: InputKind; password?: string; profile?: string } {
  const r: { input?: InputKind; password?: string; profile?: string } = {};
  if (typeof values.input === "string") {
    const k = InputKind.safeParse(values.input);
    if (!k.success) throw new UsageError(lang === "en" ? `unsupported input kind '${values.input}'` : `不支持的输入类型「${values.input}」`);
    r.input = k.data;
  }
  if (typeof values.password === "string") r.password = values.password;
  if (typeof values.profile === "string") {
    try {
      loadProfile(values.profile);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    r.profile = values.profile;
  }
  return r;
}

export { defaultJobs };
