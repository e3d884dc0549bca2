/** parse5 helpers for reading a report back. */
import { parse, type DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

export function parseHtml(html: string): DefaultTreeAdapterMap["document"] {
  return parse(html);
}

export function* walk(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const kids = "childNodes" in node ? node.childNodes : [];
  for (const k of kids) yield* walk(k);
  if ("content" in node && node.content) yield* walk(node.content as unknown as Node);
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: Element, c: string): boolean {
  return (attr(el, "class") ?? "").split(/\s+/).includes(c);
}

export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** Every element matching a predicate, in document order. */
export function all(root: Node, pred: (el: Element) => boolean): Element[] {
  return [...walk(root)].filter(pred);
}

export function byId(root: Node, id: string): Element | undefined {
  return [...walk(root)].find((el) => attr(el, "id") === id);
}
