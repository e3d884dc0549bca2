import { writeFile } from "node:fs/promises";
import { staleMessage } from "../../correct/folder.js";
import { parseFile } from "../../pipeline.js";
import { buildReport } from "../../report/build.js";
import { unreadable } from "../../report/entries.js";
import { findOriginal, isImportDir, originalCandidates, readImportDir } from "../../report/load.js";
import { pagesInUse, renderPageImages } from "../../report/page-images.js";
import type { PageImage } from "../../report/page-view.js";
import type { Document } from "../../schema/index.js";
import type { Command } from "../command.js";
import { parseOptionsFrom, readOptions, UsageError } from "./parse-options.js";

export const reportCommand: Command = {
  name: "report",
  usage: {
    zh: "jixiao report FILE…|IMPORT_DIR --out FILE.html [--no-pages] [--input KIND] [--password PW] [--profile NAME|FILE]\n        生成一个独立的 HTML 核查报告（总览、每张表的核查发现及其在页面上的位置）",
    en: "jixiao report FILE…|IMPORT_DIR --out FILE.html [--no-pages] [--input KIND] [--password PW] [--profile NAME|FILE]\n        write a self-contained HTML audit report (overview, each form's findings and where they sit on the page)",
  },
  options: { ...readOptions, out: { type: "string" }, "no-pages": { type: "boolean" } },
  async run(ctx) {
    const en = ctx.lang === "en";
    if (ctx.args.length === 0) throw new UsageError(en ? "give at least one file or import folder" : "请给出至少一个文件或导入文件夹");
    const out = ctx.values.out;
    if (typeof out !== "string" || out === "") throw new UsageError(en ? "--out FILE.html is required" : "请用 --out 指定输出的 HTML 文件");
    const opts = parseOptionsFrom(ctx);
    const wantPages = ctx.values["no-pages"] !== true;

    const docs: Document[] = [];
    const originals = new Map<Document, string[]>();
    for (const arg of ctx.args) {
      if (await isImportDir(arg)) {
        const read = await readImportDir(arg, ctx.lang);
        for (const s of read.stale) ctx.io.err(staleMessage(s.doc, s.stale, ctx.lang) + "\n");
        for (const r of read.rejected) ctx.io.err(en ? `${r.file}: not a valid Document (${r.reason})\n` : `${r.file}：不是有效的 Document（${r.reason}）\n`);
        for (const d of read.docs) {
          docs.push(d);
          originals.set(d, originalCandidates(d, arg, read.indexPaths.get(d.source.sha256)));
        }
      } else {
        const d = await parseFile(arg, opts);
        for (const diag of d.diagnostics) if (diag.severity === "error") ctx.io.err(`${d.source.path}: ${diag.message}\n`);
        docs.push(d);
        originals.set(d, [arg]);
      }
    }

    const pageImages = new Map<string, PageImage[]>();
    if (wantPages) {
      for (const d of docs) {
        if (pageImages.has(d.source.sha256) || pagesInUse(d).length === 0) continue;
        const bytes = await findOriginal(d, originals.get(d) ?? []);
        if (!bytes) continue;
        try {
          pageImages.set(d.source.sha256, await renderPageImages(d, bytes, opts.password));
        } catch (err) {
          // The report is still useful without the picture: the cells are drawn from their boxes.
          ctx.io.err(en ? `${d.source.path}: page pictures not rendered (${(err as Error).message})\n` : `${d.source.path}：未能绘制页面图像（${(err as Error).message}）\n`);
        }
      }
    }

    await writeFile(out, buildReport(docs, { lang: ctx.lang, pageImages }));
    const forms = docs.reduce((n, d) => n + d.forms.length, 0);
    ctx.io.err(en ? `report written to ${out} (${docs.length} files, ${forms} forms)\n` : `报告已写入 ${out}（${docs.length} 个文件，${forms} 张表）\n`);
    return docs.length === 0 || docs.every(unreadable) ? 2 : 0;
  },
};
