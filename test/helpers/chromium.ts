/**
 * Debian's chromium driven by playwright-core, as the browser tests start it (never a downloaded
 * browser): a fresh profile, no background traffic, and a page that records every script error,
 * console warning and request, so a test can assert there were none it did not expect.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export interface WatchedBrowser {
  context: BrowserContext;
  page: Page;
  /** Script errors, console errors and warnings (a CSP violation is one). */
  problems: string[];
  /** URLs requested that `local` did not accept. */
  foreign: string[];
}

export async function openChromium(local: (url: string) => boolean): Promise<WatchedBrowser> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "jixiao-chromium-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1440, height: 960 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (!local(r.url())) foreign.push(r.url());
  });
  return { context, page, problems, foreign };
}
