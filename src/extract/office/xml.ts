/**
 * XML of office packages through fast-xml-parser in document order, with entity processing off:
 * a DOCTYPE cannot expand anything (no billion laughs). The five predefined entities and numeric
 * character references are decoded here, in text and attributes.
 */
import type { XNode } from "../safe-xml.js";

export { parseXml, type XNode } from "../safe-xml.js";

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return PREDEFINED[e] ?? m;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** The tag of a node (null for text). */
export function tagOf(n: XNode): string | null {
  for (const k of Object.keys(n)) if (k !== ":@" && k !== "#text") return k;
  return null;
}

export function kids(n: XNode): XNode[] {
  const t = tagOf(n);
  const v = t ? n[t] : undefined;
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function textOf(n: XNode): string | null {
  const v = n["#text"];
  return v === undefined ? null : decodeEntities(String(v));
}

export function attrOf(n: XNode, name: string): string | undefined {
  const a = n[":@"] as Record<string, unknown> | undefined;
  const v = a?.[name];
  return v === undefined ? undefined : decodeEntities(String(v));
}

export function child(n: XNode, tag: string): XNode | undefined {
  return kids(n).find((k) => tagOf(k) === tag);
}

/** First descendant with the tag, depth first in document order. */
export function find(nodes: XNode[], tag: string): XNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const d = find(kids(n), tag);
    if (d) return d;
  }
  return undefined;
}
