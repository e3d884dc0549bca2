import { withTextRows } from "../../src/reconstruct/text-rows/index.js";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { trimEdges, WRAPPER_PATTERNS, wrapperKind } from "../../src/extract/text/wrapper.js";
import { readTextInput } from "../../src/extract/text/read-text.js";

describe("wrapper lines", () => {
  it.each([
    ["当前位置：首页 > 信息公开 > 财政资金", "breadcrumbs"],
    ["您现在的位置: 首页 > 政务公开", "breadcrumbs"],
    ["索引号：11340000MB1234567X/2023-00123　　发布机构：本单位", "index number"],
    ["| 索引号 | 113408/2022-01 | 发文单位 | 区财政局 |", "index number"],
    ["发布日期：2023-06-30　　浏览次数：128", "publication date"],
    ["来源：区教育局", "publisher"],
    ["字体：[ 大 中 小 ]　　打印本页", "font-size buttons"],
    ["【字号：大 中 小】", "font-size buttons"],
    ["【打印本页】【关闭窗口】", "page buttons"],
    ["主办单位：本单位办公室　　网站标识码：3400000001", "footer"],
    ["皖ICP备05001234号  皖公网安备 34010002000123号", "registration numbers"],
    ["今天是:2025年12月04日", "today"],
    ["免费下载 项目支出绩效自评表.docx", "document site"],
    ["上传时间：2021-05-06", "document facts"],
    ["资源大小:13.33KB", "document facts"],
    ["來源:安居區市場監管局 發布時間:2022-08", "publisher"],
  ])("%s is %s", (line, kind) => {
    expect(wrapperKind(line)).toBe(kind);
  });

  it.each([
    "项目名称",
    "资金来源",
    "主管部门 区教育局",
    "实施单位：区第一中学",
    "项目负责人及电话",
    "年度资金总额 200 200 179.43 10 89.7% 9",
    "发布培训通知次数 ≥3次 4次 10 10",
    "打印机购置台数",
    "来源于群众的投诉率 ≤5% 3% 10 10",
    "",
  ])("%s is no wrapper", (line) => {
    expect(wrapperKind(line)).toBeNull();
  });

  it("its patterns carry no flags: wrapperKind first tests their alternation, which then matches where one of them does", () => {
    expect(WRAPPER_PATTERNS.filter((p) => p.test.flags !== "").map((p) => p.name)).toEqual([]);
  });

  it("keeps a portal's wrapper out of the first row of a form that starts mid-table, as diagnostics", () => {
    const text = [
      "当前位置：首页 > 信息公开 > 财政资金",
      "发布日期：2023-06-30",
      "产出指标",
      "数量指标",
      "培训人次",
      "≥100人次",
      "120人次",
      "10",
      "10",
      "【打印本页】【关闭窗口】",
    ].join("\n");
    const read = withTextRows(readTextInput(new TextEncoder().encode(text)));
    expect(read.grid!.rows.flatMap((r) => r.cells).map((c) => c.text)).toEqual(["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "10", "10"]);
    expect(read.diagnostics.filter((d) => d.code === "unplaced-text").map((d) => d.source?.line)).toEqual([1, 2, 10]);
  });
});

describe("trimEdges", () => {
  it("takes off exactly the code units the pattern does, every one of the 65,536", () => {
    const pattern = /^[\s|\u00a0\u3000]+$/;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const u = String.fromCharCode(c);
      if (trimEdges(`${u}x${u}`) !== (pattern.test(u) ? "x" : `${u}x${u}`)) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("trims as the two patterns it replaces, on lines of white space, pipes and text", () => {
    // Every code unit below U+3100 where \s is defined, plus a sample of others and surrogates.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x3100 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("|", " ", "\t", "\u3000", "\u00a0", "\ufeff", "\u2028", "\u180e", "\u200b", "项", "\ud83d", "\ude00", "a"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }).map((xs) => xs.join("")), (line) => {
        expect(trimEdges(line)).toBe(line.replace(/^[\s|\u00a0\u3000]+/, "").replace(/[\s|\u00a0\u3000]+$/, ""));
      }),
      { numRuns: 1000 },
    );
  });
});
