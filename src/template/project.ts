import { splitTargetHeads } from "./split-target.js";

/**
 * The project form (项目支出绩效自评表) and its regional variants, as data.
 * Adding a variant should mean adding spellings here, not code in the reconstructor.
 * Spellings are compared after `labelKey` (simplified script, no white space, ASCII brackets).
 */

export type FundColumn =
  | "initialBudget"
  | "annualBudget"
  | "executed"
  | "weight"
  | "rate"
  | "score"
  | "method"
  | "reason"
  /** Department forms' 资金结构 table: 年中调整金额, 结余金额, 资金结余率. */
  | "adjustment"
  | "balance"
  | "balanceRate";
export type IndicatorColumn =
  | "level1"
  | "level2"
  | "level3"
  | "nature"
  | "target"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "method"
  | "deviation"
  /** A scoring sheet's 序号 and 指标解释 (department forms): read to keep the others' places, not kept. */
  | "seq"
  | "note"
  /** 备注, a remark column some scoring sheets print last: read to keep the others' places, not kept. */
  | "remark"
  /** 完成率, the actual as a share of the target (Hainan's template): read to keep the others' places, not kept. */
  | "completion"
  /**
   * The department template's 调整指标值 (a target as adjusted mid-year; 年初指标值 is the target), 得分系数
   * (得分 ÷ 指标权重) and 是否核心指标 (是 / 否): read to keep the others' places, no field of the contract.
   */
  | "adjustedTarget"
  | "scoreFactor"
  | "core"
  /**
   * 指标方向: which way the indicator counts (正向 / 反向), printed where the target is split into
   * columns; some forms swap it with 指标性质, the comparator's column (split-target.ts). No field
   * of the contract.
   */
  | "direction"
  /**
   * A scoring sheet's points of a 一级 or 二级 group, in a 分值 column beside its name
   * (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分).
   */
  | "level1Weight"
  | "level2Weight";
export type FundRowKey = "total" | "currentYear" | "carryOver" | "specialAccount" | "unitFunds" | "other" | "basic" | "project" | "unitIncome";
export type HeaderField = "projectName" | "department" | "implementingUnit" | "reportNo" | "totalScore" | "contact" | "choice" | "departmentCode" | "unitName";

export interface Spelling<K extends string> {
  key: K;
  /** Exact spellings (after labelKey). */
  exact: string[];
  /** Spellings that may carry a suffix such as (A), (元), (10分). */
  prefix?: string[];
}

/**
 * A form's title. 部门整体支出绩效评价自评报告 is the department-wide form's cover and tables (a
 * bare 绩效自评报告 is prose, not a form); 部门整体支出绩效评价指标表 its scored indicator table.
 * Anhui's 民生工程绩效评价指标表 is the scoring sheet a 民生工程 (a province's yearly programme of
 * projects) is scored on, its 自评 column the unit's own score.
 */
export const titlePattern = /(绩效(目标)?自评表|绩效自评报告表|绩效自评情况表|绩效评价自评(表|报告)|项目自评表|项目支出自评表|项目支出绩效自评报告|部门(\(单位\))?整体支出绩效(评价)?自评报告|(部门(\(单位\))?)?整体支出绩效评价(指标)?表|资金绩效评价指标表|民生工程绩效评价指标表)/;

/** Words of a title that name a project's form (项目支出绩效自评表, 专项资金绩效自评表, a 民生工程's sheet): no department-wide form's. */
export const projectTitleWords = /项目|专项|民生工程/;

/**
 * Other forms of a project's dossier, found by their titles: not self-evaluations, reported as
 * `other-form` and never read as a Form (contract, "The department-wide form", last paragraph).
 * `name` is what the diagnostic calls it; `pattern` is tested on the whole title (after labelKey).
 */
export const otherForms: { name: string; pattern: RegExp }[] = [
  // 审批表 / 批复表: the same table as approved, with targets and points but nothing achieved.
  { name: "绩效目标申报表", pattern: /绩效目标(申报|审批|批复)?表$|目标(申报|审批|批复)表$|绩效目标表\(?\d{0,4}\)?$/ },
  { name: "绩效目标执行监控表", pattern: /(执行|运行)?监控表$|监控情况表$/ },
  { name: "绩效评价基础数据表", pattern: /基础数据表$/ },
  { name: "评审报告", pattern: /评审报告$/ },
  // The finance bureau's or the unit's evaluation report (项目支出绩效评价报告): prose and tables
  // about the project, a self-evaluation form at most among its attachments (自评报告 is tested first).
  { name: "绩效评价报告", pattern: /绩效评价报告$/ },
  { name: "项目基本信息", pattern: /^项目基本信息(表)?$/ },
];
/**
 * The options on an evaluation report's cover (评价方式 / 组织方式 / 评价机构) that say the unit
 * evaluated itself. A 绩效评价报告 whose cover ticks one of them is the unit's self-evaluation in the
 * report's layout (Zhejiang's 财政支出政策绩效评价报告 ticking 部门(单位)绩效自评, Hainan's ticking
 * 项目单位评价组): read as a form, not reported as another form of the dossier.
 */
export const selfEvaluationOptions: readonly string[] = ["部门(单位)绩效自评", "部门(单位)自评", "部门绩效自评", "单位绩效自评", "单位自评", "项目单位自评", "项目单位评价组", "部门(单位)评价组", "部门(单位)考评组"];
/**
 * Other forms of the dossier (names of otherForms) that are a page of an evaluation report read as
 * the unit's self-evaluation: its funds and scores are the report's (report-attachments.ts).
 */
export const selfEvaluationReportParts: readonly string[] = ["项目基本信息"];
/**
 * A box as ticked: the glyphs, and the `R` a lost Wingdings 2 font leaves of ☑ (it follows the
 * option it ticks, as `□` follows the others: 部门(单位)绩效自评R 财政部门组织评价□).
 */
export const tickedBox = { before: /[☑☒✓✔√■]$/, after: /^(?:[☑☒✓✔√■]|R(?![A-Za-z]))/ };
// A unit's name before 整体支出 (蚕茶卫生院整体支出绩效自评表) names a department-wide form too.
// 部门整体支出绩效评价指标表: the scored indicator table of a department's evaluation (its 得分 filled in).
export const departmentTitlePattern = /部门(\(单位\))?整体(支出)?绩效(评价)?(目标)?自评(表|报告)|整体支出绩效(评价)?自评(表|报告)|(部门(\(单位\))?)?整体支出绩效评价(指标)?表/;
/**
 * A department's evaluation report (…部门整体支出绩效评价报告): another form of the dossier, read as the
 * department's form only where the department evaluated itself (self-evaluation-cover.ts); its
 * title then names the department form.
 */
// (部门 may be left out: 2018年度整体支出绩效评价报告, as titles of the department form leave it out.)
export const departmentReportTitlePattern = /(部门(\(单位\))?)?整体支出绩效评价报告/;
/**
 * Words that open a target stated against another year (同比2022年销量显著提高, 较上年有所提升): the
 * target's first words, and the whole of it up to the value it ends on, which the completion may
 * print again alone (…显著提高 | 显著提高).
 */
export const yearOnYearOpenings = ["同比", "较上年", "比上年", "较去年", "比去年", "与上年相比"];
/** The word that numbers a 三级 name as printed (`指标1:`, `任务2:`), in either script. */
export const NUMBERED_NAME_WORD = "(?:指[标標]|任[务務])";
export const yearPattern = /((?:19|20)\d{2})\s*年\s*度?/;
/** A title's year whose 年 a PDF's font decoded as a dash (`岳阳县20 16 -度部门…`): the year, then 度. */
export const yearLostCharPattern = /((?:19|20)\d{2})\s*[-－]\s*度/;

export const headerFields: Spelling<HeaderField>[] = [
  {
    key: "projectName",
    exact: ["项目名称", "项目名", "专项资金名称", "专项名称", "专项(项目)名称", "转移支付(项目)名称", "转移支付项目名称", "转移(项目)名称", "资金名称", "政策(项目)名称"],
    prefix: ["项目名称"],
  },
  {
    key: "department",
    exact: [
      "主管部门", "主管部门及代码", "主管单位", "部门名称", "主管部门(单位)", "地方主管部门", "县级主管部门", "市县主管部门",
      "市级主管部门", "区级主管部门", "省级主管部门", "自治区主管部门", "项目主管部门", "项目主管单位",
      // the department-wide form
      "部门(单位)名称", "部门(单位)", "区级预算单位名称", "预算单位名称", "部门单位名称", "部门(单位)全称",
      // (as covers and evaluation reports name it: 部门全称, 被评价部门; 预算部门 as 主管部门 is on a project form)
      "部门全称", "被评价部门", "预算部门",
      // the cover of a 项目支出绩效自评报告 (Guangdong): 预算部门单位(公章)
      "预算部门单位",
    ],
    prefix: ["主管部门"],
  },
  {
    key: "implementingUnit",
    exact: ["实施单位", "实施单位(盖章)", "项目实施单位", "项目单位", "预算单位", "资金使用单位", "实施(主管)单位", "项目单位(盖章)", "项目实施单位(盖章)"],
    prefix: ["实施单位"],
  },
  { key: "reportNo", exact: ["报表编号"], prefix: ["报表编号"] },
  { key: "departmentCode", exact: ["部门预算编码", "预算编码", "单位编码", "部门编码", "预算单位编码", "单位预算编码", "预算代码", "部门预算代码"] },
  /**
   * 单位名称 and a bare 部门 name the department on a department-wide form; on a project form the
   * first is the unit that filled the form in (Hubei prints it above 主管部门 and 实施单位), no field
   * of the contract, and the second is a word of the text: read only on department forms.
   */
  // 填报单位 / 单位(盖章): the unit that filled the form in, which on a department form is the department.
  // 评价单位: who evaluated, on a report's cover; read only where the unit evaluated itself (self-evaluation-cover.ts).
  { key: "unitName", exact: ["单位名称", "部门", "填报单位", "填报单位(盖章)", "单位(盖章)", "填报单位(公章)", "单位(公章)", "评价单位"] },
  { key: "totalScore", exact: ["自评总分", "项目总得分", "自评得分", "总得分"] },
  /**
   * Labels whose value is a list of ticked and empty boxes (an evaluation report's cover, a
   * department form's): no field of the contract, and the rest of their row is their options,
   * whatever label an option's words spell (评价机构:□中介机构□专家组 项目单位评价组 names no 项目单位).
   */
  { key: "choice", exact: ["评价类型", "评价方式", "组织方式", "评价机构"] },
  /** Labels of the header the contract has no field for: known, so their values are not taken for others. */
  {
    key: "contact",
    exact: ["项目负责人", "负责人及电话", "单位负责人及电话", "单位负责人", "联系电话", "联系人及电话", "联系人", "负责人", "填报日期", "填报人", "主要领导签字", "单位领导审签", "财务负责人", "中央主管部门", "项目类别", "项目属性", "项目类型",
      // an evaluation report's cover: when it was evaluated and reported
      "评价时间", "上报时间", "报告时间", "报告日期",
      // a department-wide form's cover (部门整体支出绩效评价自评报告) and its 基本概况 table
      "部门(单位)主要负责人", "部门(单位)财务负责人", "主要负责人", "联络电话", "人员编制", "实有人数", "职能职责概述", "主管部门审核意见", "财政部门审核意见",
      // the Yunnan layout's rows under 部门名称: 内容 | 说明, then 部门总体目标 | 部门职责 | the duties
      "内容", "说明", "部门总体目标", "部门职责",
      // the 项目绩效自评报告表's 基本情况 (Hunan): what the project does and when, after its name
      "项目主要内容", "项目起止时间",
      // the project's term (periodLabels below): when it ran, no field of the contract
      "实施期限", "项目实施期限", "项目周期", "项目实施周期", "实施周期", "起止时间", "项目起止日期", "项目实施时间",
      // a special bond project's form (专项债券): the field the bond is spent in, and what the project does
      "投向领域", "项目实施内容",
      // Chongqing's header: the project's code, the finance bureau's office in charge, the unit's contact
      "项目编码", "财政归口处室", "部门联系人"],
  },
];

/**
 * Header labels whose value is the project's term, a span of dates (`2016 年 1 月起至 2016 年 12 月止`,
 * `2021.1-2021.12`): its years and months are figures of no table, and its spaces part no cells
 * (period-row.ts). All are labels of the `contact` field above.
 */
export const periodLabels: readonly string[] = ["项目起止时间", "项目起止日期", "起止时间", "实施期限", "项目实施期限", "项目周期", "项目实施周期", "实施周期", "项目实施时间"];

/** The label of the funds block; the unit is read from the same cell. */
export const fundsLabel: string[] = [
  "项目资金", "年度预算数", "资金情况", "项目资金情况", "预算执行情况", "资金投入情况", "预算资金", "资金使用情况", "资金结构", "部门预算执行情况",
  // the department-wide form mirroring the project form (Guizhou)
  "部门(单位)总体资金", "部门总体资金",
  // the Jiangxi layout's funds by source under 整体支出规模 (资金来源: (1)财政拨款 … (2)其他资金 …), beside 资金结构
  "资金来源",
];

export const fundColumns: Spelling<FundColumn>[] = [
  {
    key: "initialBudget",
    exact: ["年初预算数", "年初预算", "年初预算数(A)", "年初预算数(万元)", "年初预算数(元)", "年初部门预算安排金额", "年初预算安排金额", "年初预算安排", "年初预算资金总额"],
    prefix: ["年初预算"],
  },
  // 下达额度: what a special bond project was granted for the year (the 债券资金管理指标 block).
  { key: "annualBudget", exact: ["全年预算数", "调整后预算数", "全年预算", "调整后预算", "全年预算数(A)", "预算数", "小计", "调整预算数", "调整预算", "下达额度", "全年(调整)预算数"], prefix: ["全年预算", "调整后预算"] },
  {
    key: "executed",
    exact: ["全年执行数", "预算执行数", "全年执行数(B)", "执行数", "实际执行数", "年度拨付金额", "支出数", "全年支出数", "实际支出数", "实际投入资金额", "实际投入资金", "实际支出金额"],
    prefix: ["全年执行", "预算执行数"],
  },
  { key: "weight", exact: ["分值", "权重", "分值(10分)"], prefix: ["分值"] },
  // 实际完成值 under a funds header: the value of the ratio the block's row names (总体支出进度(实际支出金额/下达额度)).
  { key: "rate", exact: ["执行率", "预算执行率", "执行率(B/A)", "支出实现率", "实际完成值"], prefix: ["执行率", "预算执行率"] },
  { key: "adjustment", exact: ["年中调整金额", "年中调整数", "调整金额", "年中调整"] },
  { key: "balance", exact: ["结余金额", "结余数", "结余"] },
  { key: "balanceRate", exact: ["资金结余率", "结余率"] },
  { key: "score", exact: ["得分"] },
  { key: "method", exact: ["得分计算方法", "计算方法"] },
  { key: "reason", exact: ["原因", "偏差原因", "未完成原因", "原因分析", "产生差异的原因"] },
];

/**
 * The points of the execution rate named in one head, as Chongqing's form prints them beside 执行率
 * (执行率 | 执行率权重 | 执行率得分): the block's weight and score. Read only as a whole cell of a
 * table's head, not among fundColumns, whose spellings also cut heads run together, where
 * 执行率 and 得分 side by side (分值 | 执行率 | 得分) read the same.
 */
export const fundRatePointColumns: Spelling<FundColumn>[] = [
  { key: "weight", exact: ["执行率权重", "执行率分值", "预算执行率权重", "预算执行率分值"] },
  { key: "score", exact: ["执行率得分", "预算执行率得分"] },
];

export const fundRows: Spelling<FundRowKey>[] = [
  // 总体支出进度(当年实际支出金额/项目当年下达额度): a special bond project's one fund row, its label
  // printed in the block's column heads and its amounts on the line below (债券资金管理指标).
  { key: "total", exact: ["年度资金总额", "年度总金额", "总额", "资金总额", "年度资金总额:", "年度财政资金总额", "部门预算资金总额", "总体支出进度"] },
  {
    key: "currentYear",
    exact: [
      "其中:当年财政拨款",
      "当年财政拨款",
      "其中:本年财政拨款",
      "本年财政拨款",
      "其中:本年一般公共预算拨款",
      "本年一般公共预算拨款",
      "其中:财政资金",
      "财政资金",
      "其中:财政拨款",
      "财政拨款",
    ],
  },
  { key: "carryOver", exact: ["上年结转资金", "其中:上年结转资金", "上年结转"] },
  { key: "specialAccount", exact: ["财政专户管理资金"] },
  { key: "unitFunds", exact: ["单位资金", "单位自有资金"] },
  { key: "other", exact: ["其他资金", "其它资金"] },
  // the department-wide form's 资金结构 rows
  { key: "basic", exact: ["基本支出", "其中:基本支出"] },
  { key: "project", exact: ["项目支出", "其中:项目支出"] },
  { key: "unitIncome", exact: ["单位其它收入", "单位其他收入"] },
];

export const goalsLabel: string[] = ["年度总体目标", "项目年度目标", "总体目标", "年度目标", "项目总体目标", "年度总体目标完成情况", "年度绩效目标完成情况", "年度目标完成情况", "年度总体目标完成情况综述", "总体目标完成情况", "项目基本情况"];
/**
 * A goals head's column between the two goals (Chongqing: 年初绩效目标 | 全年(调整)绩效目标 |
 * 全年目标实际完成情况): the target as adjusted during the year, no field of the contract.
 */
export const adjustedGoalColumns: readonly string[] = ["全年(调整)绩效目标", "调整后绩效目标", "全年调整绩效目标", "调整后目标"];
export const goalColumns: Spelling<"expected" | "actual">[] = [
  { key: "expected", exact: ["预期目标", "预算目标", "年初设定目标", "年度绩效目标", "年初绩效目标"] },
  { key: "actual", exact: ["实际完成情况", "目标完成情况", "全年实际完成情况", "目标实际完成情况", "全年目标实际完成情况", "实际完成", "全年完成情况", "年度目标完成情况"] },
];

/**
 * A form's own numbered headings printed inside or after its goals block (项目基本情况 | 1.项目年度目标完成情况
 * | 项目年度目标 | 年度目标完成情况, then 2.项目实施内容及过程概述 | …): the words after the numbering,
 * as labelKey gives them. Such a heading is no goal text; one after the goals ends them
 * (reconstruct/report-headings.ts).
 */
export const goalsBlockHeadings: string[] = ["项目年度目标完成情况", "项目实施内容及过程概述"];

/**
 * Sheets of a project's dossier workbook named for a form that is not the self-evaluation
 * (基本信息, 绩效目标申报表, 执行监控, 评审报告 …): the sheet is reported as `other-form`, not read.
 * Tested on the sheet's name after labelKey; a name that is a self-evaluation (…自评表) never is.
 */
export const otherFormSheets: { name: string; pattern: RegExp }[] = [
  { name: "项目基本信息", pattern: /基本信息/ },
  { name: "绩效目标申报表", pattern: /申报|目标表$/ },
  { name: "绩效目标执行监控表", pattern: /监控/ },
  { name: "评审报告", pattern: /评审/ },
  { name: "立项依据", pattern: /立项/ },
  { name: "实施方案", pattern: /实施方案/ },
  { name: "支出计划", pattern: /支出计划/ },
];

/**
 * Fund rows outside the contract's keys (其中:中央资金, 省级资金, 地方财政资金 …): a label of the
 * funds block ending so, and followed by amounts, is a fund row read into the next `extraN`.
 */
export const extraFundRowPattern =
  /^(其中[:：]?)?(?:[\u4e00-\u9fff()（）、]{1,14}(资金|拨款|补助|补助资金|公益金|收入|小计|财政)|(一般公共|政府性基金|国有资本经营)预算)$/;
// (The last three are the budget kinds a fund row may be named by alone: 一般公共预算 under 财政拨款.)

/**
 * The level of government a fund row of a transfer payment's form names its source by (中央财政资金,
 * 地方资金, 县级财政资金, 省级补助): the words such a row's label opens with, before 财政资金, 资金,
 * 补助 or 拨款.
 */
export const fundSourceLevels: string[] = ["中央", "地方", "省级", "市级", "县级", "区级", "本级", "乡镇"];

/**
 * The funds printed as label and value pairs (the central transfer payments' regional form:
 * `预算数: | 2.38 | 执行数: | 2.38`, `转移支付预算数(A) | 5.8万 | 预算执行率(B/A) | 100%`): what each label
 * names. `fundPairWords` is the cheap test a row must pass before its cells are matched.
 */
export const fundPairLabels: ReadonlyArray<{ field: "initialBudget" | "annualBudget" | "executed" | "rate"; pattern: RegExp }> = [
  { field: "rate", pattern: /^(预算)?执行率(\(B\/A\))?$/ },
  // The evaluation sheet's funds (计划投资额 / 实际到位资金 / 实际使用情况, each with its amount):
  // planned, made available, spent.
  { field: "initialBudget", pattern: /^计划(投资额?|安排资金)$/ },
  { field: "annualBudget", pattern: /^实际到位资金$/ },
  { field: "executed", pattern: /^实际(使用(情况|资金)?|支出)$/ },
  { field: "annualBudget", pattern: /^(转移支付|资金|全年)?预算数(\(A\))?$/ },
  { field: "executed", pattern: /^(转移支付|资金|全年)?执行数(\(B\))?$/ },
];
/** Labels printed among the funds' pairs that name no field of the contract: the balance left (结余, 结余(万元)). */
export const unreadFundPairLabels: readonly RegExp[] = [/^结余(资金|金额|数)?$/];
export const fundPairWords = /预算数|执行数|預算數|執行數|计划投资|计划安排资金|实际到位|实际使用|实际支出|計劃投資|計劃安排資金|實際到位|實際使用|實際支出/;

/** The vertical label left of the indicator table, and the fragments a page break leaves of it. */
export const indicatorsLabel = "绩效指标";
/**
 * The indicator table's label as forms print it: a vertical 绩效指标, or a block title above the
 * table. (年度绩效指标 alone is not here: department forms print it as a section of their own.)
 */
export const indicatorsLabels: readonly string[] = [indicatorsLabel, "绩效指标完成情况", "年度绩效指标完成情况", "项目绩效定量目标(指标)及完成情况"];
/**
 * Labels printed vertically in a merged first column; a page break or a narrow column leaves
 * pieces of them (`标`, `年度总体目`, `元)`) in cells of their own.
 */
export const verticalLabels: string[] = ["绩效指标", "年度总体目标", "项目资金(元)", "项目资金(万元)", "资金情况", "项目年度目标", "年度主要任务", "年度绩效指标"];

/** The department-wide form's 年度主要任务 table: its column names (预算金额 spans 总额 / 财政拨款 / 其他资金). */
export type TaskColumn = "name" | "content" | "total" | "fiscal" | "other";
export const taskColumns: Spelling<TaskColumn>[] = [
  { key: "name", exact: ["任务名称", "主要任务", "任务"] },
  { key: "content", exact: ["主要内容", "任务内容"] },
  { key: "total", exact: ["总额", "预算金额", "合计"] },
  { key: "fiscal", exact: ["财政拨款", "财政资金"] },
  { key: "other", exact: ["其他资金", "其它资金"] },
];

export const indicatorColumns: Spelling<IndicatorColumn>[] = [
  { key: "seq", exact: ["序号"] },
  // 分解目标 | 自评权重: the department form's 一级 and its points (Jiangxi).
  { key: "level1", exact: ["一级指标", "一级", "分解目标"] },
  { key: "level1Weight", exact: ["自评权重"] },
  { key: "level2", exact: ["二级指标", "二级"] },
  { key: "level3", exact: ["三级指标", "三级", "指标名称", "绩效指标名称", "指标内容"] },
  // (The comparator's column of a target split into columns, under its spellings: split-target.ts.)
  { key: "nature", exact: ["指标性质", ...splitTargetHeads.comparator] },
  { key: "direction", exact: [...splitTargetHeads.direction] },
  {
    key: "target",
    exact: ["年度指标值", "指标值", "年度指标值(A)", "目标值", "年度目标值", "年初目标值", "年初指标值", "全年指标值", "预期指标值", "计划指标值", "指标(目标)值"],
    prefix: ["年度指标值", "年初目标值"],
  },
  { key: "unit", exact: ["度量单位", "计量单位"] },
  {
    key: "actual",
    exact: ["实际完成值", "完成值", "全年实际值(B)", "全年实际值", "实际值", "全年完成值", "实际完成指标值", "全年实际完成值", "实际完成数", "年终完成值"],
    prefix: ["实际完成值", "全年实际值", "实际完成指标值"],
  },
  { key: "weight", exact: ["分值", "权重", "指标权重", "指标分值", "分值权重", "指标分值权重"] },
  // 县级评分: a county's scoring sheet that a city reviews prints the county's own score (its
  // self-evaluation) beside 市级评分, the reviewer's, which no field holds.
  // 自评 alone: the 民生工程 scoring sheet's column of the unit's own score (Anhui, 指标分值 … 备注 自评).
  { key: "score", exact: ["得分", "指标得分", "实际得分", "自评得分", "自评分", "县级评分", "自评", "评价得分"] },
  { key: "method", exact: ["得分计算方法", "计算方法", "评分标准", "计分标准", "指标说明及评分标准", "评价标准", "评分办法", "评分方法", "指标说明及评分办法", "评分细则", "评分说明"] },
  {
    key: "deviation",
    exact: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析", "偏差原因", "原因分析", "未完成原因分析及改进措施", "原因分析及改进措施", "偏差原因及改进措施", "偏差及原因分析", "扣分原因", "扣分原因和其他说明",
      // 和 for 及 (the transfer payments' regional form, Anhui and Sichuan)
      "未完成原因和改进措施", "未完成原因及改进措施", "偏差原因和改进措施",
      // (Hunan 2020: 产生差异的原因 heads the funds' column of reasons too, where it is no indicator column.)
      "产生差异的原因及改进措施"],
    prefix: ["偏差原因", "未完成原因", "未达到指标值原因", "原因分析及"],
  },
  { key: "note", exact: ["指标解释", "指标说明", "指标解释说明"] },
  { key: "remark", exact: ["备注"] },
  { key: "completion", exact: ["完成率", "指标完成率"] },
  { key: "adjustedTarget", exact: ["调整指标值", "调整后指标值", "调整后目标值"] },
  { key: "scoreFactor", exact: ["得分系数"] },
  { key: "core", exact: ["是否核心指标"] },
];

/**
 * The column heads of the funds, goals and indicator tables, in their spellings: what a page may
 * print broken over two lines (a PDF's narrow columns, reconstruct/text-rows/split-heads.ts) or run
 * into one another (a row cut from a form run onto one line, reconstruct/joined-heads.ts).
 */
export const tableColumnHeads: ReadonlyArray<readonly Spelling<string>[]> = [fundColumns, goalColumns, indicatorColumns];
/** The labels over those tables (the funds', the goals', the indicators', and those printed beside them vertically). */
export const tableLabels: readonly string[] = [...new Set([...fundsLabel, ...goalsLabel, ...indicatorsLabels, ...verticalLabels])];

/**
 * The lower row of an indicator header whose 指标值 spans two columns (预期 | 实际 under it), and
 * the column each names with the head above it, in spellings the vocabulary has (预期指标值, 实际值;
 * src/reconstruct/spanned-heads.ts). Alone they are no column names: a wrapped text's line may be
 * 预期 or 实际 (and a new spelling such as 实际指标值 would change how flattened dumps are cut).
 */
export const spannedValueHeads = { target: { lower: "预期", column: "预期指标值" }, actual: { lower: "实际", column: "实际值" } } as const;

/** 产出目标 / 效果目标: the department-wide form's spellings of the 一级 names (效果 holds 效益 and 满意度). */
// 管理指标 and 效果指标: the department form's 一级 names beside 产出指标 (部门管理, 履职效果).
// 项目完成指标: Sichuan county forms' 一级 name over 数量/质量/时效/成本指标 (where others print 产出指标).
export const level1Names: string[] = ["产出指标", "效益指标", "满意度指标", "成本指标", "产出目标", "效果目标", "管理指标", "效果指标", "项目完成指标"];
/**
 * 产出, 效益 and 满意度: the 一级 names without 指标, as several provinces' templates print them. A
 * cell is one only when it is the whole name: run-together text is never cut at them (产出 and 效益
 * open many words). 成本 alone is not taken: it is also the 二级 成本指标 cut short.
 */
export const bareLevel1Names: string[] = ["产出", "效益", "满意度"];
/**
 * The project form's own 一级 names (the national template's four): 产出目标, 效果目标, 管理指标 and
 * 效果指标 of level1Names are the department-wide form's.
 */
export const projectLevel1Names: readonly string[] = ["产出指标", "效益指标", "满意度指标", "成本指标"];
export const level2Names: string[] = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "满意度指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "长效管理指标",
  "环境效益指标",
  // printed without 指标 (Hubei's municipal template: 社会效益, 可持续性 …); the two-character
  // 数量/质量/时效/成本 are not taken: too often a word of a 三级 name or a value
  "经济效益",
  "社会效益",
  "生态效益",
  "环境效益",
  "可持续影响",
  "可持续性",
  "满意度",
];
/** Which 二级 names belong under which 一级 (for names printed at both levels). */
export const level2Children: Record<string, string[]> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "环境效益指标", "经济效益", "社会效益", "生态效益", "环境效益", "可持续影响", "可持续性"],
  满意度指标: ["服务对象满意度指标", "满意度指标"],
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
  产出目标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效果目标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "满意度指标"],
};
for (const [bare, full] of [["产出", "产出指标"], ["效益", "效益指标"], ["满意度", "满意度指标"]] as const) level2Children[bare] = level2Children[full]!;
/**
 * The 二级 names of 产出指标 printed without 指标 (Hubei's municipal template: 成本, 时效): no name of
 * level2Names (a 三级 name or a value often opens with them: 成本控制, 时效性), read as a 二级 only
 * where a row's place in its group settles it (reconstruct/bare-level2-opening.ts).
 */
export const bareOutputLevel2Words: readonly string[] = level2Children["产出指标"]!.map((n) => n.replace(/指标$/, ""));

/** 一级/二级 names that mean the budget-execution row scored inside the indicator table. */
export const budgetExecutionNames: string[] = ["预算执行率", "预算执行情况", "预算执行"];

export const totalLabels: string[] = ["总分", "合计", "自评总分", "总计", "项目总得分"];

/**
 * Labels that open one part of the project form and that no other part prints, by the part's
 * place in the template's order (header 0, funds 1, indicators 3, total 4; 合计 and 年度总体目标 are
 * left out: other parts print them too). A text that prints them out of this order was drawn, not
 * read row by row (a PDF's text layer in drawing order).
 */
export const partOpenings: ReadonlyArray<{ rank: number; labels: readonly string[] }> = [
  // (实施(主管)单位 and 资金使用单位: 实施单位 as other templates spell it; drawn after the funds, they too tell a drawing order.)
  { rank: 0, labels: ["项目名称", "主管部门", "项目实施单位", "实施单位", "项目单位", "项目类别", "项目属性", "项目类型", "实施(主管)单位", "资金使用单位"] },
  { rank: 1, labels: ["项目资金", "预算执行情况", "资金情况", "年度资金总额", "年度财政资金总额"] },
  { rank: 3, labels: ["绩效指标", "一级指标"] },
  { rank: 4, labels: ["自评总分", "总分"] },
];

/** What the 指标性质 column prints where a comparator (≥, =, ≤) stands for a measured target (Sichuan layout). */
export const indicatorNatures: readonly string[] = ["定性", "定量"];

/** Rows after the indicator table that the contract does not model (Sichuan). */
export const trailerLabels: string[] = ["评价结论", "存在问题", "改进措施", "存在问题及改进措施", "自评结论"];

/** The labels of the signature line under a form (项目负责人: … 财务负责人: …), printed with a colon and a name or left blank. */
export const signatureLabels: string[] = ["项目负责人", "财务负责人", "单位负责人", "填表人", "填报人", "审核人"];

/**
 * A goal's completion said in one verdict (已完成, 全部完成, 已达到预期目标): never the goal's own
 * words, so after the goal's last sentence it is the 实际完成情况 run onto it.
 */
export const goalCompletionVerdict = /^(?:均已|已经|已)?(?:全部|基本|全面|圆满|按期|按时|按计划)?(?:完成|实现|达到|达成)(?:预期)?(?:目标|任务)?[。.]?$/;

/** Qualitative values seen in targets and actuals; used to tell them apart from level-3 text. */
export const qualitativeValues: string[] = [
  "达成预期指标",
  "部分达成预期指标",
  "未达成预期指标",
  "达成年度指标",
  "及时",
  "较及时",
  "不及时",
  "满意",
  "较满意",
  "基本满意",
  "不满意",
  "达标",
  "基本达标",
  "未达标",
  "有效",
  "基本有效",
  "健全",
  "较健全",
  "效果明显",
  "效果显著",
  "有所提升",
  "明显提升",
  "逐步提升",
  "稳步提升",
  "持续发挥",
  "长期",
  "良好",
  "合格",
  "优良",
  "是",
  "否",
  "完成",
  "已完成",
  "按时完成",
  "严格执行相关制度规定",
  "明显",
  "明显改善",
  "有所改善",
  "持续改善",
  "逐步提高",
  "稳步提高",
  "显著提升",
  "无不良影响",
  "符合环保要求",
  "规范",
  "按计划完成",
  "基本完成",
  "全覆盖",
  // the department form's actuals (Jiangxi): the target met, in the unit's words
  "达成目标值",
  "达成目标",
  "全部达成",
];
