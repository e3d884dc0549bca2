import { builtinProfiles, loadProfile } from "../../audit/profiles.js";
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
  return opts;
}
