/**
 * How good is an OCR text layer? The share of the template's core labels found in it. A form's
 * printed labels are a closed vocabulary (src/template), printed on every form of the family; an
 * OCR engine that read them has read the table's cells well enough to trust, and one that lost
 * many has lost the values beside them too (garbage such as `SEEDY` in the header cells).
 *
 * A group is one label in all its spellings (项目名称 / 项目名 / 专项资金名称 …); it is found when
 * one spelling appears in the text of some page, white space ignored (OCR engines put spaces
 * between CJK words). Only spellings of three characters or more count, 得分/分值/总分/合计
 * excepted: two characters are found by chance in garbage too often.
 */
import * as T from "../../template/project.js";
import { labelKey } from "../../template/labels.js";

interface Group {
  name: string;
  spellings: string[];
  /** Printed on project forms only: a department-wide form (部门整体) has no 项目名称, 实施单位 or fund columns of a project. */
  projectOnly?: boolean;
}

const long = (list: readonly string[]) => list.map(labelKey).filter((s) => Array.from(s).length >= 3);
const of = <K extends string>(list: readonly T.Spelling<K>[], key: K) => {
  const sp = list.find((s) => s.key === key);
  return sp ? [...sp.exact, ...(sp.prefix ?? [])] : [];
};

/** The labels every project form of the family prints (national, Shanghai, Beijing 2016, Sichuan). */
export const CORE_LABELS: readonly Group[] = [
  { name: "title", spellings: ["自评表"] },
  { name: "projectName", spellings: long(of(T.headerFields, "projectName")), projectOnly: true },
  { name: "department", spellings: long(of(T.headerFields, "department")) },
  { name: "implementingUnit", spellings: long(of(T.headerFields, "implementingUnit")), projectOnly: true },
  { name: "initialBudget", spellings: long(of(T.fundColumns, "initialBudget")), projectOnly: true },
  { name: "executed", spellings: long(of(T.fundColumns, "executed")), projectOnly: true },
  { name: "rate", spellings: long(of(T.fundColumns, "rate")), projectOnly: true },
  { name: "level1", spellings: ["一级指标"] },
  { name: "level2", spellings: ["二级指标"] },
  { name: "level3", spellings: long(of(T.indicatorColumns, "level3")) },
  { name: "target", spellings: long(of(T.indicatorColumns, "target")) },
  { name: "actual", spellings: long(of(T.indicatorColumns, "actual")) },
  { name: "output", spellings: ["产出指标"] },
  { name: "outcome", spellings: ["效益指标"] },
  { name: "weight", spellings: ["分值", "权重"] },
  { name: "score", spellings: ["得分"] },
  { name: "total", spellings: ["总分", "合计"] },
];

export interface LabelShare {
  found: number;
  of: number;
  share: number;
  /** The groups not found, by name (for the diagnostic and for debugging a threshold). */
  missing: string[];
}

/**
 * Share of the core labels found in the pages' text (each page's runs in the order given). A
 * layer whose text has a department-wide form's title is judged on the labels that form prints.
 */
export function labelShare(pages: readonly { runs: readonly { str: string }[] }[]): LabelShare {
  const texts = pages.map((p) => labelKey(p.runs.map((r) => r.str).join("")));
  const department = texts.some((t) => T.departmentTitlePattern.test(t));
  const groups = department ? CORE_LABELS.filter((g) => !g.projectOnly) : CORE_LABELS;
  const missing = groups.filter((g) => !texts.some((t) => g.spellings.some((s) => t.includes(s)))).map((g) => g.name);
  const found = groups.length - missing.length;
  return { found, of: groups.length, share: found / groups.length, missing };
}
