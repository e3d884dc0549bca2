import { readFileSync } from "node:fs";
import { textReadings } from "../../src/extract/text/read-text.js";
import { detectShape } from "../../src/reconstruct/text-rows/detect-shape.js";
for (const f of process.argv.slice(2)) console.log(f, detectShape(textReadings(readFileSync(f, "utf8"))));
