/** Numbers and finding values for people. */
import type { Finding } from "../schema/index.js";
import type { Words } from "./words.js";

/** At most two decimals, no trailing zeros, no binary noise (0.1 + 0.2 shows 0.3). */
export function formatNumber(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** 5.88, “l0”, 产出指标 40，效益指标 30, 48–60 (a qualitative band), — when absent. */
export function formatFindingValue(v: Finding["reported"], w: Words): string {
  if (v === undefined || v === null) return "—";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return w.lang === "en" ? `"${v}"` : `“${v}”`;
  if (Object.keys(v).length === 2 && "min" in v && "max" in v) return `${v.min == null ? "—" : formatNumber(v.min)}–${v.max == null ? "—" : formatNumber(v.max)}`;
  return Object.entries(v)
    .map(([k, x]) => `${k} ${x === null ? "—" : formatNumber(x)}`)
    .join(w.lang === "en" ? ", " : "，");
}
