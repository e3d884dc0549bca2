/**
 * Amounts printed with their scale in traditional characters (`80萬元`), run together after a fund
 * row's label the template does not spell (其中:中央財政補助): the row's amounts, as `80万元` are.
 * Each case a small text written for this test, its expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (scale: string) =>
  [
    "項目支出績效自評表",
    "(2023年度)",
    "項目名稱某村道養護經費",
    "主管部門某縣交通運輸局",
    `項目資金(${scale}元)全年預算數全年執行數執行率`,
    `年度資金總額80${scale}元76${scale}元95%`,
    `其中:中央財政補助60${scale}元57${scale}元95%`,
    "地方資金",
    "其他資金",
    "一級指標二級指標三級指標年度指標值實際完成值",
    "產出指標數量指標養護里程≥30公里32公里",
  ].join("\n");

describe("a fund row of the transfer-payment form, its amounts with their scale, run together", () => {
  it.each([["萬"], ["万"]])("reads the amounts after 其中:中央財政補助 with the scale %s", async (scale) => {
    const f = (await parse(form(scale), { path: "scaled.txt" })).forms[0]!;
    const row = f.funds.rows.find((r) => r.label === "其中:中央財政補助");
    expect([row?.annualBudget, row?.executed]).toEqual([60, 57]);
  });
});
