#!/usr/bin/env node
// An installed package runs its build in dist/. In a checkout the build is used while it is up to
// date (`npm ci` and `npm run build` make it: no TypeScript to compile at every start, ~1 s less
// per command and per worker thread); once any source is newer than the build, the TypeScript
// sources run directly through tsx, so the command always matches the code. JIXIAO_FROM_SOURCE=1
// forces the sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const source = new URL("../src/cli/main.ts", import.meta.url);
const built = new URL("../dist/cli/main.js", import.meta.url);

/** The latest modification time of any file below `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function buildIsCurrent() {
  const main = fileURLToPath(built);
  if (!existsSync(main)) return false;
  return statSync(main).mtimeMs >= newest(fileURLToPath(new URL("../src", import.meta.url)));
}

let useSource = existsSync(fileURLToPath(source)) && (process.env.JIXIAO_FROM_SOURCE === "1" || !buildIsCurrent());
if (useSource) {
  try {
    const { register } = await import("tsx/esm/api");
    register();
  } catch {
    useSource = false;
  }
}
const { main } = await import(useSource ? source.href : built.href);
process.exitCode = await main(process.argv.slice(2));
