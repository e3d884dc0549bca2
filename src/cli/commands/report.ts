import type { Command } from "../command.js";
import { UsageError } from "./parse-options.js";

export const reportCommand: Command = {
  name: "report",
  usage: {
    zh: "jixiao report FILE…|IMPORT_DIR --out FILE.html\n        生成一个独立的 HTML 核查报告",
    en: "jixiao report FILE…|IMPORT_DIR --out FILE.html\n        write a self-contained HTML audit report",
  },
  options: { out: { type: "string" } },
  async run(ctx) {
    throw new UsageError(ctx.lang === "en" ? "not implemented yet" : "尚未实现");
  },
};
