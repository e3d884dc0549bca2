import { positiveInt, defaultJobs } from "../../batch/cli-options.js";
import { queueSettings } from "../../batch/settings.js";
import type { Command } from "../command.js";
import { UsageError } from "./parse-options.js";
import { redisFailure } from "./redis-failure.js";

export const workerCommand: Command = {
  name: "worker",
  usage: {
    zh: "jixiao worker --redis URL [--concurrency N] [--queue NAME] [--until-empty]\n        处理 Redis 队列中的导入任务（可在多台机器上同时运行）；Ctrl-C 处理完手头任务后退出",
    en: "jixiao worker --redis URL [--concurrency N] [--queue NAME] [--until-empty]\n        run import jobs from a Redis queue (on any number of machines); Ctrl-C exits after the jobs in hand",
  },
  options: { redis: { type: "string" }, concurrency: { type: "string" }, queue: { type: "string" }, "until-empty": { type: "boolean" } },
  async run(ctx) {
    const en = ctx.lang === "en";
    const redis = ctx.values.redis;
    if (typeof redis !== "string") throw new UsageError(en ? "--redis URL is required (redis://host:6379)" : "须用 --redis URL 指定 Redis（redis://host:6379）");
    const concurrency = positiveInt(ctx.values.concurrency, "concurrency", ctx.lang, defaultJobs());
    const stop = new AbortController();
    const onSignal = () => {
      ctx.io.err(en ? "stopping after the jobs in hand…\n" : "处理完手头任务后停止…\n");
      stop.abort();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    // Loaded here, so commands that do not use the queue never load BullMQ.
    const { runWorker } = await import("../../batch/queue.js");
    try {
      const s = await runWorker({
        redis,
        queueName: typeof ctx.values.queue === "string" ? ctx.values.queue : queueSettings.queueName,
        concurrency,
        untilEmpty: ctx.values["until-empty"] === true,
        signal: stop.signal,
        onResult: (e) => {
          if (e.status !== "ok") ctx.io.err(`${e.status} ${e.path}${e.error ? `: ${e.error}` : ""}\n`);
        },
        onError: (m) => ctx.io.err((en ? "queue error: " : "队列错误：") + m + "\n"),
      });
      ctx.io.out(en ? `${s.processed} jobs done, ${s.notOk} not ok, ${s.dead} dead-lettered\n` : `已处理 ${s.processed} 个任务，未成功 ${s.notOk}，进入死信 ${s.dead}\n`);
      return s.notOk > 0 ? 1 : 0;
    } catch (err) {
      return redisFailure(err, ctx);
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  },
};
