// Worker threads do not inherit the tsx loader the CLI registered, so in a checkout (sources run
// directly) each worker registers it before loading the TypeScript task. A build uses
// dist/batch/parse-worker.js directly and never loads this file.
import { register } from "tsx/esm/api";

register();
const task = await import("./parse-worker.ts");
export default task.default;
export const parseDocument = task.parseDocument;
export const ready = task.ready;
