// Tuned fixtures' matches, one line each: to compare two versions of the reader.
import { measureField } from "./corpus.js";
for (const r of await measureField((e) => e.split === "tune")) console.log(`${r.entry.name} ${r.accuracy.matches}/${r.accuracy.checks}`);
