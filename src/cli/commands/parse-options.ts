import { builtinProfiles, loadProfile } from "../../audit/profiles.js";
import { parseByteSize, parseDuration, type Limits } from "../../limits/index.js";
import type { ParseOptions } from "../../pipeline.js";
import { InputKind } from "../../schema/index.js";
import type { CommandContext } from "../command.js";

/** The options every command that reads forms shares. */
export const readOptions = {
  input: { type: "string" },
  password: { type: "string" },
  "debug-layout": { type: "string" },
  profile: { type: "string" },
  "max-bytes": { type: "string" },
  "max-pages": { type: "string" },
  timeout: { type: "string" },
} as const;

export class UsageError extends Error {}

export function parseOptionsFrom(ctx: CommandContext): ParseOptions {
  const v = ctx.values;
  const opts: ParseOptions = { lang: ctx.lang };
  if (typeof v.input === "string") {
    const k = InputKind.safeParse(v.input);
    if (!k.success) throw new UsageError(ctx.lang === "en" ? `unsupported input kind '${v.input}'` : `不支持的输入类型「${v.input}」`);
    opts.input = k.data;
  }
  if (typeof v.password === "string") opts.password = v.password;
  if (typeof v["debug-layout"] === "string") opts.debugLayout = v["debug-layout"];
  if (typeof v.profile === "string") {
    try {
      opts.profile = loadProfile(v.profile);
    } catch (err) {
      const names = Object.keys(builtinProfiles).join(ctx.lang === "en" ? ", " : "、");
      throw new UsageError(
        ctx.lang === "en"
          ? `cannot use profile '${v.profile}': ${(err as Error).message}. Built-in profiles: ${names}; or give a JSON file (docs/rules/profiles.md).`
          : `无法使用方案「${v.profile}」：${(err as Error).message}。内置方案：${names}；也可给出一个 JSON 文件（见 docs/rules/profiles.md）。`,
      );
    }
  }
  const limits = limitsFrom(ctx);
  if (Object.keys(limits).length > 0) opts.limits = limits;
  return opts;
}

/** `--max-bytes 50M`, `--max-pages 20`, `--timeout 90s` (a bare number is seconds). */
function limitsFrom(ctx: CommandContext): Partial<Limits> {
  const v = ctx.values;
  const en = ctx.lang === "en";
  const limits: Partial<Limits> = {};
  if (typeof v["max-bytes"] === "string") {
    const n = parseByteSize(v["max-bytes"]);
    if (n === null) throw new UsageError(en ? `--max-bytes takes a size (5000000, 64K, 200M, 1G)` : `--max-bytes 须为大小（5000000、64K、200M、1G）`);
    limits.maxBytes = n;
  }
  if (typeof v["max-pages"] === "string") {
    const n = Number(v["max-pages"]);
    if (!/^\s*\d+\s*$/.test(v["max-pages"]) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(en ? `--max-pages takes a whole number ≥ 1` : `--max-pages 须为不小于 1 的整数`);
    limits.maxPages = n;
  }
  if (typeof v.timeout === "string") {
    const ms = parseDuration(v.timeout);
    if (ms === null) throw new UsageError(en ? `--timeout takes a duration (90, 90s, 500ms, 10m)` : `--timeout 须为时长（90、90s、500ms、10m）`);
    limits.timeoutMs = ms;
  }
  return limits;
}
