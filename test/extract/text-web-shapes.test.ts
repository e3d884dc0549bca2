/**
 * The text shapes as real web pages give them (fixtures/field taught these): each case a small
 * text and the rows the reader must make of it.
 */
import { withTextRows } from "../../src/reconstruct/text-rows/index.js";
import { describe, expect, it } from "vitest";
import { readTextInput, textReadings } from "../../src/extract/text/read-text.js";
import { detectShape as shapeOfReadings } from "../../src/reconstruct/text-rows/detect-shape.js";
import { cutAtRowStarts, WRAP_SPACE } from "../../src/reconstruct/text-rows/flattened-form.js";
import { joinPageContinuations } from "../../src/extract/text/stream.js";
import { segmentStream } from "../../src/reconstruct/segment-stream.js";

/** The shape the text-rows stage tells for a text, as the text reader hands it on. */
const detectShape = (text: string) => shapeOfReadings(textReadings(text));

/** The rows of a text, as the reconstructor receives them, each row's cells' texts. */
function rows(text: string): string[][] {
  const grid = withTextRows(readTextInput(new TextEncoder().encode(text))).grid!;
  const rs = grid.rowsKnown ? grid.rows : segmentStream(grid.rows.flatMap((r) => r.cells));
  return rs.map((r) => r.cells.map((c) => c.text.trim()).filter((t) => t !== ""));
}

describe("pipe tables as pages flatten them", () => {
  const loose = ["项目名称 | 图书馆免费开放 | ||||", "主管部门 | 文旅局 | 实施单位 | 图书馆 | ||", "可持续影响指标 | 管理机制健全性 | 定性 | 好坏 |", "| 好坏 | 5 | 5 |", "| ||", "合计 | 100 | 100 |", "| |||"].join("\n");

  it("are pipe tables, though their rows do not start with a pipe", () => {
    expect(detectShape(loose)).toBe("markdown");
  });

  it("cut rows at their pipes, drop the lines of pipes, and join a row continued after a line break", () => {
    expect(rows(loose)).toEqual([
      ["项目名称", "图书馆免费开放"],
      ["主管部门", "文旅局", "实施单位", "图书馆"],
      ["可持续影响指标", "管理机制健全性", "定性", "好坏", "好坏", "5", "5"],
      ["合计", "100", "100"],
    ]);
  });

  it("join a numbered sheet's header cut by line breaks the same in traditional characters (序號 as 序号)", () => {
    const simplified = ["部门整体支出绩效评价自评表", "序号 | 一级 指标 |", "二级 指标 |", "三级 指标 |", "指标分值 | 自评得分 |", "1 | 规划 | 基础信息 | 完整性 | 3 | 3 |", "2 | 执行 | 预算执行 | 执行率 | 5 | 5 |"].join("\n");
    const traditional = simplified.replace("部门整体支出绩效评价", "部門整體支出績效評價").replace("序号", "序號").replace(/级/g, "級").replace(/指标/g, "指標").replace("规划", "規劃").replace("执行率", "執行率");
    const widths = (text: string) => rows(text).map((r) => r.length);
    expect(widths(traditional)).toEqual(widths(simplified));
    expect(rows(traditional)[1]).toEqual(["序號", "一級 指標", "二級 指標", "三級 指標", "指標分值", "自评得分"]);
  });

  it("join a numbered sheet's rows cut by line breaks in tab-separated and linear text too, up to a total row", () => {
    // A web table copied out with its cells' line breaks unquoted: the header and a row's last cell on lines of their own.
    const tabs = ["部门整体支出绩效评价自评表", "序号\t一级 指标", "二级 指标", "三级 指标\t指标分值\t自评得分", "1\t决策\t目标设定\t依据充分\t4", "4", "2\t过程\t资金管理\t到位率\t6\t5", "合计\t10\t9"].join("\n");
    expect(detectShape(tabs)).toBe("tab");
    expect(rows(tabs)).toEqual([
      ["部门整体支出绩效评价自评表"],
      ["序号", "一级 指标", "二级 指标", "三级 指标", "指标分值", "自评得分"],
      ["1", "决策", "目标设定", "依据充分", "4", "4"],
      ["2", "过程", "资金管理", "到位率", "6", "5"],
      ["合计", "10", "9"],
    ]);
    const linear = ["部门整体支出绩效评价自评表", "序号 一级指标", "二级指标 三级指标", "指标分值 自评得分", "1 决策 目标设定 依据充分 4 4", "2 过程 资金管理 到位率 6 5", "合计 10 9"].join("\n");
    expect(detectShape(linear)).toBe("linear");
    expect(rows(linear).slice(1, 3)).toEqual([
      ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "自评得分"],
      ["1", "决策", "目标设定", "依据充分", "4", "4"],
    ]);
    // Without a 序号 header nothing is joined.
    expect(rows(tabs.replace("序号", "编号")).length).toBe(8);
  });

  it("keep Markdown proper as it was: every row starts with a pipe, the rule under the header dropped", () => {
    expect(rows(["| 项目名称 | 科普平台 |", "|---|---|", "| 主管部门 | 科协 |"].join("\n"))).toEqual([["项目名称", "科普平台"], ["主管部门", "科协"]]);
  });
});

describe("one cell per line as pages give it", () => {
  it("is told by a department form's own labels alone on their lines, though one long cell holds spaces", () => {
    // No project label starts a line; the long duty text (spaces between its clauses) made the lines' average long.
    const duties = Array.from({ length: 8 }, (_, k) => `第${k + 1}项是做好本县档案的收集、整理、保管和利用工作，指导各乡镇档案室建设。`).join(" ");
    const text = ["2021年度部门整体支出绩效自评表", "部门名称", "某县档案局", "部门职责", duties, "年度主要任务", "任务名称", "主要内容"].join("\n");
    expect(detectShape(text)).toBe("cell-per-line");
  });

  it("ends a row at a line of pipes alone, and reads a lone pipe as an empty cell", () => {
    const text = ["项目名称 |", "市民中心运行维护费 |", "||||||||||||", "主管部门 |", "|", "实施单位 |", "|", "||||||||||", "项目资金 (万元) |", "|", "年初预算数 |", "全年预算数 |", "全年执行数 |", "分值 |", "执行率 |", "得分 |", "||||||", "年度资金总额 |", "150 |", "150 |", "125.25 |", "10 |", "83.5% |", "8.35 |", "|||||||"].join("\n");
    expect(detectShape(text)).toBe("cell-per-line");
    expect(rows(text)).toEqual([
      ["项目名称", "市民中心运行维护费"],
      ["主管部门"],
      ["实施单位"],
      ["项目资金 (万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", "150", "150", "125.25", "10", "83.5%", "8.35"],
    ]);
  });

  it("reads empty lines between paragraph cells as separators, and a line of a space as an empty cell", () => {
    const cells = ["项目名称", "公共文化服务体系经费", "主管部门", "文化和旅游局", "实施单位", "文旅局", "项目资金", " ", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "200", "200", "179.43", "10", "89.7%", "9"];
    const grid = withTextRows(readTextInput(new TextEncoder().encode(cells.join("\n\n")))).grid!;
    expect(grid.rows.flatMap((r) => r.cells).map((c) => c.text)).toEqual(cells);
  });

  it("reads paragraph cells whose every line ends in spaces (a Markdown hard break): blank lines alternate separator and empty cell", () => {
    const cells = ["项目名称", "公共文化服务体系经费", "主管部门", "文化和旅游局", "项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "200", "", "", "179.43", "10"];
    const text = cells.map((c) => `${c}  `).join("\n  \n");
    const grid = withTextRows(readTextInput(new TextEncoder().encode(text))).grid!;
    expect(grid.rows.flatMap((r) => r.cells).map((c) => c.text.trim())).toEqual(cells);
  });

  it("drops zero-width characters a portal sprinkles through its text", () => {
    const cells = ["项目名称", "公共文化服务体系经费", "主管部门", "文化和旅游局", "年度资金总额", "200"];
    const text = cells.map((c) => `\u200b${c}\u2060`).join("\n");
    const grid = withTextRows(readTextInput(new TextEncoder().encode(text))).grid!;
    expect(grid.rows.flatMap((r) => r.cells).map((c) => c.text)).toEqual(cells);
  });
});

describe("what a pretty-printed or re-exported page does to its lines", () => {
  it("reads a page whose every line break was doubled: one empty line separates, three hold an empty cell", () => {
    const cells = ["项目名称", "公共文化服务体系经费", "主管部门", "文化和旅游局", "年度资金总额", "200", "", "179.43", "10", "", "9", "上年结转资金", "", "", "", "", "", "其他资金"];
    const grid = withTextRows(readTextInput(new TextEncoder().encode(cells.join("\n\n")))).grid!;
    expect(grid.rows.flatMap((r) => r.cells).map((c) => c.text)).toEqual(cells);
  });

  it("takes a tab that only indents a line for no separator", () => {
    const lines = ["项目名称", "\t公共文化服务体系经费", "主管部门", "\t文化和旅游局", "实施单位", "\t文旅局", "年度资金总额", "\t200"];
    expect(detectShape(lines.join("\n"))).toBe("cell-per-line");
    expect(detectShape(["项目名称\t公共文化服务体系经费", "主管部门\t文旅局", "\t\t数量指标\t开放天数"].join("\n"))).toBe("tab");
  });

  it("finds a preview's page numbers and row starts after a line's indentation", () => {
    const text = ["    1、项目支出绩效自评表项目名称示例道路养护主管部门示例县交通局实施单位示例县公路站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额120.00120.00118.5010", "    2、98.75%9.88"].join("\n");
    const plain = rows(text.replace(/^ +/gm, ""));
    expect(rows(text)).toEqual(plain);
  });
});

describe("a flattened preview in full-width digits", () => {
  const page1 = "示例县交通运输局二〇二三年度项目支出绩效自评表项目名称示例道路养护主管部门示例县交通局实施单位示例县公路站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 １２０ １２０ １１８ １０ ９８ ９.８";
  it("joins a page continued under a full-width page number, as under an ASCII one", () => {
    expect(joinPageContinuations(["１、" + page1, "２、其中:当年财政拨款"])).toEqual(["１、" + page1 + "其中:当年财政拨款", ""]);
  });

  it("keeps the space between two full-width amounts (it separates them) and drops a wrap's space inside a label", () => {
    expect("年度资金 总额 １２０ １１８".replace(WRAP_SPACE, "")).toBe("年度资金总额１２０ １１８");
  });
});

describe("a flattened preview whose labels are spaced out", () => {
  it("is cut at the same rows as the preview printed without the spaces", () => {
    const plain = "1、项目支出绩效自评表(2020年度)项目名称示例设备更新经费主管部门示例县文旅局实施单位示例县剧团项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额303010100%10其中:当年财政拨款303030100%上年结转资金其他资金绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标指标1:更新设备50件50件20指标2:培训人员100人100人20质量指标指标1:设备合格率合格合格20";
    const spaced = plain.replace(/(项目名称|主管部门|实施单位|年度资金总额|一级指标|二级指标|三级指标|分值|执行率|得分)/g, (l) => [...l].join(" "));
    expect(rows(spaced)).toEqual(rows(plain));
    expect(rows(plain).length).toBeGreaterThan(5);
  });
});

describe("telling the shape when few labels start lines", () => {
  it("reads a regional form's spaced rows as linear text, though one fund row stands alone", () => {
    const text = ["示例资金转移支付项目绩效目标自评表", "(2023年度)", "转移支付(项目)名称 示例补助资金", "中央主管部门 示例部", "地方主管部门 示例局 资金使用单位 示例局", "资金投入情况(万元) 全年预算数(A) 全年执行数(B) 预算执行率(B/A×100%)", "年度资金总额: 120.5万 120.5万 100%", "其中:中央财政资金 100万 100万 100%", "其他资金", "总体目标完成情况 总体目标 全年实际完成情况"].join("\n");
    expect(detectShape(text)).toBe("linear");
  });

  it("counts a label's colon as the label's: a space after it makes the row linear; a value right after it tells nothing (every shape prints 单位名称:…)", () => {
    expect(detectShape(["年度资金总额: 120.5 120.5 100%", "项目名称: 示例工程", "主管部门: 示例局"].join("\n"))).toBe("linear");
    expect(detectShape(["项目名称:示例工程", "主管部门:示例局", "一级指标", "二级指标", "三级指标"].join("\n"))).toBe("cell-per-line");
  });

  it("reads spaced rows as linear when two amount-less fund rows stand alone beside two spaced labels", () => {
    const text = ["示例县文物保护项目绩效自评表", "项目名称 示例文物保护经费", "主管部门 示例县文旅局   实施单位 示例县文旅局", "项目资金 年初预算 调整后预算数 预算执行数 权重 预算执行率 得分", "(万元) 年度资金总额 29 29 27.8 9 0.958 8", "其中:本年财政拨款 29 29 27.8 9 0.958 8", "      上年结转资金", "  其他资金", "项目年度目标 预算目标 年度目标完成情况", "绩效指标 一级指标 二级指标 三级指标 年度 实际 权重 得分"].join("\n");
    expect(detectShape(text)).toBe("linear");
  });

  it("still reads one cell a line when labels stand alone", () => {
    expect(detectShape(["项目名称", "示例工程", "主管部门", "示例局", "其他资金", "", "年度资金总额", "120"].join("\n"))).toBe("cell-per-line");
  });

  it("reads one cell a line closed by ` |` on every line as one cell a line: the pipe's space is no gap between cells", () => {
    const text = ["示例补助资金区域绩效目标自评表 |", "", "专项名称 |", "", "示例补助资金 |", "", "中央主管部门 |", "", "示例部 |", "", "预算数: |", "", "2.38 |", "", "执行数: |", "", "2.38 |"].join("\n");
    expect(detectShape(text)).toBe("cell-per-line");
  });
});

describe("a form flattened onto one line", () => {
  it("is cut where its rows start, the title apart, a document site's page number dropped", () => {
    const line = "1、项目支出绩效自评表(2020 年度)项目名称演出设备更新专项经费主管部门新洲区楚剧团实施单位新洲区文化和旅游局机关项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额303010100%其中:当年财政拨款303030100%上年结转资金其他资金";
    expect(cutAtRowStarts(line.replace(/^1、/, ""))).toEqual([
      "项目支出绩效自评表(2020 年度)",
      "项目名称演出设备更新专项经费",
      "主管部门新洲区楚剧团",
      "实施单位新洲区文化和旅游局机关",
      "项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分",
      "年度资金总额303010100%",
      "其中:当年财政拨款303030100%",
      "上年结转资金",
      "其他资金",
    ]);
  });

  it("leaves a long line with few labels whole (a sentence that names a label or two)", () => {
    const sentence = "本项目年度资金总额由财政拨款安排，主管部门按计划拨付，实施单位按进度使用，全年完成了各项任务，群众满意度较高，达到预期目标，各项工作有序推进，管理制度健全，执行有效，资金使用规范，未发现违规情况，下一步将继续加强管理，提高资金使用效益。";
    expect(cutAtRowStarts(sentence)).toEqual([sentence]);
  });
});
