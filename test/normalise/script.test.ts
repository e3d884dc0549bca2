import { describe, expect, it } from "vitest";
import { isPinyinSyllable, SCRIPT_TABLE_SIZE, stripPinyin, toSimplified, toTraditional } from "../../src/normalise/script.js";

// The form's labels and vocabulary (forms.md), with their traditional spelling written by hand.
const LABELS: ReadonlyArray<[string, string]> = [
  ["财政项目支出绩效自评表", "財政項目支出績效自評表"],
  ["项目支出绩效自评表", "項目支出績效自評表"],
  ["部门预算项目支出绩效自评表", "部門預算項目支出績效自評表"],
  ["部门整体支出绩效自评表", "部門整體支出績效自評表"],
  ["专项资金绩效目标自评表", "專項資金績效目標自評表"],
  ["财政支出项目绩效自评表", "財政支出項目績效自評表"],
  ["(2021年度)", "(2021年度)"],
  ["项目名称", "項目名稱"],
  ["主管部门及代码", "主管部門及代碼"],
  ["实施单位(盖章)", "實施單位(蓋章)"],
  ["项目资金(万元)", "項目資金(萬元)"],
  ["年度预算数(万元)", "年度預算數(萬元)"],
  ["年初预算数(A)", "年初預算數(A)"],
  ["全年预算数", "全年預算數"],
  ["调整后预算数", "調整後預算數"],
  ["全年执行数(B)", "全年執行數(B)"],
  ["预算执行数", "預算執行數"],
  ["分值(10分)", "分值(10分)"],
  ["权重", "權重"],
  ["执行率(B/A)", "執行率(B/A)"],
  ["预算执行率", "預算執行率"],
  ["得分", "得分"],
  ["得分计算方法", "得分計算方法"],
  ["年度资金总额", "年度資金總額"],
  ["其中：当年财政拨款", "其中：當年財政撥款"],
  ["本年一般公共预算拨款", "本年一般公共預算撥款"],
  ["上年结转资金", "上年結轉資金"],
  ["财政专户管理资金", "財政專戶管理資金"],
  ["单位资金", "單位資金"],
  ["其他资金", "其他資金"],
  ["年度总体目标", "年度總體目標"],
  ["项目年度目标", "項目年度目標"],
  ["预期目标", "預期目標"],
  ["预算目标", "預算目標"],
  ["实际完成情况", "實際完成情況"],
  ["年度目标完成情况", "年度目標完成情況"],
  ["绩效指标", "績效指標"],
  ["一级指标", "一級指標"],
  ["二级指标", "二級指標"],
  ["三级指标", "三級指標"],
  ["年度指标值", "年度指標值"],
  ["实际完成值", "實際完成值"],
  ["全年实际值(B)", "全年實際值(B)"],
  ["偏差原因分析及改进措施", "偏差原因分析及改進措施"],
  ["未完成原因分析", "未完成原因分析"],
  ["指标性质", "指標性質"],
  ["度量单位", "度量單位"],
  ["总分", "總分"],
  ["合计", "合計"],
  ["自评总分", "自評總分"],
  ["项目总得分", "項目總得分"],
  ["评价结论", "評價結論"],
  ["存在问题", "存在問題"],
  ["报表编号", "報表編號"],
  ["部门预算执行情况", "部門預算執行情況"],
  ["指标名称", "指標名稱"],
  ["计量单位", "計量單位"],
  ["调整指标值", "調整指標值"],
  ["是否核心指标", "是否核心指標"],
  ["产出指标(50分)", "產出指標(50分)"],
  ["效益指标", "效益指標"],
  ["满意度指标", "滿意度指標"],
  ["成本指标", "成本指標"],
  ["经济成本指标", "經濟成本指標"],
  ["社会成本指标", "社會成本指標"],
  ["生态环境成本指标", "生態環境成本指標"],
  ["数量指标", "數量指標"],
  ["质量指标", "質量指標"],
  ["时效指标", "時效指標"],
  ["经济效益指标", "經濟效益指標"],
  ["社会效益指标", "社會效益指標"],
  ["生态效益指标", "生態效益指標"],
  ["可持续影响指标", "可持續影響指標"],
  ["服务对象满意度指标", "服務對象滿意度指標"],
  ["长效管理指标", "長效管理指標"],
  ["达成预期指标", "達成預期指標"],
  ["部分达成预期指标", "部分達成預期指標"],
  ["未达成预期指标", "未達成預期指標"],
  ["较及时", "較及時"],
  ["较满意", "較滿意"],
  ["基本达标", "基本達標"],
  ["有效", "有效"],
  ["较健全", "較健全"],
  ["效果明显", "效果明顯"],
  ["有所提升", "有所提升"],
  ["严格执行相关制度规定", "嚴格執行相關制度規定"],
  ["百分比个次场篇份人次天小时元万元亩公里", "百分比個次場篇份人次天小時元萬元畝公里"],
];

describe("toTraditional / toSimplified", () => {
  it.each(LABELS)("%s ⇄ %s", (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
    expect(toSimplified(traditional)).toBe(simplified);
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it.each<[string, string]>([
    ["资", "資"], ["项", "項"], ["绩", "績"], ["评", "評"], ["价", "價"], ["务", "務"], ["质", "質"], ["满", "滿"],
    ["时", "時"], ["经", "經"], ["济", "濟"], ["会", "會"], ["态", "態"], ["续", "續"], ["响", "響"], ["发", "發"],
    ["设", "設"], ["计", "計"], ["划", "劃"], ["织", "織"], ["组", "組"], ["实", "實"], ["际", "際"], ["数", "數"],
    ["单", "單"], ["门", "門"], ["预", "預"], ["执", "執"], ["这", "這"], ["国", "國"], ["区", "區"], ["县", "縣"],
    ["乡", "鄉"], ["业", "業"], ["农", "農"], ["卫", "衛"], ["学", "學"], ["习", "習"], ["馆", "館"], ["书", "書"],
    ["图", "圖"], ["讯", "訊"], ["网", "網"], ["络", "絡"], ["运", "運"], ["维", "維"], ["护", "護"], ["费", "費"],
    ["补", "補"], ["贴", "貼"], ["验", "驗"], ["后", "後"], ["里", "里"], ["系", "系"], ["干", "幹"],
  ])("%s → %s", (s, t) => {
    expect(toTraditional(s)).toBe(t);
    expect(toSimplified(t)).toBe(s);
  });

  it("alternative traditional forms read back", () => {
    expect(toSimplified("得分係數")).toBe("得分系数");
    expect(toSimplified("聯繫")).toBe("联系");
    expect(toSimplified("爲")).toBe("为");
    expect(toSimplified("衞生")).toBe("卫生");
    expect(toSimplified("公里")).toBe("公里");
    expect(toSimplified("裡")).toBe("里");
    expect(toSimplified("皇后")).toBe("皇后");
  });

  it("leaves other characters alone", () => {
    expect(toSimplified("ABC 123 ，。%≥")).toBe("ABC 123 ，。%≥");
    expect(toTraditional("ABC 123 ，。%≥")).toBe("ABC 123 ，。%≥");
    expect(toSimplified("")).toBe("");
  });

  it("keeps what comes before the first character to map, astral characters and all", () => {
    expect(toSimplified("2021年度項目")).toBe("2021年度项目");
    expect(toSimplified("𠀀a項目")).toBe("𠀀a项目");
    expect(toSimplified("項目𠀀評")).toBe("项目𠀀评");
    expect(toTraditional("𠀀a项目")).toBe("𠀀a項目");
  });

  it("the table is one-to-one in the simplified → traditional direction and round-trips", () => {
    expect(SCRIPT_TABLE_SIZE).toBeGreaterThanOrEqual(600);
  });
});

describe("stripPinyin", () => {
  it.each<[string, string]>([
    ["項(xiàng)目", "項目"],
    ["項(xiàng)目(mù)名(míng)稱(chēng)", "項目名稱"],
    ["績（jì）效（xiào）", "績效"],
    ["綠(lǜ)化", "綠化"],
    ["綠(lü)化", "綠化"],
    ["略(lüè)", "略"],
    ["女(nǚ)", "女"],
    ["項(xiang4)目", "項目"],
    ["項( xiàng )目", "項目"],
    ["項(Xiàng)目", "項目"],
    ["二(èr)", "二"],
    ["嗯(ng)", "嗯"],
    ["莊(zhuāng)", "莊"],
    ["(2021年度)", "(2021年度)"],
    ["項目資金(元)", "項目資金(元)"],
    ["項目資金(萬元)", "項目資金(萬元)"],
    ["產出指標(50分)", "產出指標(50分)"],
    ["年初預算數(A)", "年初預算數(A)"],
    ["全年執行數(B)", "全年執行數(B)"],
    ["執行率(B/A)", "執行率(B/A)"],
    ["面積(km)", "面積(km)"],
    ["重量(kg)", "重量(kg)"],
    ["容量(ml)", "容量(ml)"],
    ["xiang(xiàng)", "xiang(xiàng)"],
    ["項 (xiàng)", "項 (xiàng)"],
    ["(xiàng)", "(xiàng)"],
    ["項(PDF)", "項(PDF)"],
    // a toned syllable after a mis-decoded character (one stray letter, a ?) is pinyin too
    ["旅遊螛I(yè)和", "旅遊螛I和"],
    ["金額?(é)", "金額?"],
    ["螛I(ye)和", "螛I(ye)和"],
  ])("%s → %s", (input, expected) => {
    expect(stripPinyin(input)).toBe(expected);
  });

  it("labels with pinyin read as simplified labels", () => {
    expect(toSimplified(stripPinyin("績(jì)效(xiào)指(zhǐ)標(biāo)"))).toBe("绩效指标");
  });

  it("isPinyinSyllable", () => {
    for (const w of ["xiàng", "mù", "lǜ", "lv", "zhuang", "er", "a", "ai", "qiong", "Xiang"]) expect(isPinyinSyllable(w)).toBe(true);
    for (const w of ["A", "B", "AB", "kg", "km", "PDF", "xyz", "qq", "str"]) expect(isPinyinSyllable(w)).toBe(false);
  });
});
