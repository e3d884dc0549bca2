/**
 * Legacy binaries (.doc, .wps, .xls) through LibreOffice: converted headless to .docx/.xlsx in a
 * temporary folder, with a fresh user profile (so a running LibreOffice or a locked profile does
 * not interfere) and a time limit, then read like any .docx/.xlsx. Without LibreOffice, a
 * diagnostic says how to install it.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, realpathSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Extraction, ReaderContext } from "../extraction.js";
import type { Lang } from "../../messages.js";
import { encryptedDiagnostic, failure } from "./diagnostics.js";
import { officeMessages } from "./messages.js";
import { isOle, legacyEncrypted, oleKind, readOle } from "./ole.js";
import { officeSettings } from "./settings.js";
import { isZip } from "./zip.js";

export type LegacyKind = "doc" | "xls";

const CONVERTERS = ["soffice", "libreoffice"];

/** The LibreOffice executable on PATH, or null. */
export function findConverter(path = process.env.PATH ?? ""): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const name of CONVERTERS) {
      const p = join(dir, name);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        /* not here */
      }
    }
  }
  return null;
}

export function converterMissing(kind: LegacyKind, lang: Lang = "zh"): Extraction {
  return failure(kind, { code: "converter-missing", severity: "error", message: officeMessages(lang).converterMissing(kind) });
}

/**
 * The library of the LibreOffice component that opens each kind, in the program folder beside
 * soffice (Debian and the LibreOffice packages: program/libswlo.so is Writer, libsclo.so Calc). A
 * LibreOffice installed with Calc alone cannot load a .doc ("source file could not be loaded").
 */
const COMPONENT_LIBRARY: Readonly<Record<LegacyKind, string>> = { doc: "libswlo.so", xls: "libsclo.so" };

/**
 * Whether the converter has the component that opens `kind`. True where it cannot be told (a
 * program folder holding neither library: another system's layout), so that LibreOffice says.
 */
export function converterHandles(converter: string, kind: LegacyKind): boolean {
  let program: string;
  try {
    program = dirname(realpathSync(converter));
  } catch {
    return true;
  }
  if (!Object.values(COMPONENT_LIBRARY).some((lib) => existsSync(join(program, lib)))) return true;
  return existsSync(join(program, COMPONENT_LIBRARY[kind]));
}

function componentMissing(kind: LegacyKind, lang: Lang): Extraction {
  return failure(kind, { code: "converter-missing", severity: "error", message: officeMessages(lang).componentMissing(kind) });
}

function conversionFailed(kind: LegacyKind, detail: string, lang: Lang): Extraction {
  return failure(kind, { code: "conversion-failed", severity: "error", message: officeMessages(lang).conversionFailed(detail) });
}

interface RunResult {
  code: number | null;
  timedOut: boolean;
  stderr: string;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    // Its own process group: soffice starts soffice.bin, and a timeout must stop both.
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let timedOut = false;
    child.stderr?.on("data", (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut, stderr: err.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stderr });
    });
  });
}

export interface LegacyOptions {
  /** The converter to use; null when there is none (default: soffice or libreoffice on PATH). */
  converter?: string | null;
  timeoutMs?: number;
  /** Language of the messages (Chinese when absent). */
  lang?: Lang | undefined;
}

/** Converts a legacy file to .docx/.xlsx bytes; an Extraction when it cannot. */
export async function convertLegacy(bytes: Uint8Array, kind: LegacyKind, opts: LegacyOptions = {}): Promise<Uint8Array | Extraction> {
  const converter = opts.converter === undefined ? findConverter() : opts.converter;
  const lang = opts.lang ?? "zh";
  const msg = officeMessages(lang);
  if (!converter) return converterMissing(kind, lang);
  if (!converterHandles(converter, kind)) return componentMissing(kind, lang);
  const target = kind === "doc" ? "docx" : "xlsx";
  const dir = await mkdtemp(join(tmpdir(), "jixiao-office-"));
  try {
    const input = join(dir, `input.${kind}`);
    const outDir = join(dir, "out");
    await writeFile(input, bytes);
    const timeout = opts.timeoutMs ?? officeSettings.convertTimeoutMs;
    const r = await run(
      converter,
      [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", target, "--outdir", outDir, input],
      timeout,
    );
    if (r.timedOut) return conversionFailed(kind, msg.conversionTimedOut(Math.round(timeout / 1000)), lang);
    const produced = await readdir(outDir).catch(() => [] as string[]);
    const out = produced.find((f) => f.endsWith(`.${target}`));
    if (!out) return conversionFailed(kind, r.stderr.trim().split("\n").slice(-1)[0] || msg.conversionNoOutput(target, r.code), lang);
    return new Uint8Array(await readFile(join(outDir, out)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The reader of `doc` and `xls`. A modern package given as legacy is read directly. */
export async function readLegacyInput(bytes: Uint8Array, ctx: ReaderContext, kind: LegacyKind, opts: LegacyOptions = {}): Promise<Extraction> {
  if (isZip(bytes)) {
    const { officeReaders } = await import("./index.js");
    return officeReaders[kind === "doc" ? "docx" : "xlsx"](bytes, ctx);
  }
  const lang = ctx.lang ?? "zh";
  if (isOle(bytes)) {
    const ole = readOle(bytes);
    if (ole && legacyEncrypted(ole)) return failure(oleKind(ole) === "xls" ? "xls" : kind, encryptedDiagnostic(kind, lang));
  }
  const converted = await convertLegacy(bytes, kind, { timeoutMs: Math.min(officeSettings.convertTimeoutMs, ctx.limits.timeoutMs), lang, ...opts });
  if (!(converted instanceof Uint8Array)) return converted;
  const { officeReaders } = await import("./index.js");
  const read = await officeReaders[kind === "doc" ? "docx" : "xlsx"](converted, ctx);
  return {
    ...read,
    kind,
    diagnostics: [
      { code: "converted", severity: "info", message: officeMessages(lang).converted(kind === "doc" ? ".docx" : ".xlsx") },
      ...read.diagnostics,
    ],
  };
}
