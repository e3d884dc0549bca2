#!/usr/bin/env node
// In a checkout (the TypeScript sources beside this file, tsx installed) the sources run directly,
// so the command always matches the code; an installed package runs its build in dist/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = new URL("../src/cli/main.ts", import.meta.url);
let main;
let useSource = existsSync(fileURLToPath(source));
if (useSource) {
  try {
    const { register } = await import("tsx/esm/api");
    register();
  } catch {
    useSource = false;
  }
}
({ main } = await import(useSource ? source.href : new URL("../dist/cli/main.js", import.meta.url).href));
process.exitCode = await main(process.argv.slice(2));
