/**
 * Output safety: names derived from inputs never lead outside `--out` (however the input files are
 * named), XML output escapes every text, and CSV cells that a spreadsheet would take for a formula
 * are guarded — for any text a form may carry, not only the cases someone thought of.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { insideOut, OutsideOutputError, writeFileAtomic } from "../../src/batch/atomic-write.js";
import { serialiseCsv } from "../../src/export/csv.js";
import { serialiseXml, xmlSafe } from "../../src/export/xml.js";
import type { Document, Form } from "../../src/schema/index.js";
import { form } from "../audit/form-builder.js";
import { cli, fixtures, tempDir } from "../batch/helpers.js";
import { readCsv } from "../export/rfc4180.js";

describe("names never escape the output folder", () => {
  const hostile = ["../../x", "../x.json", "/etc/passwd", "/tmp/x.json", "a/../../x", "sub/x.json", "..", ".", "", "x\0y", "x\ny.json", "x\r.json", "a".repeat(300), "\\..\\..\\x", "C:\\x"];

  it("insideOut refuses every name that would land elsewhere than directly inside", () => {
    const out = tempDir();
    for (const name of hostile) {
      let target: string | null = null;
      try {
        target = insideOut(out, name);
      } catch (err) {
        expect(err).toBeInstanceOf(OutsideOutputError);
        continue;
      }
      // What is accepted is a plain file name inside the folder (backslashes and NUL are bytes of the name on Linux).
      expect(resolve(target, "..")).toBe(resolve(out));
      expect(target.startsWith(resolve(out) + sep)).toBe(true);
    }
  });

  it("writeFileAtomic with a hostile name writes nothing outside, and no stray temp file is left", async () => {
    const base = tempDir();
    const out = join(base, "out");
    mkdirSync(out);
    for (const name of hostile) await writeFileAtomic(out, name, "x").catch(() => {});
    expect(readdirSync(base)).toEqual(["out"]);
    for (const f of readdirSync(out)) {
      expect(f.startsWith(".tmp-")).toBe(false);
      expect(statSync(join(out, f)).isFile()).toBe(true);
    }
  });

  it("import of files with hostile names: everything written inside --out, one index line per input", async () => {
    const base = tempDir();
    const inDir = join(base, "in");
    mkdirSync(inDir);
    const seed = readFileSync(join(fixtures, "generated/delimited-tab/000.txt"));
    const names = ["line\nbreak.txt", "cr\rname.txt", "-rf.txt", "a..txt", "'; rm -rf ~'.txt", "\u202egnp.txt", "名".repeat(80) + ".txt", "a".repeat(250) + ".txt", "=HYPERLINK(x).txt", "<x>&amp;.txt"];
    // Different bytes per file (trailing blank lines), so each input is its own Document with its own path.
    names.forEach((n, i) => writeFileSync(join(inDir, n), Buffer.concat([seed, Buffer.from("\n".repeat(i + 1))])));
    const out = join(base, "out");
    // Paths as given, relative: a path starting with `=` reaches the CSV as it was typed.
    const cwd = process.cwd();
    process.chdir(inDir);
    let r;
    try {
      r = await cli(["import", "--out", out, "--jobs", "1", "--", ...names]);
    } finally {
      process.chdir(cwd);
    }
    expect(r.code).toBe(0);
    expect(readdirSync(base).sort()).toEqual(["in", "out"]);
    const written = readdirSync(out);
    for (const f of written) {
      expect(statSync(join(out, f)).isFile()).toBe(true);
      expect(f === "index.jsonl" || /^[0-9a-f]{64}\.json$/.test(f)).toBe(true);
    }
    const lines = readFileSync(join(out, "index.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(names.length);
    expect(lines.map((l) => JSON.parse(l).path).sort()).toEqual([...names].sort());

    // And the exports of that import: the CSV guards and parses back; the XML is valid.
    const csvFile = join(base, "all.csv");
    expect((await cli(["export", out, "--format", "csv", "--out", csvFile])).code).toBe(0);
    const [header, ...rows] = readCsv(readFileSync(csvFile, "utf8").slice(1));
    const pathCol = header!.indexOf("path");
    const paths = new Set(rows.map((row) => row[pathCol]!));
    expect(paths).toContain("'=HYPERLINK(x).txt");
    expect(paths).toContain("'-rf.txt");
    expect(paths).toContain("line\nbreak.txt");
    for (const p of paths) expect(/^[=+\-@\t\r]/.test(p)).toBe(false);
    const xmlFile = join(base, "all.xml");
    expect((await cli(["export", out, "--format", "xml", "--out", xmlFile])).code).toBe(0);
    expect(XMLValidator.validate(readFileSync(xmlFile, "utf8"))).toBe(true);
    expect(existsSync(join(base, "all.csv"))).toBe(true);
  });
});

/** Text that spreadsheets or XML parsers would take for something else. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", " =", "＝", "'", '"', "<", "&", "]]>", "<!--", "<?", "\u0000", "\u0007", "\ud800"), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
);

function doc(f: Form, path: string): Document {
  return { schemaVersion: 1, source: { path, sha256: "ab".repeat(32), kind: "text", pages: null }, forms: [f], diagnostics: [{ code: "unplaced-text", severity: "info", message: path, source: { text: path } }] };
}

// A formula sign (ASCII or full-width), possibly after white space; or a tab or CR first.
const formulaStart = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/;

describe("CSV: formula guard, for any text", () => {
  it("every text cell that starts like a formula gets a leading quote; the rest round-trip as is", () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, hostileText, (name, dept, level3, target, path) => {
        const f = form();
        f.projectName = name;
        f.department = dept;
        f.indicators[0]!.level3 = level3;
        f.indicators[0]!.target = target;
        const [header, row] = readCsv(serialiseCsv([doc(f, path)]).slice(1));
        const get = (col: string) => row![header!.indexOf(col)];
        for (const [col, v] of [["projectName", name], ["department", dept], ["level3", level3], ["target", target], ["path", path]] as const) {
          // a text already starting with ' gets one more, so stripping one always gives it back
          expect(get(col)).toBe(formulaStart.test(v) || v.startsWith("'") ? "'" + v : v);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("XML: every text escaped, for any text", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: false, isArray: (n) => ["document", "form", "indicator", "diagnostic"].includes(n) });

  it("the output is well-formed and every value reads back (characters XML forbids dropped)", () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, (name, level3, target, path) => {
        const f = form();
        f.projectName = name;
        f.indicators[0]!.level3 = level3;
        f.indicators[0]!.target = target;
        const xml = serialiseXml([doc(f, path)]);
        expect(XMLValidator.validate(xml)).toBe(true);
        const d = parser.parse(xml).jixiao.document[0];
        // XML parsers turn CR and CRLF into LF (XML 1.0 §2.11); nothing else may change.
        const back = (s: string) => xmlSafe(s).replace(/\r\n?/g, "\n");
        const text = (v: unknown) => (v === undefined ? "" : typeof v === "object" && v !== null ? String((v as Record<string, unknown>)["#text"] ?? "") : String(v));
        if (back(name) !== "") expect(text(d.form[0].projectName).replace(/\r\n?/g, "\n")).toBe(back(name));
        if (back(target) !== "") expect(text(d.form[0].indicators.indicator[0].target).replace(/\r\n?/g, "\n")).toBe(back(target));
        expect(String(d["@_path"]).replace(/\r\n?/g, "\n")).toBe(back(path));
      }),
      { numRuns: 300 },
    );
  });
});
