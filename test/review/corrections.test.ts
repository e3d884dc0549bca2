/**
 * Corrections that last: stored append-only beside the import, applied by export, report and
 * parse --corrections, kept across a re-import, and stale when the value as read changed.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyReview } from "../../src/correct/apply.js";
import { appendRecord, readRecords, reviewDir, reviewFile } from "../../src/correct/store.js";
import { runCli } from "../helpers/run-cli.js";
import { correction, importFixtures, readDocument } from "./fixtures.js";

describe("applying corrections", () => {
  it("sets the value, marks it, and audits again: the misread 总分 no longer fails", async () => {
    const imp = await importFixtures();
    const doc = readDocument(imp.dir, imp.misread);
    expect(doc.forms[0]!.total.score).toBe(97);
    expect(doc.forms[0]!.audit.findings.map((f) => f.rule)).toContain("total-score");
    const r = applyReview(doc, [correction(0, "/total/score", 97, 95, { reason: "原件为 95" })]);
    const form = r.doc.forms[0]!;
    expect(form.total.score).toBe(95);
    expect(form.audit.ok).toBe(true);
    expect(form.audit.findings.map((f) => f.rule)).not.toContain("total-score");
    expect(form.sources!["/total/score"]!.corrected).toEqual({ from: "97", reason: "原件为 95", reviewer: "张三", at: "2026-12-01T10:00:00.000Z" });
    expect(form.audit.findings.find((f) => f.rule === "corrected-value")?.path).toBe("/total/score");
    expect(r.stale).toEqual([]);
    expect(doc.forms[0]!.total.score, "the Document read is not modified").toBe(97);
  });

  it("the last applicable record for a path wins, a correction of a correction applies, a status line sets the status", async () => {
    const imp = await importFixtures();
    const doc = readDocument(imp.dir, imp.misread);
    const r = applyReview(doc, [
      correction(0, "/total/score", 97, 96),
      correction(0, "/total/score", 96, 95, { reviewer: "李四" }),
      { at: "2026-12-01T11:00:00Z", reviewer: "李四", form: 0, status: "approved" as const },
    ]);
    expect(r.doc.forms[0]!.total.score).toBe(95);
    expect(r.doc.forms[0]!.sources!["/total/score"]!.corrected?.from).toBe("97");
    expect(r.doc.forms[0]!.sources!["/total/score"]!.corrected?.reviewer).toBe("李四");
    expect(r.forms[0]!.status).toBe("approved");
    expect(r.forms[1]!.status).toBe("unreviewed");
  });

  it("a top-level field (项目名称, 年度) is corrected like any other", async () => {
    const imp = await importFixtures();
    const doc = readDocument(imp.dir, imp.seed);
    const r = applyReview(doc, [correction(1, "/projectName", doc.forms[1]!.projectName, "科普资源平台建设（二期）"), correction(1, "/year", 2021, 2022)]);
    expect(r.stale).toEqual([]);
    expect(r.doc.forms[1]!.projectName).toBe("科普资源平台建设（二期）");
    expect(r.doc.forms[1]!.year).toBe(2022);
    expect(r.doc.forms[1]!.sources!["/year"]!.corrected?.from).toBe("2021");
  });

  it("two reviewers who saw the same value: both records apply in order, the last wins", async () => {
    const imp = await importFixtures();
    const doc = readDocument(imp.dir, imp.misread);
    const r = applyReview(doc, [correction(0, "/total/score", 97, 96, { reviewer: "甲" }), correction(0, "/total/score", 97, 94, { reviewer: "乙" }), correction(0, "/total/score", 96, 95, { reviewer: "丙" })]);
    expect(r.stale).toEqual([]);
    expect(r.doc.forms[0]!.total.score).toBe(95);
    expect(r.forms[0]!.applied.map((x) => x.reviewer)).toEqual(["甲", "乙", "丙"]);
  });

  it("a correction whose from no longer matches the value as read is stale: not applied, reported", async () => {
    const imp = await importFixtures();
    const doc = readDocument(imp.dir, imp.misread);
    const r = applyReview(doc, [correction(0, "/total/score", 98, 95), correction(0, "/indicators/999/score", 1, 2), correction(5, "/year", 2021, 2022), correction(0, "/total/score", 97, "九十五")]);
    expect(r.doc.forms[0]!.total.score).toBe(97);
    expect(r.stale.map((s) => s.reason).sort()).toEqual(["changed", "no-such-form", "no-such-value", "wrong-type"]);
    expect(r.stale.find((s) => s.reason === "changed")!.asRead).toBe(97);
  });

  it("a changed target is parsed again, so indicator-score follows it", async () => {
    const imp = await importFixtures();
    const doc = readDocument(imp.dir, imp.seed);
    const i = doc.forms[1]!.indicators.findIndex((x) => x.target === "≥85%");
    expect(doc.forms[1]!.audit.findings.some((f) => f.path === `/indicators/${i}/score`)).toBe(true);
    const r = applyReview(doc, [correction(1, `/indicators/${i}/target`, "≥85%", "≥100%")]);
    // 10 × 50 ÷ 100 = 5, the score printed
    expect(r.doc.forms[1]!.indicators[i]!.targetParsed).toMatchObject({ kind: "quantity", value: 100 });
    expect(r.doc.forms[1]!.audit.findings.some((f) => f.path === `/indicators/${i}/score`)).toBe(false);
  });
});

describe("the review file", () => {
  it("is append-only JSON lines; a torn last line is skipped and the next record starts on its own line", async () => {
    const imp = await importFixtures();
    const file = reviewFile(reviewDir(imp.dir), imp.misread);
    await appendRecord(file, correction(0, "/total/score", 97, 96));
    appendFileSync(file, '{"at":"2026-12-01T10:00:00Z","reviewer":"x","fo'); // a server killed mid-write
    await appendRecord(file, correction(0, "/total/score", 96, 95));
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.filter((l) => l.startsWith("{")).length).toBe(3);
    const read = await readRecords(file);
    expect(read.records.length).toBe(2);
    expect(read.bad).toBe(1);
  });

  it("refuses a record the contract does not allow, and a file name that is not a sha256", async () => {
    const imp = await importFixtures();
    const file = reviewFile(reviewDir(imp.dir), imp.misread);
    await expect(appendRecord(file, { ...correction(0, "total/score", 97, 95) })).rejects.toThrow();
    expect(() => reviewFile(reviewDir(imp.dir), "../index")).toThrow(/sha256/);
  });
});

describe("export, report and parse apply the corrections", () => {
  it("export JSONL and CSV carry the corrected value; the Document file is never rewritten", async () => {
    const imp = await importFixtures();
    const before = readFileSync(join(imp.dir, `${imp.misread}.json`), "utf8");
    await appendRecord(reviewFile(reviewDir(imp.dir), imp.misread), correction(0, "/total/score", 97, 95, { reason: "原件为 95" }));
    const out = join(imp.root, "out.jsonl");
    const r = await runCli("export", imp.dir, "--format", "jsonl", "--out", out);
    expect(r.code).toBe(0);
    const docs = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const misread = docs.find((d) => d.source.sha256 === imp.misread);
    expect(misread.forms[0].total.score).toBe(95);
    expect(misread.forms[0].audit.ok).toBe(true);
    expect(misread.forms[0].sources["/total/score"].corrected.reviewer).toBe("张三");
    const csv = join(imp.root, "out.csv");
    expect((await runCli("export", imp.dir, "--format", "csv", "--level", "form", "--out", csv)).code).toBe(0);
    const row = readFileSync(csv, "utf8").split("\r\n").find((l) => l.includes(imp.misread) && l.includes(",0,project,"))!;
    // totalScore 95, auditOk true … and one info finding: the corrected value
    expect(row).toContain(",100,95,true,优,100,95,100,10,0,0,1");
    expect(readFileSync(join(imp.dir, `${imp.misread}.json`), "utf8")).toBe(before);
  });

  it("report shows the corrected form without its error", async () => {
    const imp = await importFixtures();
    await appendRecord(reviewFile(reviewDir(imp.dir), imp.misread), correction(0, "/total/score", 97, 95));
    const out = join(imp.root, "r.html");
    expect((await runCli("report", imp.dir, "--out", out, "--no-pages")).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toContain('data-rule="total-score"');
    expect(html).toContain("corrected-value");
  });

  it("parse --corrections DIR applies them to a fresh reading and reports a stale one", async () => {
    const imp = await importFixtures();
    const file = reviewFile(reviewDir(imp.dir), imp.misread);
    await appendRecord(file, correction(0, "/total/score", 97, 95));
    await appendRecord(file, correction(0, "/total/weight", 90, 100));
    const misreadPath = join(imp.root, "inputs", "misread.txt");
    for (const dir of [imp.dir, reviewDir(imp.dir)]) {
      const r = await runCli("parse", misreadPath, "--corrections", dir);
      expect(r.code).toBe(0);
      const [doc] = JSON.parse(r.out);
      expect(doc.forms[0].total.score).toBe(95);
      expect(doc.forms[0].total.weight).toBe(100);
      expect(r.err).toMatch(/总分·分值.*已过时/);
    }
    const en = await runCli("parse", misreadPath, "--corrections", imp.dir, "--lang", "en");
    expect(en.err).toMatch(/stale correction to 100 .*made against 90, the value is now read as 100/);
    expect((await runCli("parse", misreadPath, "--corrections", join(imp.root, "nope"))).code).toBe(2);
  });
});

describe("re-import", () => {
  it("keeps the corrections; one whose value as read has changed is flagged stale by export", async () => {
    const imp = await importFixtures();
    await appendRecord(reviewFile(reviewDir(imp.dir), imp.misread), correction(0, "/total/score", 97, 95));
    // import again from scratch into the same folder: Documents and index rewritten, review/ kept
    rmSync(join(imp.dir, "index.jsonl"));
    rmSync(join(imp.dir, `${imp.misread}.json`));
    expect((await runCli("import", join(imp.root, "inputs"), "--out", imp.dir, "--jobs", "1")).code).toBe(0);
    const out = join(imp.root, "again.jsonl");
    const r1 = await runCli("export", imp.dir, "--format", "jsonl", "--out", out);
    expect(r1.err).not.toMatch(/过时/);
    expect(readFileSync(out, "utf8")).toContain('"corrected":{"from":"97"');
    // a newer reader now reads 96 there: the correction made against 97 must not land on it
    const doc = JSON.parse(readFileSync(join(imp.dir, `${imp.misread}.json`), "utf8"));
    doc.forms[0].total.score = 96;
    writeFileSync(join(imp.dir, `${imp.misread}.json`), JSON.stringify(doc));
    const r2 = await runCli("export", imp.dir, "--format", "jsonl", "--out", out);
    expect(r2.code).toBe(0);
    expect(r2.err).toMatch(/总分·得分.*更正为 95 已过时.*原值为 97，现在读作 96/);
    const again = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l)).find((d) => d.source.sha256 === imp.misread);
    expect(again.forms[0].total.score).toBe(96);
  });
});

