import { BOUND_WORDS } from "./classify.js";
/**
 * A row run together that opens an excerpt cut inside the indicator table (its title, header,
 * funds and column names on the page before): a 三级 name, then a target with a comparison sign
 * and its figure (`公益性讲座知晓率=100%10055`, `群众满意度≥95%9610`). No other row of a form opens
 * so: a header label or a fund row's opens on a label, a goal's text on its words with no sign
 * before a figure.
 */
const MID_TABLE_ROW = new RegExp(String.raw`^([\u4e00-\u9fff“"][\u4e00-\u9fff0-9a-zA-Z()（）、“”"]{1,30}?)(?:[≥≤＞＜＝≧≦⩽⩾]|[<>=]=?|${BOUND_WORDS})\s*[0-9０-９]`);

/**
 * Does this run-together text open mid-table, as an indicator row with no header above it?
 * `isLabel` tells the template's labels: a name that begins with one (年度资金总额=…) is no 三级 name.
 */
export function opensMidTableRow(text: string, isLabel: (s: string) => boolean): boolean {
  const m = MID_TABLE_ROW.exec(text.trim());
  if (!m) return false;
  const name = m[1]!;
  for (let k = 2; k <= name.length; k++) if (isLabel(name.slice(0, k))) return false;
  return true;
}
