import { describe, expect, it } from "vitest";
import { chainPieces, looksSpacedLayout, spacedLayoutRows, spacedPieces } from "../../src/layout/spaced-rows.js";

/** The rows as lists of cell texts. */
const rows = (text: string) => spacedLayoutRows(text).map((r) => r.cells.map((c) => c.text));

// Made-up text in the shape pdftotext -layout gives a ruled table (not any fixture's text).
describe("spacedLayoutRows: rows of a table laid out with spaces", () => {
  const cases: { name: string; text: string; want: string[][] }[] = [
    {
      name: "a label broken over two lines, its value on the line between",
      text: ["甲乙丙", "    某某大桥维修工程", " 丁"].join("\n"),
      want: [["甲乙丙丁", "某某大桥维修工程"]],
    },
    {
      name: "two broken labels side by side, each with its value",
      text: ["单位名                             联系电", "    某某县水务局                           0000-1234567", " 称                              话"].join("\n"),
      want: [["单位名称", "某某县水务局", "联系电话", "0000-1234567"]],
    },
    {
      name: "a long cell wrapped above and below its row's figures joins that row",
      text: [
        "    道路长度    12公里       11公里       10    9",
        "                                                    因天气原因工",
        "    绿化面积    500平方米    450平方米    10    8             期推迟，下月",
        "                                                    补种完毕",
        "    路面宽度    8米          8米          10    10",
      ].join("\n"),
      want: [
        ["道路长度", "12公里", "11公里", "10", "9"],
        ["绿化面积", "500平方米", "450平方米", "10", "8", "因天气原因工期推迟，下月补种完毕"],
        ["路面宽度", "8米", "8米", "10", "10"],
      ],
    },
    {
      name: "a column head broken over two lines sits between the heads by where it stands",
      text: ["                            完成", "    预算数      执行数                得分", "                            比例"].join("\n"),
      want: [["预算数", "执行数", "完成比例", "得分"]],
    },
    {
      name: "a cell wrapped over three lines centred on its row, the next row under it",
      text: [
        "    甲类      这是一段很长的说明文字",
        "    乙类      分三行写在这个格子里面    5     5",
        "    丙类      最后一行较短",
        "    丁类      一行说明                  3     2",
      ].join("\n"),
      want: [["甲类乙类丙类", "这是一段很长的说明文字分三行写在这个格子里面最后一行较短", "5", "5"], ["丁类", "一行说明", "3", "2"]],
    },
    {
      name: "consecutive rows of one-line cells are rows, not one row wrapped",
      text: ["    甲级名称    乙级名称    某某工作完成情况    较好", "    甲级名称    丙级名称    当年完成        较好"].join("\n"),
      want: [
        ["甲级名称", "乙级名称", "某某工作完成情况", "较好"],
        ["甲级名称", "丙级名称", "当年完成", "较好"],
      ],
    },
    {
      name: "a row whose every cell wrapped keeps its last lines",
      text: ["    产出指标(20    数量指标    某某设备采购数    10    10", "    分)         完成      量"].join("\n"),
      want: [["产出指标(20分)", "数量指标完成", "某某设备采购数量", "10", "10"]],
    },
    {
      name: "a figure broken after its decimal point at its column's width is one figure",
      text: ["    某某费用    2500.    2400.    96.", "            50       30       12%"].join("\n"),
      want: [["某某费用", "2500.50", "2400.30", "96.12%"]],
    },
    {
      name: "a figure wrapped in a narrow column around its row's line of figures is one figure",
      text: [
        "                320.5          300.4          10",
        "    某某费用                318.22         10          10",
        "                1              8              0%",
      ].join("\n"),
      want: [["某某费用", "320.51", "318.22", "300.48", "10", "100%", "10"]],
    },
    {
      name: "a figure wrapped in a narrow column with its unit, or its unit alone, two lines down",
      text: [
        "                ≥3200      4521",
        "    某某站点数量                          5     5",
        "                0个         个",
      ].join("\n"),
      want: [["某某站点数量", "≥32000个", "4521个", "5", "5"]],
    },
    {
      name: "a head row whose heads are broken over two lines, one of them a vertical label as wide as its first line",
      text: [
        "绩效    一级指标   二级指标        三级指标        年度 指标      实际完        分值 得分      偏差原因分析及",
        "指标                                     值        成值                      改进措施",
        "      产出指标   数量指标       某某设施数量        ≥20个      22个          6    6",
      ].join("\n"),
      want: [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "某某设施数量", "≥20个", "22个", "6", "6"],
      ],
    },
    {
      name: "figures wrapped around their row's line of figures, one of them over three lines",
      text: [
        "                                        91",
        "            1,234           1,102",
        "    某某资金          1,234.56        10    .3    9.13",
        "            .56             .79",
        "                                        2%",
      ].join("\n"),
      want: [["某某资金", "1,234.56", "1,234.56", "1,102.79", "10", "91.32%", "9.13"]],
    },
    {
      name: "a short cell printed alone between the two rows it spans goes to the first",
      text: ["              东区      100     90", "      合并格", "              西区      80      70"].join("\n"),
      want: [["合并格", "东区", "100", "90"], ["西区", "80", "70"]],
    },
    {
      name: "a figure squeezed one space from the text beside it is a cell of its own",
      text: ["    名称一    20    18 尚未完工", "    名称二    10    10 已完成"].join("\n"),
      want: [["名称一", "20", "18", "尚未完工"], ["名称二", "10", "10", "已完成"]],
    },
    {
      name: "a title's bracketed year on the line under it is the title's still",
      text: ["    某某项目支出绩效自评表", "    （2019年度）", "", "    项目名称    某某工程"].join("\n"),
      want: [["某某项目支出绩效自评表（2019年度）"], ["项目名称", "某某工程"]],
    },
    {
      name: "a page's form feed starts a new page; a page number is no row",
      text: ["    第一行    1    2", "", "                 -1-", "\f    第二行    3    4"].join("\n"),
      want: [["第一行", "1", "2"], ["第二行", "3", "4"]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(rows(c.text)).toEqual(c.want));

  it("marks the first row of every page after the first", () => {
    const r = spacedLayoutRows(["    甲    1", "\f    乙    2"].join("\n"));
    expect(r.map((x) => x.pageBreakBefore ?? false)).toEqual([false, true]);
    expect(r.every((x) => x.boundaries === "spaces")).toBe(true);
  });

  it("counts a page's lines on from the form feed's line", () => {
    const r = spacedLayoutRows(["    第一行    1    2", "", "                 -1-", "\f    第二行    3    4"].join("\n"));
    expect(r.map((x) => x.cells[0]!.source.line)).toEqual([1, 4]);
  });

  it("names each cell's line in the text", () => {
    const r = spacedLayoutRows(["    标题", "    名称    某某", "    金额    5"].join("\n"));
    expect(r.flatMap((x) => x.cells.map((c) => c.source.line))).toEqual([1, 2, 2, 3, 3]);
  });
});

describe("spacedLayoutRows: a form's title ends its cell", () => {
  // Made-up: the title set flush with the labels under it, a label row after it in the title's column.
  it("the label under the title starts the form's first row, not the title's next line", () => {
    const got = rows(["    2019年度某某局部门整体支出绩效自评表", "    单位名称               某某县某某局", "    内容                 说明", "", "    一级指标    二级指标    三级指标"].join("\n"));
    expect(got[0]).toEqual(["2019年度某某局部门整体支出绩效自评表"]);
    expect(got[1]![0]).toBe("单位名称");
  });
});

describe("chainPieces: figures two lines apart", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("joins a figure's head and tail around a line of the row's figures", () =>
    expect(texts(["    25.5", "              70    某某", "    1"])).toContainEqual(["25.5", "1"]));
  it("keeps apart two rows' figures around a line of text only (wrapped heads, no row of figures)", () =>
    expect(texts(["    25", "              达成预期", "    9"])).toEqual([["25"], ["达成预期"], ["9"]]));
});

describe("chainPieces: a one-line cell two lines down", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("does not continue across a line holding only the next lines of cells above (a label broken beside it)", () =>
    expect(texts(["项目  某某道路维修改造工程", "名称", "主管  某某县交通运输局", "部门"])).toEqual([
      ["项目", "名称", "主管", "部门"],
      ["某某道路维修改造工程"],
      ["某某县交通运输局"],
    ]));
  it("two texts side by side whose lines alternate each stay one cell", () =>
    expect(
      texts([
        "    甲乙丙丁戊己庚辛",
        "    壬癸子丑寅卯辰巳",
        "    午未申酉戌亥甲乙",
        "                          一二三四五六七八九十",
        "    丙丁戊己甲乙丙丁",
        "                          十一十二十三十四十五",
        "    戊己庚辛",
        "                          二十",
      ]),
    ).toEqual([
      ["甲乙丙丁戊己庚辛", "壬癸子丑寅卯辰巳", "午未申酉戌亥甲乙", "丙丁戊己甲乙丙丁", "戊己庚辛"],
      ["一二三四五六七八九十", "十一十二十三十四十五", "二十"],
    ]));
});

describe("chainPieces: a head ending on its closing bracket does not go on two lines down", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("a head with its unit over the heads it spans, a row's heads on the line between", () =>
    expect(
      texts([
        "                                                  预算金额（万元）",
        "      任务名称              任务内容",
        "                                       总额     财政拨款     其他资金",
      ]),
    ).toContainEqual(["预算金额（万元）"]));
  it("a label broken around its value's line still joins (no closing bracket)", () =>
    expect(texts(["项目名  某某道路维修改造工程      实施单", "称                                位"])).toContainEqual(["项目名", "称"]));
});

describe("chainPieces: a wrapped text's centred last line ends it", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("a head under a text whose last line is centred starts a cell of its own, on the next line or two down", () =>
    expect(
      texts([
        "    甲乙丙丁戊己庚辛壬癸",
        "    子丑寅卯辰巳午未申酉",
        "      东南西北中东南",
        "                              上下  左右",
        "      天地      玄黄",
      ]),
    ).toEqual([["甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉", "东南西北中东南"], ["上下"], ["左右"], ["天地"], ["玄黄"]]));
  it("so does a cell on the next line under it", () =>
    expect(texts(["    甲乙丙丁戊己庚辛壬癸", "    子丑寅卯辰巳午未申酉", "      东南西北中东南", "      天地"])).toEqual([
      ["甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉", "东南西北中东南"],
      ["天地"],
    ]));
  it("a text whose last line fills its column goes on", () =>
    expect(texts(["    甲乙丙丁戊己庚辛壬癸", "    子丑寅卯辰巳午未申酉", "    东南西北中东南西", "    天地"])).toEqual([
      ["甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉", "东南西北中东南西", "天地"],
    ]));
});

describe("spacedLayoutRows: a list wrapped in a narrow cell", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("goes on to a figure alone after a pause mark, and joins a figure broken at the edge without a space", () =>
    expect(
      rows(
        [
          "    一、甲乙      1、>=12",
          "    丙丁二、      3个；2、       部分达成    5    4",
          "    戊己          90%",
        ].join("\n"),
      ),
    ).toEqual([["一、甲乙丙丁二、戊己", "1、>=123个；2、90%", "部分达成", "5", "4"]]));
  it("keeps a figure alone under a line that ends a text as a cell of its own", () =>
    expect(texts(["    甲乙丙丁", "    90%"])).toEqual([["甲乙丙丁"], ["90%"]]));
});

describe("spacedLayoutRows: a wrapped cell's line of figures counted by its printed width", () => {
  // pdftotext gives each character one column, a digit as a Chinese character: `于35000` counts
  // six columns under `1、多于`'s four, yet is printed no wider (a Chinese character is two digits wide).
  it("goes on from a line of characters to a longer line of figures no wider in print, the name's lines between", () =>
    expect(
      rows(
        [
          "            甲乙丙丁戊   ≥20个   25个       5   5",
          "             己",
          "                   1、多于",
          "            1、东南西北",
          "                   于35000  全部达",
          "            中2、天地                    5   5",
          "                    件件；  成指标",
          "            玄黄",
          "                   2、95%",
          "            名称丙丁    ≥30个   35个       5   5",
        ].join("\n"),
      ),
    ).toEqual([
      ["甲乙丙丁戊己", "≥20个", "25个", "5", "5"],
      ["1、东南西北中2、天地玄黄", "1、多于于35000件件；2、95%", "全部达成指标", "5", "5"],
      ["名称丙丁", "≥30个", "35个", "5", "5"],
    ]));
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("joins a line with figures as wide in print as the line above", () =>
    expect(texts(["    甲乙丙", "    于1234"])).toEqual([["甲乙丙", "于1234"]]));
  it("goes on to a line opening on a figure only across a line between (the row's figures)", () => {
    expect(texts(["    不超过", "              695元   2   2", "    800 元"])[0]).toEqual(["不超过", "800 元"]);
    expect(texts(["    数量指标      甲乙丙    5", "    100%覆盖      丁戊己"])).toContainEqual(["100%覆盖"]);
  });
  it("does not go on to a line of figures wider in print than the line above", () =>
    expect(texts(["    甲乙丙", "    于123456"])).toEqual([["甲乙丙"], ["于123456"]]));
});

describe("spacedPieces: a figure ending a sentence's word, then text, parted by one space", () => {
  const texts = (lines: string[]) => spacedPieces(lines).map((p) => p.text);
  // The lines around print in the column of the space: only the words tell the cells apart.
  it("parts text of three characters or more after a word ending on a figure (a squeezed neighbour cell)", () =>
    expect(texts(["    甲乙丙丁戊己庚辛壬", "    于35000 全部达", "    甲乙丙丁戊己庚辛壬"])).toContain("全部达"));
  it("keeps a head's bracketed note with the head after it", () =>
    expect(texts(["    甲乙丙丁戊己庚辛壬子丑", "    分值(10 执行率(B/A)", "    甲乙丙丁戊己庚辛壬子丑"])).toEqual(["甲乙丙丁戊己庚辛壬子丑", "分值(10 执行率(B/A)", "甲乙丙丁戊己庚辛壬子丑"]));
});

describe("spacedPieces: two words under two cells two lines up, a column's edge one character off", () => {
  const texts = (lines: string[]) => spacedPieces(lines).map((p) => p.text);
  // `于35000` counts one column more than it prints: the word under `全部达` reaches into its column.
  it("parts the words under the two cells, each under the rightmost cell it reaches", () =>
    expect(texts(["    于35000 全部达", "                     5   5", "     件件； 成指标"])).toEqual(["于35000", "全部达", "5", "5", "件件；", "成指标"]));
});

describe("chainPieces: a wrapped list's line ending on a pause mark", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("goes on to the next item one column wider in print (the line was cut short at the mark)", () =>
    expect(texts(["    1、甲乙丙", "    件件；", "    2、100%"])).toEqual([["1、甲乙丙", "件件；", "2、100%"]]));
  it("a line not ending on a pause mark does not go on to a figure wider in print two lines down", () =>
    expect(texts(["      全覆", "    盖", "      ≥1170"])).not.toContainEqual(["全覆", "≥1170"]));
});

describe("spacedLayoutRows: a row's cells wrapped around its line of one-line cells", () => {
  it("takes a head broken over three lines, its cells' lines in columns the middle line leaves empty, as one row", () =>
    expect(
      rows(
        [
          "                        计划  数目   实际完成             情况说",
          "    甲类    乙类    丙类                     权重  得分",
          "                        值           值             明",
          "",
          "    东区    南段    路灯    12盏   12盏      5     5",
        ].join("\n"),
      ),
    ).toEqual([
      ["甲类", "乙类", "丙类", "计划值", "数目", "实际完成值", "权重", "得分", "情况说明"],
      ["东区", "南段", "路灯", "12盏", "12盏", "5", "5"],
    ]));
  it("leaves them where no cell over the lines around stands between two of the middle line's cells", () =>
    expect(
      rows(
        [
          "    甲类      计划值    实际值",
          "                                         东 西 南",
          "    乙类      120000盏  120000盏",
        ].join("\n"),
      ).length,
    ).toBeGreaterThan(1));
  it("leaves the lines around as they were where one prints in the middle line's columns", () =>
    expect(
      rows(
        [
          "                计划      数目   实际完成             情况说",
          "    甲类    乙类    丙类                     权重  得分",
          "                        值           值             明",
        ].join("\n"),
      )[0],
    ).not.toContain("甲类"));
});

describe("spacedPieces: a figure and its unit parted by one space", () => {
  const texts = (lines: string[]) => spacedPieces(lines).map((p) => p.text);
  it("keeps a unit of one or two characters that ends the piece with its figure, even over an empty column", () =>
    expect(texts(["    ≥40 辆      41 辆", "", "    1500 公"])).toEqual(["≥40 辆", "41 辆", "1500 公"]));
  it("parts longer text beside a figure (a squeezed neighbour cell)", () => expect(texts(["    25 已完成"])).toEqual(["25", "已完成"]));
  it("parts a year inside a bracketed note (the unit does not end the piece)", () => expect(texts(["    ( 2030 年度 )"])).toContain("2030"));
});

describe("spacedLayoutRows: rows of wrapped cells around their line of one-line cells, a figure's unit on the next line", () => {
  it("takes each three lines as one row, the unit wrapped under its figure, the next row's wrapped target apart", () =>
    expect(
      rows(
        [
          "       甲类指            修缮道        1500 公     1720 公",
          "                                                                2      2",
          "       标               路长度          里          里",
          "             乙类指       新建站        不少于",
          "                                                  8 座        3      3",
          "             标         点数量         9 座",
        ].join("\n"),
      ),
    ).toEqual([
      ["甲类指标", "修缮道路长度", "1500 公里", "1720 公里", "2", "2"],
      ["乙类指标", "新建站点数量", "不少于9 座", "8", "座", "3", "3"],
    ]));
});

describe("spacedLayoutRows: a merged name on the last line of a cell wrapped over three lines", () => {
  const text = [
    "                                       1、≥12",
    "               1、修缮房屋数量2、验收归                                            按比例",
    "       甲类指标                            0间；2、      完成      20     20",
    "               档                                                        计分",
    "  乙组名称                                 100%",
    "",
    "       丙类指标    维修及时率                   ≥95%       96%     20     20     达标计分",
  ].join("\n");
  it("keeps the wrapped cell whole in its row; the name, no row's centre, is a row of its own", () =>
    expect(rows(text)).toEqual([
      ["甲类指标", "1、修缮房屋数量2、验收归档", "1、≥120间；2、100%", "完成", "20", "20", "按比例计分"],
      ["乙组名称"],
      ["丙类指标", "维修及时率", "≥95%", "96%", "20", "20", "达标计分"],
    ]));
  it("leaves a one-line cell right of the wrapped cell's line a row's centre (a target's head beside a name's lines)", () =>
    expect(rows(text.replace("  乙组名称  ", "          ").replace("100%", "100%   乙组名称"))).toContainEqual(["100%", "乙组名称"]));
  it("leaves a single character a row's centre (a head's last character is no merged name)", () =>
    expect(rows(text.replace("乙组名称", "标    "))).toContainEqual(["标", "100%"]));
});

describe("chainPieces: a bracketed note closes a cell", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  it("a title's bracketed year ends the title: the value two lines down is another cell's", () =>
    expect(texts(["          某某专项资金自评表", "            (2030年度)", "甲乙", "              某某道路维修", "丙丁"])).toContainEqual(["某某道路维修"]));
  it("a bracketed line inside a text is no line of its own (only a whole line in brackets closes)", () =>
    expect(texts(["    甲乙丙丁(一)戊己", "    庚辛壬癸子丑寅卯"])).toEqual([["甲乙丙丁(一)戊己", "庚辛壬癸子丑寅卯"]]));
});

describe("spacedPieces: a single space parts a piece where the page's columns part", () => {
  it("parts a vertical label from its row's text where the lines around print nothing in that column", () => {
    const lines = ["      第一行正文内容写在这里", "说明 第二行正文内容写在这里", "      第三行正文内容写在这里"];
    expect(spacedPieces(lines).map((p) => p.text)).toEqual(["第一行正文内容写在这里", "说明", "第二行正文内容写在这里", "第三行正文内容写在这里"]);
  });
  it("parts two words each under its own cell on a line just above (a tight print's cells, one space apart)", () =>
    expect(spacedPieces(["    甲乙丙丁戊己", "    戊己庚丁  3个", "    辛壬癸丁 完成"]).filter((p) => p.line === 2).map((p) => p.text)).toEqual(["辛壬癸丁", "完成"]));
  it("keeps a wrapped text's words together under the words of its line above", () =>
    expect(spacedPieces(["    甲乙丙丁戊己", "    乙丙丁(1分) 2、丁", "    己庚(1分) 3、辛壬"]).filter((p) => p.line === 2).map((p) => p.text)).toEqual(["己庚(1分) 3、辛壬"]));
  it("keeps words together when the line above prints one piece over both", () =>
    expect(spacedPieces(["    甲乙丙丁子丑寅卯辰巳", "    辛壬癸 完成"]).filter((p) => p.line === 1).map((p) => p.text)).toEqual(["辛壬癸 完成"]));
  it("keeps a head's own space where a line around prints in that column", () => {
    const lines = ["    实际 完成", "    一级指标", "      值"];
    expect(spacedPieces(lines).map((p) => p.text)).toEqual(["实际 完成", "一级指标", "值"]);
  });
});

describe("chainPieces: the next row of one-line cells under one-line cells", () => {
  const texts = (lines: string[]) => chainPieces(spacedPieces(lines), new Set()).map((c) => c.map((p) => p.text));
  // (Made up: each line a row of its own; two of the lower line's cells, narrower than the cells
  // over them, could be their next lines, the others are wider than the cells over them.)
  const LINES = [
    "    甲乙丙丁戊己      子丑寅卯      300个      300个      300个",
    "    庚辛壬癸          天地玄黄宇宙  洪荒日月盈昃辰宿  列张寒来  暑往秋收冬藏",
  ];
  it("keeps each line's cells apart where most of the lower line's pieces open cells", () =>
    expect(texts(LINES)).toEqual([["甲乙丙丁戊己"], ["子丑寅卯"], ["300个"], ["300个"], ["300个"], ["庚辛壬癸"], ["天地玄黄宇宙"], ["洪荒日月盈昃辰宿"], ["列张寒来"], ["暑往秋收冬藏"]]));
  it("still continues a cell where the line under a row holds only its next lines", () =>
    expect(texts(["    甲乙丙丁戊己      子丑寅卯      300个", "    庚辛壬癸"])).toEqual([["甲乙丙丁戊己", "庚辛壬癸"], ["子丑寅卯"], ["300个"]]));
});

describe("looksSpacedLayout", () => {
  const layout = Array.from({ length: 10 }, (_, i) => `    名称${i}        ${i * 10}        ${i}`);
  it("takes indented lines with wide gaps", () => expect(looksSpacedLayout(layout)).toBe(true));
  it("leaves a linear export, whose rows start at the margin", () => expect(looksSpacedLayout(layout.map((l) => l.trimStart()))).toBe(false));
  it("leaves indented text without gaps (one cell a line)", () => expect(looksSpacedLayout(layout.map((l) => `    ${l.trim().replace(/\s+/g, "")}`))).toBe(false));
  it("leaves a short excerpt", () => expect(looksSpacedLayout(layout.slice(0, 5))).toBe(false));
});
