import { describe, expect, it } from "vitest";
import type { Row } from "../../../src/layout/grid.js";
import { joinPartsBySums } from "../../../src/reconstruct/text-rows/fund-part-sums.js";

// A fund row's parts whose figures were broken with no mark: joined where the total's sums settle it. All text made up.
const rowsOf = (text: string): Row[] =>
  text.split("\n").map((line, i) => ({ boundaries: "spaces", cells: line.split(" ").map((t) => ({ text: t, source: { line: i + 1 } })) }));
const linesOf = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.text).join(" | "));
const HEADS = "年初预算数 全年预算数 全年执行数 分值 执行率 得分";

describe("a part's figures broken with no mark are joined where the total's sums settle them", () => {
  it.each([
    // 312.4 / 5 is 312.45: 312.45 + 80.20 = 392.65 in each column (an empty part counts nothing)
    [
      `${HEADS}\n年度资金总额 392.65 392.65 380.10 10 96.80% 9.68\n其中：当年财政拨款 312.4 5 312.45 299.9 0 —\n上年结转资金 80.20 80.20 80.20 —\n其他资金 —`,
      ["其中：当年财政拨款 | 312.45 | 312.45 | 299.90 | —", "上年结转资金 | 80.20 | 80.20 | 80.20 | —", "其他资金 | —"],
    ],
    // two parts broken, the rest of one on a line of its own: joined together (56.3 / 8, 20.1 / 2)
    [`${HEADS}\n年度资金总额 76.50 76.50 70.00 10 91.50% 9.15\n其中：当年财政拨款 56.3 8\n56.38 —\n上年结转资金 20.1 2 20.12 —`, ["其中：当年财政拨款 | 56.38 | 56.38 | —", "上年结转资金 | 20.12 | 20.12 | —"]],
    // a figure in three pieces (61 / 2. / 05, 14 / .3 / 5), its point a piece's end or start: 612.05 + 14.35 = 626.40
    [
      `${HEADS}\n年度资金总额 626.40 640.00 626.40 10 97.88% 9.79\n其中：当年财政拨款 612.05 625.65 61\n2.\n05\n单位资金 14.35 14.35 14\n.3\n5`,
      ["其中：当年财政拨款 | 612.05 | 625.65 | 612.05", "单位资金 | 14.35 | 14.35 | 14.35"],
    ],
  ])("%j", (text, parts) => {
    const out = linesOf(joinPartsBySums(rowsOf(text)));
    expect(out.slice(2)).toEqual(parts);
  });

  it.each([
    // apart or joined, no sum is kept (the total is not its parts'): as read
    `${HEADS}\n年度资金总额 400.00 400.00 380.10 10 95% 9.5\n其中：当年财政拨款 312.4 5 312.45 299.9 0 —\n上年结转资金 80.20 80.20 80.20 —`,
    // neither reading keeps every sum (312.4 + 80.20 = 392.60 in the first column, but a 5 is no 全年预算数; 312.45 is no 392.60's part)
    `${HEADS}\n年度资金总额 392.60 392.60 380.10 10 96.82% 9.68\n其中：当年财政拨款 312.4 5\n上年结转资金 80.20 80.20 80.20 —`,
    // a one-decimal amount before two digits (312.4 and 10 points) is no broken figure
    `${HEADS}\n年度资金总额 392.60 392.60 380.10 10 96.82% 9.68\n其中：当年财政拨款 312.4 10 312.45 —\n上年结转资金 80.20 80.20 80.20 —`,
    // one part only: the total is no sum of parts
    `${HEADS}\n年度资金总额 312.45 312.45 299.90 10 96% 9.6\n其中：当年财政拨款 312.4 5 312.45 299.9 0 —`,
    // no funds head row: which figures are amounts is not told
    `年度资金总额 392.65 392.65 380.10 10 96.80% 9.68\n其中：当年财政拨款 312.4 5 312.45 299.9 0 —\n上年结转资金 80.20 80.20 80.20 —`,
  ])("%j is left as read", (text) => {
    expect(linesOf(joinPartsBySums(rowsOf(text)))).toEqual(linesOf(rowsOf(text)));
  });
});
