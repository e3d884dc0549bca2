import { describe, expect, it } from "vitest";
import { figureMisses, figureMissesByName, pairIndicatorsByName } from "../scripts/field/corpus.js";
import { compareForms } from "./helpers/field-accuracy.js";

const ind = (level3: string | null, weight: number, score: number) => ({ level3, weight, score });

describe("pairIndicatorsByName", () => {
  const cases: { name: string; truth: ReturnType<typeof ind>[]; actual: ReturnType<typeof ind>[]; pairs: number[] }[] = [
    { name: "same order", truth: [ind("甲", 1, 1), ind("乙", 2, 2)], actual: [ind("甲", 1, 1), ind("乙", 2, 2)], pairs: [0, 1] },
    { name: "a row missed shifts the rest", truth: [ind("甲", 1, 1), ind("乙", 2, 2), ind("丙", 3, 3)], actual: [ind("甲", 1, 1), ind("丙", 3, 3)], pairs: [0, -1, 1] },
    { name: "a misread name keeps its place", truth: [ind("甲", 1, 1), ind("乙", 2, 2)], actual: [ind("甲", 1, 1), ind("乙乙", 2, 2)], pairs: [0, 1] },
    { name: "a place held by another truth name is not taken", truth: [ind("甲", 1, 1), ind("乙", 2, 2), ind("丙", 3, 3)], actual: [ind("甲", 1, 1), ind("丙", 3, 3), ind("丁", 4, 4)], pairs: [0, -1, 1] },
    { name: "one name twice pairs in turn", truth: [ind("甲", 1, 1), ind("甲", 2, 2)], actual: [ind("甲", 1, 1), ind("甲", 2, 2)], pairs: [0, 1] },
  ];
  for (const c of cases) it(c.name, () => expect(pairIndicatorsByName(c.truth, c.actual)).toEqual(c.pairs));
});

describe("figureMissesByName", () => {
  const form = (indicators: ReturnType<typeof ind>[]) => ({ template: "project", funds: { unit: "万元", rows: [] }, goals: {}, indicators, total: {} });
  it("counts a shifted row's figures missed, not wrong, where figureMisses counts them wrong", () => {
    const truth = [form([ind("甲", 10, 9), ind("乙", 20, 18), ind("丙", 30, 27)])];
    const actual = [form([ind("甲", 10, 9), ind("丙", 30, 27)])];
    const misses = compareForms(truth.map((f) => ({ variant: "central", form: f })) as never, actual as never).misses;
    expect(figureMisses(misses).wrong).toBe(2);
    const byName = figureMissesByName(misses, truth, actual);
    expect(byName.wrong).toBe(0);
    expect(byName.missed).toBe(2);
  });
  it("counts a figure read as another number in its own row wrong", () => {
    const truth = [form([ind("甲", 10, 9.5), ind("乙", 20, 18)])];
    const actual = [form([ind("甲", 10, 9), ind("乙", 20, 18)])];
    const misses = compareForms(truth.map((f) => ({ variant: "central", form: f })) as never, actual as never).misses;
    expect(figureMissesByName(misses, truth, actual)).toMatchObject({ wrong: 1, guesses: [{ field: "indicators[0].score", expected: 9.5, actual: 9 }] });
  });
});
