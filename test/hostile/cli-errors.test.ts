/**
 * No stack traces for users: whatever goes wrong inside, stderr gets one line naming the file
 * and what to do, the exit status says "could not read", and `--debug` shows the trace.
 * Internal errors are forced: a reader that throws, a reconstructor that throws, a reader that
 * hands on a value the schema refuses, an output that cannot be written.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { readers } from "../../src/extract/readers.js";

const trap = vi.hoisted(() => ({ reconstruct: false }));
vi.mock("../../src/reconstruct/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/reconstruct/index.js")>();
  return {
    ...real,
    reconstruct: (...args: Parameters<typeof real.reconstruct>) => {
      if (trap.reconstruct) throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return real.reconstruct(...args);
    },
  };
});

const seed = new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-errors-"));

const run = runCli;

/** A stack trace shows as lines starting with "at " (V8 format). */
const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

const original = { ...readers };
afterEach(() => {
  Object.assign(readers, original);
  trap.reconstruct = false;
});

describe("no stack traces for users", () => {
  it("a reader that throws: one line on stderr with the file and the reason, exit 2, the Document still printed", async () => {
    readers.text = () => {
      throw new Error("boom inside the reader\n    at readTextInput (read-text.ts:12:3)");
    };
    for (const cmd of ["parse", "audit"]) {
      const r = await run(cmd, seed);
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(STACK_LINE);
      const lines = r.err.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(seed);
      expect(lines[0]).toContain("boom inside the reader");
    }
    const doc = JSON.parse((await run("parse", seed)).out)[0];
    expect(doc.diagnostics[0].code).toBe("unreadable-file");
  });

  it("the reconstructor throws: an internal-error diagnostic for that file, the other files still read", async () => {
    trap.reconstruct = true;
    const other = join(dir, "other.txt");
    writeFileSync(other, "会议纪要\n");
    const r = await run("parse", "--lang", "en", seed, other);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(STACK_LINE);
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${seed}: internal error .*please report this file.*reading 'text'`));
    const docs = JSON.parse(r.out);
    expect(docs.map((d: { diagnostics: { code: string }[] }) => d.diagnostics[0]!.code)).toEqual(["internal-error", "internal-error"]);
  });

  it("a reader hands on a value the schema refuses (a NaN box): an internal-error diagnostic, not an exception", async () => {
    readers.text = () => ({
      grid: {
        rows: [
          { cells: [{ text: "项目名称", source: { line: 1 } }, { text: "某项目", source: { line: 1, bbox: [Number.NaN, 0, 1, 1] } }], boundaries: "exact" },
          { cells: [{ text: "主管部门", source: { line: 2 } }, { text: "某局", source: { line: 2 } }], boundaries: "exact" },
        ],
        rowsKnown: true,
        pages: null,
      },
      kind: "text",
      pages: null,
      diagnostics: [],
    });
    const r = await run("parse", seed);
    expect(r.err).not.toMatch(STACK_LINE);
    const doc = JSON.parse(r.out)[0];
    expect(doc.forms).toEqual([]);
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain("internal-error");
  });

  it("an error outside any file (the output cannot be written): one line with a hint; --debug adds the trace", async () => {
    const out = join(dir, "no-such-folder", "x.json");
    const r = await run("parse", seed, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(STACK_LINE);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toContain(out);
    expect(r.err).toContain("--debug");
    const d = await run("parse", seed, "--out", out, "--debug");
    expect(d.code).toBe(2);
    expect(d.err).toMatch(STACK_LINE);
  });

  it("limit options: --max-bytes refuses with a limit-exceeded diagnostic; bad values are usage errors", async () => {
    const r = await run("parse", seed, "--max-bytes", "1K");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)[0].diagnostics[0].code).toBe("limit-exceeded");
    expect(r.err).toContain("1024");
    expect((await run("parse", seed, "--max-bytes", "10M", "--max-pages", "3", "--timeout", "30s")).code).toBe(0);
    for (const bad of [["--max-bytes", "lots"], ["--max-pages", "0"], ["--max-pages", "2.5"], ["--timeout", "soon"], ["--timeout", "-1"]]) {
      const u = await run("audit", seed, ...bad);
      expect(u.code).toBe(2);
      expect(u.err).toContain(bad[0]!);
      expect(u.err).not.toMatch(STACK_LINE);
    }
  });
});
