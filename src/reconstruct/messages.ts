/**
 * Messages of the reconstructor meant for people, in Chinese (the users' language) and English.
 * The input's own text is quoted as read, whatever the language.
 */
import type { Lang } from "../messages.js";

/** Where a cut-off form stopped: a line, a page, or only the end of the input. */
export type Place = { line: number } | { page: number } | null;

const zh = {
  notInContract: (label: string) => `「${label}」不是合同定义的字段，未读取`,
  ambiguousSplit: (one: string, other: string, text: string) => `连写的数字可有多种拆法（${one} 或 ${other}），未取值：${text}`,
  incomplete: (at: Place) =>
    `表格不完整：${at === null ? "输入末尾" : "line" in at ? `第 ${at.line} 行` : `第 ${at.page} 页`}之后没有总分行，已保留读到的部分`,
  unplaced: (text: string) => `无法放入表格的文字：${text}`,
  reportNo: (text: string) => `报表编号「${text}」不是合同定义的字段，未读取`,
  extraGoalText: (text: string) => `年度总体目标中多出的文字：${text}`,
  indicatorWithoutValues: (text: string) => `没有指标值的指标行，未作为指标读取：${text}`,
  namesUnsettled: (text: string) => `二级、三级指标名称与评分标准连写，看不出名称在哪里结束，未取值：${text}`,
  otherForm: (title: string, name: string) => `「${title}」是${name}，不是绩效自评表，未作为自评表读取`,
  scrambledName: (text: string, name: string) => `「${text}」是「${name}」的字序颠倒，按「${name}」读取`,
  cutLevel1: (text: string, name: string, level2: string) => `一级指标「${text}」不完整：以它开头、下设「${level2}」的一级指标只有「${name}」，按「${name}」读取`,
  cutLevel1Unsettled: (text: string, names: string, level2: string) => `一级指标「${text}」不完整：以它开头、下设「${level2}」的一级指标有 ${names}，未取值`,
  loneValuesAsTargets: (count: number) => `指标表每行只有一个值，没有偏差原因，总分空白（尚未自评）：各行的值同在一列，这 ${count} 个值按年度指标值读取`,
  columnsByTable: (count: number) => `指标表没有表头，各行的单元格位置相同：其他行在此处是年度指标值和实际完成值，这 ${count} 行按此读取`,
  totalWeightUnsettled: (text: string) => `总分行连着其他行的文字和数字，看不出哪个是总分值，未取值：${text}`,
  fundColumnsByTable: () => `资金表各行比表头少一格：分项行的执行率和空白分值、得分只在各行末尾对齐时各得其所，各行按末尾对齐读取（少的一格是预算数之一）`,
};

const en: typeof zh = {
  notInContract: (label) => `“${label}” is not a field of the contract; not read`,
  ambiguousSplit: (one, other, text) => `run-together numbers can be split more than one way (${one} or ${other}); left unread: “${text}”`,
  incomplete: (at) =>
    `the form is incomplete: no total-score row ${at === null ? "up to the end of the input" : "line" in at ? `after line ${at.line}` : `after page ${at.page}`}; what was read is kept`,
  unplaced: (text) => `text that does not fit in the table: “${text}”`,
  reportNo: (text) => `report number “${text}” is not a field of the contract; not read`,
  extraGoalText: (text) => `extra text in the annual overall goals: “${text}”`,
  indicatorWithoutValues: (text) => `indicator row without values, not read as an indicator: “${text}”`,
  namesUnsettled: (text) => `the 二级 and 三级 names run into the scoring rule and nothing shows where they end; left unread: “${text}”`,
  otherForm: (title, name) => `“${title}” is another form of a project's dossier (“${name}”), not a self-evaluation; not read as a form`,
  scrambledName: (text, name) => `“${text}” is “${name}” with its characters out of order; read as “${name}”`,
  cutLevel1: (text, name, level2) => `the 一级 name “${text}” is cut short: the one 一级 that begins so and holds “${level2}” is “${name}”; read as “${name}”`,
  cutLevel1Unsettled: (text, names, level2) => `the 一级 name “${text}” is cut short: the 一级 names that begin so and hold “${level2}” are ${names}; left unread`,
  loneValuesAsTargets: (count) => `every indicator row gives one value, none a reason for deviation, the total blank (not yet evaluated): the values stand in one column, and these ${count} are read as the targets`,
  columnsByTable: (count) => `the indicator table has no header and its rows keep their cells' places: where the other rows hold the target and the completion, these ${count} rows are read so`,
  totalWeightUnsettled: (text) => `the total row runs into other rows' words and figures, and nothing shows which figure is its 分值; left unread: “${text}”`,
  fundColumnsByTable: () => `the funds table's rows each give one cell fewer than its header: a part's rate and blank points fit only with the cells ending on the last columns, so every row is read so (the missing cell is one of the budgets)`,
};

export type ReconstructMessages = typeof zh;

export function reconstructMessages(lang: Lang = "zh"): ReconstructMessages {
  return lang === "en" ? en : zh;
}
