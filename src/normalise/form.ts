import { foldWidth } from "./fold-width.js";
import type { CellSource } from "../layout/grid.js";
import type { RawForm, RawIndicator, RawValue } from "../reconstruct/raw-form.js";
import type { Diagnostic, Form, FundRow, Indicator, SourceLocation } from "../schema/index.js";
import { labelKey } from "../template/labels.js";
import { budgetExecutionNames, NUMBERED_NAME_WORD, yearLostCharPattern, yearPattern, type FundColumn } from "../template/project.js";

/**
 * The number printed before a 三级 name (`指标1:`, `任务2、`): no part of the name. The template's
 * `指标:` whose number the unit deleted is the same label (a colon then, never a 、 or a stop:
 * `指标、` could begin a name).
 */
const NUMBER_BEFORE_NAME = new RegExp(`^${NUMBERED_NAME_WORD}\\s*(?:\\d+\\s*[:：.．、]|[:：])\\s*`);
/**
 * A 年度主要任务 row's number before its task's name (`1、养老服务体系建设`, `(2)`, `③`): the row's place
 * in the list, as 任务1: is an indicator's, no word of the name. (Not a figure that opens a name: 3.15活动, 12345热线.)
 */
const TASK_NUMBER = /^\s*(?:\d{1,2}\s*(?:、|[.．](?![0-9０-９]))|[(（]\d{1,2}[)）]|[①-⑳])\s*(?=\S)/;
import { level1WithWeight, LOST_LEVEL1_NAME, LOST_LEVEL1_NAME_BARE } from "../reconstruct/classify.js";
import type { Lang } from "../messages.js";
import { normaliseMessages } from "./messages.js";
import { readNumber } from "./number.js";
import { normaliseText } from "./text.js";

export type UnauditedForm = Omit<Form, "audit">;

const budgetNames = new Set(budgetExecutionNames);
const AMOUNT_COLUMNS = ["initialBudget", "annualBudget", "executed"] as const;

/**
 * Turns a raw form (text as read) into the contract's Form fields: text normalised once, numbers
 * read, every value's source recorded under its JSON Pointer. Nothing is invented: a number that
 * cannot be read is null with its text kept in `sources`.
 */
/** A year line without 年: `(2021)`, or labelled: `年度:2021`, `评价年度:2021`. */
const BARE_YEAR_LINE = /^(?:[(（]((?:19|20)\d{2})[)）]|(?:评价|所属|预算|評價|所屬|預算)?年度[:：]((?:19|20)\d{2}))$/;
/** A year in Chinese numerals, as some covers print it (`二〇一九年度部门整体支出…`, 二零二一年). */
const CHINESE_YEAR = /((?:二[〇零○]|一九)[〇零○一二三四五六七八九]{2})年/;
const CHINESE_DIGIT: Record<string, string> = { 〇: "0", 零: "0", "○": "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
/** A year in Chinese numerals, in digits (二〇一九 → 2019). */
const chineseYear = (numerals: string): string => [...numerals].map((c) => CHINESE_DIGIT[c]).join("");

export function normaliseForm(raw: RawForm, formPath: string, options: { lang?: Lang | undefined } = {}): { form: UnauditedForm; diagnostics: Diagnostic[] } {
  const msg = normaliseMessages(options.lang);
  const sources: Record<string, SourceLocation> = {};
  const diagnostics: Diagnostic[] = [];
  const st: ReadState = { sources, noted: false, diagnostics, msg, formPath };

  const title = text(st, "/title", raw.title);
  let year: number | null = null;
  for (const v of [raw.year, raw.title]) {
    // The year line is `(2021年度)`, or `(2021)` alone where it is the year line (not in a title).
    const compact = v ? v.text.replace(/\s+/g, "") : "";
    // A title's year whose 年 was decoded as a dash (`20 16 -度部门…`) is its year too.
    const m = v ? (yearPattern.exec(compact) ?? (v === raw.year && v !== raw.title ? BARE_YEAR_LINE.exec(compact) : null) ?? (v === raw.title ? yearLostCharPattern.exec(compact) : null)) : null;
    const chinese = v && !m ? CHINESE_YEAR.exec(compact) : null;
    const found = m ? (m[1] ?? m[2]!) : chinese ? chineseYear(chinese[1]!) : null;
    if (found) {
      year = Number(found);
      note(st, "/year", v);
      break;
    }
  }

  const department = splitCode(withoutSealNote(text(st, "/department", raw.department)));
  const unit = splitCode(withoutSealNote(text(st, "/implementingUnit", raw.implementingUnit)));

  // Funds.
  const unitKey = raw.funds.unit ? labelKey(raw.funds.unit.text) : "";
  const fundUnit = /万元/.test(unitKey) ? "万元" : /元/.test(unitKey) ? "元" : null;
  note(st, "/funds/unit", raw.funds.unit);
  const rows: FundRow[] = [];
  const used = new Set<string>();
  let extra = 0;
  raw.funds.rows.forEach((r) => {
    let key: string = r.key ?? "";
    if (!key || used.has(key)) key = `extra${++extra}`;
    used.add(key);
    const i = rows.length;
    const row: FundRow = {
      key,
      label: text(st, fundPointer(i, "label"), r.label),
      initialBudget: null,
      annualBudget: null,
      executed: null,
    };
    for (const col of AMOUNT_COLUMNS) {
      if (raw.funds.columns.length > 0 && !raw.funds.columns.includes(col)) continue;
      const v = r.values[col] ?? null;
      row[col] = number(st, fundPointer(i, col), v);
      if (v && fundUnit) {
        const printed = readNumber(v.text);
        if (printed.kind === "number" && printed.unit && (printed.unit === "元" || printed.unit === "万元") && printed.unit !== fundUnit) {
          diagnostics.push({
            code: "unit-mismatch",
            severity: "warning",
            message: msg.unitMismatch(v.text.trim(), fundUnit),
            path: `${formPath}/funds/rows/${i}/${col}`,
            source: sourceOf(v),
          });
        }
      }
    }
    // The department form's 资金结构 columns, where its header printed them.
    for (const [col, field] of DEPARTMENT_FUND_COLUMNS) {
      if (!raw.funds.columns.includes(col)) continue;
      const v = r.values[col] ?? null;
      row[field] = number(st, `/funds/rows/${i}/${field}`, v);
    }
    rows.push(row);
  });
  raw.funds.rows.forEach((r, i) => {
    if (r.parentIndex !== undefined && rows[r.parentIndex]) rows[i]!.parent = rows[r.parentIndex]!.key;
  });

  let fundsWeight = number(st, "/funds/weight", raw.funds.weight);
  let fundsScore = number(st, "/funds/score", raw.funds.score);
  const rate = readRate(st, raw.funds.rate, rows);

  // Indicators, with the budget-execution row scored inside the table moved to the funds block.
  const indicators: Indicator[] = [];
  const rawIndicators: RawIndicator[] = [];
  for (const ri of raw.indicators) {
    const l1 = ri.level1 ? labelKey(ri.level1.text) : "";
    const l2 = ri.level2 ? labelKey(ri.level2.text) : "";
    // A department's scoring sheet groups items of its own under 预算执行 (预算完成率, 预算控制率):
    // a 三级 name that is not the budget's own makes the row an indicator.
    const l3 = ri.level3 ? labelKey(ri.level3.text) : "";
    const ownItem = raw.template === "department" && l3 !== "" && !budgetNames.has(l3) && !budgetNames.has(l1);
    if ((budgetNames.has(l1) || budgetNames.has(l2)) && !ownItem) {
      if (fundsWeight === null) fundsWeight = number(st, "/funds/weight", ri.weight);
      if (fundsScore === null) fundsScore = number(st, "/funds/score", ri.score);
      continue;
    }
    rawIndicators.push(ri);
  }
  rawIndicators.forEach((ri, i) => {
    let level1 = text(st, indicatorPointer(i, "level1"), ri.level1);
    let level1Weight: number | undefined;
    // Read from the 一级 column, any short name carries its points so (a scoring sheet's 规划(15分)).
    const lw = level1 ? (level1WithWeight(labelKey(level1)) ?? scoredName(labelKey(level1))) : null;
    if (level1 && lw) {
      level1Weight = lw.weight;
      level1 = level1.replace(/(?:[(（【[]\s*\d+(?:\.\d+)?\s*分?\s*[)）】\]]|(?<=[\u4e00-\u9fff])\s*\d+(?:\.\d+)?分\s*[)）】\]]?)\s*$/, "");
    }
    // The points in a 一级 group's own 分值 column (a scoring sheet).
    if (level1Weight === undefined && ri.level1Weight) {
      const w = number(st, indicatorPointer(i, "level1Weight"), ri.level1Weight);
      if (w !== null) level1Weight = w;
    }
    // Only the points of a 一级 whose name the text lost (`(50分)` under blank lines): no name.
    const bare = level1 ? (LOST_LEVEL1_NAME.exec(labelKey(level1)) ?? LOST_LEVEL1_NAME_BARE.exec(labelKey(level1))) : null;
    if (bare) {
      level1Weight = Number(bare[1]);
      level1 = null;
    }
    let level3 = text(st, indicatorPointer(i, "level3"), ri.level3);
    if (level3) level3 = level3.replace(NUMBER_BEFORE_NAME, "") || null;
    const unitText = ri.unit ? normaliseText(ri.unit.text) : null;
    let target = text(st, indicatorPointer(i, "target"), ri.target);
    if (ri.nature || ri.unit) {
      // 指标性质 is a comparator; some systems print their code for it before it (`004 >=`).
      const nature = ri.nature ? (normaliseText(ri.nature.text) ?? "").replace(/^\d{2,4}\s*(?=[≥≤=<>])/, "") : "";
      if (target !== null && !/[%％个次天]$/.test(target)) target = nature + target + (unitText ?? "");
      else if (target !== null) target = nature + target;
    }
    let actual = text(st, indicatorPointer(i, "actual"), ri.actual);
    if (actual !== null && unitText && /^\d+(\.\d+)?$/.test(actual)) actual = actual + unitText;
    let weight = number(st, indicatorPointer(i, "weight"), ri.weight);
    // A scoring sheet that prints each 三级 item's points in brackets after its name and has no 分值
    // column (项目立项规范性(4分)): the points are the item's weight, the name the words before them.
    const itemPoints = weight === null && level3 ? POINTED_ITEM.exec(level3) : null;
    if (itemPoints) {
      level3 = itemPoints[1]!;
      weight = Number(itemPoints[2]);
    }
    const ind: Indicator = {
      level1,
      level2: text(st, indicatorPointer(i, "level2"), ri.level2),
      level3,
      target,
      actual,
      weight,
      score: number(st, indicatorPointer(i, "score"), ri.score),
      deviation: dashIsBlank(text(st, indicatorPointer(i, "deviation"), ri.deviation)),
    };
    if (level1Weight !== undefined) ind.level1Weight = level1Weight;
    // 评分标准 is a field of the department form's indicators (the project form's 得分计算方法 is not).
    if (raw.template === "department" && ri.method) ind.method = text(st, `/indicators/${i}/method`, ri.method);
    indicators.push(ind);
  });

  const form: UnauditedForm = {
    template: raw.template,
    title,
    year,
    projectName: text(st, "/projectName", raw.projectName),
    department: department.name,
    implementingUnit: unit.name,
    funds: {
      unit: fundUnit,
      rows,
      weight: fundsWeight,
      executionRatePercent: rate,
      score: fundsScore,
    },
    goals: {
      expected: text(st, "/goals/expected", raw.goals.expected),
      actual: text(st, "/goals/actual", raw.goals.actual),
    },
    indicators,
    total: {
      weight: number(st, "/total/weight", raw.total.weight),
      score: number(st, "/total/score", raw.total.score),
    },
  };
  if (department.code) form.departmentCode = department.code;
  else if (raw.departmentCode) {
    // 部门预算编码 printed in a cell of its own (the department form).
    const code = text(st, "/departmentCode", raw.departmentCode);
    if (code) form.departmentCode = code;
  }
  if (unit.code) form.implementingUnitCode = unit.code;
  if (raw.tasks.length > 0) {
    form.tasks = raw.tasks.map((t, i) => ({
      name: text(st, `/tasks/${i}/name`, t.name)?.replace(TASK_NUMBER, "") || null,
      content: text(st, `/tasks/${i}/content`, t.content),
      budget: {
        total: number(st, `/tasks/${i}/budget/total`, t.total),
        fiscal: number(st, `/tasks/${i}/budget/fiscal`, t.fiscal),
        other: number(st, `/tasks/${i}/budget/other`, t.other),
      },
    }));
  }
  for (const d of raw.diagnostics) {
    const diag: Diagnostic = { code: d.code, severity: d.severity, message: d.message };
    if (d.formPath) diag.path = formPath + d.formPath;
    if (d.source) diag.source = { ...locationOf(d.source), text: d.source.text ?? "" };
    diagnostics.push(diag);
  }
  // In the order the values were read: deterministic, and cheaper than sorting every form's map.
  // (Only when a value was read: an empty record is left out of the Form, and telling it so here
  // costs nothing, where Object.keys of a full record, 74 keys a seed form, was 1 % of a parse.)
  if (st.noted) form.sources = sources;
  return { form: reorder(form), diagnostics };

}

/**
 * What the value readers below write to while one form is normalised. Module functions taking
 * it, not closures made inside normaliseForm for every form (and, run under tsx, each named
 * anew for every form: the profile of the seed's forms showed that naming among the top costs).
 */
interface ReadState {
  sources: Record<string, SourceLocation>;
  /** Whether any source was recorded in `sources`. */
  noted: boolean;
  diagnostics: Diagnostic[];
  msg: ReturnType<typeof normaliseMessages>;
  formPath: string;
}

/** Records where a value was read, under its JSON Pointer. */
function note(st: ReadState, pointer: string, v: RawValue | null | undefined): void {
  if (v) {
    st.sources[pointer] = sourceOf(v);
    st.noted = true;
  }
}

/**
 * A 偏差原因 printed as a dash or slash alone (`——`, `-`, `/`): the place is left blank (README of the
 * field corpus: null where the place is blank, —, -, /), however the row's cells were parted.
 */
function dashIsBlank(text: string | null): string | null {
  return text !== null && /^[—–\-－/／\\]+$/.test(text) ? null : text;
}

/** A text value, normalised, its source recorded. */
function text(st: ReadState, pointer: string, v: RawValue | null): string | null {
  note(st, pointer, v);
  return v ? normaliseText(v.text) : null;
}

/** A number value, its source recorded; null with a diagnostic when its text is unreadable. */
function number(st: ReadState, pointer: string, v: RawValue | null): number | null {
  note(st, pointer, v);
  if (!v) return null;
  const r = readNumber(v.text);
  if (r.kind === "number") return r.value;
  if (r.kind === "unreadable") {
    st.diagnostics.push({
      code: "unreadable-number",
      severity: "warning",
      message: st.msg.unreadableNumber(v.text.trim()),
      path: st.formPath + pointer,
      source: sourceOf(v),
    });
  }
  return null;
}

/** The execution rate in percent; a fraction printed without % read as one where the amounts show it. */
function readRate(st: ReadState, v: RawValue | null, fundRows: FundRow[]): number | null {
  const srcs = st.sources;
  if (v) st.noted = true;
  if (!v) return null;
  const r = readNumber(v.text);
  const pointer = "/funds/executionRatePercent";
  srcs[pointer] = sourceOf(v);
  if (r.kind !== "number") return number(st, pointer, v);
  if (r.percent) return r.value;
  // Printed without %: read in percent, unless the amounts show a fraction (1 beside executed = budget).
  const total = fundRows.find((row) => row.key === "total");
  const budget = total?.annualBudget ?? total?.initialBudget ?? null;
  if (r.value <= 1 && total?.executed != null && budget) {
    const ratio = total.executed / budget;
    if (Math.abs(ratio - r.value) <= 0.01 + 1e-9) {
      const percent = Number((r.value * 100).toFixed(Math.max(0, r.decimals - 2)));
      srcs[pointer] = { ...sourceOf(v), corrected: { from: v.text.trim(), reason: st.msg.rateAsFraction } };
      return percent;
    }
  }
  return r.value;
}

/** The department form's extra fund columns and the FundRow fields they fill. */
const DEPARTMENT_FUND_COLUMNS: ReadonlyArray<[FundColumn, "adjustment" | "balance" | "balanceRatePercent"]> = [
  ["adjustment", "adjustment"],
  ["balance", "balance"],
  ["balanceRate", "balanceRatePercent"],
];

type IndicatorField = "level1" | "level1Weight" | "level2" | "level3" | "target" | "actual" | "weight" | "score" | "deviation";
type FundField = "label" | (typeof AMOUNT_COLUMNS)[number];

/**
 * JSON Pointers of indicator and fund-row fields, built once per index and reused by every form:
 * the same key strings each time (their hashes computed once), no string building per value.
 */
const indicatorPointers: Array<Record<IndicatorField, string>> = [];
const fundPointers: Array<Record<FundField, string>> = [];

function indicatorPointer(i: number, field: IndicatorField): string {
  let p = indicatorPointers[i];
  if (!p) {
    const at = `/indicators/${i}`;
    p = { level1: `${at}/level1`, level1Weight: `${at}/level1Weight`, level2: `${at}/level2`, level3: `${at}/level3`, target: `${at}/target`, actual: `${at}/actual`, weight: `${at}/weight`, score: `${at}/score`, deviation: `${at}/deviation` };
    if (i < MAX_CACHED_POINTERS) indicatorPointers[i] = p;
  }
  return p[field];
}

function fundPointer(i: number, field: FundField): string {
  let p = fundPointers[i];
  if (!p) {
    const at = `/funds/rows/${i}`;
    p = { label: `${at}/label`, initialBudget: `${at}/initialBudget`, annualBudget: `${at}/annualBudget`, executed: `${at}/executed` };
    if (i < MAX_CACHED_POINTERS) fundPointers[i] = p;
  }
  return p[field];
}

/** Forms with more rows than this (a damaged input) build their pointers as they go. */
const MAX_CACHED_POINTERS = 256;

/** `平泉市人民检察院 (公章)`: where the seal goes is printed after the name; it is no part of it. */
function withoutSealNote(name: string | null): string | null {
  return name === null ? null : name.replace(/\s*[(（]\s*(公章|盖章|签章|印章)\s*[)）]\s*$/, "") || null;
}

function splitCode(name: string | null): { name: string | null; code?: string } {
  if (!name) return { name };
  const m = /^(\d{3,}(?:[.]\d+)*)\s*[-－—_·.、\s]\s*(.+)$/.exec(name);
  if (m) return { name: m[2]!, code: m[1]! };
  // A budget code printed after the name (原州区宗教事务局116422210101621779): six digits or more, so
  // a name's own number (第二中学, 302医院) stays the name's.
  const after = CODE_AFTER_NAME.exec(name);
  return after ? { name: after[1]!, code: after[2]! } : { name };
}
const CODE_AFTER_NAME = /^(.*[\u4e00-\u9fff)）])\s*[-－—_·、]?\s*(\d{6,})$/;

export function locationOf(src: CellSource): Omit<SourceLocation, "text"> {
  return addLocation({}, src);
}

/** Copies where a cell was into `out`, field by field (no spread: this runs for every value of every form). */
function addLocation<T extends Omit<SourceLocation, "text">>(out: T, src: CellSource): T {
  if (src.page !== undefined) out.page = src.page;
  if (src.line !== undefined) out.line = src.line;
  if (src.bbox) out.bbox = roundBox(src.bbox);
  if (src.confidence !== undefined) out.confidence = src.confidence;
  if (src.sheet !== undefined) out.sheet = src.sheet;
  if (src.cell !== undefined) out.cell = src.cell;
  return out;
}

function sourceOf(v: RawValue): SourceLocation {
  // The text as printed where the reader read a folded copy of the same cell (fold-width.ts).
  const printed = v.source.printed !== undefined && foldWidth(v.source.printed) === v.text ? v.source.printed : v.text;
  const out = addLocation<SourceLocation>({ text: printed }, v.source);
  if (v.corrected) out.corrected = v.corrected;
  return out;
}

function roundBox(b: readonly number[]): [number, number, number, number] {
  return b.map((n) => Math.round(n * 100) / 100) as [number, number, number, number];
}

/** Keys in schema order, so the same input prints byte-identical JSON. */
function reorder(f: UnauditedForm): UnauditedForm {
  const out: UnauditedForm = {
    template: f.template,
    title: f.title,
    year: f.year,
    projectName: f.projectName,
    department: f.department,
    implementingUnit: f.implementingUnit,
  } as UnauditedForm;
  if (f.departmentCode !== undefined) out.departmentCode = f.departmentCode;
  if (f.implementingUnitCode !== undefined) out.implementingUnitCode = f.implementingUnitCode;
  out.funds = f.funds;
  if (f.tasks !== undefined) out.tasks = f.tasks;
  out.goals = f.goals;
  out.indicators = f.indicators;
  out.total = f.total;
  if (f.sources) out.sources = f.sources;
  return out;
}

/** A short name followed by its points in brackets (规划(15分)): the name and the points. */
/** A 三级 item's name with its points in brackets after it: `项目立项规范性(4分)`, `资金到位率（4分）`. */
const POINTED_ITEM = /^(\S.*?[\u4e00-\u9fff])\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/;

function scoredName(key: string): { name: string; weight: number } | null {
  // (A page may lose the opening bracket, `部门预算管理80分)`: the closing one opens nothing else.)
  // (Or bare, `规划15分`, as some templates print them; or in brackets without 分, `决策(10)`, as a
  // scoring sheet whose 分值 column heads the points prints them after a group's name.)
  const m = /^([\u4e00-\u9fff]{2,10})(?:\(?(\d+(?:\.\d+)?)分\)?|\((\d+(?:\.\d+)?)\))$/.exec(key);
  return m ? { name: m[1]!, weight: Number(m[2] ?? m[3]) } : null;
}
