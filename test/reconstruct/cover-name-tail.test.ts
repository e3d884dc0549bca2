/**
 * A cover's project name broken at the line's end before the report family's words: the line under
 * it (绩效自评报告 alone) is the name's tail where only the two together spell the family's name.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

async function firstForm(lines: string[]) {
  const doc = await parse(new TextEncoder().encode(lines.join("\n")), { path: "x.txt" });
  return doc.forms[0];
}

const cover = (name: string, tail: string) => [
  "某县农业农村局2022年高标准农田建设补助资金项目支出绩效自评报告",
  "(2023年度)",
  "项目单位:某县农业农村局农田建设股",
  "主管部门: 某县农业农村局",
  `项目名称: ${name}`,
  tail,
  "绩效自评日期: 2023年4月",
];

describe("a cover's project name broken before the family's words", () => {
  it("takes the line under it as the name's tail", async () => {
    const form = await firstForm(cover("2022年高标准农田建设补助资金项目支出", "绩效自评报告"));
    expect(form?.projectName).toBe("2022年高标准农田建设补助资金项目支出绩效自评报告");
    expect(form?.department).toBe("某县农业农村局");
  });
  it("leaves a name that spells no family's name with the line apart", async () => {
    const form = await firstForm(cover("2022年高标准农田建设补助资金", "绩效自评报告"));
    expect(form?.projectName).toBe("2022年高标准农田建设补助资金");
  });
  it("leaves a line that holds more than the family's words apart", async () => {
    const form = await firstForm(cover("2022年高标准农田建设补助资金项目支出", "某县农业农村局绩效自评报告"));
    expect(form?.projectName).toBe("2022年高标准农田建设补助资金项目支出");
  });
});
