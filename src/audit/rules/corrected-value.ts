/** corrected-value: a value that differs from what was read (sources[path].corrected) says from what and why. */
import { valueAt, type Rule } from "../context.js";

function show(value: unknown): string {
  return value === null || value === undefined ? "—" : String(value);
}

export const correctedValue: Rule = {
  id: "corrected-value",
  severity: "info",
  doc: "与读到的文字不同的值（sources 中的 corrected）：说明原文与更正理由",
  *check(ctx) {
    const sources = ctx.form.sources ?? {};
    // Object.keys, not for-in: a form's record (about 75 keys, filled one by one) is a hash table
    // to V8, where for-in checks each key again as it goes (6 -> 3 µs a seed form). Same keys, same
    // order: the record is a plain object, with nothing enumerable inherited.
    const paths = Object.keys(sources);
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i]!;
      const corrected = sources[path]?.corrected;
      if (!corrected) continue;
      const value = valueAt(ctx.form, path);
      const expected = typeof value === "number" || typeof value === "string" || value === null ? value : undefined;
      yield {
        path,
        reported: corrected.from,
        ...(expected !== undefined ? { expected } : {}),
        message: ctx.t(
          `${ctx.field(path)} 原文读作“${corrected.from}”，更正为 ${show(value)}：${corrected.reason}`,
          `${ctx.field(path)} was read as “${corrected.from}” and corrected to ${show(value)}: ${corrected.reason}`,
        ),
      };
    }
  },
};

export default correctedValue;
