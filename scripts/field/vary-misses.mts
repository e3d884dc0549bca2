// The fields one variation of one tuned fixture gets wrong that the fixture as found gets right.
import { readFileSync } from "node:fs";
import { parse } from "../../src/pipeline.js";
import { fieldChecks } from "../../test/helpers/field-truth.js";
import { valueMatches } from "../../test/helpers/field-accuracy.js";
import { readManifest, readTruth, textPath } from "./corpus.js";
import { VARIATIONS, truthFor } from "./perturb.js";
const [v, name] = process.argv.slice(2);
const e = readManifest().find((x) => x.name === name)!;
const original = readFileSync(textPath(e), "utf8");
const a = await parse(Buffer.from(original), { path: "a.txt" });
const b = await parse(Buffer.from(VARIATIONS[v!]!(original, readTruth(e))), { path: "b.txt" });
const plain = readTruth(e);
const truth = truthFor(v!, plain, original);
truth.forms.forEach((t, i) => {
  // (A variation that prints the form twice, two-forms, compares each copy with the form as found.)
  const k = i % plain.forms.length;
  const ca = fieldChecks(plain.forms[k]!, a.forms[k] as never);
  const cb = fieldChecks(t, b.forms[i] as never);
  cb.forEach(([path, exp, act], k) => {
    if (!valueMatches(exp, act) && valueMatches(ca[k]?.[1], ca[k]?.[2])) console.log(`${i}:${path}  ${JSON.stringify(exp)} → ${JSON.stringify(act)}`);
  });
});
