/**
 * Vocabulary of scoring rules that both forms print: the project form's 评分标准 / 得分计算方法
 * column and the department form's scoring sheet alike, as data.
 */

/**
 * Words that only a scoring rule says (a 得分计算方法 / 评分标准 sentence, in simplified script): how
 * points are given or taken (得满分, 不得分, 按比例扣分, 每…扣0.5分, 计分:, 折算). A 偏差原因 tells why a
 * target was missed (and may say 扣2分), not how it is scored.
 */
export const scoringRuleWords = /[得计]满分|不得分|计分[:：]|折算|按比例(?:扣|得|计)分|每[^，,。；;]{0,12}[扣减]\d+(?:\.\d+)?分/;
