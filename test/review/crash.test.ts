/**
 * The real server as a process: it prints its address, stops cleanly on SIGTERM, and when it is
 * killed (SIGKILL) in the middle of a stream of saves nothing it acknowledged is lost, the file
 * stays readable, and a new server goes on appending to it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readRecords, reviewDir, reviewFile } from "../../src/correct/store.js";
import { importFixtures } from "./fixtures.js";

interface Started {
  child: ChildProcess;
  /** Resolves with the exit code (listened for from the start: the exit may come before anyone waits). */
  exited: Promise<number | null>;
  origin: string;
  token: string;
}

async function start(dir: string): Promise<Started> {
  const child = spawn(process.execPath, ["bin/jixiao.mjs", "serve", dir, "--port", "0", "--reviewer", "测试"], { env: { ...process.env, JIXIAO_FROM_SOURCE: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const u = new URL(url);
  return { child, exited, origin: u.origin, token: u.searchParams.get("token")! };
}

function approve(s: Started, sha: string, note: string): Promise<Response> {
  return fetch(`${s.origin}/api/forms/${sha}/0/status`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: s.origin, "x-jixiao-token": s.token },
    body: JSON.stringify({ status: "in-review", note }),
  });
}

describe("jixiao serve as a process", () => {
  it("stops cleanly on SIGTERM (exit 0)", async () => {
    const imp = await importFixtures();
    const s = await start(imp.dir);
    expect((await fetch(`${s.origin}/api/queue`)).status).toBe(200);
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
  });

  it("killed mid-stream of saves: every acknowledged record is on disk, the file reads, a new server appends", async () => {
    const imp = await importFixtures();
    const s = await start(imp.dir);
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    // four reviewers saving as fast as they can, until the server dies under them
    const writer = async (w: number) => {
      for (let k = 0; k < 200 && !killed; k++) {
        const note = `w${w}-${k}`;
        sent++;
        try {
          const res = await approve(s, imp.misread, note);
          if (res.status === 201) acknowledged.push(note);
        } catch {
          return; // connection refused or reset: the server is gone
        }
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          s.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await s.exited;
    expect(killed).toBe(true);
    const file = reviewFile(reviewDir(imp.dir), imp.misread);
    const after = await readRecords(file);
    const notes = new Set(after.records.map((r) => ("note" in r ? r.note : "")));
    for (const n of acknowledged) expect(notes.has(n), `acknowledged ${n} is on disk`).toBe(true);
    expect(after.records.length).toBeLessThanOrEqual(sent);
    expect(after.bad).toBeLessThanOrEqual(1); // at most the one line torn by the kill

    const again = await start(imp.dir);
    try {
      expect((await approve(again, imp.misread, "after restart")).status).toBe(201);
      const last = await readRecords(file);
      expect(last.records.at(-1)).toMatchObject({ note: "after restart", reviewer: "测试" });
      expect(last.records.length).toBe(after.records.length + 1);
      expect(last.bad).toBe(after.bad);
    } finally {
      again.child.kill("SIGTERM");
      await again.exited;
    }
  });
});
