import { labelKey } from "../template/labels.js";
import { goalsBlockHeadings } from "../template/project.js";

/** A heading's numbering: `1.`, `2、`, `(1)`, `一、`, `（二）`. */
const NUMBERING = /^(?:[0-9０-９]{1,2}\s*[.、．]|[(（]\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[)）]|[一二三四五六七八九十]{1,2}\s*、)\s*/;

const headings = new Set(goalsBlockHeadings);

/**
 * A numbered heading of the form's own (template data, `goalsBlockHeadings`) in its goals block:
 * `1.项目年度目标完成情况` heading the goals, `2.项目实施内容及过程概述` the part after them. Only
 * numbered: the bare words may be a goal column's name.
 */
export function isGoalsBlockHeading(text: string): boolean {
  const t = text.trim();
  const m = NUMBERING.exec(t);
  if (!m) return false;
  return headings.has(labelKey(t.slice(m[0].length)));
}

/**
 * The goal texts of one row, parted at a numbered heading of the form's own: a heading before
 * any goal text heads the block (no goal); one after a goal text ends the goals, it and what
 * follows it (that part's prose) being no goal either. `goalsBefore` says whether the block
 * already holds goal texts from rows before.
 */
export function partAtGoalsBlockHeading<T extends { text: string }>(texts: readonly T[], goalsBefore: boolean): { goals: T[]; headings: T[]; after: T[]; ended: boolean } {
  const goals: T[] = [];
  const headingCells: T[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (!isGoalsBlockHeading(t.text)) {
      goals.push(t);
      continue;
    }
    if (goalsBefore || goals.length > 0) return { goals, headings: headingCells, after: texts.slice(i), ended: true };
    headingCells.push(t);
  }
  return { goals, headings: headingCells, after: [], ended: false };
}
