import { defineConfig } from "vitest/config";

/** The Redis-backed tests: run by scripts/ci/redis-test.sh, which starts a server and sets REDIS_URL. */
export default defineConfig({
  test: {
    include: ["test/batch/**/*.redis-test.ts"],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
