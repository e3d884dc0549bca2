/** `jixiao parse --lang en` prints the diagnostics of a bad file in English, on stderr and in the JSON. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "jixiao-lang-"));

const run = runCli;

describe("jixiao parse --lang en", () => {
  const bin = join(dir, "photo.txt");
  writeFileSync(bin, new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00, 0x7f, 0x03]));
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");

  it("a binary file: the reason in English on stderr and in the Document", async () => {
    const r = await run("parse", "--lang", "en", bin);
    expect(r.code).toBe(2);
    expect(r.err).toContain(bin);
    expect(r.err).toContain("not a text file");
    expect(r.err).not.toMatch(/[\u4e00-\u9fff]/);
    const [doc] = JSON.parse(r.out);
    expect(doc.diagnostics[0].code).toBe("unreadable-file");
    expect(doc.diagnostics[0].message).toContain("not a text file");
  });

  it("an empty file: its warnings in English; in Chinese without --lang", async () => {
    const en = JSON.parse((await run("parse", "--lang", "en", empty)).out)[0].diagnostics;
    const zh = JSON.parse((await run("parse", empty)).out)[0].diagnostics;
    expect(en.map((d: { message: string }) => d.message)).toEqual(["the file is empty", "no performance self-evaluation form found"]);
    expect(zh.map((d: { message: string }) => d.message)).toEqual(["文件是空的", "未找到绩效自评表"]);
  });
});
