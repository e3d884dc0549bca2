import { readFileSync, writeFileSync } from "node:fs";
import { VARIATIONS } from "./perturb.js";
const [v, name, out] = process.argv.slice(2);
writeFileSync(out!, VARIATIONS[v!]!(readFileSync(`fixtures/field/texts/${name}.txt`, "utf8")));
