/**
 * Messages of the normaliser meant for people, in Chinese (the users' language) and English,
 * including the reason recorded in `sources[…].corrected` (it is read by people too).
 */
import type { Lang } from "../messages.js";

const zh = {
  unreadableNumber: (text: string) => `无法读作数字：「${text}」`,
  unitMismatch: (text: string, headerUnit: string) => `金额「${text}」的单位与表头的 ${headerUnit} 不同，未换算`,
  rateAsFraction: "执行率印为小数，按金额读作百分比",
};

const en: typeof zh = {
  unreadableNumber: (text) => `cannot be read as a number: “${text}”`,
  // The header's unit is the form's own word, quoted as printed; what it means follows for readers without Chinese.
  unitMismatch: (text, headerUnit) =>
    `the amount “${text}” is in a different unit from the header’s “${headerUnit}” (${headerUnit === "万元" ? "10,000 yuan" : "yuan"}); not converted`,
  rateAsFraction: "execution rate printed as a fraction; read as a percentage, as the amounts show",
};

export type NormaliseMessages = typeof zh;

export function normaliseMessages(lang: Lang = "zh"): NormaliseMessages {
  return lang === "en" ? en : zh;
}
