// Counts the tuned part's misses by field kind (title, year, funds.rows.x, indicators.level3 …).
import { measureField } from "./corpus.js";
const r = await measureField((e) => e.split === "tune" && e.template === "project");
const by = new Map<string, number>();
for (const x of r) for (const m of x.accuracy.misses) {
  const k = m.field.replace(/\[\d+\]/g, "[]").replace(/rows\[\w+\]/, "rows[]");
  by.set(k, (by.get(k) ?? 0) + 1);
}
console.log([...by].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join("\n"));
