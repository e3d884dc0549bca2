// Runs the jixiao CLI (sources, through tsx) and reports the process's peak resident set on
// stderr as a last JSON line. Piscina's workers are threads of this process, so the figure
// covers them too.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../../src/cli/main.ts");
const quiet = { out: () => {}, err: () => {}, isTTY: false };
const code = await main(process.argv.slice(2), quiet);
process.stderr.write(JSON.stringify({ exitCode: code, maxRssKiB: process.resourceUsage().maxRSS }) + "\n");
process.exit(code);
