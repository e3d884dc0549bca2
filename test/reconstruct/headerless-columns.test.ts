import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

// An excerpt that starts inside the indicator table, as pipe rows: no header names the columns. All text made up.
const excerpt = (rows: string[]) => rows.map((r) => `| ${r} |`).join("\n");
const values = async (rows: string[]) => (await parse(excerpt(rows), { path: "rows.txt" })).forms[0]!.indicators.map((i) => [i.level3, i.target, i.actual, i.deviation]);

describe("a headerless table's rows read by the columns the table shows", () => {
  it("moves a completion and a reason to the target and completion the other rows place there", async () => {
    expect(
      await values([
        "产出指标 | 数量指标 | 新建村级文化室 | 12个 | 12个",
        "产出指标 | 时效指标 | 完成时间 | 2021年 | 2021年",
        "产出指标 | 成本指标 | 50万 | 50万 | 50万",
        "效益指标 | 社会效益指标 | 群众文化生活 | 逐步丰富 | 明显丰富",
        "满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥85% | 91%",
      ]),
    ).toEqual([
      ["新建村级文化室", "12个", "12个", null],
      ["完成时间", "2021年", "2021年", null],
      ["50万", "50万", "50万", null],
      ["群众文化生活", "逐步丰富", "明显丰富", null],
      ["村民满意度", "≥85%", "91%", null],
    ]);
  });

  it("leaves the rows as aligned when some row prints a target beside a reason", async () => {
    const read = await values([
      "产出指标 | 数量指标 | 新建村级文化室 | 12个 | 10个 | 两处选址未定",
      "产出指标 | 时效指标 | 完成时间 | 2021年 | 2021年",
      "产出指标 | 质量指标 | 验收合格率 | 100% | 100%",
      "效益指标 | 社会效益指标 | 群众文化生活 | 逐步丰富 | 明显丰富",
    ]);
    expect(read[0]).toEqual(["新建村级文化室", "12个", "10个", "两处选址未定"]);
  });
});
