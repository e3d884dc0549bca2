/**
 * The workbench's routes on Hono: pages, the JSON API, the three static files and the page
 * pictures. Input is validated with the zod schemas before anything is done with it; a bad
 * request gets a clear message, an unexpected failure a generic one (the detail goes to the
 * server's log, never to the browser).
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { STYLES } from "../report/styles.js";
import { WORDS } from "../report/words.js";
import { REVIEW_JS } from "./client.js";
import { formPage } from "./form-page.js";
import { queuePage } from "./queue-page.js";
import { security, type SecuritySettings } from "./security.js";
import { REVIEW_CSS } from "./styles.js";
import { CorrectionInput, ReviewError, StatusInput, type Workbench } from "./workbench.js";

const SHA = "[0-9a-f]{64}";
const MAX_BODY = 64 * 1024;

export interface AppOptions {
  /** Where unexpected errors are logged (default: stderr). */
  log?: (s: string) => void;
  debug?: boolean;
}

export function createApp(bench: Workbench, sec: SecuritySettings, opts: AppOptions = {}): Hono {
  const w = bench.w;
  const rw = WORDS[bench.opts.lang ?? "zh"];
  const log = opts.log ?? ((s: string) => process.stderr.write(s));
  const app = new Hono();

  app.use("*", security(sec, () => w));
  app.use("/api/*", bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: w.errors.tooLarge }, 413) }));

  app.get("/static/review.js", (c) => c.body(REVIEW_JS, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/static/review.css", (c) => c.body(REVIEW_CSS, 200, { "content-type": "text/css; charset=utf-8" }));
  app.get("/static/report.css", (c) => c.body(STYLES, 200, { "content-type": "text/css; charset=utf-8" }));

  // browsers ask for it unbidden: an empty answer instead of a 404 in the console
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/", async (c) => c.html(queuePage(await bench.queue(), w, rw)));

  app.get(`/form/:sha{${SHA}}/:i{[0-9]{1,6}}`, async (c) => {
    const sha = c.req.param("sha");
    const index = Number(c.req.param("i"));
    const reviewed = await bench.form(sha, index);
    const queue = await bench.queue();
    const at = queue.findIndex((e) => e.sha256 === sha && e.form === index);
    const images = await bench.pageImages(sha);
    return c.html(formPage({ reviewed, index, images, prev: at > 0 ? queue[at - 1]! : null, next: at >= 0 && at + 1 < queue.length ? queue[at + 1]! : null }, w, rw));
  });

  // Only the pictures of the import's own originals (found by the index, checked by hash).
  app.get(`/page/:sha{${SHA}}/:n{[0-9]{1,4}\\.jpg}`, async (c) => {
    const n = Number.parseInt(c.req.param("n"), 10);
    const page = (await bench.pageImages(c.req.param("sha"))).find((p) => p.page === n);
    if (!page) return c.json({ error: w.errors.notFound }, 404);
    const bytes = Buffer.from(page.dataUrl.slice(page.dataUrl.indexOf(",") + 1), "base64");
    return c.body(bytes, 200, { "content-type": "image/jpeg", "cache-control": "private, max-age=3600" });
  });

  app.get("/api/queue", async (c) => c.json(await bench.queue()));

  app.get(`/api/forms/:sha{${SHA}}/:i{[0-9]{1,6}}`, async (c) => {
    const index = Number(c.req.param("i"));
    const r = await bench.form(c.req.param("sha"), index);
    return c.json({ form: r.doc.forms[index], status: r.forms[index]!.status, statusRecord: r.forms[index]!.statusRecord, history: r.forms[index]!.applied, stale: r.stale.filter((s) => s.record.form === index) });
  });

  app.post(`/api/forms/:sha{${SHA}}/:i{[0-9]{1,6}}/corrections`, async (c) => {
    const input = await body(c, CorrectionInput);
    const index = Number(c.req.param("i"));
    const r = await bench.correct(c.req.param("sha"), index, input);
    return c.json({ record: r.record, change: r.change, form: r.reviewed.doc.forms[index] }, 201);
  });

  app.post(`/api/forms/:sha{${SHA}}/:i{[0-9]{1,6}}/status`, async (c) => {
    const input = await body(c, StatusInput);
    return c.json({ record: await bench.setStatus(c.req.param("sha"), Number(c.req.param("i")), input) }, 201);
  });

  app.notFound((c) => c.json({ error: w.errors.notFound }, 404));
  app.onError((err, c) => {
    if (err instanceof ReviewError) return c.json({ error: err.message }, err.status);
    log(`jixiao serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${opts.debug ? (err.stack ?? err.message) : err.message}\n`);
    return c.json({ error: w.errors.internal }, 500);
  });

  /** The JSON body, validated: a clear 400 naming what is wrong. */
  async function body<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new ReviewError(400, w.errors.badJson);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const what = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
      throw new ReviewError(400, `${w.errors.badRequest}: ${what}`);
    }
    return parsed.data;
  }

  return app;
}
