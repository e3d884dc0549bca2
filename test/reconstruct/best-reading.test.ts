import { withTextRows } from "../../src/reconstruct/text-rows/index.js";
import { describe, expect, it } from "vitest";
import { bestReading, placedValues, readingWeight } from "../../src/reconstruct/best-reading.js";
import type { ReadResult } from "../../src/reconstruct/form-reader.js";
import { emptyRawForm, type RawForm, type RawIndicator, type RawValue } from "../../src/reconstruct/raw-form.js";
import { readTextInput } from "../../src/extract/text/read-text.js";

const v = (text: string): RawValue => ({ text, source: { line: 1 } });

function form(over: Partial<RawForm> = {}): RawForm {
  return { ...emptyRawForm({ line: 1 }), ...over };
}

function indicator(level3: string, target: string, actual: string, weight: string, score: string): RawIndicator {
  return { level1: v("产出指标"), level2: v("数量指标"), level3: v(level3), nature: null, target: v(target), unit: null, actual: v(actual), weight: v(weight), score: v(score), method: null, deviation: null };
}

const read = (...forms: RawForm[]): ReadResult => ({ forms, stray: [], diagnostics: [] });
const thin = read(form({ title: v("示例项目支出绩效自评表"), projectName: v("示例工程") }));
const rich = read(form({ title: v("示例项目支出绩效自评表"), projectName: v("示例工程"), indicators: [indicator("养护里程", "≥120公里", "123公里", "20", "20"), indicator("路况优良率", "≥90%", "92%", "20", "20")] }));

describe("weighing readings of one text", () => {
  it("counts the places that got a value that fits them", () => {
    expect(placedValues(rich.forms[0]!)).toBe(2 + 2 * 7);
    // Points that are no number do not fit a numeric place; an indicator without a name counts nothing.
    const misfit = form({ indicators: [indicator("养护里程", "≥120公里", "123公里", "优", "良"), { ...indicator("x", "1", "1", "1", "1"), level3: null }] });
    expect(placedValues(misfit)).toBe(5);
    expect(readingWeight(read())).toBe(0);
  });

  it("keeps a first reading that is not thin, without reading the text again", () => {
    let asked = false;
    const chosen = bestReading(rich, () => ((asked = true), [read(form(), form())]));
    expect(chosen.other).toBeNull();
    expect(asked).toBe(false);
  });

  it("takes another reading of a thin one when it places clearly more", () => {
    expect(bestReading(thin, () => [read(), rich]).other).toBe(1);
  });

  it("keeps the thin reading when the others place hardly more", () => {
    const slightly = read(form({ title: v("示例"), projectName: v("示例工程"), department: v("示例局"), implementingUnit: v("示例站") }));
    expect(bestReading(thin, () => [slightly]).other).toBeNull();
  });

  it("does not read again a text it knew for another form of a dossier", () => {
    const other: ReadResult = { forms: [], stray: [], diagnostics: [{ code: "other-form", severity: "info", message: "项目绩效目标申报表" }] };
    expect(bestReading(other, () => [rich]).other).toBeNull();
  });

  it("reads again a thin form that another form of the dossier stands beside", () => {
    // (A 基础数据表 before a portal's self-evaluation: the other form does not explain what the form lacks.)
    const beside: ReadResult = { ...thin, diagnostics: [{ code: "other-form", severity: "info", message: "部门整体支出绩效评价基础数据表" }] };
    expect(bestReading(beside, () => [read(), rich]).other).toBe(1);
  });
});

describe("the other readings a text offers", () => {
  it("offers its other shapes for loose text, none for a table by pipes", () => {
    const loose = withTextRows(readTextInput(new TextEncoder().encode("项目名称\n示例工程\n主管部门\n示例局")));
    expect(loose.otherReadings!().map((o) => o.label)).toEqual(["linear", "run-together", "layout-ordered"]);
    const piped = withTextRows(readTextInput(new TextEncoder().encode("| 项目名称 | 示例工程 |\n| 主管部门 | 示例局 |\n| 实施单位 | 示例站 |")));
    expect(piped.otherReadings).toBeUndefined();
  });
});
