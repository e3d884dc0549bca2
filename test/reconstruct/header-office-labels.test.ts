/**
 * Chongqing's header row prints labels of no contract field (项目编码, 财政归口处室, 部门联系人), the
 * office's value often blank: known labels, so the department's value ends before them. Text
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";

const read = async (lines: string[]) => (await parse(lines.join("\n") + "\n", { path: "header.txt" })).forms;

describe("header labels of no field beside the department", () => {
  it("end the department's value (blank office, then the contact)", async () => {
    const forms = await read([
      "2022年度部门整体绩效自评表 | |||",
      "项目名称: | 某县气象局整体支出 | 项目编码: | 50011100012P000031 | 自评总分: | 95.00 |",
      "项目主管部门: | 312-某县气象局 | 财政归口处室: | 部门联系人: | 张某 | 联系电话: | 12345678 |",
    ]);
    expect(forms.map((f) => [f.department, f.departmentCode])).toEqual([["某县气象局", "312"]]);
  });
});
