/**
 * OCR misreads one character of a printed label now and then (数童指标 for 数量指标, 实施单丁 for
 * 实施单位). The form's labels are a closed vocabulary — the template's spellings — so a cell
 * whose text is within a character or two of exactly one of them is read as that label. Text
 * that is no near match, or near two labels alike, is left as read.
 */
import { levenshtein } from "./distance.js";
import * as T from "../../template/project.js";

const TITLES = ["项目支出绩效自评表", "财政支出项目绩效自评表", "财政项目支出绩效自评表", "项目绩效自评表", "部门整体支出绩效自评表", "专项资金绩效目标自评表", "财政支出项目绩效目标自评表"];

function spellings<K extends string>(list: readonly T.Spelling<K>[]): string[] {
  return list.flatMap((s) => [...s.exact, ...(s.prefix ?? [])]);
}

/** Every label of the project template, in label-key form (ASCII brackets and colon). */
export function templateVocabulary(): string[] {
  const all = [
    ...TITLES,
    ...spellings(T.headerFields),
    ...T.fundsLabel,
    ...spellings(T.fundColumns),
    ...spellings(T.fundRows),
    ...T.goalsLabel,
    ...spellings(T.goalColumns),
    ...T.verticalLabels,
    ...spellings(T.indicatorColumns),
    ...T.level1Names,
    ...T.level2Names,
    ...T.budgetExecutionNames,
    ...T.totalLabels,
    ...T.trailerLabels,
    // The template's verdicts and stock phrases for targets and actuals (达成预期指标, 效果明显, 有所
    // 提升): a fax reads 达成拓期指标, 效果骨显, 有所提乱 as it reads labels, one stroke lost.
    ...T.qualitativeValues,
  ];
  return [...new Set(all.map(foldLabel))].filter((l) => Array.from(l).length >= 3);
}

/** Label-key form: no white space, ASCII brackets and colon. */
export function foldLabel(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（﹙]/g, "(")
    .replace(/[）﹚]/g, ")")
    .replace(/[：﹕]/g, ":");
}

/** Puts the text's own bracket and colon style back on a label (the output keeps punctuation as printed). */
function restyle(label: string, like: string): string {
  let out = label;
  if (/[（）]/.test(like)) out = out.replace(/\(/g, "（").replace(/\)/g, "）");
  if (/：/.test(like)) out = out.replace(/:/g, "：");
  return out;
}

let vocab: { label: string; len: number }[] | null = null;

let vocabSet: Set<string> | null = null;

/** Whether `text` is exactly one of the template's labels (of three characters or more). */
export function isTemplateLabel(text: string): boolean {
  vocabSet ??= new Set(templateVocabulary());
  return vocabSet.has(foldLabel(text));
}

export interface Snap {
  text: string;
  /** The text as read, when it was snapped. */
  from?: string;
}

/**
 * A unit cell of two characters ending in 元 that is no unit: 万元 with 万 misread (力元 on a fax,
 * d-fax-p06). 万元 is the only two-character unit in 元 the form family uses (元, 万元: forms.md);
 * 亿元 and 千元, rarer, are left as read, as is anything with a digit.
 */
const MISREAD_WAN_YUAN = /^[^\d万亿千百美元]元$/u;

/**
 * The label `text` is a near miss of, if exactly one: at most one differing character in four
 * (so a four-character label tolerates one, an eight-character label two), and at most one
 * character more or fewer. Callers snap only readings OCR was unsure of: a sure reading one
 * character from a label is another word (质量目标 beside 质量指标).
 */
export function snapToVocabulary(text: string): Snap {
  vocab ??= templateVocabulary().map((label) => ({ label, len: Array.from(label).length }));
  const key = foldLabel(text);
  const n = Array.from(key).length;
  if (n === 2 && MISREAD_WAN_YUAN.test(key)) return { text: "万元", from: text };
  if (n < 3 || n > 16 || /\d{2}/.test(key)) return { text };
  let best: string | null = null;
  let bestD = Infinity;
  let second = Infinity;
  for (const v of vocab) {
    if (Math.abs(v.len - n) > 2) continue;
    const d = levenshtein(key, v.label);
    if (d === 0) return { text };
    if (d < bestD) {
      second = bestD;
      bestD = d;
      best = v.label;
    } else if (d < second) second = d;
  }
  if (best === null) return { text };
  const allowed = Math.floor(Array.from(best).length / 4);
  if (bestD > allowed || second <= bestD) return { text };
  // OCR misreads a character for another; it rarely drops two. A reading two characters short
  // of a label is another word (服务对象满意度 is not 服务对象满意度指标).
  if (Math.abs(Array.from(best).length - n) > 1) return { text };
  return { text: restyle(best, text), from: text };
}

/**
 * The year line under the title, (2020年度), with 年 or a bracket misread (a bilevel scan's 年
 * loses its thin strokes: 毕度, 华度; a closing bracket reads as } or ]): four digits of a year,
 * one character, 度, alone on a line. Nothing else on a form has that shape, so it is read as
 * the year line; what was read is kept.
 */
export function snapYearLine(text: string): Snap {
  // 《 too: a photo's blurred （ (d-photo-p06: 《2020年度 )); a speck kept as a point after the
  // bracket on a fax (d-fax-p01: (.2020年度 )).
  const m = /^([(（\[【{《]{0,2})\s*([.。·,，]?)\s*((?:19|20)\d{2})\s*([^\d\s])\s*度\s*([)）\]】}|]?)$/u.exec(text.trim());
  if (!m) return { text };
  const [, open, speck, year, nian, close] = m as unknown as [string, string, string, string, string, string];
  // Read right (spaces and bracket style are the printer's): nothing to put back.
  const properOpen = speck === "" && (open === "" || open === "(" || open === "（");
  const properClose = close === ")" || close === "）" || (close === "" && open === "");
  if (nian === "年" && properOpen && properClose) return { text };
  const wide = open === "（" || close === "）";
  const bracketed = open !== "" || close !== "";
  const snapped = bracketed ? `${wide ? "（" : "("}${year}年度${wide ? "）" : ")"}` : `${year}年度`;
  return snapped === text ? { text } : { text: snapped, from: text };
}

/**
 * The funds table's label with its unit, 项目资金(万元), with a bracket or the unit misread
 * (项目资金【万元, 预算执行情况( 方元1: 万 loses its top stroke and reads 方). The unit is one of
 * two, 元 or 万元, so a near miss is read as the nearer; what was read is kept.
 */
const FUNDS_LABELS_LONGEST_FIRST = [...T.fundsLabel].sort((a, b) => b.length - a.length);

export function snapFundsLabelUnit(text: string): Snap {
  const t = text.replace(/\s+/g, "");
  const open = t.search(/[(（【\[{〔]/u);
  if (open < 0) return { text };
  const head = t.slice(0, open);
  // The label as printed, or with one character misread (项日资金) when at least four long.
  const label = FUNDS_LABELS_LONGEST_FIRST.find((l) => l === head) ?? FUNDS_LABELS_LONGEST_FIRST.find((l) => l.length >= 4 && l.length === head.length && levenshtein(l, head) === 1);
  if (!label) return { text };
  // 元 or 万元: one character before 元 (万, or 方/册 where 万 lost a stroke) is 万.
  const m = /^[(（【\[{〔]([^\d元()（）]?)元[)）】\]}〕1l|]?$/u.exec(t.slice(open));
  if (!m) return { text };
  const snapped = `${label}（${m[1] ? "万" : ""}元）`;
  const proper = label === head && /^[(（](万?)元[)）]$/u.test(t.slice(open));
  return proper ? { text } : { text: snapped, from: text };
}

/** How every form title ends (`titlePattern` in the template). */
const TITLE_ENDS = ["绩效自评表", "绩效目标自评表", "绩效自评报告表", "绩效自评情况表"];

/**
 * A title line whose ending is read with one character wrong (…绩效自评胡, …绩效白评表): without
 * its ending the reconstructor does not see a title at all. A line of at least two characters
 * more than the ending, whose last characters differ from one ending in exactly one place, is
 * read with that ending; the rest of the line is left as read.
 */
export function snapTitle(text: string): Snap {
  const t = text.trim();
  if (T.titlePattern.test(t)) return { text };
  for (const end of TITLE_ENDS) {
    const chars = Array.from(t);
    const n = Array.from(end).length;
    if (chars.length < n + 2) continue;
    const tail = chars.slice(-n);
    const wrong = tail.filter((c, i) => c !== Array.from(end)[i]).length;
    if (wrong === 1) return { text: chars.slice(0, -n).join("") + end, from: text };
  }
  return { text };
}
