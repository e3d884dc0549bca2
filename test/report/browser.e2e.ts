/**
 * The report in a real browser (Debian's chromium driven by playwright-core): a mixed batch —
 * the seed, a tampered copy whose totals do not add up, a generated text form, two text-layer
 * PDFs — is written with `jixiao report`, opened, and checked as an auditor would use it:
 * every form and finding visible, the filters, the sorting, choosing a finding. Screenshots go
 * to $REPORT_SHOTS (default: a temporary folder). Not part of `npm test`: run by
 * scripts/ci/browser-test.sh (`npx tsx test/report/browser.e2e.ts`).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { openChromium } from "../helpers/chromium.js";
import { main } from "../../src/cli/main.js";
import { parseFile } from "../../src/pipeline.js";
import type { Document } from "../../src/schema/index.js";
import { SEED, tamperedSeed } from "./fixtures.js";

const GENERATED = "fixtures/generated/delimited-tab/001.txt";
const PDF_WITH_FINDING = "fixtures/pdf/m02-shanghai-stsong-2p.pdf";
const PDF_EMBEDDED = "fixtures/pdf/p01-central-uming.pdf";

const work = mkdtempSync(join(tmpdir(), "jixiao-report-e2e-"));
const shots = resolve(process.env.REPORT_SHOTS ?? join(work, "shots"));
mkdirSync(shots, { recursive: true });

/** Forms each input holds, from ground truth (golden and truth files), not from the program. */
function truthForms(file: string): number {
  if (file === SEED || file.endsWith("tampered.txt")) return (JSON.parse(readFileSync(SEED.replace(/\.txt$/, ".expected.json"), "utf8")) as { forms: unknown[] }).forms.length;
  return (JSON.parse(readFileSync(file.replace(/\.(txt|pdf)$/, ".truth.json"), "utf8")) as unknown[]).length;
}

const tampered = join(work, "tampered.txt");
writeFileSync(tampered, tamperedSeed());
const inputs = [SEED, tampered, GENERATED, PDF_WITH_FINDING, PDF_EMBEDDED];
const out = join(work, "report.html");
const quiet = { out: () => {}, err: () => {}, isTTY: false };
assert.equal(await main(["report", ...inputs, "--out", out], quiet), 0, "jixiao report exits 0");

const docs: Document[] = [];
for (const f of inputs) docs.push(await parseFile(f));
const expectedForms = inputs.reduce((n, f) => n + truthForms(f), 0);
const allFindings = docs.flatMap((d) => d.forms.flatMap((f) => f.audit.findings));

const { context, page, problems, foreign: requests } = await openChromium((url) => url.startsWith("file:") || url.startsWith("data:"));
try {
  await page.goto(pathToFileURL(out).href);
  await page.waitForLoadState("load");

  await checkOverview(page);
  await checkEveryFormAndFinding(page);
  await checkPages(page);
  await checkFilters(page);
  await checkSorting(page);
  await checkChoosingFindings(page);

  assert.deepEqual(requests, [], "the report fetches nothing");
  assert.deepEqual(problems, [], "no script error, no CSP violation");
  console.log(`browser test passed: ${expectedForms} forms, ${allFindings.length} findings; screenshots in ${shots}`);
} finally {
  await context.close();
}

async function stat(page: Page, label: string): Promise<number> {
  return Number(await page.locator(`.card[data-stat="${label}"] b`).innerText());
}

async function checkOverview(page: Page): Promise<void> {
  assert.equal(await page.title(), "绩效自评表核查报告");
  assert.equal(await stat(page, "文件"), inputs.length);
  assert.equal(await stat(page, "自评表"), expectedForms);
  // Only the tampered copy's first form has an error (its 总分 says 97, its parts add to 95).
  assert.equal(await stat(page, "有错误"), 1);
  assert.equal(await stat(page, "通过（无错误）"), expectedForms - 1);
  assert.equal(await page.locator("figure.chart").count(), 2, "grade and execution-rate charts");
  const gradeBars = await page.locator("figure.chart").first().locator("g.bar text.value").allTextContents();
  assert.equal(gradeBars.map(Number).reduce((a, b) => a + b, 0), expectedForms, "every form counted once in the grade chart");
  await page.screenshot({ path: join(shots, "1-overview.png") });
}

async function checkEveryFormAndFinding(page: Page): Promise<void> {
  const sections = page.locator("section.form");
  assert.equal(await sections.count(), expectedForms);
  for (let i = 0; i < expectedForms; i++) assert.ok(await sections.nth(i).isVisible(), `form section ${i} visible`);
  assert.equal(await page.locator("#forms-table tbody tr").count(), expectedForms);
  const findings = page.locator("tr.finding");
  assert.equal(await findings.count(), allFindings.length);
  for (let i = 0; i < allFindings.length; i++) assert.ok(await findings.nth(i).isVisible(), `finding ${i} visible`);
  // Every finding placed on a cell of the paper table is marked there.
  const marks = await page.locator("a.mark").count();
  assert.equal(marks, await page.locator("tr.finding[data-cell]").count());
  assert.equal(await page.locator('tr.finding[data-rule="total-score"]').count(), 1);
  assert.match(await page.locator('tr.finding[data-rule="total-score"]').innerText(), /97[\s\S]*95/);
}

async function checkPages(page: Page): Promise<void> {
  for (const file of [PDF_WITH_FINDING, PDF_EMBEDDED]) {
    const docIndex = inputs.indexOf(file);
    const doc = docs[docIndex]!;
    const form = page.locator(`#f${docIndex}-0`);
    // merged cells repeat one box on every row they span: drawn once
    const boxed = new Set(Object.values(doc.forms[0]!.sources ?? {}).flatMap((s) => (s.bbox && s.page ? [`${s.page}:${s.bbox.join(",")}`] : []))).size;
    assert.ok(boxed > 0, `${file}: the reader gave cell boxes`);
    assert.equal(await form.locator("rect.box").count(), boxed, `${file}: every cell box drawn`);
    const pages = new Set(Object.values(doc.forms[0]!.sources ?? {}).map((s) => s.page));
    assert.equal(await form.locator("figure.page svg use").count(), pages.size, `${file}: a picture for every page`);
    // The picture really is there: the shared <image> has a size on the page.
    const img = await page.locator(`svg.svgdefs image[id^="pg-${doc.source.sha256.slice(0, 16)}-"]`).count();
    assert.equal(img, pages.size);
    const svgBox = await form.locator("figure.page svg").first().boundingBox();
    assert.ok(svgBox && svgBox.width > 200 && svgBox.height > 200, `${file}: page picture drawn at a readable size`);
  }
}

async function visibleRows(page: Page): Promise<number> {
  return page.locator("#forms-table tbody tr:visible").count();
}

async function checkFilters(page: Page): Promise<void> {
  await page.locator("#forms").scrollIntoViewIfNeeded();
  await page.selectOption('select[data-filter="rule"]', "total-score");
  assert.equal(await visibleRows(page), 1);
  assert.equal(await page.locator("#shown-count").innerText(), "1");
  assert.equal(await page.locator("section.form:visible").count(), 1, "the filter hides the other forms' sections");
  assert.equal(await page.locator("section.form:visible tr.finding[data-rule=total-score]").count(), 1);
  await page.screenshot({ path: join(shots, "2-filter-rule.png") });
  await page.selectOption('select[data-filter="rule"]', "");

  const clean = docs.flatMap((d) => d.forms).filter((f) => f.audit.findings.length === 0).length;
  await page.selectOption('select[data-filter="sev"]', "none");
  assert.equal(await visibleRows(page), clean);
  await page.selectOption('select[data-filter="sev"]', "warning");
  assert.equal(await visibleRows(page), docs.flatMap((d) => d.forms).filter((f) => f.audit.findings.some((x) => x.severity === "warning")).length);
  await page.selectOption('select[data-filter="sev"]', "");

  const generated = JSON.parse(readFileSync(GENERATED.replace(/\.txt$/, ".truth.json"), "utf8")) as { form: { department: string; year: number } }[];
  const dept = generated[0]!.form.department;
  await page.selectOption('select[data-filter="dept"]', dept);
  assert.equal(await visibleRows(page), generated.filter((g) => g.form.department === dept).length);
  await page.selectOption('select[data-filter="dept"]', "");
  await page.selectOption('select[data-filter="year"]', "2021");
  assert.equal(await visibleRows(page), 4, "the seed and its tampered copy are 2021 (golden file)");
  await page.selectOption('select[data-filter="year"]', "");
  assert.equal(await visibleRows(page), expectedForms);
}

async function checkSorting(page: Page): Promise<void> {
  const scoreCol = await page.locator("#forms-table thead th").allInnerTexts();
  const col = scoreCol.findIndex((t) => t.trim() === "总分");
  await page.locator("#forms-table thead th").nth(col).click();
  const asc = (await page.locator(`#forms-table tbody tr td:nth-child(${col + 1})`).allInnerTexts()).map(Number);
  assert.deepEqual(asc, [...asc].sort((a, b) => a - b), "sorted by 总分, ascending");
  await page.locator("#forms-table thead th").nth(col).click();
  const desc = (await page.locator(`#forms-table tbody tr td:nth-child(${col + 1})`).allInnerTexts()).map(Number);
  assert.deepEqual(desc, [...asc].reverse());
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const win = globalThis as unknown as { innerHeight: number; innerWidth: number };
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < win.innerHeight && r.right > 0 && r.left < win.innerWidth;
  });
}

async function checkChoosingFindings(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  const total = page.locator('tr.finding[data-rule="total-score"]');
  const cellId = (await total.getAttribute("data-cell"))!;
  await total.click();
  assert.ok(await inViewport(page, `#${cellId}`), "the chosen finding's cell is scrolled into view");
  assert.equal(await page.locator(`#${cellId}`).getAttribute("data-path"), "/total/score");
  assert.match((await page.locator(`#${cellId}`).getAttribute("class")) ?? "", /\bflash\b/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shots, "3-choose-total.png") });

  // On the PDF form the finding also has a box on page 2, inside the scrolling page pane.
  const docIndex = inputs.indexOf(PDF_WITH_FINDING);
  const f = page.locator(`#f${docIndex}-0 tr.finding[data-box]`).first();
  const boxId = (await f.getAttribute("data-box"))!;
  await f.click();
  await page.waitForTimeout(300);
  const seen = await page.locator(`#${boxId}`).evaluate((el) => {
    const win = globalThis as unknown as { innerHeight: number };
    const pane = el.closest(".pages")!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= pane.top && r.bottom <= pane.bottom && r.top >= 0 && r.bottom <= win.innerHeight;
  });
  assert.ok(seen, "the finding's box is in view inside the page pane");
  assert.match((await page.locator(`#${boxId}`).getAttribute("class")) ?? "", /\bsev-warning\b/);
  assert.ok(await inViewport(page, `#${(await f.getAttribute("data-cell"))!}`));
  await page.screenshot({ path: join(shots, "4-choose-pdf-finding.png") });
}
