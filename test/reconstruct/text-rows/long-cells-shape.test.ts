/**
 * One cell a line with no empty lines, a few cells long paragraphs of prose (a scoring sheet's
 * 评分标准) among many short ones, no label of the project form starting a line: the shape the
 * text-rows stage tells. Text written for this test.
 */
import { describe, expect, it } from "vitest";
import { textReadings } from "../../../src/extract/text/read-text.js";
import { detectShape } from "../../../src/reconstruct/text-rows/detect-shape.js";

const shape = (lines: string[]) => detectShape(textReadings(lines.join("\n")));

const RULE = "评价部门是否按要求编制年度绩效目标,目标是否明确、具体、可衡量,各项要素齐全的得满分,每缺一项扣一分,扣完为止;未编制绩效目标的不得分,目标与年度工作任务不相符的酌情扣分。";

const SHEET = [
  "绩效指标", "指标分值", "指标解释", "计分标准", "自评得分",
  "一级", "指标", "二级", "指标", "三级", "指标",
  "预算管理(60分)", "预算编制(20分)", "目标制定", "10", "目标是否完整", RULE, "9",
  "目标实现", "10", "目标是否实现", RULE + RULE, "10",
  "预算执行(40分)", "执行率", "20", "执行是否及时", "18",
];

describe("one cell a line, a few long prose cells among short ones", () => {
  it("is one cell a line, though its long cells make the lines' average long", () => {
    expect(shape(SHEET)).toBe("cell-per-line");
  });

  it("a report's paragraphs one after another above a table one cell a line stay linear", () => {
    const report = [
      "某县某项目支出绩效自评报告",
      "项目名称:某水库除险加固工程",
      "评价年度:2022",
      "1.项目依据上级批复文件实施,资金按规定拨付到位,专款专用,未发现截留挪用情况。",
      "2.项目主要建设内容包括大坝加固、溢洪道改造和管理设施完善,均按设计完成。",
      "3.项目当年完成全部建设任务,工程通过验收并投入使用,运行情况良好稳定。",
      "4.评价小组对照绩效目标逐项核查,查阅资料并实地察看,形成本自评报告。",
      "5.项目实施后水库防洪能力明显提高,下游群众生产生活安全得到有效保障。",
      "6.存在问题:部分配套设施建设进度偏慢,下一步将加强督促,按期完成建设。",
      "7.下一步将完善工程运行管理制度,落实管护人员和经费,确保工程长期发挥效益。",
      "8.评价结论:项目决策规范,管理有序,产出和效益目标基本实现,自评等级为优。",
    ];
    const table = ["基础数据表", "填报单位:", "单位:万元", "编制数", "实际在职人数", "控制率", "45", "43", "95.56%", "三公经费", "12.5", "10", "9.8", "公用经费", "30.2", "28", "27.5"];
    expect(shape([...report, ...table])).toBe("linear");
  });

  it("rows parted by spaces stay linear", () => {
    const linear = ["一级 二级 三级 分值 得分", "预算管理 预算编制 目标制定 10 9", "预算执行 执行率 20 18", RULE + " 9", "目标实现 10 " + RULE, "合计 100 90"];
    expect(shape(linear)).toBe("linear");
  });
});
