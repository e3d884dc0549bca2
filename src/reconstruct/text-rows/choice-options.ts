import { headerFields, selfEvaluationOptions } from "../../template/project.js";

/**
 * An evaluation report's cover prints lists of options after a label (template headerFields,
 * choice: `组织方式:□财政部门□主管部门☑项目单位`, `评价机构:中介机构专家组 项目单位评价组`, the
 * boxes kept or lost). Flattened onto one line, the options' words spell labels of the form's
 * header (主管部门, 项目单位), which would each start a row and take the next option as their value.
 * Between a choice label's colon and the next colon, a cut at a header label that a box, the next
 * label or the rest of an option (`项目单位评价组`) follows is an option's, no row; the first label with
 * a value after it (`项目名称低保专项`, the cover's next label `评价机构:`) ends the options, and the cuts
 * from it on stay. The label that owns the next colon is cut at when its spelling is one the flattened
 * cut does not know (`评价单位(盖章):`).
 */
const escape = (s: string) => s.replace(/[()（）]/g, (c) => `\\${c}`);
const byLength = (a: string, b: string) => b.length - a.length;
const CHOICE_LABELS = headerFields.filter((f) => f.key === "choice").flatMap((f) => f.exact).sort(byLength);
const CHOICE = new RegExp(`(?:${CHOICE_LABELS.map(escape).join("|")})\\s*[:：]`, "g");
/** Any header label, its seal note after it (`(盖章)`), right before a colon. */
const LABEL_BEFORE_COLON = new RegExp(
  `(?:${headerFields.flatMap((f) => f.exact).sort(byLength).map(escape).join("|")})(?:[(（](?:盖章|公章)[)）])?\\s*$`,
);
/** A header label at a cut, longest spelling first. */
const LABEL_AT = new RegExp(`^(?:${headerFields.flatMap((f) => f.exact).sort(byLength).map(escape).join("|")})`);
/** A box after an option's words (`主管部门☑`, `项目完成结果评价■`, Wingdings' `R`). */
const BOX_AFTER = /^(?:[□☑☒✓✔√■]|R(?![A-Za-z]))/;

/** How far an option list may run before the next label's colon (a cover's options are short words). */
const OPTIONS_SPAN = 48;

/** The cuts `starts` of a flattened line's key without those inside a choice label's options, and the label that ends them. */
export function withoutCutsInOptions(key: string, starts: readonly number[]): number[] {
  let out = [...starts];
  for (const m of key.matchAll(CHOICE)) {
    const from = m.index! + m[0].length;
    const colon = key.slice(from, from + OPTIONS_SPAN).search(/[:：]/);
    if (colon < 0) continue;
    const to = from + colon;
    const label = LABEL_BEFORE_COLON.exec(key.slice(from, to));
    const labelAt = label && label.index > 0 ? from + label.index : null;
    // The options end at the first label followed by its colon or a space.
    const end = out.find((at, k) => at > from && at < to && !isOption(key, at, out[k + 1])) ?? to;
    out = out.filter((at) => at <= from || at >= end || at === labelAt);
    if (labelAt !== null && !out.includes(labelAt)) out.push(labelAt);
    out.sort((a, b) => a - b);
  }
  return out;
}

/** Is the header label cut at `at` an option's words: a box after it, the next cut right after it, or the rest of an option? */
function isOption(key: string, at: number, nextCut: number | undefined): boolean {
  if (selfEvaluationOptions.some((o) => key.startsWith(o, at))) return true;
  const label = LABEL_AT.exec(key.slice(at));
  if (!label) return false;
  const after = at + label[0].length;
  return BOX_AFTER.test(key.slice(after)) || nextCut === after || CHOICE_AT.test(key.slice(after));
}
const CHOICE_AT = new RegExp(`^(?:${CHOICE_LABELS.map(escape).join("|")})`);
