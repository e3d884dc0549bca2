// The loader child in a checkout, where the sources run through tsx: registers tsx, then runs
// load-batch.ts. A build runs dist/export/tables/load-batch.js directly and never loads this file.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./load-batch.ts");
await main(process.argv);
