/**
 * A department scoring sheet (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 指标说明 |
 * 得分) whose cells ran together, as a document site's preview gives it
 * (src/reconstruct/run-together-scoring-sheet.ts). Text written for this test, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { toTraditional } from "../../src/normalise/script.js";
import { regroupRunTogetherScoringSheets } from "../../src/reconstruct/run-together-scoring-sheet.js";
import type { Row } from "../../src/layout/grid.js";

const read = async (text: string) => (await parse(text, { path: "sheet.txt" })).forms;

// One line of a preview: the cover's labels, the sheet's title, its header and rows run together.
// Shapes in it: points run into a percent that opens the rule (支出进度率15100%得满分), a definition
// that restates the 三级 name (…扣完即止。人员编制控制率=(…)), a rule ending in 记0分 right before its
// definition, a stop misread as a point or a letter before the score (×100%.12, ×100%o8), figures of
// the rules' own (5%, 10分, 0得10分) and an excerpt cut after the last row's name.
const SHEET =
  "某县2023年度部门整体支出绩效自评报告\n" +
  "部门(单位)名称某县文化馆预算编码405001部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值评价标准指标说明得分" +
  "投入20预算配置20人员编制控制率10以100%为准,控制率不超过100%得10分;每超出一个百分点扣1分,扣完即止。人员编制控制率=(实有人数/核定编制数)×100%,实有人数按年末统计口径。" +
  "9“一般性支出”压减率10压减率达到5%得满分;未达到的按比例计分。“一般性支出”压减率=(上年支出-本年支出)/上年支出×100%。" +
  "10过程40预算执行25支出进度率15100%得满分,每低于10%扣3分,扣完为止。支出进度率=实际支出/全年预算×100%." +
  "12结余控制率10结余率为0得10分;5%以内得6分;超过5%记0分结余控制率=(年末结余/全年预算)×100%o8资产管理\n";

describe("a department scoring sheet run together", () => {
  it("reads each row's names, points, rule and score", async () => {
    const [form] = await read(SHEET);
    expect(form!.template).toBe("department");
    const rows = form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score]);
    expect(rows.slice(0, 4)).toEqual([
      ["投入", 20, "预算配置", "人员编制控制率", 10, 9],
      ["投入", 20, "预算配置", "“一般性支出”压减率", 10, 10],
      ["过程", 40, "预算执行", "支出进度率", 15, 12],
      ["过程", 40, "预算执行", "结余控制率", 10, 8],
    ]);
    expect(form!.indicators.slice(0, 4).map((i) => i.method)).toEqual([
      "以100%为准,控制率不超过100%得10分;每超出一个百分点扣1分,扣完即止。",
      "压减率达到5%得满分;未达到的按比例计分。",
      "100%得满分,每低于10%扣3分,扣完为止。",
      "结余率为0得10分;5%以内得6分;超过5%记0分",
    ]);
    // The excerpt's last row: its name, under the 二级 above it.
    expect(form!.indicators[4]?.level3).toBe("资产管理");
  });

  it("reads a header whose levels are printed bare, with one text column", async () => {
    const [form] = await read(
      "某镇2022年度部门整体支出绩效自评表\n部门整体支出绩效评价指标表一级分值二级分值三级分值评分标准得分产出50数量指标30开展活动场次10全年开展12场以上得满分,每少1场扣1分。9质量指标20活动合格率1095%以上得满分,每低1%扣2分。10\n",
    );
    expect(form!.indicators.map((i) => [i.level1, i.level2, i.level3, i.weight, i.method, i.score])).toEqual([
      ["产出", "数量指标", "开展活动场次", 10, "全年开展12场以上得满分,每少1场扣1分。", 9],
      ["产出", "质量指标", "活动合格率", 10, "95%以上得满分,每低1%扣2分。", 10],
    ]);
  });

  it("reads a numbered sheet (序号, the group names with their points), each score run into the next row's number", async () => {
    // 指标解释, then 指标说明及评分标准 from the first sentence that speaks of points; `5 4`: a score and
    // the next number a dump's space parted.
    const [form] = await read(
      "某县2023年度部门整体支出绩效评价自评表\n" +
        "序号一级指标二级指标三级指标指标分值指标解释指标说明及评分标准自评得分1决策(20分)目标设定(8分)目标合理性4考察部门是否设定年度目标及目标是否合理。1、设定了年度目标(2分);2、目标符合职责(2分)。" +
        "32目标明确性4考察目标是否细化量化。目标细化量化的得4分,否则不得分。43资金投入(12分)预算编制科学性6本单位预算编制是否科学合理。编制科学的计6分,每发现一处问题扣1分。5 4" +
        "预算执行(30分)支付进度(10分)支付进度率10本单位资金支付是否及时。支付进度达到序时进度得满分,每低5%扣1分。9\n",
    );
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策", 20, "目标设定(8分)", "目标合理性", 4, 3],
      ["决策", 20, "目标设定(8分)", "目标明确性", 4, 4],
      ["决策", 20, "资金投入(12分)", "预算编制科学性", 6, 5],
      ["预算执行", 30, "支付进度(10分)", "支付进度率", 10, 9],
    ]);
    expect(form!.indicators.map((i) => i.method)).toEqual([
      "1、设定了年度目标(2分);2、目标符合职责(2分)。",
      "目标细化量化的得4分,否则不得分。",
      "编制科学的计6分,每发现一处问题扣1分。",
      "支付进度达到序时进度得满分,每低5%扣1分。",
    ]);
  });

  it("reads the numbered sheet in traditional characters (本部門 after points opens a text, no unit)", async () => {
    const [form] = await read(
      toTraditional(
        "某县2023年度部门整体支出绩效评价自评表\n序号一级指标二级指标三级指标指标分值指标解释指标说明及评分标准自评得分1决策(20分)目标设定(8分)目标合理性4本部门是否设定年度目标。设定合理目标的得4分。" +
          "32目标明确性4本部门目标是否细化量化。目标细化量化的得4分,否则不得分。4\n",
      ),
    );
    expect(form!.indicators.map((i) => [i.level3, i.weight, i.score])).toEqual([
      ["目標合理性", 4, 3],
      ["目標明確性", 4, 4],
    ]);
  });

  it("reads the numbered sheet with its group names' points bare (决策20分目标设定8分…)", async () => {
    const [form] = await read(
      "某县2023年度部门整体支出绩效评价自评表\n序号一级指标二级指标三级指标指标分值指标解释指标说明及评分标准自评得分1决策20分目标设定8分目标合理性4考察是否设定年度目标。设定合理目标的得4分。" +
        "32目标明确性4考察目标是否细化量化。目标细化量化的得4分,否则不得分。4\n",
    );
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["决策", 20, "目标设定8分", "目标合理性", 4, 3],
      ["决策", 20, "目标设定8分", "目标明确性", 4, 4],
    ]);
  });

  it("reads a sheet whose header is two rows (the columns over 一级二级三级), unnumbered, the group names with their points", async () => {
    // A group name's opening bracket lost (部门管理60分)), a list numbered 1. in the rule, a score with a decimal.
    const [form] = await read(
      "某县总工会2021年度部门整体支出绩效评价表\n绩效指标指标分值指标解释计分标准自评得分备注\n一级指标二级指标三级指标\n" +
        "部门管理60分)预算编制(20分)目标设定10考察部门是否设定绩效目标。1.目标要素齐全的,得5分,否则酌情扣分。2.目标可衡量的,得5分。9" +
        "编制准确10考察预算编制是否准确。调剂率低于10%的得满分,每高1%扣1分。8.5资产管理(10分)资产安全5考察资产是否安全完整。发现一处问题扣1分。5\n",
    );
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.score])).toEqual([
      ["部门管理", 60, "预算编制(20分)", "目标设定", 10, 9],
      ["部门管理", 60, "预算编制(20分)", "编制准确", 10, 8.5],
      ["部门管理", 60, "资产管理(10分)", "资产安全", 5, 5],
    ]);
    expect(form!.indicators.map((i) => i.method)).toEqual([
      "1.目标要素齐全的,得5分,否则酌情扣分。2.目标可衡量的,得5分。",
      "调剂率低于10%的得满分,每高1%扣1分。",
      "发现一处问题扣1分。",
    ]);
  });

  it("reads a numbered sheet whose rows run on over lines, each header cell and long cell keeping its own line break", async () => {
    // The header over four lines (序号一级 / 指标, 二级 / 指标 …), a row's group names and 三级 name wrapped,
    // a score alone on its line before the next row's number.
    const [form] = await read(
      [
        "某县2022年度部门整体支出绩效评价自评表",
        "序号一级 指标",
        "二级 指标",
        "三级 指标",
        "指标分值指标解释指标说明及评分标准自评得分",
        "1决策 (20分)",
        "目标设定 (8分)目标 合理性4考察部门是否设定年度目标。设定合理目标的得4分。",
        "3",
        "2目标 明确性4考察目标是否细化量化。目标细化量化的得4分,否则不得分。4",
      ].join("\n") + "\n",
    );
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.method, i.score])).toEqual([
      ["决策", 20, "目标设定(8分)", "目标合理性", 4, "设定合理目标的得4分。", 3],
      ["决策", 20, "目标设定(8分)", "目标明确性", 4, "目标细化量化的得4分,否则不得分。", 4],
    ]);
  });

  it("reads rows run together after a header spaced into its column names (a preview of a linear copy)", async () => {
    // The rule's end where the page's space was lost (…不得分本年…): the rest speaks of no points.
    const [form] = await read(
      "某县2018年度部门整体支出绩效评价指标表\n一级指标 得分 二级指标 得分 三级指标 得分 评价标准 指标说明 得分 " +
        "投入16预算配置16人员控制率8按100%为基准,控制率≤100%,得8分;每高出一个百分点减0.5分,减完为止.本单位年底实有人员20人,编制21人." +
        "8支出控制率8支出增幅为0,计8分;0-10%(含),计4分;大于10%不得分 本年支出增幅为3%.6\n",
    );
    expect(form!.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level3, i.weight, i.method, i.score])).toEqual([
      ["投入", 16, "预算配置", "人员控制率", 8, "按100%为基准,控制率≤100%,得8分;每高出一个百分点减0.5分,减完为止.", 8],
      ["投入", 16, "预算配置", "支出控制率", 8, "支出增幅为0,计8分;0-10%(含),计4分;大于10%不得分", 6],
    ]);
  });

  it("leaves rows under another header as they were", () => {
    const rows: Row[] = [
      { cells: [{ text: "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施", source: { line: 1 } }], boundaries: "none" },
      { cells: [{ text: "产出指标数量指标培训人次≥500人次612人次2020", source: { line: 2 } }], boundaries: "none" },
    ];
    expect(regroupRunTogetherScoringSheets(rows)).toEqual(rows);
  });
});
