/**
 * Two worker processes share one BullMQ queue on a real Redis (REDIS_URL, started by
 * scripts/ci/redis-test.sh): every input lands in the shared folder in the `import` layout, a job
 * whose file vanished is retried and then dead-lettered, and `enqueue --status` reads the queue.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, fixtures, goodFiles, mixedFolder, readIndexLines, tempDir } from "./helpers.js";

const redis = process.env.REDIS_URL;
if (!redis) throw new Error("REDIS_URL is not set: run scripts/ci/redis-test.sh");
const bin = fileURLToPath(new URL("../../bin/jixiao.mjs", import.meta.url));

function worker(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [bin, "worker", "--redis", redis!, "--lang", "en", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolveRun({ code, out, err }));
  });
}

describe("distributed import", () => {
  it("two workers share the queue; results in the import layout; a vanished file is dead-lettered", async () => {
    const queue = `jixiao-test-${process.pid}-${Date.now()}`;
    const root = tempDir();
    const { dir, good } = mixedFolder(root);
    // More inputs, each its own content, so both workers get some.
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `extra-${i}.txt`), readFileSync(join(fixtures, "generated", goodFiles[i % 3]!), "utf8") + `\n备注${i}\n`);
    const vanishing = join(dir, "vanishing.txt");
    copyFileSync(join(fixtures, "generated", goodFiles[0]!), vanishing);
    writeFileSync(vanishing, readFileSync(vanishing, "utf8") + "\n另一份\n");
    const out = join(root, "shared-out");

    const enq = await cli(["enqueue", dir, "--redis", redis!, "--queue", queue, "--out", out, "--lang", "en"]);
    expect(enq.code).toBe(0);
    expect(enq.out).toContain("16 jobs added");
    const before = JSON.parse((await cli(["enqueue", "--status", "--redis", redis!, "--queue", queue, "--json"])).out);
    expect(before).toMatchObject({ waiting: 16, active: 0, completed: 0, dead: 0 });
    rmSync(vanishing);

    const [a, b] = await Promise.all([worker(["--queue", queue, "--concurrency", "1", "--until-empty"]), worker(["--queue", queue, "--concurrency", "1", "--until-empty"])]);
    const done = (r: { out: string }) => Number(/(\d+) jobs done/.exec(r.out)?.[1] ?? -1);
    expect(done(a), a.err).toBeGreaterThan(0);
    expect(done(b), b.err).toBeGreaterThan(0);
    expect(done(a) + done(b)).toBe(16);
    // Broken inputs and the dead letter make the workers' status 1, as `import` would.
    expect([a.code, b.code]).toContain(1);

    const lines = readIndexLines(out);
    expect(lines).toHaveLength(16);
    expect(new Set(lines.map((l) => l.path)).size).toBe(16);
    for (const l of lines) expect(existsSync(join(out, `${l.sha256}.json`))).toBe(true);
    for (const g of good) expect(lines.find((l) => l.path === g)).toMatchObject({ status: "ok" });
    expect(lines.filter((l) => String(l.path).includes("extra-")).every((l) => l.status === "ok")).toBe(true);
    const gone = lines.find((l) => l.path === vanishing)!;
    expect(gone).toMatchObject({ status: "failed", forms: 0 });
    expect(String(gone.error)).toContain("ENOENT");

    const st = await cli(["enqueue", "--status", "--redis", redis!, "--queue", queue, "--json"]);
    expect(st.code).toBe(1);
    const s = JSON.parse(st.out);
    expect(s).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 15, failed: 1, dead: 1 });
    expect(s.deadLetters[0]).toMatchObject({ path: vanishing, attempts: 3 });

    // Enqueued again, nothing is added: every input is in the index.
    const again = await cli(["enqueue", dir, "--redis", redis!, "--queue", queue, "--out", out, "--lang", "en"]);
    expect(again.out).toContain("0 jobs added");

    // The shared folder exports like any import.
    expect((await cli(["export", out, "--format", "jsonl", "--out", join(root, "all.jsonl")])).code).toBe(0);
  });

  it("an unreachable Redis fails quickly with a message, not a hang", async () => {
    const r = await cli(["enqueue", "--status", "--redis", "redis://127.0.0.1:1", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Redis");
  });

  it("a worker given an unreachable Redis says so and exits, without raw connection errors", async () => {
    // In a child process: what matters is that the process ends and what it prints.
    const r = spawnSync(process.execPath, [bin, "worker", "--redis", "redis://127.0.0.1:1", "--lang", "en"], { encoding: "utf8", timeout: 30_000 });
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot reach Redis");
    expect(r.stderr).not.toMatch(/^Error: /m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
