import type { Row } from "../layout/grid.js";
import { classifyRow, headerLabelValue, rowLooksLikeIndicator } from "./row-classifier.js";
import { prepareRow } from "./row-prepare.js";

/**
 * Whether a row inside a 绩效评价基础数据表 begins a self-evaluation printed after it with no title
 * of its own (its title lost with the page's cut, or never printed). The base-data table reports
 * staff, spending and asset figures under 填报单位: it names no project (项目名称 and its spellings),
 * has no indicator table (一级/二级/三级 columns) and no 一级/二级 indicator names (产出指标, 数量指标),
 * so a row that shows one of them is the form's. A funds header alone does not settle it (a
 * base-data table prints 预算数 and 决算数 columns too; one that scores spending, opensSelfEvaluation,
 * is read by the funds-header rule). Nor does it compare: an indicator row whose target carries its
 * sign (`=` / `≥` in a cell of its own or before the figure: 安全警示标志设置及时率 | = | 100 | %) is
 * the form's, its 一级/二级 names printed on a row above that the page's cut left out.
 */
export function opensFormAfterBaseData(row: Row): boolean {
  const v = prepareRow(row, "start");
  if (!v) return false;
  const kind = classifyRow(v, "start").kind;
  if (kind === "indicatorHeader") return true;
  if (kind === "header") return v.roles.some((r) => r?.role === "header" && r.field === "projectName") || v.cells.some((c) => headerLabelValue(c)?.field === "projectName");
  return kind === "indicatorRow" && (rowLooksLikeIndicator(v.cells) || v.cells.some((c) => COMPARED.test(c.text.trim())));
}

/** A target's comparison sign, alone in its cell or before its figure (a base table's figures are never compared). */
const COMPARED = /^(?:[=≥≤＞＜≧≦⩽⩾]|[<>]=?)\s*(?:[0-9０-９]|$)/;
