/**
 * The OCR helpers that need no OCR: glyphs told by shape, numeric tidy-up, label snapping,
 * and the arithmetic check that corrects a misread digit only when the form confirms it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/pipeline.js";
import type { Form } from "../../../src/schema/index.js";
import { isDash, isEllipsis, leadingComparator, type BinaryCrop } from "../../../src/extract/ocr/glyphs.js";
import { isCleanNumber, looksNumeric, tidyOcrText, voteReadings } from "../../../src/extract/ocr/recognise.js";
import { upscaleSmooth } from "../../../src/extract/image/gray.js";
import type { OcrAlternatives } from "../../../src/extract/extraction.js";
import { isTemplateLabel, snapToVocabulary } from "../../../src/extract/ocr/snap.js";
import { alternativeReadings, checkOcrDocument, checkOcrForm } from "../../../src/correct/ocr-stage.js";

function crop(w: number, h: number, draw: (set: (x: number, y: number) => void) => void): BinaryCrop {
  const data = new Uint8Array(w * h);
  draw((x, y) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi >= 0 && yi >= 0 && xi < w && yi < h) data[yi * w + xi] = 1;
  });
  return { width: w, height: h, data };
}

/** A crop drawn as rows of "#" (ink) and "." (paper). */
function fromRows(rows: string[]): BinaryCrop {
  const width = rows[0]!.length;
  return { width, height: rows.length, data: Uint8Array.from(rows.join(""), (ch) => (ch === "#" ? 1 : 0)) };
}

/** A line 3 px thick from (x0, y0) to (x1, y1). */
function line(set: (x: number, y: number) => void, x0: number, y0: number, x1: number, y1: number): void {
  const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 2;
  for (let i = 0; i <= n; i++) for (let d = -1; d <= 1; d++) set(x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n + d);
}

/** A digit-like block of ink after the glyph, as the rest of "≥98%" would be. */
function digits(set: (x: number, y: number) => void, x0: number): void {
  for (let x = x0; x < x0 + 60; x++) for (let y = 8; y < 40; y++) if ((x - x0) % 20 < 12 && (y < 11 || y > 36 || (x - x0) % 20 < 3 || (x - x0) % 20 > 9)) set(x, y);
}

describe("glyphs by shape", () => {
  it("tells ≥ (point right) from ≤ (point left), = and a digit", () => {
    const ge = crop(100, 48, (set) => {
      line(set, 2, 6, 24, 18);
      line(set, 24, 18, 2, 30);
      line(set, 2, 40, 24, 40);
      digits(set, 36);
    });
    const le = crop(100, 48, (set) => {
      line(set, 24, 6, 2, 18);
      line(set, 2, 18, 24, 30);
      line(set, 2, 40, 24, 40);
      digits(set, 36);
    });
    const eq = crop(100, 48, (set) => {
      line(set, 2, 16, 24, 16);
      line(set, 2, 30, 24, 30);
      digits(set, 36);
    });
    const zero = crop(100, 48, (set) => {
      for (let a = 0; a < 360; a += 2) set(12 + 10 * Math.cos((a * Math.PI) / 180), 24 + 16 * Math.sin((a * Math.PI) / 180));
      digits(set, 36);
    });
    expect(leadingComparator(ge)?.glyph).toBe("≥");
    expect(leadingComparator(le)?.glyph).toBe("≤");
    expect(leadingComparator(eq)?.glyph).toBe("=");
    expect(leadingComparator(zero)).toBeNull();
    // A fax's speck above-left of the ≥ (d-fax-p05's ≥95%, read >>959%) is no first glyph.
    const speckled = crop(104, 48, (set) => {
      for (const [x, y] of [[1, 1], [2, 1], [1, 2], [2, 2]] as const) set(x, y);
      line(set, 6, 6, 28, 18);
      line(set, 28, 18, 6, 30);
      line(set, 6, 40, 28, 40);
      digits(set, 40);
    });
    expect(leadingComparator(speckled)?.glyph).toBe("≥");
    // A speck above the ≤ inside its columns (d-fax-p05's ≤2%, read 委2%) made the glyph's top:
    // on a fax the crop is looked at again without specks.
    const speckOver = crop(100, 52, (set) => {
      for (const [x, y] of [[4, 0], [5, 0], [6, 0], [4, 1], [5, 1], [6, 1]] as const) set(x, y);
      line(set, 24, 10, 2, 22);
      line(set, 2, 22, 24, 34);
      line(set, 2, 44, 24, 44);
      digits(set, 36);
    });
    expect(leadingComparator(speckOver)).toBeNull();
    expect(leadingComparator(speckOver, { fax: true })?.glyph).toBe("≤");
  });

  it("tells a blurred photo's ≥ with a thick, flat chevron and a slanted bar, and not a 7", () => {
    // d-photo-p02's ≥9 as the page's ink threshold left it: the chevron's top arm covers 0.62 of
    // the glyph's width in its top fifth.
    const ge = fromRows([
      "................................................",
      ".....#####......................................",
      "......######....................................",
      "........#####...................................",
      ".........#######....................#####.......",
      "............######.................#######......",
      "..............######.............####...###.....",
      "...............######............###.....###....",
      "..................#####.........###.......###...",
      "....................#####.......###.......###...",
      ".....................#####......###.......###...",
      "......................####......###.......###...",
      "......................####......###.......###...",
      "..................######........####.....####...",
      ".................#####...........############...",
      "...............#####.............############...",
      "............#####......###.........####...###...",
      "..........######.....#####................###...",
      ".........#####.....#####..................##....",
      "......######.....######...........#......###....",
      ".....#####......####.............###.....##.....",
      "......###...######...............###...####.....",
      "...........######................####..###......",
      "........######.....................####.........",
      ".......#####....................................",
      "......#####.....................................",
      "......###.......................................",
    ]);
    const seven = crop(100, 48, (set) => {
      for (let d = 0; d < 3; d++) line(set, 2, 6 + d, 24, 6 + d);
      line(set, 24, 8, 10, 42);
      digits(set, 36);
    });
    expect(leadingComparator(ge)?.glyph).toBe("≥");
    expect(leadingComparator(seven)).toBeNull();
  });

  it("takes one thin bar for a dash, and not a digit", () => {
    expect(isDash(crop(60, 30, (set) => line(set, 10, 15, 40, 15)), 30)).toBe(true);
    expect(isDash(crop(60, 30, (set) => line(set, 20, 2, 20, 28)), 30)).toBe(false);
  });

  it("takes small dots in a row for an ellipsis, and not a dash, a digit or a short word", () => {
    const dots = (n: number, size: number) => crop(80, 14, (set) => {
      for (let k = 0; k < n; k++) for (let x = 0; x < size; x++) for (let y = 0; y < size; y++) set(4 + 10 * k + x, 6 + y);
    });
    expect(isEllipsis(dots(6, 3), 30)).toBe(true);
    expect(isEllipsis(dots(2, 3), 30)).toBe(false); // two specks
    expect(isEllipsis(dots(6, 12), 30)).toBe(false); // blocks as tall as text
    expect(isEllipsis(crop(80, 14, (set) => line(set, 4, 7, 70, 7)), 30)).toBe(false); // a dash
  });
});

describe("numeric tidy-up", () => {
  it.each([
    ["22，362. 40", "22,362.40"],
    ["3 0", "30"],
    ["不低于9 0 %", "不低于90%"],
    ["满意度指标〈1 0分）", "满意度指标（10分）"],
    ["2 4 0一嘉兴市农业农村委员会", "240-嘉兴市农业农村委员会"],
    ["项 目 名 称", "项目名称"],
    ["19,753“93", "19,753.93"],
    ["产出指标（《50分)", "产出指标（50分)"],
    ["产出指标（〈50分）", "产出指标（50分）"],
    ["产出指标{50分)", "产出指标(50分)"],
    ["满意度指标(10分》", "满意度指标(10分)"],
    // A fax's comma read as a closing quote, with or without Tesseract's spaces; a real pair stays.
    ["增强 ” 规范孕产妇", "增强，规范孕产妇"],
    ["受疫情影响”部分活动", "受疫情影响，部分活动"],
    ["开展“健康”宣传", "开展“健康”宣传"],
    // Two commas read as quotes around clauses (d-fax-p01) pair with nothing; a quoted name
    // with 、 in it stays; an opening quote before a stop is a speck.
    ["服务项目“为城乡居民提供服务，提高接种率，维持免疫屏障”做好防控", "服务项目，为城乡居民提供服务，提高接种率，维持免疫屏障，做好防控"],
    ["本项目更改为“网站及微信、微博公众号发布工作完成率”", "本项目更改为“网站及微信、微博公众号发布工作完成率”"],
    ["信息公开工作“。健全机制", "信息公开工作。健全机制"],
    // A speck at the cell's edge after the last character; a number's point and a dash stay.
    ["传染病报告及时率.", "传染病报告及时率"],
    // …also when Tesseract ends the line with a newline.
    ["传染病报告及时率 .\n", "传染病报告及时率"],
    ["问题响应时间 -", "问题响应时间"],
    // A closing quote ending the line with none opened is a speck (d-fax-p01); a quotation's stays.
    ["2020年重大传染病防控经费 ”", "2020年重大传染病防控经费"],
    ["开展“健康促进”", "开展“健康促进”"],
    // …and so is an opening quote starting the line with none closed after it (d-fax-real-r02).
    ["“ 程度较高", "程度较高"],
    ["“放管服”改革", "“放管服”改革"],
    ["3.", "3."],
    ["达到预期目标。", "达到预期目标。"],
  ])("%s → %s", (raw, tidy) => expect(tidyOcrText(raw)).toBe(tidy));

  it("knows numbers, and text that only looks like one after a misread", () => {
    expect(isCleanNumber("26992.02")).toBe(true);
    expect(isCleanNumber("100%")).toBe(true);
    expect(isCleanNumber("1O0%")).toBe(false);
    expect(looksNumeric("1O0%")).toBe(true);
    expect(looksNumeric("9 9。工4")).toBe(true);
    expect(looksNumeric("效果明显")).toBe(false);
    // A wrapped 1,357,600.77 on a fax: its last 7 alone on the line read 了.
    expect(looksNumeric("1357,600.7了")).toBe(true);
  });
});

describe("votes between readings of one number", () => {
  it("takes the number most readings agree on, keeps the others, and is less sure when they disagree", () => {
    const got = voteReadings([
      { text: "2625.3", confidence: 0.79 },
      { text: "2625.3", confidence: 0.41 },
      { text: "2625.8", confidence: 0.89 },
      { text: "26z5.3", confidence: 0.2 },
    ]);
    expect(got?.text).toBe("2625.3");
    expect(got?.alternatives?.map((a) => a.text)).toEqual(["2625.8", "26z5.3"]);
    expect(got?.confidence).toBeCloseTo(0.79 * 0.5, 3);
  });

  it("weighs agreement against confidence, ties going to the first reading", () => {
    expect(voteReadings([{ text: "5", confidence: 0.1 }, { text: "3", confidence: 0.1 }])?.text).toBe("5");
    // Each reading counts 0.5 besides its confidence: 0.5 + 0.9 against 2 × (0.5 + 0.3), and 2 × (0.5 + 0.1).
    expect(voteReadings([{ text: "5", confidence: 0.9 }, { text: "3", confidence: 0.3 }, { text: "3", confidence: 0.3 }])?.text).toBe("3");
    expect(voteReadings([{ text: "5", confidence: 0.9 }, { text: "3", confidence: 0.1 }, { text: "3", confidence: 0.1 }])?.text).toBe("5");
    expect(voteReadings([{ text: "区", confidence: 0.9 }, { text: "St", confidence: 0.5 }])).toBeNull();
  });
});

describe("enlarging a bilevel crop", () => {
  it("doubles the size, keeps paper white and ink dark, and makes the edges gray", () => {
    const img = { width: 8, height: 8, data: new Uint8Array(64).fill(255) };
    for (let y = 2; y < 6; y++) for (let x = 3; x < 5; x++) img.data[y * 8 + x] = 0;
    const big = upscaleSmooth(img, 2);
    expect([big.width, big.height]).toEqual([16, 16]);
    expect(big.data[0]).toBe(255);
    expect(big.data[7 * 16 + 7]).toBeLessThan(64);
    const levels = new Set(big.data);
    expect([...levels].some((v) => v > 64 && v < 192)).toBe(true);
  });
});

describe("label snapping", () => {
  it("reads a near miss of one template label as that label, keeping its punctuation style", () => {
    expect(snapToVocabulary("数童指标")).toEqual({ text: "数量指标", from: "数童指标" });
    expect(snapToVocabulary("主管部兽")).toEqual({ text: "主管部门", from: "主管部兽" });
    expect(snapToVocabulary("项目资金（万兀）").text).toBe("项目资金（万元）");
  });
  it("tells a reading that is exactly a template label (a photo's unsure label is then not read again)", () => {
    expect(isTemplateLabel("预算执行率")).toBe(true);
    expect(isTemplateLabel("项目资金（元 ）")).toBe(true);
    expect(isTemplateLabel("预算执行歼")).toBe(false);
    expect(isTemplateLabel("企业满意度")).toBe(false);
  });
  it("leaves exact labels, free text and numbers alone", () => {
    expect(snapToVocabulary("质量指标")).toEqual({ text: "质量指标" });
    expect(snapToVocabulary("长沙市科学技术局")).toEqual({ text: "长沙市科学技术局" });
    expect(snapToVocabulary("26992.02")).toEqual({ text: "26992.02" });
  });
});

describe("arithmetic check", () => {
  const seed = join(__dirname, "..", "..", "..", "fixtures", "seed");
  const seedFile = readdirSync(seed).find((f) => f.endsWith(".txt"))!;

  async function seedForm(): Promise<Form> {
    const doc = await parse(new Uint8Array(readFileSync(join(seed, seedFile))), { input: "text" });
    return doc.forms[0]!;
  }

  it("lists the readings one confusion away", () => {
    expect(alternativeReadings("13")).toEqual(expect.arrayContaining(["73", "18", "43"]));
    expect(alternativeReadings("l0")).toContain("10");
    // A character read where nothing was printed: 1,622.7了5 (the 7 read twice) → 1,622.75.
    expect(alternativeReadings("1,622.7了5")).toContain("1,622.75");
  });

  it("puts back a digit misread in an indicator score when the total confirms it, keeping the reading", async () => {
    const good = await seedForm();
    expect(good.audit.ok).toBe(true);
    // The seed's first indicator scores 20 (of 20): read as 28, the total (95) no longer adds up,
    // and no other single confusion (95 → 96, 98, 85 …) makes it add up again.
    const i = 0;
    const truth = good.indicators[i]!.score!;
    expect(truth).toBe(20);
    const misread = 28;
    const bad = structuredClone(good);
    bad.indicators[i]!.score = misread;
    const path = `/indicators/${i}/score`;
    bad.sources![path] = { ...bad.sources![path]!, text: String(misread) };
    const fixed = checkOcrForm(bad);
    expect(fixed.indicators[i]!.score).toBe(truth);
    expect(fixed.sources![path]!.corrected?.from).toBe(String(misread));
    expect(fixed.audit.ok).toBe(true);
    expect(fixed.audit.findings.some((f) => f.rule === "corrected-value" && f.path === path)).toBe(true);
  });

  it("changes nothing when two readings would fit, or nothing fails", async () => {
    const good = await seedForm();
    expect(checkOcrForm(good).indicators).toEqual(good.indicators);
    // The sixth indicator's 5 read as 6: the total no longer adds up, but it would also add up
    // again if the printed total 95 were a misread 96 — two readings fit, so neither is taken.
    const bad = structuredClone(good);
    expect(bad.indicators[5]!.score).toBe(5);
    bad.indicators[5]!.score = 6;
    bad.sources!["/indicators/5/score"] = { ...bad.sources!["/indicators/5/score"]!, text: "6" };
    const out = checkOcrForm(bad);
    expect(out.indicators[5]!.score).toBe(6);
    expect(out.total).toEqual(bad.total);
    expect(Object.values(out.sources!).some((x) => x.corrected)).toBe(false);
  });

  /** Makes the score of indicator `i` read as `text`, unsure, at its own place on page 1, with other readings. */
  function misread(form: Form, i: number, text: string, others: string[], alts: OcrAlternatives[]): void {
    form.indicators[i]!.score = Number(text);
    const bbox: [number, number, number, number] = [500, 100 + 30 * i, 560, 125 + 30 * i];
    form.sources![`/indicators/${i}/score`] = { text, page: 1, bbox, confidence: 0.5 };
    if (others.length) alts.push({ page: 1, bbox, texts: others });
  }

  it("puts back three misreads in one total from other readings of the same cells", async () => {
    const good = await seedForm();
    expect(good.indicators.map((x) => x.score)).toEqual([20, 10, 20, 10, 20, 5]);
    const bad = structuredClone(good);
    const alts: OcrAlternatives[] = [];
    misread(bad, 0, "28", ["20", "26"], alts);
    misread(bad, 2, "26", ["20"], alts);
    misread(bad, 5, "3", ["5", "8"], alts);
    // No single change or pair makes the total (95) hold: 107 − 8 − 6 + 2 only with all three.
    const out = checkOcrForm(bad, { alternatives: alts });
    expect(out.indicators.map((x) => x.score)).toEqual([20, 10, 20, 10, 20, 5]);
    expect([0, 2, 5].map((i) => out.sources![`/indicators/${i}/score`]!.corrected?.from)).toEqual(["28", "26", "3"]);
    expect(out.audit.findings.filter((f) => f.severity === "error")).toEqual([]);
    // Without the other readings nothing confirms them (three hypotheses are never combined).
    expect(checkOcrForm(bad).indicators.map((x) => x.score)).toEqual([28, 10, 26, 10, 20, 3]);
  });

  it("puts right independent parts of a form one after the other", async () => {
    const good = await seedForm();
    const bad = structuredClone(good);
    const alts: OcrAlternatives[] = [];
    misread(bad, 5, "3", ["5"], alts);
    bad.funds.rows[1]!.initialBudget = 7000000;
    const bbox: [number, number, number, number] = [200, 80, 300, 95];
    bad.sources!["/funds/rows/1/initialBudget"] = { text: "7000000", page: 1, bbox, confidence: 0.5 };
    alts.push({ page: 1, bbox, texts: ["1000000"] });
    const out = checkOcrForm(bad, { alternatives: alts });
    expect(out.indicators[5]!.score).toBe(5);
    expect(out.funds.rows[1]!.initialBudget).toBe(1000000);
    expect(out.audit.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("takes nothing when another reading as cheap balances the same total", async () => {
    const good = await seedForm();
    const bad = structuredClone(good);
    const alts: OcrAlternatives[] = [];
    misread(bad, 5, "3", ["5"], alts);
    // The total 95 was read sure, but another pass read 93: that balances the scores too.
    const bbox: [number, number, number, number] = [500, 400, 560, 425];
    bad.sources!["/total/score"] = { text: "95", page: 1, bbox, confidence: 0.95 };
    alts.push({ page: 1, bbox, texts: ["93"] });
    const out = checkOcrForm(bad, { alternatives: alts });
    expect(out.indicators.map((x) => x.score)).toEqual([20, 10, 20, 10, 20, 3]);
    expect(out.total.score).toBe(95);
    expect(Object.values(out.sources!).some((x) => x.corrected)).toBe(false);
  });

  it("refuses a reading that balances the total but lifts a score over its weight", async () => {
    const good = await seedForm();
    const bad = structuredClone(good);
    const alts: OcrAlternatives[] = [];
    // The sixth indicator's 5 (of 10) read 2 on a fax (its bar and stem lost); the second
    // indicator's 10 (of 10) read 13 by another pass: 13 balances 95, but no score exceeds its weight.
    misread(bad, 5, "2", [], alts);
    misread(bad, 1, "10", ["13"], alts);
    const out = checkOcrForm(bad, { alternatives: alts });
    expect(out.indicators.map((x) => x.score)).toEqual([20, 10, 20, 10, 20, 5]);
  });

  it("does not balance one sum with a confusion no reading showed while other arithmetic fails", async () => {
    const good = await seedForm();
    const bad = structuredClone(good);
    misread(bad, 0, "28", [], []);
    // And a fund row no single confusion can explain.
    bad.funds.rows[1]!.initialBudget = 1000001;
    bad.sources!["/funds/rows/1/initialBudget"] = { text: "1000001", page: 1, bbox: [200, 80, 300, 95], confidence: 0.5 };
    const out = checkOcrForm(bad);
    expect(out.indicators[0]!.score).toBe(28);
    expect(out.funds.rows[1]!.initialBudget).toBe(1000001);
    // Read as doubtful as OCR gets (below 0.5), the same confusion is taken for the score total
    // it balances, while the fund row stays as read.
    const doubted = structuredClone(bad);
    doubted.sources!["/indicators/0/score"]!.confidence = 0.3;
    const taken = checkOcrForm(doubted);
    expect(taken.indicators[0]!.score).toBe(20);
    expect(taken.funds.rows[1]!.initialBudget).toBe(1000001);
    // Alone, the same confusion makes all the arithmetic hold, and is taken.
    const alone = structuredClone(good);
    misread(alone, 0, "28", [], []);
    expect(checkOcrForm(alone).indicators[0]!.score).toBe(20);
  });

  it("puts back two misreads in one total: one another reading gave, one a single confusion", async () => {
    const good = await seedForm();
    const bad = structuredClone(good);
    const alts: OcrAlternatives[] = [];
    misread(bad, 0, "28", [], alts);
    misread(bad, 5, "3", ["5"], alts);
    const out = checkOcrForm(bad, { alternatives: alts });
    expect(out.indicators.map((x) => x.score)).toEqual([20, 10, 20, 10, 20, 5]);
  });

  it("leaves documents that were not read by OCR alone", async () => {
    const doc = await parse(new Uint8Array(readFileSync(join(seed, seedFile))), { input: "text" });
    expect(checkOcrDocument(doc)).toBe(doc);
  });
});
