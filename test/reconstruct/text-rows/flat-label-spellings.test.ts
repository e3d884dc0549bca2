import { describe, expect, it } from "vitest";
import { cutAtRowStarts } from "../../../src/reconstruct/text-rows/flattened-form.js";

// A form flattened onto one line whose labels are spelled as other templates spell them
// (forms.md, "Vocabulary seen on published forms"): each still begins its row, so no value runs on
// into the label after it. All text made up.
const TITLE = "项目支出绩效自评表";

describe("row starts in other templates' spellings", () => {
  it.each([
    // the funds label 年度预算数 with its unit, after the unit's value
    ["项目名称某某河道保洁主管部门某某水利局实施单位某某水利局年度预算数(万元)年初预算数全年预算数全年执行数", "年度预算数(万元)年初预算数全年预算数全年执行数"],
    // … with the unit printed after the column name it leads (a drawing order), 年初预算 right after it
    ["项目名称某某河道保洁主管部门某某水利局年度预算数年初预算(万元)年度资金总额", "年度预算数年初预算(万元)"],
    // 资金使用情况 so too
    ["项目名称某某图书采购主管部门某某文旅局实施单位某某图书馆资金使用情况(万元)全年预算数全年执行数", "资金使用情况(万元)全年预算数全年执行数"],
    // header labels that hold no row-start label: 实施(主管)单位, 资金使用单位, 专项资金名称
    ["专项资金名称某某补助县级主管部门某某农业局实施(主管)单位某某农技站年度资金总额5050", "实施(主管)单位某某农技站"],
    ["转移支付(项目)名称某某救助地方主管部门某某局资金使用单位某某中心年度资金总额3030", "资金使用单位某某中心"],
    // the funds' total spelled 总额, after the block's last column name
    ["项目名称某某普法主管部门某某司法局项目资金(万元)年初预算数全年预算数全年执行数分值执行率(全年执行数/全年预算数)总额:88.5万元88.5万元88.5万元", "总额:88.5万元88.5万元88.5万元"],
    // 上年结转 (without 资金) before its dashes, after the row before
    ["项目名称某某配套主管部门某某局项目资金年度资金总额12.512.5其中:财政资金12.512.5上年结转——其他资金——", "上年结转——"],
  ])("%s", (line, expected) => {
    expect(cutAtRowStarts(TITLE + line)).toContain(expected);
  });

  it.each([
    // a formula's 上年结转 (in brackets, before +) is no fund row
    ["项目名称某某管理主管部门某某局实施单位某某局年度资金总额1010预算完成率=(上年结转+年初预算-年末结余)/(上年结转+年初预算)×100%", "上年结转"],
    // 部门(单位) in a ticked option is no label (部门(单位)绩效自评)
    ["项目名称某某考评主管部门某某局实施单位某某局考评方式:部门(单位)绩效自评财政部门组织考评□年度资金总额1010", "部门(单位)"],
    // 总额 at the end of 资金总额 or 预算总额 in a sentence is not cut off
    ["项目名称某某建设主管部门某某局实施单位某某局年度资金总额1010年度总体目标完成项目预算总额10万元的建设任务", "总额"],
  ])("starts no row in %s", (line, word) => {
    expect(cutAtRowStarts(TITLE + line).some((r) => r.startsWith(word))).toBe(false);
  });
});
