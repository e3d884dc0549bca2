/**
 * A scoring sheet's title run on after other text in a flattened line begins where its head (unit,
 * year, a bracketed word of the title) meets the first other character; a sentence's words before
 * the kind begin no title.
 */
import { describe, expect, it } from "vitest";
import { sheetTitleBegin } from "../../src/reconstruct/text-rows/sheet-title-head.js";
import { cutAtRowStarts } from "../../src/reconstruct/text-rows/flattened-form.js";

const KIND = "资金绩效评价指标表";
const begin = (key: string) => sheetTitleBegin(key, key.indexOf(KIND), KIND);

describe("sheetTitleBegin", () => {
  it.each([
    ["某县敬老院2019年度自评报告附件1:某县敬老院2018年度县级财政专项(项目)资金绩效评价指标表一级二级", "某县敬老院2018年度县级财政专项(项目)"],
    ["附件2:2020年度某镇农村道路养护资金绩效评价指标表", "2020年度某镇农村道路养护"],
  ])("%s → the title's head %s", (key, head) => {
    const at = begin(key);
    expect(at).not.toBeNull();
    expect(key.slice(at!, key.indexOf(KIND))).toBe(head);
  });
  it.each([
    ["本单位按照市财政局印发的专项资金绩效评价指标表开展了自评工作,按照有关规定认真对照"],
    ["附件1:某县敬老院县级财政专项(项目)资金绩效评价指标表"],
  ])("%s → no title's head", (key) => expect(begin(key)).toBeNull());
  it("is asked only about a scoring sheet's kind", () => {
    expect(sheetTitleBegin("附件1:某县2019年度项目支出绩效自评表", 7, "项目支出绩效自评表")).toBeNull();
  });
});

describe("a flattened preview with a scoring sheet's title run on", () => {
  it("cuts the title out between the site's words and the sheet's heads", () => {
    const line = "1、某县敬老院建设项目2018年度专项资金绩效自评报告附件附件1:某县敬老院2018年度县级财政专项(项目)资金绩效评价指标表一级二级三级指标指标解释评分说明得分①按规定程序申报的得2分;②资料齐全的得2分;项目立项规范性(4分)";
    expect(cutAtRowStarts(line)).toContain("某县敬老院2018年度县级财政专项(项目)资金绩效评价指标表");
  });
});
