/** A total row run into the rows around it: its score read, its 分值 left unread where no figure of the row can be it. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const form = (total: string) =>
  [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称\t某县道路养护",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t养护里程\t≥20公里\t22公里\t60\t58",
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t40\t36",
    total,
  ].join("\n") + "\n";

describe("a total row holding other rows' words and figures", () => {
  it("leaves the 分值 unread when the figure before the score is under one row's points", async () => {
    const doc = await parse(form("总分\t群众满意度\t8\t≥90%\t100%\t8\t94"), { path: "run-into.tsv" });
    const f = doc.forms[0]!;
    expect(f.total.score).toBe(94);
    expect(f.total.weight).toBeNull();
    expect(doc.diagnostics.some((d) => d.message.includes("总分值"))).toBe(true);
  });

  it("reads the 分值 when the figure before the score can be a total's", async () => {
    const doc = await parse(form("总分\t群众满意度\t8\t≥90%\t100%\t100\t94"), { path: "run-into.tsv" });
    expect(doc.forms[0]!.total.weight).toBe(100);
  });

  it("reads a plain total row as before", async () => {
    const doc = await parse(form("总分\t\t\t\t\t100\t94"), { path: "plain.tsv" });
    expect([doc.forms[0]!.total.weight, doc.forms[0]!.total.score]).toEqual([100, 94]);
  });
});
