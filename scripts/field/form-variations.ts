/**
 * Ways a published page holds the same form with its parts cut, moved, renamed or added to
 * (perturb.ts measures the tuned fixtures under each): an excerpt that starts after the title or
 * inside the indicator table, or stops inside a row; other spellings of the indicator table's
 * column heads; columns other templates add (序号, 备注, 指标方向); the goals block as two rows; a
 * funds block without its scoring columns; two forms on one page; 一级 names without 指标. Each
 * keeps every field a person reads; where it removes or renames what the truth holds, its truth
 * change (FORM_TRUTH) does the same to the truth. A text a variation cannot place its change in is
 * left as found (and its truth with it).
 */
import type { FieldTruth, FieldTruthForm } from "../../test/helpers/field-truth.js";

type Variation = (text: string, truth?: FieldTruth) => string;

/** A line without its separators and blanks, to test what it starts with. */
const compact = (l: string) => l.replace(/[\s|｜\u3000\u00a0]/g, "");
const HEADER_FIELDS = ["title", "year", "projectName", "department", "implementingUnit", "departmentCode", "implementingUnitCode"];
/** Another form of a dossier before the self-evaluation: a cut that takes it away changes what the truth lists. */
const DOSSIER = /申报表|监控表|基础数据表|评审报告|基本信息|审批表/;

/** The funds block's first line: its label (项目资金(万元), 资金投入情况 …) or, with none, its column heads or total row. */
const FUNDS_START = /^(项目资金|资金投入情况|预算执行情况|资金情况|预算资金|年度资金总额|年初预算数|全年预算数)/;
/** The indicator table's header: 一级指标 (after a 绩效指标 label or a 序号), with 二级指标 on it or the few lines after. */
const INDICATOR_HEAD = /^(绩效指标|年度绩效指标)?(序号)?一级(指标)?/;
/** The words of the indicator header's lines (一级 / 指标 broken over lines, 年度指标值, 实际完成指标值(B), 指标性质, (50分) …). */
const HEADER_WORDS = /一级|二级|三级|绩效|指标|年度|预期|全年|实际|完成|目标|值|分值|得分|权重|偏差|原因|分析|改进|措施|未|及|性质|度量|计量|单位|备注|序号|评分|标准|计算|方法|[A-Z0-9()（）:：、\/×%.-]|分/g;
/**
 * Column names a header prints beside 指标 / 评分 (指标说明, 指标解释说明, 指标方向, 县级评分, 自评得分,
 * 扣分原因和其他说明)
 * that HEADER_WORDS does not hold: a header wrapped over lines leaves them on lines of their own.
 */
const HEADER_MORE = /说明|解释|方向|县级|市级|省级|自评|扣|其他/g;
/** A line of the indicator header: nothing but its column names and their marks. */
const isHeaderLine = (l: string) => [...compact(l).replace(HEADER_WORDS, "")].length <= 1;
/**
 * Where an excerpt that starts at the first row is cut: a line of the header as isHeaderLine, or one
 * of HEADER_MORE's names (a wrapped header's 指标说明 / 县级 line), but not a line that opens the first
 * indicator's 一级 name (产 of 产出指标 printed a character a line): the first row starts there.
 */
const isHeaderLineAbove = (l: string, level1?: string) => {
  const c = compact(l);
  if (level1 && c !== "" && compact(level1).startsWith(c)) return false;
  return [...c.replace(HEADER_WORDS, "").replace(HEADER_MORE, "")].length <= 1;
};
/** The first indicator's 一级 name, where the truth gives it. */
const firstLevel1 = (truth?: FieldTruth): string | undefined => {
  const inds = truth?.forms[0]?.indicators;
  const l1 = Array.isArray(inds) ? (inds[0] as Record<string, unknown> | undefined)?.level1 : undefined;
  return typeof l1 === "string" && l1 !== "" ? l1 : undefined;
};

/** Only project forms that hold one self-evaluation: a department form or a page of several has other anatomy to cut by. */
function oneProjectForm(t: string): boolean {
  const c = compact(t);
  return !/部门整体|整体支出|部門整體/.test(c) && (c.match(/年度资金总额/g)?.length ?? 0) <= 1 && (c.match(/一级指标/g)?.length ?? 0) <= 1;
}

function indicatorHead(lines: readonly string[]): number {
  return lines.findIndex((l, i) => INDICATOR_HEAD.test(compact(l)) && lines.slice(i, i + 6).map(compact).join("").includes("二级指标"));
}

/** The text from line `at` on, when the cut leaves no dossier form behind (else unchanged). */
function from(t: string, lines: readonly string[], at: number): string {
  if (at <= 0 || DOSSIER.test(lines.slice(0, at).join("\n"))) return t;
  return lines.slice(at).join("\n");
}

/**
 * The excerpt starts at the funds block: a page's second half, a split file's later part, or a
 * copy that begins below the title and header rows (the header's fields are then not checked).
 */
export const startsAtFunds: Variation = (t) => {
  if (!oneProjectForm(t)) return t;
  const lines = t.split("\n");
  const head = indicatorHead(lines);
  const at = lines.findIndex((l) => FUNDS_START.test(compact(l)));
  // A text that opens on another form's last rows (its total row, 合计 / 总分, before this form's
  // title: a page's second form, the first's table begun on the page before) is two forms: cut at
  // the second's funds block, the first would go whole, which no excerpt of a form does.
  if (at > 0 && lines.slice(0, at).some((l) => OTHER_FORM_END.test(compact(l)))) return t;
  return at < 0 || (head >= 0 && at > head) ? t : from(t, lines, at);
};
/** A table's total row: another form's end where it stands before a funds block. */
const OTHER_FORM_END = /^(合计|总分|合計|總分)/;

/** The excerpt starts at the indicator table's header (a page's later half, or a second PDF page copied alone). */
const startsAtIndicators: Variation = (t) => {
  if (!oneProjectForm(t)) return t;
  const lines = t.split("\n");
  return from(t, lines, indicatorHead(lines));
};

/** The excerpt starts inside the indicator table, at its first row: the header went with the page before. */
export const startsInIndicators: Variation = (t, truth) => {
  if (!oneProjectForm(t)) return t;
  const lines = t.split("\n");
  const head = indicatorHead(lines);
  if (head < 0) return t;
  // The first line after the header that names no column and is not blank (nor a converter's rule of pipes).
  const level1 = firstLevel1(truth);
  const at = lines.findIndex((l, i) => i > head && compact(l) !== "" && !/^:?-{3,}/.test(compact(l)) && !isHeaderLineAbove(l, level1));
  return at < 0 ? t : from(t, lines, at);
};

/**
 * The excerpt stops inside an indicator row, after the 三级 name of the middle indicator (a page
 * cut where a PDF's page ends, or a preview's last line): the indicators before it are whole, that
 * one has its names only, and the total is gone.
 */
function cutMidRow(t: string, truth: FieldTruth | undefined): { text: string; truth: FieldTruth } | null {
  if (!truth || truth.forms.length !== 1 || (truth.otherForms ?? []).length > 0) return null;
  const form = truth.forms[0]!;
  const inds = Array.isArray(form.indicators) ? (form.indicators as Record<string, unknown>[]) : [];
  if (inds.length < 4) return null;
  const k = Math.floor(inds.length / 2);
  const name = inds[k]!.level3;
  if (typeof name !== "string" || [...name].length < 4) return null;
  const head = indicatorHead(t.split("\n"));
  if (head < 0) return null;
  const tableAt = t.split("\n").slice(0, head).join("\n").length;
  const at = t.indexOf(name, tableAt);
  // The name printed once in the table, after the names of the indicators before it.
  if (at < 0 || t.indexOf(name, at + 1) >= 0) return null;
  if (inds.slice(0, k).some((x) => typeof x.level3 === "string" && x.level3 !== "" && t.indexOf(x.level3, tableAt) > at)) return null;
  const last: Record<string, unknown> = {};
  for (const f of ["level1", "level2", "level3"]) if (f in inds[k]!) last[f] = inds[k]![f];
  const cut: FieldTruthForm = { ...form, indicators: [...inds.slice(0, k), last], cut: true };
  delete cut.total;
  return { text: t.slice(0, at + name.length), truth: { ...truth, forms: [cut] } };
}
const cutMidRowText: Variation = (t, truth) => cutMidRow(t, truth)?.text ?? t;

/** A label as a whole cell (a colon or bracket may follow it). */
const asCell = (label: string) => new RegExp(`(?<=^|[\\s|])${label}(?=$|[\\s|(（:：])`, "gm");
/** The indicator table's column heads in the spellings of other templates (forms.md, "Vocabulary"). */
const INDICATOR_HEADS: Array<[RegExp, string]> = (
  [
    ["年度指标值", "预期指标值"],
    ["指标值", "目标值"],
    ["全年实际完成值", "全年实际值"],
    ["实际完成值", "全年实际值"],
    ["完成值", "实际值"],
    ["分值", "权重"],
    ["得分", "自评得分"],
    ["偏差原因分析及改进措施", "未完成原因"],
  ] as const
).map(([from, to]) => [new RegExp(`(?<!(?:年度|实际|全年|预期|年初)[ \u3000]*)${asCell(from).source}`, "gm"), to]);

/**
 * The indicator table's column heads as another template spells them: the header's lines only (a
 * head broken over two lines, 年度 / 指标值, keeps its first line's word and is left as printed).
 */
const indicatorHeads: Variation = (t) => {
  const lines = t.split("\n");
  const head = indicatorHead(lines);
  if (head < 0) return t;
  for (let i = head; i < lines.length && (i === head || compact(lines[i]!) === "" || isHeaderLine(lines[i]!)); i++) {
    if (/^(年度|实际|全年|预期|年初)$/.test(compact(lines[i - 1] ?? ""))) continue;
    for (const [from, to] of INDICATOR_HEADS) lines[i] = lines[i]!.replace(from, to);
  }
  return lines.join("\n");
};

/** The cells of a pipe row (outer pipes gone), or null for a line of fewer than two pipes. */
function cellsOf(line: string): string[] | null {
  if (line.split("|").length < 3) return null;
  return line.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
}
const pipeRow = (cells: string[]) => "| " + cells.join(" | ") + " |";
/** Rows of cells with text on both sides of a pipe make up at least 30 % of the page's lines (as perturb.ts). */
function isPipeTable(t: string): boolean {
  const filled = t.split("\n").filter((l) => l.trim() !== "");
  return filled.filter((l) => l.split("|").filter((c) => c.trim() !== "").length >= 2).length >= 0.3 * filled.length;
}
const TOTAL_ROW = /^(合计|总分|总计|自评总分|项目总得分)/;

/**
 * The indicator table's rows of a pipe table in one row each (header at `head`, rows up to the
 * total), or null when its rows are not one line each (a row continued on the next line).
 */
function indicatorRows(lines: readonly string[]): { head: number; rows: number[]; total: number } | null {
  const head = lines.findIndex((l) => {
    const c = cellsOf(l);
    return c !== null && c.some((x) => /^一级(指标)?$/.test(x.replace(/\s/g, ""))) && c.some((x) => /^二级(指标)?$/.test(x.replace(/\s/g, "")));
  });
  if (head < 0) return null;
  const width = cellsOf(lines[head]!)!.length;
  const rows: number[] = [];
  let total = -1;
  for (let r = head + 1; r < lines.length; r++) {
    if (lines[r]!.trim() === "" || /^\s*\|?\s*:?-{3,}/.test(lines[r]!)) continue;
    const c = cellsOf(lines[r]!);
    if (!c) return null;
    if (TOTAL_ROW.test(compact(c.join("")))) {
      total = r;
      break;
    }
    if (c.length < width - 1) return null;
    rows.push(r);
  }
  return rows.length >= 3 ? { head, rows, total } : null;
}

/** Insert a cell at column `at` of the header, each indicator row and the total row. */
function withColumn(t: string, at: (header: string[]) => number, head: string, cell: (row: string[], i: number) => string): string {
  if (!isPipeTable(t) || !oneProjectForm(t)) return t;
  const lines = t.split("\n");
  const table = indicatorRows(lines);
  if (!table) return t;
  // (Each row written as the page wrote it: a leading pipe or none; a converter's padding of empty cells after the last is left out.)
  const trimmed = (line: string) => {
    const cells = cellsOf(line)!;
    while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  };
  const header = trimmed(lines[table.head]!);
  // (After the last column: the widest row's end, where a header of two rows names fewer columns on this one.)
  const widest = Math.max(header.length, ...table.rows.map((r) => trimmed(lines[r]!).length));
  const k = Math.min(at(header), widest);
  if (k < 0) return t;
  const put = (line: string, cells: string[], value: string) => {
    const row = [...cells];
    while (row.length < k) row.push("");
    return (/^\s*\|/.test(line) ? "| " : "") + [...row.slice(0, k), value, ...row.slice(k)].join(" | ") + " |";
  };
  lines[table.head] = put(lines[table.head]!, header, head);
  table.rows.forEach((r, i) => {
    const cells = trimmed(lines[r]!);
    lines[r] = put(lines[r]!, cells, cell(cells, i));
  });
  if (table.total >= 0) lines[table.total] = put(lines[table.total]!, trimmed(lines[table.total]!), "");
  return lines.join("\n");
}

/** A 序号 column numbering the indicator rows, before 一级指标 (county templates, tender sites' table views). */
export const serialColumn: Variation = (t) =>
  withColumn(t, (h) => h.findIndex((c) => /^一级/.test(c.replace(/\s/g, ""))), "序号", (_row, i) => String(i + 1));
/** A 备注 column after the last, empty in every row (many provincial templates). */
const remarksColumn: Variation = (t) => withColumn(t, () => Infinity, "备注", () => "");
/**
 * A 指标方向 column before the target holding its comparator (≥ ≤ =) apart from the value, as
 * templates that store the target's sign in a field of its own print it (Yunnan's, Guangdong's).
 */
const directionColumn: Variation = (t) =>
  withColumn(
    t,
    (h) => h.findIndex((c) => /指标值|目标值/.test(c)),
    "指标方向",
    (row) => {
      const h = row.findIndex((c) => /^[≥≤=＝><]/.test(c));
      if (h < 0) return "";
      const sign = row[h]!.match(/^(≥|≤|=|＝|>=|<=|>|<)/)![0];
      row[h] = row[h]!.slice(sign.length).trim();
      return sign;
    },
  );

/**
 * The goals block as two rows, as templates that print the expected and the actual goals one under
 * the other give it: `年度总体目标 | 预期目标 | 实际完成情况` then `| text | text` becomes
 * `预期目标 | text` and `实际完成情况 | text`.
 */
const goalsAsRows: Variation = (t) => {
  if (!isPipeTable(t)) return t;
  const lines = t.split("\n");
  const h = lines.findIndex((l) => {
    const c = cellsOf(l);
    return c !== null && c.some((x) => /^预期目标/.test(x)) && c.some((x) => /^(实际完成情况|全年实际完成情况)/.test(x));
  });
  if (h < 0) return t;
  const head = cellsOf(lines[h]!)!;
  const e = head.findIndex((x) => /^预期目标/.test(x));
  const a = head.findIndex((x) => /^(实际完成情况|全年实际完成情况)/.test(x));
  let r = h + 1;
  while (r < lines.length && lines[r]!.trim() === "") r++;
  const row = r < lines.length ? cellsOf(lines[r]!) : null;
  if (!row || a !== e + 1) return t;
  // The text row may leave the label's merged column out: its cells then one place on.
  const texts = row.filter((c) => c !== "");
  if (texts.length !== 2 || texts.some((c) => [...c].length < 6)) return t;
  const label = head.slice(0, e).filter((c) => c !== "");
  lines.splice(h, r - h + 1, pipeRow([...label, head[e]!, texts[0]!]), pipeRow([...label.map(() => ""), head[a]!, texts[1]!]));
  return lines.join("\n");
};

/**
 * A funds block with amounts only: no 分值, 执行率 or 得分 columns (templates that score the
 * funds elsewhere or not at all; the truth's funds weight, rate and score are then not checked).
 */
const fundsBare: Variation = (t) => {
  if (!isPipeTable(t)) return t;
  const lines = t.split("\n");
  const h = lines.findIndex((l) => {
    const c = cellsOf(l);
    return c !== null && c.some((x) => /预算数/.test(x)) && c.some((x) => /^(分值|执行率|预算执行率|得分)/.test(x));
  });
  if (h < 0) return t;
  const header = cellsOf(lines[h]!)!;
  const drop = new Set(header.flatMap((c, k) => (/^(分值|执行率|预算执行率|得分)/.test(c) ? [k] : [])));
  // The header's own columns, or the rows' with a label column the header leaves to a merged cell.
  const offset = /预算|执行/.test(header[0]!) ? 1 : 0;
  // (Each row written as the page wrote it: a leading pipe or none, no padding of empty cells added.)
  const write = (line: string, cells: string[]) => {
    while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
    return (/^\s*\|/.test(line) ? "| " : "") + cells.join(" | ") + " |";
  };
  lines[h] = write(lines[h]!, header.filter((_c, k) => !drop.has(k)));
  let rewritten = 0;
  for (let r = h + 1; r < lines.length; r++) {
    const c = cellsOf(lines[r]!);
    if (!c) {
      if (lines[r]!.trim() === "") continue;
      break;
    }
    if (!c.slice(1).every((x) => /^[0-9.,%％万元\s—\-/]*$/.test(x))) break;
    lines[r] = write(lines[r]!, c.filter((_x, k) => !drop.has(k - offset)));
    rewritten++;
  }
  // No row of figures under the header rewritten: the line was no funds header (an indicator row
  // naming 预算执行率 beside a rule that says 预算数), or its rows do not stand as plain figures (a
  // rule in a column of their own): dropping the header's columns alone would leave figures under no
  // column, which no page prints. The variation does not apply.
  if (rewritten === 0) return t;
  return lines.join("\n");
};

/**
 * Two forms on one page (a unit's page publishing two projects' forms one after the other, the
 * first perhaps cut short by the page): a titled text printed twice (one that starts inside its
 * table, printed twice, is no page anyone publishes: nothing would tell where the second begins).
 */
const twoForms: Variation = (t, truth) => {
  if (!truth || truth.forms.length === 0) return t;
  const lines = t.split("\n");
  const title = lines.findIndex((l) => /自评表|自評表/.test(l));
  const head = indicatorHead(lines);
  // (The second form from its title on: a page's wrapper and covering text come once.)
  return title < 0 || head < title ? t : t.replace(/\s+$/, "") + "\n\n" + lines.slice(title).join("\n");
};

// (成本指标 stays: it is a 二级 name under 产出 as often as a 一级 one, and 满意度指标 a 二级 one too.)
const LEVEL1_BARE: Record<string, string> = { 产出指标: "产出", 效益指标: "效益", 满意度指标: "满意度" };
/** 一级 names without 指标 (产出, 效益, 满意度), as the 2021 templates of several provinces print them; a name with its points keeps them. */
const level1Bare: Variation = (t) => t.replace(/(?<=^|[\s|])(产出|效益|满意度)指标(?=$|[\s|(（])/gm, "$1");

/** The header block's first line: 项目名称 and its spellings (a label alone, or a pair, or a pipe row). */
const HEADER_START = /^(项目名称|专项资金名称|转移支付\(项目\)名称|政策\(项目\)名称|专项名称)/;
/** The goals block's label: where the funds block ends. */
const GOALS_START = /^(年度总体目标|总体目标|年度目标|项目年度目标)/;

/**
 * The header printed after the funds block (项目名称 … below the amounts), as some county templates
 * and converters that read a merged top row last give it: the header's lines moved to just before
 * the goals block.
 */
const headerAfterFunds: Variation = (t) => {
  if (!oneProjectForm(t)) return t;
  const lines = t.split("\n");
  // (The form's own header: after its title, where one is printed; a dossier's 项目名称 list may stand before it.)
  const title = lines.findIndex((l) => /自评表|自評表/.test(l));
  const h = lines.findIndex((l, i) => i > title && HEADER_START.test(compact(l)));
  const f = lines.findIndex((l, i) => i > h && FUNDS_START.test(compact(l)));
  const g = lines.findIndex((l, i) => i > f && GOALS_START.test(compact(l)));
  if (h < 0 || f < 0 || g < 0) return t;
  return [...lines.slice(0, h), ...lines.slice(f, g), ...lines.slice(h, f), ...lines.slice(g)].join("\n");
};

/**
 * A 一级 name printed vertically, one character a line (产 / 出 / 指 / 标), as a merged cell's text
 * exported one cell a line gives it when the cell held a line break after each character.
 */
const level1Vertical: Variation = (t) => t.replace(/^([ \t]*)(产出指标|效益指标|满意度指标)([ \t]*\|?[ \t]*)$/gm, (_m, pre: string, name: string, post: string) => [...name].map((c, i) => (i === 0 ? pre : "") + c + (i === name.length - 1 ? post : "")).join("\n"));

/** Every variation of this module, by name. */
export const FORM_VARIATIONS: Record<string, Variation> = {
  "starts-at-funds": startsAtFunds,
  "starts-at-indicators": startsAtIndicators,
  "starts-in-indicators": startsInIndicators,
  "cut-mid-row": cutMidRowText,
  "indicator-heads": indicatorHeads,
  "serial-column": serialColumn,
  "remarks-column": remarksColumn,
  "direction-column": directionColumn,
  "goals-as-rows": goalsAsRows,
  "funds-bare": fundsBare,
  "two-forms": twoForms,
  "level1-bare": level1Bare,
  "header-after-funds": headerAfterFunds,
  "level1-vertical": level1Vertical,
};

const TABLES = ["delimited-pipe", "cell-per-line", "linear"];
/** The shapes each variation changes (the three table shapes; pipe rows where it edits cells). */
export const FORM_ONLY: Record<string, string[]> = {
  "starts-at-funds": TABLES,
  "starts-at-indicators": TABLES,
  "starts-in-indicators": TABLES,
  "cut-mid-row": TABLES,
  "indicator-heads": TABLES,
  "serial-column": ["delimited-pipe"],
  "remarks-column": ["delimited-pipe"],
  "direction-column": ["delimited-pipe"],
  "goals-as-rows": ["delimited-pipe"],
  "funds-bare": ["delimited-pipe"],
  "two-forms": TABLES,
  "level1-bare": TABLES,
  "header-after-funds": TABLES,
  "level1-vertical": ["cell-per-line"],
};

function withoutKeys(truth: FieldTruth, keys: readonly string[]): FieldTruth {
  return { ...truth, forms: truth.forms.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !keys.includes(k))) as FieldTruthForm) };
}
/** The truth without the parts an excerpt's cut took away (the total too where the header printed it: 项目总得分). */
function withoutCut(truth: FieldTruth, original: string, varied: string, keys: readonly string[]): FieldTruth {
  if (varied === original) return truth;
  const gone = original.slice(0, original.length - varied.length);
  return withoutKeys(truth, /总分|总得分|自评得分|综合得分|评价得分/.test(compact(gone)) ? [...keys, "total"] : keys);
}
function withoutFundsScore(truth: FieldTruth): FieldTruth {
  return {
    ...truth,
    forms: truth.forms.map((f) => {
      if (!f.funds || typeof f.funds !== "object") return f;
      const { weight: _w, executionRatePercent: _r, score: _s, ...funds } = f.funds as Record<string, unknown>;
      return { ...f, funds };
    }),
  };
}

/**
 * The truth a variation's text is measured against, from the fixture's truth and its text as found
 * (the text decides whether the variation changed anything). `base` is what the text as found is
 * measured against for comparison: the same truth where the variation only takes fields away.
 */
export const FORM_TRUTH: Record<string, { varied: (truth: FieldTruth, original: string) => FieldTruth; base?: (truth: FieldTruth) => FieldTruth }> = {
  "starts-at-funds": { varied: (t, o) => withoutCut(t, o, startsAtFunds(o), HEADER_FIELDS) },
  "starts-at-indicators": { varied: (t, o) => withoutCut(t, o, startsAtIndicators(o), [...HEADER_FIELDS, "funds", "goals"]) },
  "starts-in-indicators": { varied: (t, o) => withoutCut(t, o, startsInIndicators(o, t), [...HEADER_FIELDS, "funds", "goals"]) },
  "cut-mid-row": { varied: (t, o) => cutMidRow(o, t)?.truth ?? t },
  "funds-bare": { varied: (t, o) => (fundsBare(o) === o ? t : withoutFundsScore(t)) },
  "two-forms": { varied: (t, o) => (twoForms(o, t) === o ? t : { ...t, forms: [...t.forms, ...t.forms] }), base: (t) => t },
  "level1-bare": {
    varied: (t) => ({
      ...t,
      forms: t.forms.map((f) =>
        Array.isArray(f.indicators)
          ? { ...f, indicators: (f.indicators as Record<string, unknown>[]).map((i) => (typeof i.level1 === "string" && LEVEL1_BARE[i.level1] ? { ...i, level1: LEVEL1_BARE[i.level1] } : i)) }
          : f,
      ),
    }),
    base: (t) => t,
  },
};
