/**
 * A task's 任务名称 and 主要内容 run together (a department form whose cells were run together): cut
 * where a name ends and a content begins. Texts written for these tests, each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import { cutNameAndContent } from "../../src/reconstruct/sections/tasks.js";

describe("cutting a run-together task into its name and content", () => {
  it.each([
    // A name's ending and a content's verb: the cut between them.
    ["乡村道路养护经费保障道路安全通行", ["乡村道路养护经费", "保障道路安全通行"]],
    // 建设 ends the name when another verb follows it; a verb doubled is the name's end and the content's start.
    ["农村电商平台建设推动农产品网上销售", ["农村电商平台建设", "推动农产品网上销售"]],
    ["文化广场建设建设村级文化广场三处", ["文化广场建设", "建设村级文化广场三处"]],
    // A name's ending alone, what follows ending like no name: of two such places, the last.
    ["防汛物资储备专项汛期物资储备充足", ["防汛物资储备专项", "汛期物资储备充足"]],
    ["全民健身活动经费组织开展全民健身赛事", ["全民健身活动经费", "组织开展全民健身赛事"]],
  ])("%s", (text, expected) => {
    expect(cutNameAndContent(text)).toEqual(expected);
  });

  it.each([
    // One long name: what follows the inner 服务 ends like a name itself, and no verb opens it.
    "社区卫生服务中心运行经费补助",
    // No name's ending at all.
    "森林防火巡山护林",
    // Too short a rest to be a content.
    "农村饮水安全工程维修养护",
  ])("leaves %s whole", (text) => {
    expect(cutNameAndContent(text)).toBeNull();
  });

  it("reads a run-together task table with names and contents apart", async () => {
    const text = [
      "部门整体支出绩效自评表",
      "(2023年度)",
      "部门（单位）名称某县交通运输局单位编码401003",
      "年度主要任务任务名称主要内容预算金额(万元)",
      "总额财政拨款其他资金",
      "乡村道路养护经费保障道路安全通行120.00100.0020.00",
      "农村电商平台建设推动农产品网上销售60.0060.000.00",
      "年度总体目标预期目标实际完成情况",
      "养护乡村道路120公里。已养护乡村道路126公里。",
      "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值指标分值自评得分",
      "产出指标数量指标养护道路≥120公里126公里100100",
      "自评总分100100",
    ].join("\n");
    const doc = await parse(text, { path: "tasks.txt" });
    expect((doc.forms[0]!.tasks ?? []).map((t) => [t.name, t.content, t.budget?.total, t.budget?.fiscal, t.budget?.other])).toEqual([
      ["乡村道路养护经费", "保障道路安全通行", 120, 100, 20],
      ["农村电商平台建设", "推动农产品网上销售", 60, 60, 0],
    ]);
  });
});
