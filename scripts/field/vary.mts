import { readFileSync, writeFileSync } from "node:fs";
import { readManifest, readTruth } from "./corpus.js";
import { VARIATIONS } from "./perturb.js";
const [v, name, out] = process.argv.slice(2);
// (A variation that cuts by the truth's fields, cut-mid-row, or asks what it holds, two-forms, reads the truth.)
const e = readManifest().find((x) => x.name === name);
writeFileSync(out!, VARIATIONS[v!]!(readFileSync(`fixtures/field/texts/${name}.txt`, "utf8"), e ? readTruth(e) : undefined));
