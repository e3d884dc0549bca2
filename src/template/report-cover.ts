/**
 * Labels an evaluation report's cover prints after its evaluator (评价单位:某局 报告时间:2019年7月17日):
 * where the evaluator's name ends when the cover is run together onto one line
 * (self-evaluation-cover.ts).
 */
export const coverLabelsAfterEvaluator: readonly string[] = [
  "报告时间", "报告日期", "评价时间", "评价日期", "上报时间", "出具时间", "出具日期", "完成时间", "日期",
  "联系人", "联系电话", "评价组长", "组长",
];

/**
 * The end of a self-evaluation report's title (…项目绩效自评报告, 关于…绩效自评情况报告): a report, not a
 * form by itself, but the title of the form its cover (项目名称 / 项目单位 / 主管部门 label lines
 * beside it) opens, under the report-form rule (report-cover-title.ts).
 */
export const selfEvaluationReportTitleEnd = /绩效自评(?:情况|工作)?报告$/;
