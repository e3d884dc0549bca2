/**
 * Legacy .doc/.wps/.xls: without LibreOffice a clear diagnostic (always tested); with it, the
 * conversion and every field of the converted fixtures (skipped when soffice is absent).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TruthForm } from "../../../scripts/lib/truth.js";
import { detectKind } from "../../../src/detect-kind.js";
import { defaultLimits } from "../../../src/extract/extraction.js";
import { converterHandles, findConverter, readLegacyInput } from "../../../src/extract/office/legacy.js";
import { parse } from "../../../src/pipeline.js";
import { compareForms } from "../../helpers/field-accuracy.js";

const DIR = join(import.meta.dirname, "..", "..", "..", "fixtures", "office");
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as { file: string; truth: string }[];
const read = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));
const ctx = { limits: defaultLimits, path: "x" };

describe("legacy files: detection", () => {
  it("tells .doc/.wps from .xls by their OLE stream names", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(6);
    for (const m of manifest) expect(detectKind(read(m.file))).toBe(m.file.endsWith(".xls") ? "xls" : "doc");
  });
});

describe("legacy files without LibreOffice", () => {
  it("says the converter is missing and how to install it", async () => {
    for (const [f, kind] of [["l01-central.doc", "doc"], ["l04-central.xls", "xls"]] as const) {
      const ex = await readLegacyInput(read(f), ctx, kind, { converter: null });
      expect(ex.grid).toBeNull();
      expect(ex.kind).toBe(kind);
      expect(ex.diagnostics).toHaveLength(1);
      expect(ex.diagnostics[0]).toMatchObject({ code: "converter-missing", severity: "error" });
      expect(ex.diagnostics[0]!.message).toContain("LibreOffice");
      expect(ex.diagnostics[0]!.message).toContain("apt-get install libreoffice-writer-nogui libreoffice-calc-nogui");
    }
  });
  it("finds no converter on an empty PATH", () => {
    expect(findConverter("")).toBeNull();
    expect(findConverter("/nonexistent")).toBeNull();
  });
  it("a converter that fails gives conversion-failed, not a throw", async () => {
    const ex = await readLegacyInput(read("l01-central.doc"), ctx, "doc", { converter: "/bin/false" });
    expect(ex.diagnostics[0]).toMatchObject({ code: "conversion-failed", severity: "error" });
  });
  it("a converter past the time limit is stopped", async () => {
    const t0 = Date.now();
    const ex = await readLegacyInput(read("l01-central.doc"), ctx, "doc", { converter: "/bin/sleep", timeoutMs: 300 });
    // `sleep` rejects the arguments at once or is killed at the limit: either way no hang and a diagnostic.
    expect(ex.diagnostics[0]!.code).toBe("conversion-failed");
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe("a LibreOffice installed without the component a kind needs", () => {
  /** A program folder as Debian lays it out, with the components given, and soffice linked from a bin folder. */
  function install(libraries: string[]): { converter: string; cleanup: () => void } {
    const root = mkdtempSync(join(tmpdir(), "jixiao-lo-"));
    mkdirSync(join(root, "program"));
    mkdirSync(join(root, "bin"));
    writeFileSync(join(root, "program", "soffice"), "#!/bin/sh\nexit 1\n", { mode: 0o755 });
    for (const lib of libraries) writeFileSync(join(root, "program", lib), "");
    symlinkSync(join(root, "program", "soffice"), join(root, "bin", "soffice"));
    return { converter: join(root, "bin", "soffice"), cleanup: () => rmSync(root, { recursive: true, force: true }) };
  }
  it.each([
    [["libsclo.so"], true, false],
    [["libswlo.so"], false, true],
    [["libswlo.so", "libsclo.so"], true, true],
    // a layout that names neither: LibreOffice is left to say
    [[], true, true],
  ])("program folder %j: opens .xls %s, .doc %s", (libraries, xls, doc) => {
    const { converter, cleanup } = install(libraries);
    try {
      expect(converterHandles(converter, "xls")).toBe(xls);
      expect(converterHandles(converter, "doc")).toBe(doc);
    } finally {
      cleanup();
    }
  });
  it("a .doc where only Calc is installed: says Writer is missing and how to install it", async () => {
    const { converter, cleanup } = install(["libsclo.so"]);
    try {
      const ex = await readLegacyInput(read("l01-central.doc"), ctx, "doc", { converter });
      expect(ex.diagnostics).toHaveLength(1);
      expect(ex.diagnostics[0]).toMatchObject({ code: "converter-missing", severity: "error" });
      expect(ex.diagnostics[0]!.message).toContain("libreoffice-writer-nogui");
    } finally {
      cleanup();
    }
  });
});

/** Each conversion starts LibreOffice (≈10 s): two here; scripts/office/office-accuracy.ts reads all six. */
const CONVERTED_IN_TESTS = ["l03-sichuan.wps", "l05-two-sheets.xls"];

const converter = findConverter();
describe.skipIf(!converter)("legacy files through LibreOffice", () => {
  for (const m of manifest.filter((x) => CONVERTED_IN_TESTS.includes(x.file))) {
    // (A LibreOffice with Calc alone, as the CI's workbook check installs it, cannot open a .doc.)
    it.skipIf(!converter || !converterHandles(converter, m.file.endsWith(".xls") ? "xls" : "doc"))(`${m.file}: converted, every field`, async () => {
      const truth = JSON.parse(readFileSync(join(DIR, m.truth), "utf8")) as TruthForm[];
      const doc = await parse(read(m.file), { path: m.file });
      expect(doc.source.kind).toBe(m.file.endsWith(".xls") ? "xls" : "doc");
      expect(doc.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      expect(doc.diagnostics.map((d) => d.code)).toContain("converted");
      expect(compareForms(truth, doc.forms).misses).toEqual([]);
    }, 120_000);
  }
});
