import { userInfo } from "node:os";
import { isImportFolder } from "../../export/import-folder.js";
import { DEFAULT_PORT, startServer } from "../../review/serve.js";
import { isLoopback } from "../../review/security.js";
import type { Command } from "../command.js";
import { parseOptionsFrom, UsageError } from "./parse-options.js";

export const serveCommand: Command = {
  name: "serve",
  usage: {
    zh: `jixiao serve IMPORT_DIR [--host 127.0.0.1] [--port ${DEFAULT_PORT}] [--reviewer NAME] [--profile NAME|FILE]\n        复核工作台：在浏览器中逐表核对、更正识读结果并通过（更正记入 IMPORT_DIR/review/）`,
    en: `jixiao serve IMPORT_DIR [--host 127.0.0.1] [--port ${DEFAULT_PORT}] [--reviewer NAME] [--profile NAME|FILE]\n        the review workbench: check, correct and approve each form in a browser (corrections kept in IMPORT_DIR/review/)`,
  },
  options: { host: { type: "string" }, port: { type: "string" }, reviewer: { type: "string" }, profile: { type: "string" } },
  async run(ctx) {
    const en = ctx.lang === "en";
    const [dir, ...rest] = ctx.args;
    if (!dir || rest.length > 0) throw new UsageError(en ? "give one import folder" : "请给出一个导入文件夹");
    const host = typeof ctx.values.host === "string" ? ctx.values.host : "127.0.0.1";
    const portText = typeof ctx.values.port === "string" ? ctx.values.port : String(DEFAULT_PORT);
    const port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UsageError(en ? "--port takes a port number (0–65535; 0 picks a free one)" : "--port 须为端口号（0–65535；0 表示任选空闲端口）");
    const reviewer = typeof ctx.values.reviewer === "string" && ctx.values.reviewer.trim() ? ctx.values.reviewer.trim().slice(0, 100) : userInfo().username || "reviewer";
    const { profile } = parseOptionsFrom(ctx);
    if (!(await isImportFolder(dir))) {
      ctx.io.err(en ? `${dir}: not an import folder (no index.jsonl)\n` : `${dir}：不是导入文件夹（没有 index.jsonl）\n`);
      return 2;
    }
    let server;
    try {
      server = await startServer(dir, { host, port, reviewer, profile, lang: ctx.lang, debug: ctx.debug, log: ctx.io.err });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why = e.code === "EADDRINUSE" ? (en ? `port ${port} is in use (try --port 0)` : `端口 ${port} 已被占用（可用 --port 0）`) : e.message;
      ctx.io.err(en ? `jixiao serve: cannot start: ${why}\n` : `jixiao serve：无法启动：${why}\n`);
      return 2;
    }
    for (const r of server.rejected) ctx.io.err(en ? `${r.file}: not a valid Document (${r.reason})\n` : `${r.file}：不是有效的 Document（${r.reason}）\n`);
    ctx.io.out((en ? `review workbench: ${server.url}\n` : `复核工作台：${server.url}\n`));
    if (!isLoopback(host)) ctx.io.err(en ? `listening on ${host}: every request needs the token in the link above\n` : `正在 ${host} 上监听：每个请求都须带上面链接中的访问令牌\n`);
    ctx.io.err(en ? "Ctrl+C stops it\n" : "按 Ctrl+C 停止\n");
    await new Promise<void>((done) => {
      process.once("SIGINT", done);
      process.once("SIGTERM", done);
    });
    await server.close();
    return 0;
  },
};
