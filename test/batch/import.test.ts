/**
 * `jixiao import`: a folder of good and broken files, resuming, the time limit, the output
 * folder's boundary and the exit statuses. Expected form counts come from the generated
 * fixtures' ground truth.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { insideOut, OutsideOutputError } from "../../src/batch/atomic-write.js";
import { runImport } from "../../src/batch/importer.js";
import { cli, fixtures, goodFiles, mixedFolder, readIndexLines, tempDir, truthOf } from "./helpers.js";

const indexFields = ["path", "sha256", "kind", "status", "forms", "findings", "error", "durationMs"];

describe("import of good and broken files", () => {
  it("lists the broken ones, completes the rest, and exits 1", async () => {
    const root = tempDir();
    const { dir, good, broken } = mixedFolder(root);
    const out = join(root, "out");
    const r = await cli(["import", dir, "--out", out, "--jobs", "2", "--lang", "en"]);
    expect(r.code).toBe(1);

    const lines = readIndexLines(out);
    // 3 good + 4 broken; the hidden file is not an input.
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(Object.keys(l)).toEqual(indexFields);
    const byPath = new Map(lines.map((l) => [l.path as string, l]));
    expect(lines.some((l) => String(l.path).includes(".hidden"))).toBe(false);

    good.forEach((p, i) => {
      const l = byPath.get(p)!;
      expect(l.status).toBe("ok");
      expect(l.forms).toBe(truthOf(goodFiles[i]!).length);
      expect(l.error).toBeNull();
      const doc = JSON.parse(readFileSync(join(out, `${l.sha256}.json`), "utf8"));
      expect(doc.source.path).toBe(p);
      expect(doc.forms.map((f: { projectName: string }) => f.projectName)).toEqual(truthOf(goodFiles[i]!).map((t) => t.form.projectName));
    });
    // An empty file is unreadable or holds no form, depending on the text reader: listed either way.
    expect(["failed", "no-form"]).toContain(byPath.get(broken.empty!)!.status);
    expect(byPath.get(broken.empty!)!.forms).toBe(0);
    expect(byPath.get(broken.binary!)).toMatchObject({ status: "failed", forms: 0 });
    expect(byPath.get(broken.binary!)!.error).toEqual(expect.any(String));
    expect(byPath.get(broken.noForm!)).toMatchObject({ status: "no-form", forms: 0, error: null });
    // The truncated file is indexed and has its Document, with fewer indicators than the whole form.
    const cut = byPath.get(broken.truncated!)!;
    const cutDoc = JSON.parse(readFileSync(join(out, `${cut.sha256}.json`), "utf8"));
    const cutIndicators = cutDoc.forms.reduce((n: number, f: { indicators: unknown[] }) => n + f.indicators.length, 0);
    expect(cutIndicators).toBeLessThan(truthOf(goodFiles[0]!).reduce((n, t) => n + t.form.indicators.length, 0));

    // One Document per distinct content, nothing else left in the folder (no temp files).
    const names = readdirSync(out).sort();
    expect(names).toEqual([...new Set(lines.map((l) => `${l.sha256}.json`)), "index.jsonl"].sort());
    expect(r.out).toMatch(/^7 inputs: 4 ok, \d without a form, \d failed, 0 timed out/);
    const failed = lines.filter((l) => l.status === "failed").length;

    // Resumed, nothing is parsed again; with --retry-failed only the failed ones are.
    const resumed = await runImport({ inputs: [dir], outDir: out, jobs: 2, timeoutMs: 60_000 });
    expect(resumed).toMatchObject({ parsed: 0, skipped: 7 });
    const retried = await runImport({ inputs: [dir], outDir: out, jobs: 2, timeoutMs: 60_000, retryFailed: true });
    expect(retried).toMatchObject({ parsed: failed, skipped: 7 - failed });
  });

  it("exits 0 when every input holds a form, and a second run skips every one", async () => {
    const root = tempDir();
    const dir = join(root, "in");
    mkdirSync(dir);
    for (const f of goodFiles) copyFileSync(join(fixtures, "generated", f), join(dir, f.replace("/", "-")));
    const out = join(root, "out");
    expect((await cli(["import", dir, "--out", out, "--jobs", "1"])).code).toBe(0);
    const mtimes = readdirSync(out).map((n) => statSync(join(out, n)).mtimeMs);
    const again = await cli(["import", dir, "--out", out, "--lang", "en"]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("(3 already done)");
    expect(readIndexLines(out)).toHaveLength(3);
    expect(readdirSync(out).map((n) => statSync(join(out, n)).mtimeMs)).toEqual(mtimes);
  });

  it("indexes a second path with the same content without parsing it again", async () => {
    const root = tempDir();
    const dir = join(root, "in");
    mkdirSync(dir);
    copyFileSync(join(fixtures, "generated", goodFiles[0]!), join(dir, "a.txt"));
    copyFileSync(join(fixtures, "generated", goodFiles[0]!), join(dir, "b.txt"));
    const out = join(root, "out");
    const s = await runImport({ inputs: [dir], outDir: out, jobs: 1, timeoutMs: 60_000 });
    expect(s.parsed).toBe(1);
    const lines = readIndexLines(out);
    expect(lines.map((l) => relative(dir, l.path as string)).sort()).toEqual(["a.txt", "b.txt"]);
    expect(new Set(lines.map((l) => l.sha256)).size).toBe(1);
  });
});

describe("resuming", () => {
  it("an interrupted import resumes without redoing done files", async () => {
    const root = tempDir();
    const dir = join(root, "in");
    mkdirSync(dir);
    const n = 8;
    for (let i = 0; i < n; i++) copyFileSync(join(fixtures, "generated", goodFiles[i % 3]!), join(dir, `f${i}.txt`));
    // Different bytes for each copy, so each is its own Document.
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `f${i}.txt`), readFileSync(join(dir, `f${i}.txt`), "utf8") + `\n备注${i}\n`);
    const out = join(root, "out");
    const stop = new AbortController();
    const first = await runImport({
      inputs: [dir],
      outDir: out,
      jobs: 1,
      timeoutMs: 60_000,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.done >= 3) stop.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    const done = readIndexLines(out);
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(n);
    // Consistent: every index line has its Document, and no temp file is left.
    for (const l of done) expect(existsSync(join(out, `${l.sha256}.json`))).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([]);
    const mtimes = new Map(done.map((l) => [l.sha256, statSync(join(out, `${l.sha256}.json`)).mtimeMs]));

    const second = await runImport({ inputs: [dir], outDir: out, jobs: 2, timeoutMs: 60_000 });
    expect(second.skipped).toBe(done.length);
    expect(second.done).toBe(n);
    const all = readIndexLines(out);
    expect(all).toHaveLength(n);
    expect(new Set(all.map((l) => l.path)).size).toBe(n);
    for (const [sha, t] of mtimes) expect(statSync(join(out, `${sha}.json`)).mtimeMs).toBe(t);
  });

  it("a Document written before the index line was reuses the Document", async () => {
    const root = tempDir();
    const dir = join(root, "in");
    mkdirSync(dir);
    copyFileSync(join(fixtures, "generated", goodFiles[1]!), join(dir, "x.txt"));
    const out = join(root, "out");
    await runImport({ inputs: [dir], outDir: out, jobs: 1, timeoutMs: 60_000 });
    const [line] = readIndexLines(out);
    writeFileSync(join(out, "index.jsonl"), "");
    const s = await runImport({ inputs: [dir], outDir: out, jobs: 1, timeoutMs: 60_000 });
    expect(s.parsed).toBe(0);
    expect(readIndexLines(out)).toEqual([{ ...line, durationMs: 0 }]);
  });
});

describe("time limit", () => {
  it("a file that overruns is recorded as timeout, with a Document saying so", async () => {
    const root = tempDir();
    const dir = join(root, "in");
    mkdirSync(dir);
    // Loading pdf.js alone takes longer than the limit in a fresh thread.
    copyFileSync(join(fixtures, "pdf", "p01-central-uming.pdf"), join(dir, "slow.pdf"));
    const out = join(root, "out");
    const r = await cli(["import", dir, "--out", out, "--timeout", "150ms", "--jobs", "1"]);
    expect(r.code).toBe(1);
    const [l] = readIndexLines(out);
    expect(l).toMatchObject({ status: "timeout", kind: "pdf", forms: 0 });
    const doc = JSON.parse(readFileSync(join(out, `${l!.sha256}.json`), "utf8"));
    expect(doc.diagnostics[0]).toMatchObject({ code: "limit-exceeded", severity: "error" });
  });
});

describe("the output folder's boundary", () => {
  it("names that would escape --out are refused", () => {
    const out = tempDir();
    expect(() => insideOut(out, "../evil.json")).toThrow(OutsideOutputError);
    expect(() => insideOut(out, "sub/x.json")).toThrow(OutsideOutputError);
    expect(() => insideOut(out, "/etc/passwd")).toThrow(OutsideOutputError);
    expect(() => insideOut(out, "..")).toThrow(OutsideOutputError);
    expect(insideOut(out, "a.json")).toBe(join(out, "a.json"));
  });

  it("hostile input names and an output folder inside the input write only inside --out", async () => {
    const root = tempDir();
    const dir = join(root, "in");
    const evil = join(dir, "x..json");
    mkdirSync(evil, { recursive: true });
    const hostile = ['x..\n"index.jsonl', "$(touch pwned)", "<&'\">.txt", "-rf", "x\\..\\..\\evil"];
    for (const name of hostile) copyFileSync(join(fixtures, "generated", goodFiles[0]!), join(evil, name));
    // A dot-dot name is hidden, so not an input.
    copyFileSync(join(fixtures, "generated", goodFiles[0]!), join(evil, "..x"));
    const out = join(dir, "results");
    const before = new Set(readdirSync(root, { recursive: true }).map(String));
    const r = await cli(["import", dir, "--out", out, "--jobs", "1"]);
    expect(r.code).toBe(0);
    expect(existsSync(join(root, "pwned"))).toBe(false);
    const created = readdirSync(root, { recursive: true })
      .map(String)
      .filter((p) => !before.has(p));
    expect(created.length).toBeGreaterThan(0);
    for (const p of created) expect(join(root, p).startsWith(out)).toBe(true);
    const lines = readIndexLines(out);
    // The output folder inside the input is not walked.
    expect(lines.map((l) => l.path).sort()).toEqual(hostile.map((h) => join(evil, h)).sort());
    expect((await cli(["import", dir, "--out", out, "--lang", "en"])).out).toContain("(5 already done)");
  });
});

describe("usage", () => {
  it("exits 2 without --out or inputs, or with a bad --jobs or --timeout", async () => {
    const dir = tempDir();
    expect((await cli(["import", dir])).code).toBe(2);
    expect((await cli(["import", "--out", dir])).code).toBe(2);
    expect((await cli(["import", dir, "--out", join(dir, "o"), "--jobs", "0"])).code).toBe(2);
    expect((await cli(["import", dir, "--out", join(dir, "o"), "--timeout", "soon"])).code).toBe(2);
  });

  it("a path that does not exist is reported and makes the import exit 1", async () => {
    const dir = tempDir();
    const r = await cli(["import", join(dir, "missing"), "--out", join(dir, "o"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("missing");
  });
});
