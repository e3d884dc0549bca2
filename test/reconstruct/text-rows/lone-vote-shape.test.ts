/**
 * An excerpt that starts below a form's header labels, its rows parted by spaces, where the only
 * label starting a line alone is a total row's (总分, its cells printed on lines below it): one
 * vote is too few to make the page one cell a line; how its lines look decides. Text written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { textReadings } from "../../../src/extract/text/read-text.js";
import { detectShape } from "../../../src/reconstruct/text-rows/detect-shape.js";

const shape = (lines: string[]) => detectShape(textReadings(lines.join("\n")));

const EXCERPT = [
  "预算执行情况(万元)",
  "(20分)",
  "预算数(A) 执行数(B) 执行率(B/A)",
  "年度财政资金总额 800 760.00 95.00%",
  "年度绩效目标",
  "产出指标 数量指标 新建仓库面积(平方米) 1200",
  "办公用房面积(平方米) 300",
  "质量指标 验收合格率(%) 100",
  "时效指标 完工时间 2022.10",
  "效益指标 带动农户增收(户) 150",
  "满意度指标 服务对象满意度指标 群众满意度(%) 90",
  "总分",
  "偏差大或",
  "目标未完成",
  "原因分析",
  "项目按计划推进,部分设备尚待安装调试,资金已按合同进度拨付,余款待验收后结清。",
  "改进措施及",
  "结果应用方案",
  "1.压实推进责任,明确专人跟踪调度,定期召开协调会议,逐项解决建设中的问题。",
  "2.倒排工期抓落实,加快设备安装调试,确保项目按期投入使用。",
  "3.加强资金管理,严格按合同进度拨付资金,提高资金使用效益。",
];

describe("a lone label alone on its line", () => {
  it("does not make an excerpt of spaced rows one cell a line", () => {
    expect(shape(EXCERPT)).toBe("linear");
  });
  it("two labels alone on their lines still do", () => {
    expect(shape(["项目支出绩效自评表", "项目名称", "某项目", "主管部门", "某局", "年度资金总额", "10"])).toBe("cell-per-line");
  });
});
