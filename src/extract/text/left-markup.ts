/**
 * What a page's converter left of its markup in the text: entities written out (`&nbsp;`,
 * `&amp;`, `&#12288;`), line-break tags (`<br>`), Markdown emphasis around a cell (`**项目名称**`), no-break spaces where the
 * page had `&nbsp;`. None of it is a cell's text; each piece is a named pattern with its
 * replacement, so a new converter's habit is one more row.
 */
import { touchesCjk } from "../../normalise/text.js";

interface LeftMarkup {
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const NAMED_ENTITIES: Record<string, string> = { nbsp: " ", ensp: " ", emsp: "\u3000", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–", hellip: "…", times: "×", divide: "÷", le: "≤", ge: "≥", yen: "¥", permil: "‰" };

export const LEFT_MARKUP: readonly LeftMarkup[] = [
  // A no-break space is a space to every reader of the page.
  { name: "no-break space", pattern: /\u00a0/g, replace: () => " " },
  { name: "named entity", pattern: /&([a-z]{2,7});/g, replace: (m, name) => NAMED_ENTITIES[name!] ?? m },
  {
    name: "numeric entity",
    pattern: /&#(x[0-9a-f]{1,6}|\d{1,7});/gi,
    replace: (m, code) => {
      const n = code!.startsWith("x") || code!.startsWith("X") ? parseInt(code!.slice(1), 16) : parseInt(code!, 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : m;
    },
  },
  // A line break inside a cell written out as a tag (a Markdown table's, a page copied with its
  // markup): what the normaliser makes of it in a value — nothing beside Chinese, else a space —
  // but before the rows are read, where `。<br>已完成` hid the sentence's end from the split of a
  // goal from its completion (and a space would part a linear row's cell in two).
  {
    name: "line-break tag",
    pattern: /<br\s*\/?>/gi,
    replace: (m, at, text) => (touchesCjk(text!, Number(at), Number(at) + m.length) ? "" : " "),
  },
  // **bold** or __bold__ around a label (a Markdown converter's emphasis): the label stays.
  { name: "emphasis", pattern: /\*\*([^*\n]+?)\*\*|(?<!_)__([^_\n]+?)__(?!_)/g, replace: (_m, a, b) => a ?? b ?? "" },
];

/** The text with what converters leave of markup taken out; everything else as it was. */
export function dropLeftMarkup(text: string): string {
  let out = text;
  for (const m of LEFT_MARKUP) out = out.replace(m.pattern, m.replace as (s: string, ...a: string[]) => string);
  return out;
}
