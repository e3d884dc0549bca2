/** `jixiao serve` on the command line: what it refuses before starting, and in which language. */
import { createServer } from "node:net";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/review/app.js";
import { Workbench } from "../../src/review/workbench.js";
import { runCli } from "../helpers/run-cli.js";
import { importFixtures } from "./fixtures.js";

describe("jixiao serve", () => {
  it("exits 2 when it cannot start: not an import folder, a bad port, a port in use", async () => {
    const imp = await importFixtures();
    const notImport = await runCli("serve", imp.root);
    expect(notImport.code).toBe(2);
    expect(notImport.err).toContain("不是导入文件夹");
    const badPort = await runCli("serve", imp.dir, "--port", "http");
    expect(badPort.code).toBe(2);
    expect(badPort.err).toContain("--port 须为端口号");
    const taken = createServer();
    taken.listen(0, "127.0.0.1");
    await once(taken, "listening");
    const port = (taken.address() as { port: number }).port;
    try {
      const inUse = await runCli("serve", imp.dir, "--port", String(port), "--lang", "en");
      expect(inUse.code).toBe(2);
      expect(inUse.err).toContain(`cannot start: port ${port} is in use`);
      expect(inUse.err).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
    }
    expect((await runCli("--help")).out).toContain("jixiao serve IMPORT_DIR");
  });

  it("--lang en: pages and errors in English", async () => {
    const imp = await importFixtures();
    const bench = new Workbench(imp.dir, { reviewer: "r", lang: "en" });
    await bench.load();
    const app = createApp(bench, { token: "x".repeat(48), host: "127.0.0.1", port: 1 });
    const page = await (await app.request("http://127.0.0.1:1/")).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("4 forms, 1 of them need review");
    const res = await app.request(`http://127.0.0.1:1/api/forms/${imp.misread}/0/corrections`, {
      method: "POST",
      headers: { origin: "http://127.0.0.1:1", "x-jixiao-token": "x".repeat(48), "content-type": "application/json" },
      body: JSON.stringify({ path: "/total/score", to: "ninety-five" }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe("'total·score' takes a number (or nothing)");
  });
});
