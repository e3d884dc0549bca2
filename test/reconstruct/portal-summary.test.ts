/**
 * A portal's metadata table whose summary cell (内容概述) gives the page's text again, run together:
 * where the page's own table is cut short and reads next to nothing, the summary read as text of
 * its own is the reading kept; elsewhere the page's table stands.
 */
import { describe, expect, it } from "vitest";
import { portalSummaryText } from "../../src/reconstruct/text-rows/portal-summary.js";
import { parse } from "../../src/pipeline.js";

const summary =
  "农村公路养护补助资金绩效目标自评表(2023年度)转移支付(项目)名称2023年农村公路养护补助中央主管部门交通运输部地方主管部门省交通运输厅资金使用单位某县交通运输局-某县公路事业发展中心" +
  "资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:250250100%其中:中央财政资金250250100%地方资金其他资金资金管理情况情况说明存在问题和改进措施分配科学性按路况分配资金无";

const meta = (label: string) => [
  "索引号 | 113400000000000000/202404-00001 | 组配分类 | 部门项目 |",
  "发布机构 | 某县交通运输局 | 发文日期 | 2024-04-15 09:30 |",
  `信息名称 | 农村公路养护补助资金绩效目标自评表 (2023年度) | ${label} | ${summary} |`,
];
// The page's own table, cut short in its fourth row.
const cutTable = [
  "农村公路养护补助资金绩效目标自评表 | |||||||",
  "(2023年度) | |||||||",
  "转移支付(项目)名称 | 2023年农村公路养护补助 | ||||||",
  "中央主管部门 | 交通运输部 | ||||||",
  "地方主管部门 | 省交通运输厅 | 资金使用单位 | 某县交",
];

async function read(lines: string[]) {
  const doc = await parse(new TextEncoder().encode(lines.join("\n")), { path: "x.txt" });
  return doc;
}

describe("portalSummaryText", () => {
  it("finds the summary cell of a metadata row, in either script", () => {
    expect(portalSummaryText(meta("内容概述").join("\n"))).toEqual({ text: summary, line: 3 });
    expect(portalSummaryText(meta("內容概述").join("\n"))?.line).toBe(3);
  });
  it("leaves a short summary and other labels alone", () => {
    expect(portalSummaryText("信息名称 | 某表 | 内容概述 | 某县交通运输局2023年自评表 |")).toBeNull();
    expect(portalSummaryText(meta("关键词").join("\n"))).toBeNull();
  });
});

describe("a page cut short under its portal's summary", () => {
  it("is read from the summary, which holds what the table lost", async () => {
    const doc = await read([...meta("内容概述"), ...cutTable]);
    const form = doc.forms[0]!;
    expect(form.implementingUnit).toBe("某县交通运输局-某县公路事业发展中心");
    expect(form.funds.rows.find((r) => r.key === "total")?.annualBudget).toBe(250);
    expect(form.funds.rows.find((r) => r.key === "total")?.executed).toBe(250);
    expect(form.funds.executionRatePercent).toBe(100);
    expect(doc.diagnostics.some((d) => d.code === "text-shape-reread")).toBe(true);
  });
  it("is read from its table where no summary holds the form", async () => {
    const doc = await read([...meta("关键词"), ...cutTable]);
    const form = doc.forms[0]!;
    expect(form.implementingUnit).toBe("某县交");
    expect(form.funds.rows).toEqual([]);
  });
});

describe("a portal's summary label run into the title on one line", () => {
  it("begins the title after the label", async () => {
    const { cutAtRowStarts } = await import("../../src/reconstruct/text-rows/flattened-form.js");
    const line = "索引号113400000000000000/202404-00001发布机构某县交通运输局信息名称农村公路养护补助资金绩效目标自评表内容概述农村公路养护补助资金绩效目标自评表(2023年度)转移支付(项目)名称2023年农村公路养护补助中央主管部门交通运输部地方主管部门省交通运输厅";
    expect(cutAtRowStarts(line).some((p) => p.startsWith("农村公路养护补助资金绩效目标自评表(2023年度)"))).toBe(true);
  });
});
