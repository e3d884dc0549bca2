/**
 * The workbench in a real browser (Debian's chromium driven by playwright-core), as a reviewer
 * uses it: `jixiao import` of a batch (the seed, a copy whose 总分 was misread as 97, a
 * text-layer PDF), `jixiao serve`, the printed link opened; the queue puts the misread form
 * first; with the keyboard alone the reviewer opens it, goes to the finding, corrects 97 to 95,
 * sees the finding disappear, approves, reloads — and `jixiao export` has the correction.
 * Screenshots go to $REVIEW_SHOTS (default: a temporary folder; docs/review/ for the docs).
 * Not part of `npm test`: run by scripts/ci/review-browser-test.sh.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { openChromium } from "../helpers/chromium.js";
import { main } from "../../src/cli/main.js";
import { startServer } from "../../src/review/serve.js";
import { SEED, tamperedSeed } from "../report/fixtures.js";

const PDF = "fixtures/pdf/m02-shanghai-stsong-2p.pdf";
const REVIEWER = "李审核";

const work = mkdtempSync(join(tmpdir(), "jixiao-review-e2e-"));
const shots = resolve(process.env.REVIEW_SHOTS ?? join(work, "shots"));
mkdirSync(shots, { recursive: true });
const inputs = join(work, "inputs");
mkdirSync(inputs);
writeFileSync(join(inputs, "misread.txt"), tamperedSeed());
writeFileSync(join(inputs, "seed.txt"), readFileSync(SEED));
writeFileSync(join(inputs, "m02.pdf"), readFileSync(PDF));
const dir = join(work, "import");
const quiet = { out: () => {}, err: () => {}, isTTY: false };
assert.equal(await main(["import", inputs, "--out", dir, "--jobs", "1"], quiet), 0, "jixiao import exits 0");

// forms from ground truth, not from the program
const seedForms = (JSON.parse(readFileSync(SEED.replace(/\.txt$/, ".expected.json"), "utf8")) as { forms: unknown[] }).forms.length;
const pdfForms = (JSON.parse(readFileSync(PDF.replace(/\.pdf$/, ".truth.json"), "utf8")) as unknown[]).length;
const expectedForms = 2 * seedForms + pdfForms;

const server = await startServer(dir, { host: "127.0.0.1", port: 0, reviewer: "ci", lang: "zh" });
const { context, page, problems, foreign } = await openChromium((url) => url.startsWith(server.origin));
try {
  await page.goto(server.url);
  assert.equal(new URL(page.url()).search, "", "the token leaves the address bar");
  await checkQueue(page);
  await page.locator("#reviewer").fill(REVIEWER);
  await page.locator("#reviewer").dispatchEvent("change");
  await correctWithKeyboard(page);
  await checkPdfForm(page);
  await checkExport();

  assert.deepEqual(foreign, [], "the pages fetch nothing from elsewhere");
  assert.deepEqual(problems, [], "no script error, no CSP violation");
  console.log(`review browser test passed: ${expectedForms} forms; screenshots in ${shots}`);
} finally {
  await context.close();
  await server.close();
}

async function checkQueue(page: Page): Promise<void> {
  assert.equal(await page.title(), "待复核队列 · 绩效自评表复核");
  const rows = page.locator("#queue tbody tr");
  assert.equal(await rows.count(), expectedForms);
  const first = rows.first();
  assert.match(await first.innerText(), /1 个错误/, "the misread form is first, for its error");
  assert.match(await first.innerText(), /misread\.txt #1/);
  // the report's filters
  await page.selectOption('select[data-filter="rule"]', "total-score");
  assert.equal(await page.locator("#queue tbody tr:visible").count(), 1);
  await page.selectOption('select[data-filter="rule"]', "");
  await page.selectOption('select[data-filter="year"]', "2021");
  assert.equal(await page.locator("#queue tbody tr:visible").count(), 2 * seedForms);
  await page.selectOption('select[data-filter="year"]', "");
  assert.equal(await page.locator("#shown-count").innerText(), String(expectedForms));
  await page.screenshot({ path: join(shots, "queue.png") });
}

async function correctWithKeyboard(page: Page): Promise<void> {
  await page.locator("header.top h1").click(); // out of the reviewer field: keys go to the queue
  await page.keyboard.press("j");
  await Promise.all([page.waitForURL(/\/form\//), page.keyboard.press("Enter")]);
  await page.waitForLoadState("load");
  assert.equal(await page.locator('tr.finding[data-rule="total-score"]').count(), 1, "the misread form has its total-score finding");
  // the first finding is chosen on arrival: the inspector shows 总分·得分 as read
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  assert.equal(await page.locator("#value-panel h3").innerText(), "总分·得分");
  assert.equal(await page.locator("#value-now").innerText(), "97");
  assert.equal(await page.locator("#value-read").innerText(), "97");
  assert.match(await page.locator("#value-panel ul.here").innerText(), /total-score/);
  await page.keyboard.press("e");
  assert.equal(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id), "edit-to");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("95");
  await page.keyboard.press("Tab");
  await page.keyboard.type("与原件核对");
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
  await page.locator("#change").waitFor({ state: "visible" });
  assert.match(await page.locator("#change .resolved").innerText(), /total-score \/total\/score/, "the change says the finding is resolved");
  assert.equal(await page.locator('tr.finding[data-rule="total-score"]').count(), 0, "the finding is gone");
  assert.equal(await page.locator('td[data-path="/total/score"]').evaluate((el) => (el.firstChild?.textContent ?? "").trim()), "95");
  assert.match(await page.locator("#value-panel ul.history").innerText(), new RegExp(`${REVIEWER} · 97 → 95 · 与原件核对`));
  assert.match(await page.locator("header.top").innerText(), /通过（无错误）/);
  await page.screenshot({ path: join(shots, "corrected.png") });

  await Promise.all([page.waitForEvent("load"), page.keyboard.press("a")]);
  assert.equal(await page.locator(".status-actions .status").getAttribute("data-status"), "approved");
  await page.reload();
  assert.equal(await page.locator(".status-actions .status").getAttribute("data-status"), "approved", "approval survives a reload");
  assert.equal(await page.locator('tr.finding[data-rule="total-score"]').count(), 0, "the correction survives a reload");
  await page.keyboard.press("q");
  await page.waitForURL(`${server.origin}/`);
  const last = page.locator("#queue tbody tr").last();
  assert.equal(await last.getAttribute("data-status"), "approved", "approved forms go to the end of the queue");
  assert.match(await last.innerText(), /misread\.txt #1/);
}

async function checkPdfForm(page: Page): Promise<void> {
  const row = page.locator("#queue tbody tr", { hasText: "m02.pdf" }).first();
  await Promise.all([page.waitForURL(/\/form\//), row.click()]);
  await page.waitForLoadState("load");
  const figures = page.locator(".pages figure.page");
  assert.ok((await figures.count()) >= 1, "the page picture is beside the form");
  const boxes = await page.locator(".pages rect.box").count();
  assert.ok(boxes > 20, `every cell's box is drawn (${boxes})`);
  const img = page.locator("svg.svgdefs image").first();
  const href = (await img.getAttribute("href"))!;
  const res = await page.request.get(new URL(href, server.origin).href);
  assert.equal(res.headers()["content-type"], "image/jpeg");
  assert.ok((await res.body()).length > 10_000, "the page picture is a real rendering");
  // choosing a finding shows its source and the page crop around its box
  const finding = page.locator("tr.finding").first();
  await finding.click();
  assert.ok(await page.locator("#value-panel svg.crop use").count(), "the inspector shows the page crop");
  assert.match(await page.locator("#value-panel dl").innerText(), /第 \d+ 页/);
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shots, "form.png") });
}

async function checkExport(): Promise<void> {
  const out = join(work, "export.jsonl");
  assert.equal(await main(["export", dir, "--format", "jsonl", "--out", out], quiet), 0);
  const docs = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { source: { path: string }; forms: { total: { score: number }; audit: { ok: boolean }; sources: Record<string, { corrected?: { from: string; reviewer?: string; reason: string } }> }[] });
  const misread = docs.find((d) => d.source.path.endsWith("misread.txt"))!;
  assert.equal(misread.forms[0]!.total.score, 95, "export has the corrected value");
  assert.equal(misread.forms[0]!.audit.ok, true);
  assert.deepEqual({ ...misread.forms[0]!.sources["/total/score"]!.corrected, at: undefined }, { from: "97", reason: "与原件核对", reviewer: REVIEWER, at: undefined });
  const review = readFileSync(join(dir, "review", `${JSON.parse(readFileSync(join(dir, "index.jsonl"), "utf8").split("\n").find((l) => l.includes("misread.txt"))!).sha256}.jsonl`), "utf8").trim().split("\n");
  assert.equal(review.length, 2, "one correction and one status line");
}
