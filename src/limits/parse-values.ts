/** Values of limit options as people write them on a command line. */

/** `90`, `90s`, `500ms`, `10m`, `1h` → milliseconds (a bare number is seconds); null if unreadable. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? "s";
  const ms = unit === "ms" ? n : unit === "s" ? n * 1000 : unit === "m" ? n * 60_000 : n * 3_600_000;
  return ms >= 1 ? Math.round(ms) : null;
}

/** `1000`, `64K`, `200M`, `1G` (also `KB`, `MiB`…; powers of 1024) → bytes; null if unreadable. */
export function parseByteSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!m) return null;
  const power = { k: 1, m: 2, g: 3, t: 4 }[(m[2] ?? "").toLowerCase() as "k" | "m" | "g" | "t"] ?? 0;
  const n = Math.floor(Number(m[1]) * 1024 ** power);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}
