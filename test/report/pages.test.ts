import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { parse, parseFile } from "../../src/pipeline.js";
import { buildReport } from "../../src/report/build.js";
import { readImportDir } from "../../src/report/load.js";
import { renderPageImages } from "../../src/report/page-images.js";
import type { Document } from "../../src/schema/index.js";
import { all, attr, byId, hasClass, parseHtml, textOf } from "./helpers.js";

import { SEED } from "./fixtures.js";

/** The seed with boxes on a page, as a PDF or scan reader would give them; one OCR value unsure. */
async function boxedSeed(): Promise<Document> {
  const doc = await parseFile(SEED);
  const form = doc.forms[1]!;
  form.sources = {
    "/indicators/5/score": { text: "5", page: 1, bbox: [400, 700, 430, 720] },
    "/indicators/5/weight": { text: "10", page: 1, bbox: [370, 700, 400, 720], confidence: 0.42 },
    "/total/score": { text: "95", page: 2, bbox: [400, 100, 430, 120] },
    // a merged 一级 cell, the source of both rows it spans
    "/indicators/3/level1": { text: "效益指标", page: 1, bbox: [40, 600, 80, 660] },
    "/indicators/4/level1": { text: "效益指标", page: 1, bbox: [40, 600, 80, 660] },
  };
  return doc;
}

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), isTTY: false }, out, err };
};

describe("page view", () => {
  it("draws every boxed cell, the failing one by severity, the unsure one dashed, on a blank page without a picture", async () => {
    const doc = await boxedSeed();
    const tree = parseHtml(buildReport([doc]));
    const form = byId(tree, "f0-1")!;
    const boxes = all(form, (e) => e.tagName === "rect" && hasClass(e, "box"));
    expect(boxes).toHaveLength(4);
    const failing = boxes.filter((b) => hasClass(b, "sev-warning"));
    expect(failing.map((b) => [attr(b, "x"), attr(b, "y"), attr(b, "width"), attr(b, "height")])).toEqual([["400", "700", "30", "20"]]);
    expect(boxes.filter((b) => hasClass(b, "lowconf"))).toHaveLength(1);
    const finding = all(form, (e) => hasClass(e, "finding"))[0]!;
    expect(attr(finding, "data-box")).toBe(attr(failing[0]!, "id"));
    // the cell of the unsure value says so
    expect(textOf(byId(tree, attr(boxes.find((b) => hasClass(b, "lowconf"))!, "data-cell")!)!)).toContain("识别置信度 42%");
    expect(all(form, (e) => e.tagName === "figure" && hasClass(e, "page"))).toHaveLength(2);
    expect(all(form, (e) => e.tagName === "rect" && hasClass(e, "blank"))).toHaveLength(2);
  });

  it("draws a seal and handwriting the reader dropped where they were, dashed, with their message", async () => {
    const doc = await boxedSeed();
    doc.diagnostics.push(
      { code: "seal", severity: "info", message: "第 1 页有红色印章", source: { text: "", page: 1, bbox: [380, 650, 500, 770] } },
      { code: "handwriting", severity: "info", message: "第 2 页有蓝色手写笔迹", source: { text: "", page: 2, bbox: [300, 130, 400, 150] } },
    );
    const form = byId(parseHtml(buildReport([doc])), "f0-1")!;
    const marks = all(form, (e) => e.tagName === "rect" && hasClass(e, "mark"));
    expect(marks.map((m) => [hasClass(m, "mark-seal") ? "seal" : "handwriting", attr(m, "x"), attr(m, "y"), attr(m, "width"), attr(m, "height")])).toEqual([
      ["seal", "380", "650", "120", "120"],
      ["handwriting", "300", "130", "100", "20"],
    ]);
    expect(textOf(marks[0]!)).toContain("红色印章");
  });

  it("puts a page picture in once and refers to it from the form", async () => {
    const doc = await boxedSeed();
    const dataUrl = "data:image/jpeg;base64,/9j/AAAA";
    const tree = parseHtml(buildReport([doc, doc], { pageImages: new Map([[doc.source.sha256, [{ page: 1, width: 595, height: 842, dataUrl }]]]) }));
    const images = all(tree, (e) => e.tagName === "image");
    expect(images).toHaveLength(1);
    expect(attr(images[0]!, "href")).toBe(dataUrl);
    const uses = all(tree, (e) => e.tagName === "use");
    expect(uses).toHaveLength(2);
    expect(uses.every((u) => attr(u, "href") === `#${attr(images[0]!, "id")}`)).toBe(true);
  });

  it("renders the PDF page a form was read from at its size in points", async () => {
    const bytes = readFileSync("fixtures/pdf/p01-central-uming.pdf");
    const doc = await parse(bytes, { path: "p01.pdf" });
    const pages = await renderPageImages(doc, bytes);
    expect(pages.map((p) => p.page)).toEqual([1]);
    const p = pages[0]!;
    // Chromium printed the fixture on A4 portrait: 595 × 842 points.
    expect(Math.round(p.width)).toBe(595);
    expect(Math.round(p.height)).toBe(842);
    expect(p.dataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    for (const s of Object.values(doc.forms[0]!.sources ?? {})) {
      if (!s.bbox) continue;
      expect(s.bbox[2]).toBeLessThanOrEqual(p.width);
      expect(s.bbox[3]).toBeLessThanOrEqual(p.height);
    }
  }, 30_000);
});

describe("import folders and the command", () => {
  it("reads an import folder in index order, rejecting what is not a Document", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-report-"));
    const a = await parseFile(SEED);
    const b = await parse("not a form", { path: "b.txt" });
    writeFileSync(join(dir, `${a.source.sha256}.json`), JSON.stringify(a));
    writeFileSync(join(dir, `${b.source.sha256}.json`), JSON.stringify(b));
    writeFileSync(join(dir, `${"f".repeat(64)}.json`), "{\"schemaVersion\": 2}");
    writeFileSync(join(dir, "index.jsonl"), [b, a].map((d) => JSON.stringify({ path: d.source.path, sha256: d.source.sha256 })).join("\n") + "\n{\"torn");
    const read = await readImportDir(dir);
    expect(read.docs.map((d) => d.source.path)).toEqual(["b.txt", SEED]);
    expect(read.rejected).toHaveLength(1);

    const out = join(dir, "r.html");
    const t = io();
    expect(await main(["report", dir, "--out", out], t.io)).toBe(0);
    const tree = parseHtml(readFileSync(out, "utf8"));
    expect(all(tree, (e) => e.tagName === "section" && hasClass(e, "form"))).toHaveLength(2);
  });

  it("exits 2 when nothing was readable, and on a missing --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-report-"));
    const t = io();
    expect(await main(["report", "/no/such/file.pdf", "--out", join(dir, "r.html")], t.io)).toBe(2);
    expect(t.err.join("")).toContain("文件不存在");
    expect(await main(["report", SEED], io().io)).toBe(2);
    expect(existsSync(join(dir, "x.html"))).toBe(false);
    expect(await main(["report", SEED, "/no/such/file.pdf", "--out", join(dir, "x.html"), "--lang", "en"], io().io)).toBe(0);
    expect(readFileSync(join(dir, "x.html"), "utf8")).toContain('lang="en"');
  });
});
