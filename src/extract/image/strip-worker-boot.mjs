// Worker threads do not inherit the tsx loader the process registered, so in a checkout (sources
// run directly) the strip helper registers it before loading its TypeScript module. A build uses
// dist/extract/image/strip-worker.js directly and never loads this file.
import { register } from "tsx/esm/api";

register();
await import("./strip-worker.ts");
