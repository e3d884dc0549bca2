import type { HeaderField } from "../template/project.js";
import { fundPairWords } from "../template/project.js";
import { columnRoles, labelRole, type LabelRole } from "./row-view.js";

/**
 * What the row path asks of one cell's text, kept in one record per distinct text: a row then
 * looks each cell up once (textFacts) instead of once in each question's own cache (its label
 * role, its column roles, whether it is a title, another form's title, a header label and value).
 * Those lookups, keyed by the same text, were about a tenth of the reconstructor's time. Every
 * fact is a function of the text alone, so a record answers what the direct call answers.
 */
export interface TextFacts {
  readonly text: string;
  readonly role: LabelRole | null;
  readonly cols: ReturnType<typeof columnRoles>;
  /**
   * Whether the text names a pair layout's funds label (fundPairWords) or 任务 (a 年度主要任务
   * column): the gates two row rules ask of every cell of nearly every row, so each distinct text
   * is searched once instead of once a row.
   */
  readonly fundPairWord: boolean;
  readonly taskWord: boolean;
  /** isTitle(text), filled when first asked (row-classifier.ts). */
  title?: boolean;
  /** otherFormName(text), filled when first asked. */
  otherForm?: string | null;
  /** headerLabelValue of a cell with this text, filled when first asked. */
  header?: Readonly<{ field: HeaderField; value: string }> | null;
}

const cache = new Map<string, TextFacts>();
const CACHE_LIMIT = 20_000;

export function textFacts(text: string): TextFacts {
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = {
      text,
      role: labelRole(text),
      cols: columnRoles(text),
      fundPairWord: fundPairWords.test(text),
      taskWord: text.includes("任务") || text.includes("任務"),
      title: undefined,
      otherForm: undefined,
      header: undefined,
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}
