import { describe, expect, it } from "vitest";
import { alignRow, alignSettings, cellCost, cellFacts, columnAsks, priceCell, skipOf, type ColumnSpec, type ColumnType } from "../../src/reconstruct/align.js";
import { classify, COMPARATOR_WORD_ONLY, type Content } from "../../src/reconstruct/classify.js";
import type { Cell } from "../../src/layout/grid.js";
import { toSimplified } from "../../src/normalise/script.js";

// The price as it was written before the per-cell facts: every pattern asked of the cell for each
// column. The facts found once per row must give the same price for every cell and column.
function directPrice(cell: Cell, content: Content, col: ColumnSpec): number {
  let cost = col.type === "amount" && /^[0-9][0-9,]*(?:\.[0-9]+)?(?:万|亿|亿元)$/.test(cell.text.trim()) ? 0 : cellCost(content, col.type);
  if (col.type === "level2" && content.levelLike) cost = 1;
  if (col.type === "level1" && content.levelLike) cost = 3;
  if (col.pointsAfter && content.kind === "text" && /^[\u4e00-\u9fff]{4,8}$/.test(cell.text.trim())) cost = Math.min(cost, alignSettings.groupNameBeforePoints);
  if (content.levelLike && /[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/.test(cell.text)) {
    if (col.type === "level3" || col.type === "text") cost += alignSettings.groupNameElsewhere;
    else if (col.type === "level1") cost = alignSettings.groupNameLevel1;
  }
  if (col.type === "level3" && COMPARATOR_WORD_ONLY.test(toSimplified(cell.text.trim()))) cost = 7;
  if ((col.type === "level1" || col.type === "level2") && content.numberedName) cost = 12;
  if (col.type === "value" && content.numberedName) cost += 3;
  if (cell.col !== undefined && col.hint !== undefined) cost += alignSettings.hintPerColumn * Math.min(6, Math.abs(cell.col - col.hint));
  return cost;
}

const TYPES: ColumnType[] = ["amount", "weight", "score", "rate", "level1", "level2", "level3", "value", "text", "nature", "unit"];

const TEXTS = [
  "", "  ", "150万", " 2.4亿元 ", "1,200.5万", "35", "100%", "≥95%", "不少于", "不少於", " 不低于 ", "不少于10次",
  "项目决策", "资金管理办法", "产出指标", "数量指标", "执行 (35分)", "规划（15分）", "产出指标 (50分)", "预算执行率",
  "指标3:覆盖人数", "按计划完成", "优", "≥", "万元", "＞90％", "项目目标4目标内容", "满意度调查结果达到预期目标",
];

describe("alignRow's per-cell facts", () => {
  it("price every cell in every column as the direct tests do", () => {
    let compared = 0;
    for (const pointsAfter of [false, true]) {
      for (const hint of [undefined, 0, 3]) {
        for (const type of TYPES) {
          const col: ColumnSpec = { name: type, type, hint, pointsAfter };
          // The facts as a row asks them: each column alone, and beside every other type.
          for (const row of [[col], TYPES.map((t) => ({ name: t, type: t, pointsAfter }) as ColumnSpec).concat(col)]) {
            const asks = columnAsks(row);
            TEXTS.forEach((text, k) => {
              const cell: Cell = { text, col: k % 5, source: {} };
              const content = classify(text);
              expect(priceCell(cell, content, cellFacts(cell, content, asks), col), `${text} in ${type}`).toBe(directPrice(cell, content, col));
              compared++;
            });
          }
        }
      }
    }
    expect(compared).toBe(2 * 3 * TYPES.length * 2 * TEXTS.length);
  });

  it("prices a cell with no printed column (facts.col undefined) as the direct tests do", () => {
    for (const type of TYPES) {
      const col: ColumnSpec = { name: type, type, hint: 2 };
      for (const text of TEXTS) {
        const cell: Cell = { text, source: {} };
        const content = classify(text);
        expect(priceCell(cell, content, cellFacts(cell, content, columnAsks([col])), col), `${text} in ${type}`).toBe(directPrice(cell, content, col));
      }
    }
  });

  it("builds every cell's Content with the same keys in the same order, whatever its kind", () => {
    const shapes = new Set(TEXTS.concat(["1O0%", "超上年度", "满意度指标", "预算执行"]).map((t) => Object.keys(classify(t)).join(",")));
    expect([...shapes]).toStrictEqual(["kind,value,length,quantityLike,levelLike,numberedName"]);
    expect(new Set(TEXTS.map((t) => classify(t).kind)).size).toBeGreaterThan(8);
  });

  it("leaves a fact no column asks unasked", () => {
    const cell: Cell = { text: "150万", source: {} };
    expect(cellFacts(cell, classify(cell.text), columnAsks([{ name: "x", type: "text" }])).scaledAmount).toBe(false);
    expect(cellFacts(cell, classify(cell.text), columnAsks([{ name: "x", type: "amount" }])).scaledAmount).toBe(true);
  });

  it("reads each column type's cost of being left empty from the settings", () => {
    for (const type of TYPES) expect(skipOf(type), type).toBe(alignSettings.skip[type]);
    expect(TYPES.length).toBe(Object.keys(alignSettings.skip).length);
  });
});

describe("alignRow's bound on the cheapest path", () => {
  // A small generator of rows (seeded, so the test is the same every run) from cells a form holds.
  const POOL = ["产出指标", "数量指标", "质量指标", "培训人次", "≥200人次", "210人次", "10", "9.5", "100%", "", "按计划完成", "不少于",
    "预算执行率", "执行 (35分)", "150万", "优", "≥", "2、", "；", "专款专用", "专款专用", "满意度", "指标3:覆盖人数", "达到预期目标得满分"];
  const COLUMNS: ColumnSpec[] = [
    { name: "level1", type: "level1", hint: 0 }, { name: "level2", type: "level2", hint: 1 }, { name: "level3", type: "level3", hint: 2 },
    { name: "target", type: "value", hint: 3 }, { name: "actual", type: "value", hint: 4 }, { name: "weight", type: "weight", hint: 5 },
    { name: "score", type: "score", hint: 6 }, { name: "deviation", type: "text", skip: 0.2 },
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  it("places every cell as the programme that expands every state does", () => {
    for (let r = 0; r < 400; r++) {
      const n = 1 + Math.floor(next() * 11);
      const cells: Cell[] = Array.from({ length: n }, (_, k) => ({ text: POOL[Math.floor(next() * POOL.length)]!, col: next() < 0.8 ? k : undefined, source: {} }));
      const m = 2 + Math.floor(next() * (COLUMNS.length - 1));
      const columns = COLUMNS.slice(0, m).map((c) => ({ ...c, pointsAfter: next() < 0.1 }));
      for (const opts of [{}, { joinTokens: true }, { joinTokens: true, joinAll: true, separator: "" }]) {
        const fast = alignRow(cells, columns, opts);
        const full = alignRow(cells, columns, { ...opts, exhaustive: true });
        const label = `${cells.map((c) => c.text).join("|")} ${JSON.stringify(opts)}`;
        expect(fast.cost, label).toBe(full.cost);
        expect([...fast.placed], label).toEqual([...full.placed]);
        expect(fast.unplaced, label).toEqual(full.unplaced);
      }
    }
  });
});
