/**
 * Labels an evaluation report's cover prints after its evaluator (评价单位:某局 报告时间:2019年7月17日):
 * where the evaluator's name ends when the cover is run together onto one line
 * (self-evaluation-cover.ts).
 */
export const coverLabelsAfterEvaluator: readonly string[] = [
  "报告时间", "报告日期", "评价时间", "评价日期", "上报时间", "出具时间", "出具日期", "完成时间", "日期",
  "联系人", "联系电话", "评价组长", "组长",
];
