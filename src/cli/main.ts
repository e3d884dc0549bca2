import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadProfile } from "../audit/profiles.js";
import { serialiseDocuments } from "../export/json.js";
import { parseFile, type ParseOptions } from "../pipeline.js";
import { Document, InputKind } from "../schema/index.js";
import { auditExitCode, formatAudit } from "./audit-format.js";
import { messages, type Lang } from "./messages.js";

const options = {
  format: { type: "string" },
  input: { type: "string" },
  out: { type: "string" },
  password: { type: "string" },
  "debug-layout": { type: "string" },
  profile: { type: "string" },
  json: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  lang: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Runs the command line; returns the exit status instead of exiting, so it can be tested. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let parsed;
  const langGuess: Lang = argv.includes("en") && argv.includes("--lang") ? "en" : "zh";
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const m = messages(langGuess);
    io.err(m.badOption((err as Error).message) + "\n\n" + m.usage + "\n");
    return 2;
  }
  const v = parsed.values;
  const lang: Lang = v.lang === "en" ? "en" : "zh";
  const m = messages(lang);
  const [command, ...files] = parsed.positionals;
  if (v.version) {
    io.out(version() + "\n");
    return 0;
  }
  if (v.help || !command) {
    (command || v.help ? io.out : io.err)(m.usage + "\n");
    return v.help ? 0 : 2;
  }
  try {
    switch (command) {
      case "schema":
        io.out(JSON.stringify(z.toJSONSchema(Document, { target: "draft-2020-12" }), null, 2) + "\n");
        return 0;
      case "parse":
      case "audit": {
        if (files.length === 0) {
          io.err(m.noFiles + "\n\n" + m.usage + "\n");
          return 2;
        }
        const format = v.format ?? "json";
        if (command === "parse" && format !== "json" && format !== "jsonl") {
          io.err(m.badFormat(format) + "\n");
          return 2;
        }
        const opts: ParseOptions = {};
        if (v.input) {
          const k = InputKind.safeParse(v.input);
          if (!k.success) {
            io.err(m.badInput(v.input) + "\n");
            return 2;
          }
          opts.input = k.data;
        }
        if (v.password !== undefined) opts.password = v.password;
        if (v["debug-layout"]) opts.debugLayout = v["debug-layout"];
        if (v.profile) opts.profile = loadProfile(v.profile);
        const docs: Document[] = [];
        for (const file of files) {
          try {
            docs.push(await parseFile(file, opts));
          } catch (err) {
            io.err(m.unexpected(file, (err as Error).message) + "\n");
            if (v.debug) io.err(String((err as Error).stack) + "\n");
            return 2;
          }
        }
        for (const d of docs) {
          for (const diag of d.diagnostics) {
            if (diag.severity === "error") io.err(m.fileProblem(d.source.path, diag.message) + "\n");
          }
        }
        const unreadable = docs.some((d) => d.diagnostics.some((x) => x.severity === "error" && d.forms.length === 0 && x.code !== "no-form"));
        if (command === "parse" || v.json) {
          const text = serialiseDocuments(docs, format === "jsonl" ? "jsonl" : "json");
          if (v.out) await writeFile(v.out, text);
          else io.out(text);
          if (command === "parse") return unreadable ? 2 : 0;
          return auditExitCode(docs);
        }
        const color = v["no-color"] ? false : v.color ? true : io.isTTY;
        io.out(formatAudit(docs, { color, lang }));
        return auditExitCode(docs);
      }
      default:
        io.err(m.unknownCommand(command) + "\n\n" + m.usage + "\n");
        return 2;
    }
  } catch (err) {
    io.err(m.unexpected(command, (err as Error).message) + "\n");
    if (v.debug) io.err(String((err as Error).stack) + "\n");
    return 2;
  }
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
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
