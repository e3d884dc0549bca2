import { fundColumns, fundRows, fundsLabel, headerFields } from "../../template/project.js";

/**
 * Where a flattened form's funds block begins when its label is spelled as other templates spell it
 * (年度预算数(万元), 资金情况(万元), 预算资金 …; the template's `fundsLabel`): at the label, when its unit
 * or one of the block's column names (年初预算数, 全年预算数, 调整后预算数 …) follows it. Only there:
 * 年度预算数 and 预算资金 are words of a goal's sentence too, and a header's value run on before the
 * label (`主管部门某局年度预算数(万元)年初预算…`) must end at it.
 */
const escape = (s: string) => s.replace(/[()（）]/g, (c) => `\\${c}`);
const LABELS = [...fundsLabel].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The block's first column names: the budget columns' spellings (fundColumns' initialBudget and annualBudget). */
const FIRST_COLUMNS = fundColumns
  .filter((c) => c.key === "initialBudget" || c.key === "annualBudget")
  .flatMap((c) => [...c.exact, ...(c.prefix ?? [])])
  .filter((s) => /^[\u4e00-\u9fff]{3,}$/.test(s))
  .sort((a, b) => b.length - a.length)
  .join("|");
const FUNDS_LABEL_START = new RegExp(`(?:${LABELS})(?=\\s*(?:[(（]\\s*万?\\s*元\\s*[)）]|${FIRST_COLUMNS}))`, "g");

/** The offsets in `key` (a line's pattern key) where such a funds label begins, the line's start left out. */
export function fundsLabelStarts(key: string): number[] {
  const starts: number[] = [];
  for (const m of key.matchAll(FUNDS_LABEL_START)) if (m.index! > 0) starts.push(m.index!);
  return starts;
}

/**
 * Header labels as other templates spell them (专项资金名称, 实施(主管)单位, 资金使用单位, 转移支付(项目)名称
 * …; the template's headerFields for the project's name, its department and its unit) that hold no
 * shorter row-start label: where a value run on before one (`…主管部门某局实施(主管)单位某中心…`) ends.
 * Spellings of five characters or more only: shorter ones (项目单位, 预算部门) are words of a value too.
 */
/**
 * Spellings that hold a row-start label (项目主管部门, 实施单位(盖章), 预算单位名称), which the flattened
 * form's cut finds with its qualifier, or the department form's 部门(单位), a word of its options too
 * (部门(单位)绩效自评).
 */
const HOLDS_ROW_START = /项目名称|主管部门|实施单位|项目单位|单位名称|部门名称|部门\(单位\)/;
const HEADER_LABEL_START = new RegExp(
  headerFields
    .filter((f) => f.key === "projectName" || f.key === "department" || f.key === "implementingUnit")
    .flatMap((f) => f.exact)
    .filter((s) => [...s].length >= 5 && !HOLDS_ROW_START.test(s))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|"),
  "g",
);

/** The offsets in `key` where such a header label begins, the line's start left out. */
export function headerLabelStarts(key: string): number[] {
  const starts: number[] = [];
  for (const m of key.matchAll(HEADER_LABEL_START)) if (m.index! > 0) starts.push(m.index!);
  return starts;
}

/**
 * The funds' total row spelled 总额 (Sichuan's template; fundRows' total) run on after the block's
 * column names or the row before (`…执行率(全年执行数/全年预算数)总额:620.82万元…`): after a bracket,
 * a blank or a column name's last character, before its figure. Not the end of 资金总额 or 预算总额
 * (a word of a sentence or another label).
 */
const TOTAL_ROW_START = /(?<=[)）\s数率分]|^)总额(?=\s*[:：]?\s*[0-9０-９])/g;

/** The offsets in `key` where such a total row begins, the line's start left out. */
export function fundTotalStarts(key: string): number[] {
  const starts: number[] = [];
  for (const m of key.matchAll(TOTAL_ROW_START)) if (m.index! > 0) starts.push(m.index!);
  return starts;
}

/**
 * Fund rows of the carried-over, special-account and other funds in the template's spellings
 * (fundRows: 上年结转, 财政专户管理资金, 其它资金 …), run on after the row before: where that row ends.
 * Only before its amount, a dash or the line's end: a formula names them too (`(上年结转+年初预算…)`).
 * (Not the year's appropriation, 财政资金 / 财政拨款: words of sentences and of the task table's header,
 * and printed after 其中:, a row start of its own; nor 单位资金, a word of a value.)
 */
const FUND_ROW_START = new RegExp(
  "(?<![(（+＋])(?:" +
  fundRows
    .filter((r) => r.key === "carryOver" || r.key === "specialAccount" || r.key === "other")
    .flatMap((r) => r.exact)
    .filter((s) => /^[\u4e00-\u9fff]{4,}$/.test(s))
    .sort((a, b) => b.length - a.length)
    .join("|") + ")(?=\\s*[:：]?\\s*(?:[0-9０-９]|[—\\-－/／]|$))",
  "g",
);

/** The offsets in `key` where such a fund row begins, the line's start left out. */
export function fundRowStarts(key: string): number[] {
  const starts: number[] = [];
  for (const m of key.matchAll(FUND_ROW_START)) if (m.index! > 0) starts.push(m.index!);
  return starts;
}
