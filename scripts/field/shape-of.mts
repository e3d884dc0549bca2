import { readFileSync } from "node:fs";
import { detectShape } from "../../src/extract/text/detect-shape.js";
for (const f of process.argv.slice(2)) console.log(f, detectShape(readFileSync(f, "utf8")));
