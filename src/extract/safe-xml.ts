/**
 * The one way jixiao parses XML it did not write (hOCR, ALTO, office packages): fast-xml-parser in
 * document order with entity processing off, so a DOCTYPE expands nothing (no billion laughs) and
 * no external entity is ever read. Values stay text; callers decode what they need.
 */
import { XMLParser } from "fast-xml-parser";

/** One node of fast-xml-parser's `preserveOrder` output: `{ tag: children, ":@": attributes }` or `{ "#text": text }`. */
export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

export function parseXml(xml: string): XNode[] {
  return parser.parse(xml) as XNode[];
}
