/**
 * Vocabulary the department-wide form (部门整体支出绩效自评表) brought to the reader, as data.
 * Its labels live beside the project form's in project.ts (one table of spellings); what is here
 * is vocabulary of values: the words a cell of the form is made of, not the labels that name one.
 */

/**
 * One clause of a scoring rule as the 评分标准 / 得分计算方法 column prints it: 完成目标得满分,
 * 未完成按比例扣分, 达到预期得满分, B/A×分值, 执行率×分值 … (in simplified script).
 * The department form prints 评分标准 right before 偏差原因 with no number between: where the row
 * is run together, only the rule's own wording tells where the one ends and the other begins.
 */
const SCORING_CLAUSE = String.raw`(?:(?:全部|按时|按期|全面)?(?:完成|达到|达成|实现)(?:年度)?(?:目标值?|预期(?:目标)?|计划|要求|指标值?)?的?(?:得|计)满分|未(?:完成|达到|达成)(?:目标值?|预期(?:目标)?|计划)?的?(?:按比例|酌情|按完成比例|视情况)(?:扣分|得分)|[A-Za-z]\s*[/／÷]\s*[A-Za-z]\s*[×*xX]\s*(?:该项)?(?:指标)?(?:分\s*值|权\s*重)|(?:执行率|完成率)\s*[×*]\s*(?:分值|权重))`;

/** A whole scoring rule: clauses joined by a comma or semicolon (完成目标得满分，未完成按比例扣分). */
export const scoringRuleSource = String.raw`${SCORING_CLAUSE}(?:[，,；;]${SCORING_CLAUSE})*`;

/** A scoring rule starting at `lastIndex` (sticky), for cutting run-together text. */
export const scoringRuleAt = new RegExp(scoringRuleSource, "y");

/** A scoring rule followed at once by more text in Chinese: where a 评分标准 cell ends and the next begins. */
export const scoringRuleThenText = new RegExp(`${scoringRuleSource}[\\u4e00-\\u9fff]`);

/** Text that is a whole scoring rule and nothing else (a cell of 评分标准, in simplified script). */
export const wholeScoringRule = new RegExp(`^${scoringRuleSource}[。；;]?$`);

/**
 * How a task's name (任务名称, a line of work or a fund) often ends: 经费, 专项, 补助, 平台, 建设 …
 * and how its 主要内容 often begins: a verb (举办, 推进, 完善, 按照 …). Where the two cells of a
 * task row ran together, these tell where the one ends and the other begins (sections/tasks.ts);
 * words only, the cut is priced there.
 */
export const taskNameEndings: readonly string[] = [
  "经费", "资金", "专项", "补助", "补贴", "项目", "工程", "平台", "建设", "养护", "处理", "调查", "开放",
  "大赛", "工作", "运行", "运维", "奖励", "活动", "培训", "维修", "改造", "购置", "整治", "治理", "监测",
  "保障", "服务", "管理", "经费支出", "工作经费", "专项资金",
];
export const taskContentOpenings: readonly string[] = [
  "举办", "推动", "推进", "建设", "提升", "加强", "完善", "组织", "开展", "按照", "按时", "落实", "保障",
  "确保", "提高", "巩固", "做好", "强化", "实现", "促进", "规范", "健全", "建立", "完成", "实施", "支持",
  "用于", "保证", "改善", "维护", "发放", "新建", "资助", "扶持", "全面", "持续", "深化", "深入", "积极",
  "稳步", "有效", "进一步", "着力", "大力", "切实", "依托", "围绕", "加快", "构建", "打造", "开发", "召开",
];

/**
 * A target or an actual stated as a change against last year (超上年2%, 超上年度, 增加, 增372人次,
 * 增收27万元): the department form's 三级 names are followed by such values with nothing between.
 * `changeWords` stand alone as a value (no number after them); `changeOpenings` open one before its
 * number. A 三级 name does not end in them.
 */
export const changeWords = ["超上年度", "超上年", "增加"];
export const changeOpenings = ["超上年度", "超上年", "比上年增长", "较上年增长", "同比增长", "增长", "增收", "增加", "提高", "下降", "减少", "增"];

/**
 * The common 三级 indicators of a department's scoring sheet (部门整体支出绩效评价共性指标体系框架,
 * 财预〔2013〕53号, and the provinces' copies of it: 财政供养人员控制率 for 在职人员控制率, 支付进度 and
 * 资金结余 without their 率, 预决算信息公开性和完善性), in simplified script. Where a sheet's 三级 name
 * ran into its 评分标准 with nothing between (run-together-scoring-sheet.ts), a row that opens with one
 * of them tells where the name ends; longest first when matched.
 */
export const commonDepartmentIndicators: readonly string[] = [
  "绩效目标合理性", "绩效指标明确性", "在职人员控制率", "财政供养人员控制率", "“三公经费”变动率", "\"三公经费\"变动率", "三公经费变动率",
  "重点支出安排率", "预算完成率", "预算调整率", "支付进度率", "支付进度", "结转结余率", "结转结余变动率", "资金结余",
  "公用经费控制率", "“三公经费”控制率", "\"三公经费\"控制率", "三公经费控制率", "政府采购执行率", "管理制度健全性",
  "资金使用合规性", "预决算信息公开性", "预决算信息公开性和完善性", "基础信息完善性", "资产管理安全性", "固定资产利用率",
  "实际完成率", "完成及时率", "质量达标率", "重点工作办结率", "社会公众或服务对象满意度",
];

/**
 * How a scoring rule often opens when it follows its 三级 name with nothing between: a measure (按100%衡量,
 * 以100%为标准), a case (没有结余…, 凡…, 若…), a count (每有一个…, 每高出…). A name does not contain them so placed.
 */
export const ruleOpenings: readonly RegExp[] = [/^按(?=\d)/, /^以(?=\d)/, /^没有/, /^凡/, /^若/, /^每(?=[有高低超少多减发])/];
