/** `jixiao export` over a real import folder, and `parse --format csv|xml|jsonl`. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, fixtures, goodFiles, mixedFolder, tempDir, truthOf } from "../batch/helpers.js";
import { readCsv } from "./rfc4180.js";

let root: string;
let out: string;
let good: string[];

beforeAll(async () => {
  root = tempDir();
  const folder = mixedFolder(root);
  good = folder.good;
  out = join(root, "out");
  await cli(["import", folder.dir, "--out", out, "--jobs", "1"]);
}, 120_000);

const truthForms = () => goodFiles.flatMap((f) => truthOf(f));

describe("export", () => {
  it("csv: one row per indicator of every form, BOM, parses back", async () => {
    const file = join(root, "all.csv");
    const r = await cli(["export", out, "--format", "csv", "--out", file]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = readCsv(bytes.toString("utf8").slice(1));
    const pathCol = header!.indexOf("path");
    // Rows of the good files: their indicators as the ground truth has them.
    const goodRows = rows.filter((row) => good.includes(row[pathCol]!));
    expect(goodRows).toHaveLength(truthForms().reduce((n, t) => n + t.form.indicators.length, 0));
  });

  it("csv --level form: one row per form", async () => {
    const file = join(root, "forms.csv");
    expect((await cli(["export", out, "--format", "csv", "--level", "form", "--out", file])).code).toBe(0);
    const [header, ...rows] = readCsv(readFileSync(file, "utf8").slice(1));
    const names = rows.filter((r) => good.includes(r[header!.indexOf("path")]!)).map((r) => r[header!.indexOf("projectName")]);
    expect(names).toEqual(expect.arrayContaining(truthForms().map((t) => t.form.projectName)));
    expect(names).toHaveLength(truthForms().length);
  });

  it("xml: every input's document, parses back", async () => {
    const file = join(root, "all.xml");
    expect((await cli(["export", out, "--format", "xml", "--out", file])).code).toBe(0);
    const xml = readFileSync(file, "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const docs = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "document" || n === "form" }).parse(xml).jixiao.document;
    // 7 inputs, 7 distinct contents.
    expect(docs).toHaveLength(7);
    const forms = docs.reduce((n: number, d: { form?: unknown[] }) => n + (d.form?.length ?? 0), 0);
    expect(forms).toBeGreaterThanOrEqual(truthForms().length);
  });

  it("jsonl: one Document per line", async () => {
    const file = join(root, "all.jsonl");
    expect((await cli(["export", out, "--format", "jsonl", "--out", file])).code).toBe(0);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(JSON.parse(l).schemaVersion).toBe(1);
  });

  it("exits 2 for a folder that is not an import, and for a bad format; writes nothing", async () => {
    const dir = tempDir();
    const r = await cli(["export", dir, "--format", "csv", "--out", join(dir, "x.csv")]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
    expect((await cli(["export", out, "--format", "pdf", "--out", join(dir, "x.pdf")])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("parse --format", () => {
  it("csv, xml and jsonl of one file", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    const file = join(dir, "in", "f.txt");
    copyFileSync(join(fixtures, "generated", goodFiles[1]!), file);
    const truth = truthOf(goodFiles[1]!);
    const csv = await cli(["parse", file, "--format", "csv"]);
    expect(csv.code).toBe(0);
    expect(readCsv(csv.out.slice(1))).toHaveLength(1 + truth.reduce((n, t) => n + t.form.indicators.length, 0));
    const xml = await cli(["parse", file, "--format", "xml"]);
    expect(XMLValidator.validate(xml.out)).toBe(true);
    const jsonl = await cli(["parse", file, file, "--format", "jsonl"]);
    expect(jsonl.out.trimEnd().split("\n")).toHaveLength(2);
  });
});
