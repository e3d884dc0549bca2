/**
 * The workbench's HTTP API as the browser (and an attacker) would call it, in process through
 * Hono's request(): the queue, correcting a value and seeing the finding go, approving,
 * the safety checks, clear errors, and two servers writing the same review file at once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/review/app.js";
import { TOKEN_COOKIE, type SecuritySettings } from "../../src/review/security.js";
import { Workbench } from "../../src/review/workbench.js";
import { readRecords, reviewDir, reviewFile } from "../../src/correct/store.js";
import { importFixtures, type Imported } from "./fixtures.js";

const TOKEN = "t".repeat(48);
const ORIGIN = "http://127.0.0.1:8470";

async function server(imp: Imported, host = "127.0.0.1", reviewer = "王五") {
  const bench = new Workbench(imp.dir, { reviewer, lang: "zh" });
  await bench.load();
  const sec: SecuritySettings = { token: TOKEN, host, port: 8470 };
  const logged: string[] = [];
  const app = createApp(bench, sec, { log: (s) => logged.push(s) });
  const origin = host === "127.0.0.1" ? ORIGIN : `http://${host}:8470`;
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`${origin}${path}`, { headers });
  const post = (path: string, body: unknown, headers: Record<string, string> = { origin, cookie: `${TOKEN_COOKIE}=${TOKEN}` }) =>
    app.request(`${origin}${path}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
  return { app, bench, get, post, logged, origin };
}

describe("the queue", () => {
  it("lists every form, those needing review first, with why", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    const res = await s.get("/api/queue");
    expect(res.status).toBe(200);
    const q = (await res.json()) as { sha256: string; form: number; reasons: { errors: number }; status: string }[];
    expect(q.length).toBe(4);
    expect(q[0]).toMatchObject({ sha256: imp.misread, form: 0, status: "unreviewed" });
    expect(q[0]!.reasons.errors).toBe(1);
    const page = await (await s.get("/")).text();
    expect(page).toContain("共 4 张表，其中 1 张需要复核");
    expect(page.indexOf(`/form/${imp.misread}/0`)).toBeLessThan(page.indexOf(`/form/${imp.seed}/0`));
  });
});

describe("correcting a value", () => {
  it("re-runs the audit, says what changed, stores one contract record, and the form page shows it", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    const before = (await (await s.get(`/api/forms/${imp.misread}/0`)).json()) as { form: { audit: { findings: { rule: string }[] } } };
    expect(before.form.audit.findings.map((f) => f.rule)).toContain("total-score");
    const res = await s.post(`/api/forms/${imp.misread}/0/corrections`, { path: "/total/score", to: 95, expect: 97, reason: "原件为 95" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { change: { resolved: { rule: string }[]; added: { rule: string }[] }; form: { total: { score: number }; audit: { ok: boolean } } };
    expect(body.change.resolved.map((f) => f.rule)).toEqual(["total-score"]);
    expect(body.change.added.map((f) => f.rule)).toEqual(["corrected-value"]);
    expect(body.form.total.score).toBe(95);
    expect(body.form.audit.ok).toBe(true);
    const lines = readFileSync(reviewFile(reviewDir(imp.dir), imp.misread), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]).sort()).toEqual(["at", "form", "from", "path", "reason", "reviewer", "to"]);
    expect(lines[0]).toMatchObject({ reviewer: "王五", form: 0, path: "/total/score", from: 97, to: 95, reason: "原件为 95" });
    expect(new Date(lines[0].at).toISOString()).toBe(lines[0].at);
    const page = await (await s.get(`/form/${imp.misread}/0`)).text();
    expect(page).not.toContain('data-rule="total-score"');
    expect(page).toContain('data-rule="corrected-value"');
    // the queue no longer puts it first for its error
    const q = (await (await s.get("/api/queue")).json()) as { sha256: string; form: number; reasons: { errors: number } }[];
    expect(q.find((e) => e.sha256 === imp.misread && e.form === 0)!.reasons.errors).toBe(0);
  });

  it("a text value is normalised like the reader's; the reviewer named by the browser is recorded", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    const res = await s.post(`/api/forms/${imp.seed}/1/corrections`, { path: "/indicators/0/actual", to: "  １００％ ", reviewer: "赵六" });
    expect(res.status).toBe(201);
    const rec = ((await res.json()) as { record: { to: string; reviewer: string } }).record;
    expect(rec).toMatchObject({ to: "100%", reviewer: "赵六" });
  });

  it("refuses what it cannot take, with a clear message and no stack", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    const url = `/api/forms/${imp.misread}/0/corrections`;
    const cases: [unknown, number, RegExp][] = [
      ["{not json", 400, /不是有效的 JSON/],
      [{ path: "/audit/ok", to: true }, 400, /请求有误.*to/],
      [{ path: "/audit/grade", to: "差" }, 400, /不是可以更正的值/],
      [{ path: "/sources/~1total~1score/text", to: "1" }, 400, /不是可以更正的值/],
      [{ path: "/total/score", to: "九十五" }, 400, /总分·得分」须为数字/],
      [{ path: "/projectName", to: 5 }, 400, /项目名称」须为文字/],
      [{ path: "/total/score", to: 95, expect: 90 }, 409, /已被他人改为 97/],
      [{ path: "/total/score", to: 95, extra: 1 }, 400, /请求有误/],
      [{ path: "/total/score", to: 95, reason: "x".repeat(70_000) }, 413, /请求过大/],
    ];
    for (const [body, status, message] of cases) {
      const res = await s.post(url, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const text = await res.text();
      expect(text).toMatch(message);
      expect(text).not.toMatch(/at .*\.ts:\d+|Error:/);
    }
    expect((await s.post(`/api/forms/${imp.misread}/9/corrections`, { path: "/total/score", to: 1 })).status).toBe(404);
    expect((await s.post(`/api/forms/${"0".repeat(64)}/0/corrections`, { path: "/total/score", to: 1 })).status).toBe(404);
    expect((await readRecords(reviewFile(reviewDir(imp.dir), imp.misread))).records).toEqual([]);
  });
});

describe("approving", () => {
  it("a status line is stored; the form goes to the end of the queue, approved", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    expect((await s.post(`/api/forms/${imp.misread}/0/status`, { status: "approved", note: "已核对原件" })).status).toBe(201);
    expect((await s.post(`/api/forms/${imp.misread}/0/status`, { status: "done" })).status).toBe(400);
    const q = (await (await s.get("/api/queue")).json()) as { sha256: string; form: number; status: string }[];
    expect(q.at(-1)).toMatchObject({ sha256: imp.misread, form: 0, status: "approved" });
    const [line] = readFileSync(reviewFile(reviewDir(imp.dir), imp.misread), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(line).toMatchObject({ reviewer: "王五", form: 0, status: "approved", note: "已核对原件" });
  });
});

describe("safe by default", () => {
  it("every response has the content-security policy; pages load only this server's script and styles", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    for (const p of ["/", `/form/${imp.misread}/0`, "/api/queue", "/nope"]) {
      const res = await s.get(p);
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*script-src 'self'/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    const page = await (await s.get(`/form/${imp.misread}/0`)).text();
    expect(page).not.toMatch(/<script>|<script(?![^>]*(src="\/static\/review\.js"|type="application\/json"))/);
    expect(page).not.toMatch(/ on[a-z]+=/);
  });

  it("a state-changing request needs this origin and the token", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    const url = `/api/forms/${imp.misread}/0/status`;
    const body = { status: "approved" };
    expect((await s.post(url, body, { cookie: `${TOKEN_COOKIE}=${TOKEN}` })).status).toBe(403); // no Origin
    expect((await s.post(url, body, { origin: "http://evil.example", cookie: `${TOKEN_COOKIE}=${TOKEN}` })).status).toBe(403);
    expect((await s.post(url, body, { origin: s.origin })).status).toBe(401); // no token
    expect((await s.post(url, body, { origin: s.origin, cookie: `${TOKEN_COOKIE}=wrong` })).status).toBe(401);
    expect((await s.post(url, body, { "sec-fetch-site": "same-origin", "x-jixiao-token": TOKEN })).status).toBe(201);
    expect((await readRecords(reviewFile(reviewDir(imp.dir), imp.misread))).records).toHaveLength(1);
  });

  it("on loopback a page visit gets the session cookie; another Host name is refused (DNS rebinding)", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    const res = await s.get("/");
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`${TOKEN_COOKIE}=${TOKEN}.*HttpOnly.*SameSite=Strict`));
    const evil = await s.app.request("http://attacker.example:8470/api/queue");
    expect(evil.status).toBe(400);
    expect(await evil.text()).toMatch(/拒绝此 Host/);
  });

  it("on another host every request needs the token; the link's token becomes a cookie and leaves the address", async () => {
    const imp = await importFixtures();
    const s = await server(imp, "0.0.0.0");
    expect((await s.get("/api/queue")).status).toBe(401);
    expect((await s.get("/")).status).toBe(401);
    const first = await s.get(`/?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/");
    expect(first.headers.get("set-cookie")).toContain(`${TOKEN_COOKIE}=${TOKEN}`);
    expect((await s.get("/api/queue", { cookie: `${TOKEN_COOKIE}=${TOKEN}` })).status).toBe(200);
  });

  it("serves only the import's own files: no path escapes, unknown pages are 404", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    for (const p of ["/../index.jsonl", "/index.jsonl", `/${imp.misread}.json`, "/review/", `/page/${imp.misread}/1.jpg`, "/page/..%2f..%2fetc%2fpasswd/1.jpg", "/static/../../package.json"]) {
      const res = await s.get(p);
      expect(res.status, p).toBe(404);
    }
  });

  it("an unexpected failure is a generic 500; the detail goes to the server log only", async () => {
    const imp = await importFixtures();
    const s = await server(imp);
    s.bench.queue = async () => {
      throw new Error("disk on fire at /secret/place");
    };
    const res = await s.get("/api/queue");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("服务器内部错误");
    expect(text).not.toContain("secret");
    expect(s.logged.join("")).toContain("disk on fire");
  });
});

describe("concurrent reviewers", () => {
  it("two servers on one import, many corrections at once: every one stored whole, the last for each path wins", async () => {
    const imp = await importFixtures();
    const a = await server(imp, "127.0.0.1", "甲");
    const b = await server(imp, "127.0.0.1", "乙");
    const url = `/api/forms/${imp.seed}/1/corrections`;
    const sent = Array.from({ length: 40 }, (_, k) => ({ path: `/indicators/${k % 6}/deviation`, to: `第 ${k} 次说明`, reason: `r${k}` }));
    const results = await Promise.all(sent.map((body, k) => (k % 2 ? a : b).post(url, body)));
    expect(results.map((r) => r.status)).toEqual(sent.map(() => 201));
    const { records, bad } = await readRecords(reviewFile(reviewDir(imp.dir), imp.seed));
    expect(bad).toBe(0);
    expect(records).toHaveLength(40);
    expect(new Set(records.map((r) => ("reason" in r ? r.reason : null)))).toEqual(new Set(sent.map((x) => x.reason)));
    const form = ((await (await a.get(`/api/forms/${imp.seed}/1`)).json()) as { form: { indicators: { deviation: string }[] } }).form;
    for (let i = 0; i < 6; i++) {
      const last = [...records].reverse().find((r) => "path" in r && r.path === `/indicators/${i}/deviation`)!;
      expect(form.indicators[i]!.deviation).toBe("to" in last ? last.to : undefined);
    }
    expect(readFileSync(join(reviewDir(imp.dir), `${imp.seed}.jsonl`), "utf8").split("\n").filter(Boolean)).toHaveLength(40);
  });
});
