/** Starts the workbench over an import folder: loads it, listens, and says where (with the token). */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import type { SecuritySettings } from "./security.js";
import { Workbench, type WorkbenchOptions } from "./workbench.js";

export const DEFAULT_PORT = 8470;

export interface ServeOptions extends WorkbenchOptions {
  host: string;
  port: number;
  debug?: boolean;
  log?: (s: string) => void;
}

export interface RunningServer {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  bench: Workbench;
  /** Files of the folder that were not valid Documents (left out). */
  rejected: { file: string; reason: string }[];
  close(): Promise<void>;
}

export async function startServer(dir: string, opts: ServeOptions): Promise<RunningServer> {
  const bench = new Workbench(dir, opts);
  const rejected = await bench.load();
  const sec: SecuritySettings = { token: randomBytes(24).toString("hex"), host: opts.host, port: opts.port };
  const app = createApp(bench, sec, { ...(opts.log ? { log: opts.log } : {}), ...(opts.debug ? { debug: true } : {}) });
  const server = await new Promise<ReturnType<typeof serve>>((resolveListen, reject) => {
    const s = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, () => resolveListen(s));
    s.once("error", reject);
  });
  sec.port = (server.address() as AddressInfo).port;
  const hostPart = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  const origin = `http://${hostPart}:${sec.port}`;
  return {
    url: `${origin}/?token=${sec.token}`,
    origin,
    token: sec.token,
    bench,
    rejected,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // keep-alive connections of an open browser would hold the close for ever
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
