import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseFile } from "../../src/pipeline.js";
import { buildReport } from "../../src/report/build.js";
import type { Document } from "../../src/schema/index.js";
import { SEED, tamperedSeed } from "./fixtures.js";
import { all, attr, byId, hasClass, parseHtml, textOf, walk } from "./helpers.js";

// The golden file is checked by hand: two forms of 上海市科学技术协会 (2021), one warning
// (indicator-score on /indicators/5/score, reported 5, recomputed 5.88).
const golden = JSON.parse(readFileSync("fixtures/seed/000_2ddec0f555d76dd0.expected.json", "utf8")) as { forms: Document["forms"] };

async function seedDocs(): Promise<Document[]> {
  return [await parseFile(SEED), await parse(tamperedSeed(), { path: "tampered.txt" })];
}

describe("buildReport", () => {
  it("shows every form and every finding of the seed, on its cell, reported against recomputed", async () => {
    const doc = await parseFile(SEED);
    const tree = parseHtml(buildReport([doc]));
    const sections = all(tree, (e) => e.tagName === "section" && hasClass(e, "form"));
    expect(sections).toHaveLength(golden.forms.length);
    const rows = all(tree, (e) => e.tagName === "tr" && attr(e, "data-form") !== undefined);
    expect(rows).toHaveLength(golden.forms.length);
    const expected = golden.forms.flatMap((f) => f.audit.findings);
    const findings = all(tree, (e) => e.tagName === "tr" && hasClass(e, "finding"));
    expect(findings.map((f) => [attr(f, "data-rule"), attr(f, "data-path")])).toEqual(expected.map((f) => [f.rule, f.path]));
    const cell = byId(tree, attr(findings[0]!, "data-cell")!)!;
    expect(attr(cell, "data-path")).toBe("/indicators/5/score");
    expect(hasClass(cell, "sev-warning")).toBe(true);
    expect(textOf(cell)).toContain("5.88");
    expect(textOf(cell)).toMatch(/报告 5 · 复核 5\.88/);
  });

  it("counts forms, errors and grades in the overview", async () => {
    const tree = parseHtml(buildReport(await seedDocs()));
    const stat = (label: string): string => textOf(all(tree, (e) => attr(e, "data-stat") === label)[0]!).replace(label, "");
    expect(stat("自评表")).toBe("4");
    expect(stat("有错误")).toBe("1"); // the tampered first form
    expect(stat("通过（无错误）")).toBe("3");
    expect(stat("有警告")).toBe("2"); // the second form of each copy
    const gradeBars = all(tree, (e) => e.tagName === "g" && hasClass(e, "bar") && hasClass(e, "g-优"));
    expect(textOf(gradeBars[0]!)).toContain("4");
    const dept = all(tree, (e) => e.tagName === "table" && hasClass(e, "group"))[0]!;
    expect(textOf(dept)).toContain("上海市科学技术协会4");
  });

  it("marks a total that does not add up on the 总分 cell", async () => {
    const [, tampered] = await seedDocs();
    const tree = parseHtml(buildReport([tampered!]));
    const f = all(tree, (e) => hasClass(e, "finding") && attr(e, "data-rule") === "total-score");
    expect(f).toHaveLength(1);
    const cell = byId(tree, attr(f[0]!, "data-cell")!)!;
    expect(attr(cell, "data-path")).toBe("/total/score");
    expect(hasClass(cell, "sev-error")).toBe(true);
    expect(textOf(cell)).toContain("报告 97 · 复核 95");
    const row = all(tree, (e) => attr(e, "data-form") === "f0-0")[0]!;
    expect(attr(row, "data-rule")!.split(" ")).toContain("total-score");
    expect(attr(row, "data-sev")!.split(" ")).toContain("error");
  });

  it("merges 一级 and 二级 by rowspan as on the paper form", async () => {
    const doc = await parseFile(SEED);
    const tree = parseHtml(buildReport([doc]));
    const form = byId(tree, "f0-1")!;
    // 科普资源平台建设: 产出指标 over three rows, 效益指标 over two, 满意度指标 one (golden file).
    const l1 = all(form, (e) => e.tagName === "td" && /^\/indicators\/\d+\/level1$/.test(attr(e, "data-path") ?? ""));
    const spans = golden.forms[1]!.indicators.reduce<[string | null, number][]>((acc, ind) => {
      const last = acc[acc.length - 1];
      if (last && last[0] === ind.level1) last[1]++;
      else acc.push([ind.level1, 1]);
      return acc;
    }, []);
    expect(l1.map((e) => [textOf(e), Number(attr(e, "rowspan") ?? 1)])).toEqual(spans);
  });

  it("escapes a form's text: no script, no handler, no element comes from a Document", async () => {
    const doc = await parseFile(SEED);
    const evil = "<script>alert(1)</script>";
    const form = doc.forms[0]!;
    form.projectName = evil;
    form.department = `"><img src=x onerror=alert(2)>`;
    form.indicators[0]!.level3 = "</td></tr></table><svg onload=alert(3)>";
    form.audit.findings.push({ rule: "total-score", severity: "error", path: "/total/score", message: "</script><script>alert(4)</script>", reported: "<b>", expected: 1 });
    doc.source.path = "a'b\"<i>.txt";
    const html = buildReport([doc]);
    const tree = parseHtml(html);
    const scripts = all(tree, (e) => e.tagName === "script");
    expect(scripts).toHaveLength(1);
    expect(textOf(scripts[0]!)).not.toContain("alert");
    expect(all(tree, (e) => e.tagName === "img")).toHaveLength(0);
    expect(all(tree, (e) => e.tagName === "i")).toHaveLength(0);
    expect(all(tree, (e) => e.attrs.some((a) => a.name.startsWith("on")))).toHaveLength(0);
    expect(all(tree, (e) => e.tagName === "svg").every((s) => attr(s, "onload") === undefined)).toBe(true);
    expect(textOf(byId(tree, "f0-0")!)).toContain(evil);
    expect(all(tree, (e) => attr(e, "data-dept") === `"><img src=x onerror=alert(2)>`)).not.toHaveLength(0);
  });

  it("fetches nothing: every link is a fragment or a data URL, and the CSP pins the inline script and style", async () => {
    const html = buildReport(await seedDocs(), {
      pageImages: new Map([["0".repeat(64), [{ page: 1, width: 10, height: 10, dataUrl: "data:image/jpeg;base64,AAAA" }]]]),
    });
    const tree = parseHtml(html);
    for (const el of walk(tree)) {
      for (const a of el.attrs) {
        if (["href", "src", "xlink:href", "action", "srcset", "poster"].includes(a.name)) expect(a.value).toMatch(/^(#|data:image\/)/);
      }
    }
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const csp = attr(all(tree, (e) => e.tagName === "meta" && attr(e, "http-equiv") === "Content-Security-Policy")[0]!, "content")!;
    expect(csp).toContain("default-src 'none'");
    const hash = (s: string): string => "sha256-" + createHash("sha256").update(s).digest("base64");
    expect(csp).toContain(`script-src '${hash(textOf(all(tree, (e) => e.tagName === "script")[0]!))}'`);
    expect(csp).toContain(`style-src '${hash(textOf(all(tree, (e) => e.tagName === "style")[0]!))}'`);
  });

  it("lists a file that could not be read, with its reason", async () => {
    const doc = await parseFile("/no/such/file.txt");
    const tree = parseHtml(buildReport([doc], { lang: "en" }));
    expect(textOf(byId(tree, "doc-0")!)).toContain("unreadable-file");
    expect(textOf(all(tree, (e) => attr(e, "data-stat") === "Unreadable files")[0]!)).toContain("1");
  });
});

describe("ids", () => {
  it("are unique, so choosing a finding finds one cell", async () => {
    const tree = parseHtml(buildReport([await parseFile(SEED)]));
    const ids = all(tree, (e) => attr(e, "id") !== undefined).map((e) => attr(e, "id"));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
