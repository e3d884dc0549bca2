/**
 * Department-wide forms in linear text (cells separated by spaces, a cell's own spaces kept), read
 * from a text written for this test: each value typed by hand.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const text = [
  "部门整体支出绩效自评表",
  "（2023年度）",
  "部门（单位）名称 某县档案馆 单位编码 208003",
  "年度总体目标 预期目标 实际完成情况",
  "完成档案数字化 已完成档案数字化",
  "年度绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 评分标准 偏差原因分析及改进措施",
  "产出指标 数量指标 1、档案数字化2、档案 归档 1、≥9万页；2、100% 已完成 30 30 B/A×分 值",
  "质量指标 数字化合格率 ≥95% 96% 30 30 达到目标值 得满分",
  "效益指标 社会效益指标 档案利用便捷程度 有所提升 有所提升 20 20 B/A×分值 按计划完成",
  "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 92% 20 20 完成目标得满分 ，未完成按比例扣分",
  "自评总分 100 100",
].join("\n");

describe("linear department forms", () => {
  it("keeps a scoring rule split at its own spaces whole, apart from the 偏差原因 after it, and a list numbered anew in its own cell", async () => {
    const doc = await parse(text, { path: "linear.txt" });
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.actual, i.method, i.deviation])).toEqual([
      ["1、档案数字化2、档案归档", "1、≥9万页；2、100%", "已完成", "B/A×分值", null],
      ["数字化合格率", "≥95%", "96%", "达到目标值得满分", null],
      ["档案利用便捷程度", "有所提升", "有所提升", "B/A×分值", "按计划完成"],
      ["查档群众满意度", "≥90%", "92%", "完成目标得满分，未完成按比例扣分", null],
    ]);
  });

  it("runs a task's name wrapped at a space on to the token that ends like a name, not when the content opens with a verb", async () => {
    const form = (rows: string[]) =>
      [
        "部门整体支出绩效自评表",
        "（2023年度）",
        "部门（单位）名称 某县文化馆",
        "年度主要任务 任务名称 主要内容 预算金额（万元）",
        "总额 财政拨款 其他资金",
        ...rows,
        "年度总体目标 预期目标 实际完成情况",
        "办好展演 已办好展演",
      ].join("\n");
    const doc = await parse(
      form(["乡村文化 站点维修 修好屋面 和门窗共计八处 40.00 40.00 0.00", "文艺汇演 组织开展 汇演活动四场 25.00 20.00 5.00", "送戏下乡 戏曲进村 演出二十场次 12.00 12.00 0.00"]),
      { path: "linear-tasks.txt" },
    );
    expect(doc.forms[0]!.tasks?.map((t) => [t.name, t.content])).toEqual([
      // 乡村文化 ends no name and 站点维修… opens no content: the name was wrapped, up to 维修.
      ["乡村文化站点维修", "修好屋面和门窗共计八处"],
      // 组织开展 opens the content: the first token is the whole name.
      ["文艺汇演", "组织开展汇演活动四场"],
      // No token ends like a name: the alignment's cut stands.
      ["送戏下乡", "戏曲进村演出二十场次"],
    ]);
  });
});
