import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { prepareRow } from "../../src/reconstruct/row-prepare.js";
import { classifyRow } from "../../src/reconstruct/row-classifier.js";
import { periodRow } from "../../src/reconstruct/period-row.js";

const cells = (texts: string[]) => texts.map((text) => ({ text, source: { line: 1 } }));

/**
 * A header label naming the project's term run onto its span of dates (项目起止时间2016 年 1 月…):
 * a header row, its years and months no figures of an indicator or fund row. Every text made up.
 */
describe("the project's term run onto its label", () => {
  it.each([
    [["实施期限2019", "年", "3", "月至", "2020", "年", "6", "月"], " ", ["实施期限", "2019 年 3 月至 2020 年 6 月"]],
    [["项目周期2021.1-2021.12"], "", ["项目周期", "2021.1-2021.12"]],
    [["项目起止时间:自2018年5月起至2019年4月止"], "", ["项目起止时间", "自2018年5月起至2019年4月止"]],
    [["起止时间", "2022年", "至", "2023年"], " ", ["起止时间", "2022年 至 2023年"]],
    // Other text after the dates, or no dates: not the term alone.
    [["实施期限2019", "年", "完成道路硬化"], " ", null],
    [["项目周期一年"], "", null],
    [["项目名称2019年道路维修"], "", null],
  ])("%j → %j", (texts, sep, expected) => {
    expect(periodRow(cells(texts), sep)?.map((c) => c.text) ?? null).toEqual(expected);
  });

  it.each([
    [{ cells: cells(["项目周期2020", "年", "1", "月起至", "2020", "年", "12", "月止"]), boundaries: "spaces" }],
    [{ cells: cells(["实施期限2017年3月至2018年9月"]), boundaries: "none" }],
  ] as Array<[Row]>)("is a header row, not an indicator row (%#)", (row) => {
    const v = prepareRow(row, "header")!;
    expect(classifyRow(v, "header").kind).toBe("header");
  });
});
