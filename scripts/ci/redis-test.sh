#!/usr/bin/env bash
# The distributed import against a real Redis: installs Debian's redis-server when missing, starts
# it on loopback on a free port with no persistence, runs the Redis tests (two worker processes),
# and stops the server whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."

# BullMQ 6 loads its Redis driver (ioredis) as an optional peer dependency.
if ! node -e "require('node:module').createRequire(require.resolve('bullmq'))('ioredis')" 2>/dev/null; then
  echo "redis-test: SKIPPED — the ioredis package (BullMQ's Redis driver) is not installed"
  exit 0
fi

if ! command -v redis-server >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

work=$(mktemp -d)
port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
redis-server --port "$port" --bind 127.0.0.1 --protected-mode yes --save '' --appendonly no \
  --dir "$work" --daemonize yes --pidfile "$work/redis.pid" --logfile "$work/redis.log"
stop() {
  if [ -f "$work/redis.pid" ]; then kill "$(cat "$work/redis.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

for _ in $(seq 50); do
  if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then break; fi
  sleep 0.1
done

REDIS_URL="redis://127.0.0.1:$port" npx vitest run --config test/batch/vitest.redis.config.ts
