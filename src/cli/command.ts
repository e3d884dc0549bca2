import type { ParseArgsConfig } from "node:util";
import type { Lang } from "./messages.js";

/** Where a command writes; injected so commands can be tested without a process. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[];
  /** Parsed options (strings and booleans, as declared by the command). */
  values: Record<string, string | boolean | string[] | undefined>;
  lang: Lang;
  debug: boolean;
  io: Io;
}

/**
 * One subcommand of `jixiao`: its options (node:util parseArgs format), its usage line in both
 * languages, and `run`, which returns the exit status (never calls process.exit).
 */
export interface Command {
  name: string;
  usage: { zh: string; en: string };
  options: NonNullable<ParseArgsConfig["options"]>;
  run(ctx: CommandContext): Promise<number>;
}
