import type { Cell, Row } from "../layout/grid.js";
import { labelKey, matchSpelling, splitLabelValue } from "../template/labels.js";
import {
  fundColumns,
  fundRows,
  fundsLabel,
  goalColumns,
  goalsLabel,
  headerFields,
  indicatorColumns,
  indicatorsLabels,
  verticalLabels,
  totalLabels,
  trailerLabels,
  type FundColumn,
  type FundRowKey,
  type HeaderField,
  type IndicatorColumn,
} from "../template/project.js";
import { hasText, isBlankText } from "./classify.js";
import type { RawValue } from "./raw-form.js";

/** What a cell is, as a label of the template; null for a value. */
export type LabelRole =
  | { role: "header"; field: HeaderField }
  | { role: "fundsLabel" }
  | { role: "fundColumn"; column: FundColumn }
  | { role: "fundRow"; key: FundRowKey }
  | { role: "goalsLabel" }
  | { role: "goalColumn"; column: "expected" | "actual" }
  | { role: "indicatorColumn"; column: IndicatorColumn }
  | { role: "indicatorsLabel" }
  | { role: "total" }
  | { role: "trailer" };

const fragmentSet = new Set(verticalLabels.flatMap((label) => substrings(label)));

function substrings(s: string): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) for (let j = i + 1; j <= chars.length; j++) out.push(chars.slice(i, j).join(""));
  return out;
}

/** The numbering of a part under the row above it: ①, ⑴, (1), 1. */
export const PART_NUMBER = /^([①-⑳⑴-⒇]|\(\d{1,2}\)|\d{1,2}[.、])/;

const roleCache = new Map<string, LabelRole | null>();
const columnCache = new Map<string, { fund: FundColumn | null; indicator: IndicatorColumn | null }>();
const CACHE_LIMIT = 20_000;

export function labelRole(text: string): LabelRole | null {
  const hit = roleCache.get(text);
  if (hit !== undefined) return hit;
  const role = computeLabelRole(text);
  if (roleCache.size >= CACHE_LIMIT) roleCache.clear();
  roleCache.set(text, role);
  return role;
}

/** Longest text a label's cell holds (after labelKey). */
const MAX_LABEL_LENGTH = 24;

/** What may follow the funds block's label: its unit, its points, or both. */
const FUNDS_LABEL_TAIL = /^(?:\((?:万?元)\))?(?:\(\d{1,3}(?:\.\d+)?分\))?$/;

/** A ratio's formula in brackets after a label (`(当年实际支出金额/项目当年下达额度)`): a note, no part of the name. */
const FORMULA_NOTE = /\([^()]*\/[^()]*\)$/;

function computeLabelRole(text: string): LabelRole | null {
  let key = labelKey(text);
  // (A long formula may take a short label past the length a label has: the label is read without it.)
  if (key.length > MAX_LABEL_LENGTH) key = key.replace(FORMULA_NOTE, "");
  if (key === "" || key.length > MAX_LABEL_LENGTH) return null;
  const header = matchSpelling(key, headerFields);
  if (header) return { role: "header", field: header };
  // (After the label its unit, its points or both: 预算执行情况(万元)(20分), the block's weight in the score.)
  if (fundsLabel.some((l) => key === l || (key.startsWith(l) && FUNDS_LABEL_TAIL.test(key.slice(l.length))))) {
    return { role: "fundsLabel" };
  }
  // A fund row numbered as a part (①项目支出, (1)基本支出) is that row.
  const fundRow = matchSpelling(key, fundRows) ?? (PART_NUMBER.test(key) ? matchSpelling(key.replace(PART_NUMBER, ""), fundRows) : null);
  if (fundRow) return { role: "fundRow", key: fundRow };
  if (goalsLabel.includes(key)) return { role: "goalsLabel" };
  const goal = matchSpelling(key, goalColumns);
  if (goal) return { role: "goalColumn", column: goal };
  if (indicatorsLabels.includes(key)) return { role: "indicatorsLabel" };
  if (totalLabels.includes(key)) return { role: "total" };
  if (trailerLabels.includes(key)) return { role: "trailer" };
  return null;
}

/** Column-header roles are ambiguous between the funds and the indicator tables (分值, 得分). */
export function columnRoles(text: string): { fund: FundColumn | null; indicator: IndicatorColumn | null } {
  const hit = columnCache.get(text);
  if (hit) return hit;
  const key = labelKey(text);
  const roles = { fund: matchSpelling(key, fundColumns), indicator: matchSpelling(key, indicatorColumns) };
  if (columnCache.size >= CACHE_LIMIT) columnCache.clear();
  columnCache.set(text, roles);
  return roles;
}

export function isLabelFragment(text: string): boolean {
  return fragmentSet.has(labelKey(text));
}

export function toRaw(cells: readonly Cell[], sep: string): RawValue | null {
  const nonBlank = cells.filter((c) => hasText(c.text));
  if (nonBlank.length === 0) return null;
  return { text: nonBlank.map((c) => c.text).join(sep), source: nonBlank[0]!.source };
}

export function rawOf(cell: Cell): RawValue {
  return { text: cell.text, source: cell.source };
}

export function nonBlankCells(row: Row): Cell[] {
  return row.cells.filter((c) => !isBlankText(c.text) || hasText(c.text));
}

export { splitLabelValue };
