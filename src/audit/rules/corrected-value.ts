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
    for (const path in sources) {
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
