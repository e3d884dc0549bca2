/**
 * The command line as a user meets it: exit statuses per the contract, clear messages naming the
 * file, no stack traces, byte-identical output. Runs `main()` in-process with captured output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const seedPath = new URL("../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url).pathname;
const seed = readFileSync(seedPath, "utf8");
const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const run = runCli;

describe("jixiao parse", () => {
  it("prints a JSON array of Documents, the same bytes every time", async () => {
    const a = await run("parse", seedPath);
    const b = await run("parse", seedPath);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out.endsWith("\n")).toBe(true);
    const docs = JSON.parse(a.out);
    expect(docs).toHaveLength(1);
    expect(docs[0].forms).toHaveLength(2);
    expect(docs[0].source.path).toBe(seedPath);
  });

  it("jsonl prints one Document a line, in the order given", async () => {
    const other = file("other.txt", seed.split("\n").slice(0, 40).join("\n"));
    const r = await run("parse", "--format", "jsonl", other, seedPath);
    const lines = r.out.trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([other, seedPath]);
  });

  it("reads a file with no form: exit 0, a no-form diagnostic", async () => {
    const r = await run("parse", file("prose.txt", "这是一份会议纪要，\n没有任何表格。\n"));
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.out);
    expect(doc.forms).toEqual([]);
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain("no-form");
  });

  it("an empty file is read and holds no form", async () => {
    const r = await run("parse", file("empty.txt", ""));
    expect(r.code).toBe(0);
    const codes = JSON.parse(r.out)[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(["empty-file", "no-form"]);
  });

  it("a binary file cannot be read: exit 2, its Document printed with the reason, the file named", async () => {
    const bin = file("photo.txt", new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00, 0x7f, 0x03]));
    const r = await run("parse", bin, seedPath);
    expect(r.code).toBe(2);
    const docs = JSON.parse(r.out);
    expect(docs).toHaveLength(2);
    expect(docs[0].diagnostics[0].code).toBe("unreadable-file");
    expect(docs[1].forms).toHaveLength(2);
    expect(r.err).toContain(bin);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("a missing file: exit 2, named, no stack trace", async () => {
    const r = await run("parse", join(dir, "nope.txt"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("nope.txt");
    expect(r.err).toContain("文件不存在");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("a form cut off mid-table keeps what was read and says where it stopped", async () => {
    // The seed's first form up to the middle of its indicator table: its last line is line 19.
    const cut = file("cut.txt", seed.split("\n").slice(0, 19).join("\n"));
    const r = await run("parse", cut);
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.out);
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0].projectName).toBe("“上海科协”官方微信、微博策划与运维及《红色科协人》视频拍摄制作");
    expect(doc.forms[0].funds.rows).toHaveLength(4);
    expect(doc.forms[0].indicators.length).toBeGreaterThanOrEqual(1);
    const incomplete = doc.diagnostics.find((d: { code: string }) => d.code === "form-incomplete");
    expect(incomplete.message).toContain("第 19 行");
    expect(incomplete.source.line).toBe(19);
  });

  it("usage errors print usage and exit 2", async () => {
    expect((await run("parse")).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    const bad = await run("parse", "--format", "yaml", seedPath);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("yaml");
    expect((await run("parse", "--nonsense", seedPath)).code).toBe(2);
  });

  it("speaks English with --lang en", async () => {
    const r = await run("parse", "--lang", "en", join(dir, "nope.txt"));
    expect(r.err).toContain("no such file");
  });
});

describe("jixiao audit", () => {
  it("a clean seed: exit 0 (a warning is not an error)", async () => {
    const r = await run("audit", "--no-color", seedPath);
    expect(r.code).toBe(0);
    expect(r.out).toContain("indicator-score");
    expect(r.out).not.toMatch(/\u001b\[/);
  });

  it("a tampered seed whose total does not add up: exit 1, the finding and its line", async () => {
    // The first form's 总分 row says 95; make it 97 (line 24 of the seed).
    const lines = seed.split("\n");
    const at = lines.findIndex((l) => l.startsWith("总分"));
    lines[at] = lines[at]!.replace("\t95", "\t97");
    const r = await run("audit", "--no-color", file("tampered.txt", lines.join("\n")));
    expect(r.code).toBe(1);
    expect(r.out).toContain("total-score");
    expect(r.out).toContain("97");
    expect(r.out).toContain(`第 ${at + 1} 行`);
  });

  it("--json prints the Documents", async () => {
    const r = await run("audit", "--json", seedPath);
    expect(JSON.parse(r.out)[0].forms[1].audit.findings[0].rule).toBe("indicator-score");
  });

  it("an unreadable file wins over findings: exit 2", async () => {
    const bin = file("x.bin", new Uint8Array([0, 0, 0, 1, 2, 3, 0, 0, 0xff]));
    expect((await run("audit", bin, seedPath)).code).toBe(2);
  });
});

describe("jixiao schema", () => {
  it("prints a JSON Schema of the Document", async () => {
    const r = await run("schema");
    const schema = JSON.parse(r.out);
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.properties.forms.items.properties.audit).toBeDefined();
  });
});
