import { RedisUnreachable, RedisUrlError } from "../../batch/queue-errors.js";
import type { CommandContext } from "../command.js";
import { UsageError } from "./parse-options.js";

/**
 * What `enqueue` and `worker` do when the queue fails: an unreachable Redis is said plainly (exit
 * 2), a malformed URL is a usage error, anything else goes on up.
 */
export function redisFailure(err: unknown, ctx: CommandContext): number {
  const en = ctx.lang === "en";
  if (err instanceof RedisUnreachable) {
    ctx.io.err((en ? "cannot reach Redis: " : "无法连接 Redis：") + err.message + "\n");
    return 2;
  }
  if (err instanceof RedisUrlError) throw new UsageError(en ? `not a Redis URL: ${err.message}` : `不是 Redis 地址：${err.message}`);
  throw err;
}
