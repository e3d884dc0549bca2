import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Command, Io } from "./command.js";
import { commands } from "./commands/index.js";
import { UsageError } from "./commands/parse-options.js";
import type { Lang } from "./messages.js";

export type { Io } from "./command.js";

const common = {
  lang: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Runs the command line; returns the exit status instead of exiting, so it can be tested. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const langAt = argv.indexOf("--lang");
  const lang: Lang = (langAt >= 0 && argv[langAt + 1] === "en") || argv.includes("--lang=en") ? "en" : "zh";
  const name = argv.find((a) => !a.startsWith("-"));
  const command = commands.find((c) => c.name === name);
  if (!name || !command) {
    if (argv.includes("--version") || argv.includes("-v")) {
      io.out(version() + "\n");
      return 0;
    }
    if (argv.includes("--help") || argv.includes("-h")) {
      io.out(usage(lang) + "\n");
      return 0;
    }
    io.err((name ? (lang === "en" ? `unknown command '${name}'` : `未知命令「${name}」`) + "\n\n" : "") + usage(lang) + "\n");
    return 2;
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: argv.filter((a, i) => i !== argv.indexOf(name)), options: { ...common, ...command.options }, allowPositionals: true, strict: true });
    values = parsed.values as typeof values;
    positionals = parsed.positionals;
  } catch (err) {
    io.err((lang === "en" ? "bad option: " : "选项有误：") + (err as Error).message + "\n\n" + usageOf(command, lang) + "\n");
    return 2;
  }
  if (values.help) {
    io.out(usageOf(command, lang) + "\n");
    return 0;
  }
  const debug = values.debug === true;
  try {
    return await command.run({ args: positionals, values, lang, debug, io });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message + "\n\n" + usageOf(command, lang) + "\n");
      return 2;
    }
    const e = err as Error;
    // One line for people; the whole story with --debug.
    const first = String(e?.message ?? e).split("\n")[0]!.slice(0, 300);
    io.err((lang === "en" ? `jixiao ${name}: unexpected error: ${first} (run with --debug for details)` : `jixiao ${name}: 意外错误：${first}（加 --debug 查看详情）`) + "\n");
    if (debug) io.err(String(e.stack) + "\n");
    return 2;
  }
}

function usageOf(c: Command, lang: Lang): string {
  return (lang === "en" ? "Usage:\n  " : "用法：\n  ") + c.usage[lang];
}

function usage(lang: Lang): string {
  const head = lang === "en" ? "Usage:" : "用法：";
  const tail =
    lang === "en"
      ? "Common options: --lang zh|en   --debug (show stack traces)   --help   --version\nExit status: 0 success; 1 findings or failed inputs (audit, import); 2 unreadable input or usage error."
      : "通用选项：--lang zh|en   --debug（出错时显示调用栈）   --help   --version\n退出码：0 成功；1 有错误项或失败的输入（audit、import）；2 有文件无法读取或用法有误。";
  return [head, ...commands.map((c) => "  " + c.usage[lang]), "", tail].join("\n");
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
