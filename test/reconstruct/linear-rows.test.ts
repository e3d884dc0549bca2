/**
 * Linear text (cells parted by spaces) where the spaces alone do not say which tokens make a cell:
 * each case a small text written for this test, its expected reading typed by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const HEAD = [
  "某县某项目支出绩效自评表",
  "项目名称 某项目 主管部门 某县某局",
  "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
  "年度资金总额 20 20 20 10 100% 10",
  "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
];

const rows = async (body: string[]) => {
  const f = (await parse([...HEAD, ...body].join("\n"), { path: "linear.txt" })).forms[0]!;
  return f.indicators.map((i) => [i.level2, i.level3, i.target ?? null, i.actual ?? null, i.weight ?? null, i.score ?? null]);
};

describe("linear indicator rows", () => {
  it("a long text printed twice side by side is the target and its completion, not the end of the 三级 name", async () => {
    expect(
      await rows([
        "产出指标 质量指标 馆藏资料便于查找 新增资料可按目录检索,覆盖到乡镇 新增资料可按目录检索,覆盖到乡镇 20 20",
        "时效指标 开放时长 全年 全年 20 18",
      ]),
    ).toEqual([
      ["质量指标", "馆藏资料便于查找", "新增资料可按目录检索,覆盖到乡镇", "新增资料可按目录检索,覆盖到乡镇", 20, 20],
      ["时效指标", "开放时长", "全年", "全年", 20, 18],
    ]);
  });

  it("a row whose long cells wrapped leaves its 分值 and 得分 on the next line: they are that row's, not a row of their own", async () => {
    expect(
      await rows([
        "产出指标 数量指标 指标1:维修道路 完成镇村道路日常维修,修补路面破损处并清理边沟 完成镇村道路日常维修,修补路面破损处并清理边沟",
        "15 14",
        "指标2:新建桥梁 2座 2座 15 15",
      ]),
    ).toEqual([
      ["数量指标", "维修道路", "完成镇村道路日常维修,修补路面破损处并清理边沟", "完成镇村道路日常维修,修补路面破损处并清理边沟", 15, 14],
      ["数量指标", "新建桥梁", "2座", "2座", 15, 15],
    ]);
  });

  it("a line of numbers under a row that has its own is a row of its own (nothing is moved up)", async () => {
    const got = await rows(["产出指标 数量指标 培训人次 100人次 120人次 10 10", "10 8"]);
    expect(got[0]).toEqual(["数量指标", "培训人次", "100人次", "120人次", 10, 10]);
  });

  it("a 三级 name and a long target beside it are two cells, and a sentence's end parts it from the figure after it", async () => {
    expect(
      await rows([
        "产出指标 成本指标 维修成本控制在计划内 坚持勤俭办事,按计划控制支出。 100% 10 10",
        "效益指标 社会效益指标 群众出行条件得到明显改善 道路通行能力提升,出行更便利 效果明显 20 20",
      ]),
    ).toEqual([
      ["成本指标", "维修成本控制在计划内", "坚持勤俭办事,按计划控制支出。", "100%", 10, 10],
      ["社会效益指标", "群众出行条件得到明显改善", "道路通行能力提升,出行更便利", "效果明显", 20, 20],
    ]);
  });

  it("a system's code before the comparator (`004 >=`) stays with it, however the line's spaces part them", async () => {
    const text = [
      "某县某项目支出绩效自评表",
      "项目名称 某项目 主管部门 某县某局",
      "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际完成值 分值 得分",
      "产出指标 数量指标 巡查次数 004 >= 12 次 15 50 50",
      "产出指标 成本指标 巡查经费 005 <= 8 万元 7.5 50 50",
    ].join("\n");
    const f = (await parse(text, { path: "codes.txt" })).forms[0]!;
    expect(f.indicators.map((i) => [i.level3, i.target, i.weight])).toEqual([
      ["巡查次数", "≥12次", 50],
      ["巡查经费", "≤8万元", 50],
    ]);
  });

  it("pipes a table's export left between the spaces (`指标 |`, a line of `|` alone) are no cells", async () => {
    expect(await rows(["产出指标 数量指标 培训人次 100人次 120人次 10 10 |", "|", "", "时效指标 完成时间 12月底 12月底 10 10 |", "| |"])).toEqual([
      ["数量指标", "培训人次", "100人次", "120人次", 10, 10],
      ["时效指标", "完成时间", "12月底", "12月底", 10, 10],
    ]);
  });
});
