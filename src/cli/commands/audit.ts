import { serialiseDocuments } from "../../export/json.js";
import { auditExitCode, formatAudit } from "../audit-format.js";
import type { Command } from "../command.js";
import { parseOptionsFrom, readOptions } from "./parse-options.js";
import { readAll } from "./parse.js";

export const auditCommand: Command = {
  name: "audit",
  usage: {
    zh: "jixiao audit FILE…   [--json] [--profile NAME|FILE] [--color|--no-color] [--jobs N]\n        读取并核对每张表的合计、执行率和得分，输出易读的核查结果",
    en: "jixiao audit FILE…   [--json] [--profile NAME|FILE] [--color|--no-color] [--jobs N]\n        read and check each form's totals, execution rate and scores; print a readable report",
  },
  options: { ...readOptions, jobs: { type: "string" }, json: { type: "boolean" }, color: { type: "boolean" }, "no-color": { type: "boolean" } },
  async run(ctx) {
    const docs = await readAll(ctx);
    if (ctx.values.json) ctx.io.out(serialiseDocuments(docs, "json"));
    else {
      const color = ctx.values["no-color"] ? false : ctx.values.color ? true : ctx.io.isTTY;
      const profile = parseOptionsFrom(ctx).profile;
      ctx.io.out(formatAudit(docs, { color, lang: ctx.lang, ...(profile ? { profile } : {}) }));
    }
    return auditExitCode(docs);
  },
};
