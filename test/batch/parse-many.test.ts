/**
 * `jixiao parse --jobs N`: files parsed on worker threads give the same output, byte for byte and
 * in the same order, as `--jobs 1`; a file that cannot be read is still reported with its name.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMany } from "../../src/batch/parse-many.js";
import { runCli } from "../helpers/run-cli.js";
import { parseFile } from "../../src/pipeline.js";

const root = join(import.meta.dirname, "..", "..");
const files = [
  "fixtures/pdf/p04-central-noto-type3.pdf",
  "fixtures/seed/000_2ddec0f555d76dd0.txt",
  "fixtures/pdf/m02-shanghai-stsong-2p.pdf",
  "fixtures/pdf/bad/encrypted-user-password.pdf",
  "fixtures/pdf/p08-two-forms-pages-zenhei.pdf",
  "fixtures/pdf/m05-two-forms-stsong.pdf",
].map((f) => join(root, f));
const missing = join(root, "fixtures", "no-such-file.pdf");

const cli = runCli;

describe("parse on several threads", () => {
  it("Documents parsed only on pool threads equal the serial ones, in the order given", async () => {
    const serial = [];
    for (const f of files) serial.push(await parseFile(f));
    const threaded = await parseMany(files, {}, { jobs: 2, mainLane: false });
    expect(threaded.map((d) => d.source.path)).toEqual(files);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(serial));
    // Not an empty comparison: forms were read, the encrypted file failed.
    expect(threaded.map((d) => d.forms.length)).toEqual([1, 2, 1, 0, 2, 2]);
    expect(threaded[3]!.diagnostics.map((d) => d.code)).toEqual(["encrypted"]);
  });

  it("`--jobs 2` prints the same bytes and the same per-file errors as `--jobs 1`", async () => {
    const args = [...files.slice(0, 4), missing, ...files.slice(4)];
    const one = await cli("parse", "--format", "jsonl", "--jobs", "1", ...args);
    const two = await cli("parse", "--format", "jsonl", "--jobs", "2", ...args);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(two.code).toBe(one.code);
    expect(one.out.trim().split("\n")).toHaveLength(args.length);
    expect(one.err).toContain(`${missing}: `);
    expect(one.err).toContain(`${files[3]}: `);
  });

  it("`--jobs` takes a whole number ≥ 1", async () => {
    const r = await cli("parse", "--jobs", "0", "--lang", "en", files[1]!);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--jobs takes a whole number");
  });
});
