/**
 * A project's whole dossier in one workbook — 基本信息, 绩效目标申报表, 执行监控, 自评表, 评审报告 on
 * separate sheets — gives exactly its one self-evaluation form, and each other sheet once as
 * `other-form` (issue: such a workbook was read as nine forms).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";

const seed = readFileSync(new URL("../../../fixtures/seed/000_2ddec0f555d76dd0.txt", import.meta.url), "utf8");
// The seed's first form, its rows as the sheet's rows (tab-separated cells).
const lines = seed.split("\n");
const firstTotal = lines.findIndex((l) => l.startsWith("总分"));
const selfEvaluation = lines.slice(0, firstTotal + 1).filter((l) => l.trim() !== "").map((l) => l.split("\t"));

async function dossier(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("基本信息").addRows([["项目名称", "科普资源平台建设"], ["主管部门", "上海市科学技术协会"], ["实施单位", "上海科技报社"]]);
  wb.addWorksheet("绩效目标申报表").addRows([
    ["项目支出绩效目标申报表"],
    ["项目名称", "科普资源平台建设"],
    ["年度总体目标", "建成科普资源平台"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "发布信息", "≥100条"],
  ]);
  wb.addWorksheet("执行监控").addRows([["项目名称", "科普资源平台建设"], ["年度资金总额", 100, 50]]);
  wb.addWorksheet("自评表").addRows(selfEvaluation);
  wb.addWorksheet("评审报告").addRows([["评审意见：项目实施规范，资料齐全。"]]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("a dossier workbook", () => {
  it("gives its one self-evaluation form, and reports each other sheet once", async () => {
    const doc = await parse(await dossier(), { path: "dossier.xlsx" });
    expect(doc.source.kind).toBe("xlsx");
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.projectName).toBe("“上海科协”官方微信、微博策划与运维及《红色科协人》视频拍摄制作");
    expect(doc.forms[0]!.total).toEqual({ weight: 100, score: 95 });
    const others = doc.diagnostics.filter((d) => d.code === "other-form");
    expect(others.map((d) => d.source?.sheet)).toEqual(["基本信息", "绩效目标申报表", "执行监控", "评审报告"]);
  });
});
