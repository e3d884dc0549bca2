import { describe, expect, it } from "vitest";
import type { Row } from "../../src/layout/grid.js";
import { joinTotalScoreBelow, joinWrappedTotalFigures } from "../../src/reconstruct/text-rows/wrapped-total-figures.js";

const row = (...texts: string[]): Row => ({ cells: texts.map((text, i) => ({ text, source: { line: i } })), boundaries: "none" });
const texts = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text));

describe("joinWrappedTotalFigures", () => {
  const cases: { name: string; rows: Row[]; want: string[][] }[] = [
    { name: "weight and a score ending on its point wrapped", rows: [row("总分", "10", "88."), row("0", "5")], want: [["总分", "100", "88.5"]] },
    { name: "a decimal part below the score", rows: [row("合计", "10", "91"), row("0", ".3")], want: [["合计", "100", "91.3"]] },
    { name: "joined figures no total's (score over weight): left", rows: [row("总分", "10", "95"), row("5", "3")], want: [["总分", "10", "95"], ["5", "3"]] },
    { name: "not a total row: left", rows: [row("产出指标", "10", "9."), row("0", "5")], want: [["产出指标", "10", "9."], ["0", "5"]] },
    { name: "next row holds words: left", rows: [row("总分", "10", "97."), row("0", "分")], want: [["总分", "10", "97."], ["0", "分"]] },
    { name: "one piece below two figures: left", rows: [row("总分", "10", "97."), row("4")], want: [["总分", "10", "97."], ["4"]] },
  ];
  for (const c of cases) it(c.name, () => expect(texts(joinWrappedTotalFigures(c.rows))).toEqual(c.want));
});

describe("joinTotalScoreBelow", () => {
  const cases: { name: string; rows: Row[]; want: string[][] }[] = [
    { name: "a total's score on the line below its weight", rows: [row("总分", "100"), row("87.25")], want: [["总分", "100", "87.25"]] },
    { name: "自评总分 too", rows: [row("自评总分", "100"), row("90")], want: [["自评总分", "100", "90"]] },
    { name: "a figure over the weight below: left", rows: [row("总分", "100"), row("120")], want: [["总分", "100"], ["120"]] },
    { name: "words below: left", rows: [row("总分", "100"), row("评价结论")], want: [["总分", "100"], ["评价结论"]] },
    { name: "the row already holds both figures: left", rows: [row("总分", "100", "91"), row("5")], want: [["总分", "100", "91"], ["5"]] },
    { name: "not a total row: left", rows: [row("产出指标", "20"), row("18")], want: [["产出指标", "20"], ["18"]] },
  ];
  for (const c of cases) it(c.name, () => expect(texts(joinTotalScoreBelow(c.rows))).toEqual(c.want));
});
