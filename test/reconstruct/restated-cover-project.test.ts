/**
 * A report's own table under its cover restating the cover's project (项目名称 / 主管部门 / 项目实施单位
 * again, on one line, cut at a label's piece) is the cover's form, not a second form: the cover's
 * values stay. A 项目名称 naming another project still starts the next form.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const cover = [
  "本文档由网友上传,仅供学习交流参考,不得用于其他用途,如有侵权请联系删除。",
  "关于市级财政项目支出绩效自评情况报告",
  "项目名称:城区绿化养护专项",
  "项目单位:某市园林局",
  "主管部门:某市住建局",
  "评价机构:自评",
  "2020年5月",
  "市级财政项目支出年度绩效目标完成情况对比表",
];

async function forms(lines: string[]) {
  return (await parse(new TextEncoder().encode(lines.join("\n")), { path: "x.txt" })).forms;
}

describe("a report's table restating its cover's project", () => {
  it("is the cover's form, its values the cover's", async () => {
    const read = await forms([...cover, "填报单位(盖章):某市园林局 项目名称 城区绿化养护专项 主管部门 某市住建局 项目实施单位 某市园林局 项目类"]);
    expect(read).toHaveLength(1);
    expect([read[0]!.projectName, read[0]!.department, read[0]!.implementingUnit]).toEqual(["城区绿化养护专项", "某市住建局", "某市园林局"]);
  });
  it("is another form where it names another project", async () => {
    const read = await forms([...cover, "填报单位(盖章):某市园林局 项目名称 公园路灯维修专项 主管部门 某市住建局 项目实施单位 某市园林局"]);
    expect(read.map((f) => f.projectName)).toEqual(["城区绿化养护专项", "公园路灯维修专项"]);
  });
});
