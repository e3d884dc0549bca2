/**
 * The real-forms corpus (fixtures/field): its manifest is complete and honest, and jixiao reads
 * it at least as well as the floors below — the tuned part and the held-back part apart, since the
 * held-back third is measured, never tuned on. Figures: `npm run accuracy -- field`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIELD_ROOT, measureField, ratio, readManifest, splitOf, tally, textPath, truthPath } from "../scripts/field/corpus.js";
import { compareFieldTruth } from "./helpers/field-truth.js";

const manifest = readManifest();

describe("field corpus manifest", () => {
  it("lists every text, and every entry has its text, its truth, its page and its readers", () => {
    const texts = readdirSync(join(FIELD_ROOT, "texts")).filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -4)).sort();
    expect(manifest.map((e) => e.name).sort()).toEqual(texts);
    for (const e of manifest) {
      expect(existsSync(textPath(e)), e.name).toBe(true);
      expect(existsSync(truthPath(e)), e.name).toBe(true);
      expect(e.url, e.name).toMatch(/^https?:\/\//);
      expect(e.search.length, e.name).toBeGreaterThan(0);
      expect(e.date, e.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.typedBy, e.name).toBeTruthy();
      expect(e.checkedBy, `${e.name}: truth not checked by a second reader`).toBeTruthy();
      expect(e.checkedBy, e.name).not.toBe(e.typedBy);
    }
  });

  it("takes each page once, and none of the pages kept for independent measurement", () => {
    const urls = manifest.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("holds back the third its seeded rule names", () => {
    for (const e of manifest) expect(e.split, e.name).toBe(splitOf(e.name));
    const held = manifest.filter((e) => e.split === "held-back").length;
    expect(held).toBeGreaterThan(manifest.length / 5);
  });
});

describe("field truth comparison", () => {
  it("checks only the fields a truth holds, and counts extra forms and indicators", () => {
    const truth = { forms: [{ title: "项目支出绩效自评表", funds: { rows: [{ key: "total", executed: 5 }] }, indicators: [{ level3: "A", weight: 10 }] }] };
    const exact = { forms: [{ title: "项目支出绩效自评表", funds: { rows: [{ key: "total", executed: 5, annualBudget: 9 }] }, indicators: [{ level3: "A", weight: 10, score: 3 }] }], diagnostics: [] };
    expect(compareFieldTruth(truth, exact as never)).toMatchObject({ checks: 4, matches: 4 });
    const extra = { ...exact, forms: [{ ...exact.forms[0], indicators: [{ level3: "A", weight: 10 }, { level3: "B" }] }, { title: "x" }] };
    expect(compareFieldTruth(truth, extra as never)).toMatchObject({ checks: 6, matches: 4 });
    expect(compareFieldTruth({ forms: [{ ...truth.forms[0], cut: true }] }, { ...extra, forms: [extra.forms[0]] } as never)).toMatchObject({ checks: 4, matches: 4 });
    expect(compareFieldTruth({ forms: [], otherForms: ["绩效目标申报表"] }, { forms: [], diagnostics: [] } as never)).toMatchObject({ checks: 1, matches: 0 });
  });
});

/**
 * Floors: the figures measured when the corpus was last tuned (project forms, 62 fixtures: tuned 88.2 %,
 * held back 61.5 % on 2026-12-06; dossier forms 5 of 12 checks), less a little room. The fourth collection
 * (collector m, 11 fixtures) arrived after that: before any tuning on it the held-back part read 55.9 %
 * (20 fixtures) and the tuned 86.5 % (46), so the held-back floor was set from that figure. They rise as the reader
 * learns the corpus; the targets are 97 % and 95 %. Held back 61.2 % (689/1125, 21 fixtures) on
 * 2026-12-07 03:00 with the spaced-dump row ends (57.1 % without them in the same tree): floor 59 %.
 * 62.2 % (714/1148, 23 fixtures) at 05:40 with spaced one-line forms read at their spaces (61.6 %
 * without): floor 60 %.
 */
// Tuned 88.6 % (1697/1916, 52 fixtures) at 2026-12-07 06:15 with the sixth collection (87.5 % on its
// arrival, before tuning on it): floor 86 %. The seventh collection (2026-12-07 late morning: 33
// excerpts, 27 project forms among them, most hard) brought the tuned part to 70 fixtures and the
// held-back to 31: the session's starting reader reads them 80.4 % / 61.3 %, the reader after the
// session's work 83.7 % (2058/2460) / 63.6 % (888/1396) at 09:15: floors 81 % / 61 %.
// The eighth collection (y01, z01, z02: three tuned project forms) read 83.4 % as it came; the twelfth
// session's classes took the tuned part to 88.8 % (2323/2615) and the held-back to 65.3 % (910/1394) at 11:10:
// floors 86 % / 63 %.
// After the session's second round (12:00, HEAD d2e4644): 91.2 % (2386/2615) / 66.2 % (923/1394): floors 89 % / 64 %.
// After the thirteenth session (2026-12-07 14:36, HEAD 70cafee): 92.3 % (2413/2615) / 66.8 % (931/1394): floors 90 % / 65 %.
// After the fourteenth session (2026-12-07 17:15, HEAD 63907cc): 93.6 % (2448/2614) / 66.9 % (932/1394): floors 92 % / 65 %.
// The fifteenth collection (2026-12-07 evening, collectors u and u2: 16 forms, 10 tuned) as it came, with
// the evening's first round (HEAD cc77ee4): 89.5 % (2511/2806) / 62.9 % (932/1481): floors 89 % / 62 %.
// After the evening's second round (HEAD after newforms, newdept, layout13, figs2, mixed's base-data rows):
// 91.2 % (2553/2800) / 62.9 % (932/1481): floor 90 % tuned.
// At the evening's end (HEAD after the third round: a scoring sheet's numbered items, an excerpt cut inside
// its indicator table, review; u08 and u11 retyped by the corpus's rules): 93.7 % (2554/2727) / 62.8 % (930/1481):
// floors 93 % / 62 %.
const FLOORS = { tune: 0.94, heldBack: 0.62, dossier: 0.4 }; // 93.8 % / 62.8 % at 23:20 (81a7f72); 94.4 % / 62.8 % at 00:40 next day
/** The tuned one-cell-a-line project forms apart (measured 94.0 %, was 88.7 %; 79.6 % with the seventh collection's
 * scoring sheet s01 and Hainan reports, 78.6 % as they came). */
// 93.5 % (459/491) after the twelfth session's numbered rows with merged cells left out and stacked heads (s01 7 -> 75).
// 95.7 % (470/491) at 14:36 after fund rows a cell short, pair lines, report attachments and short 二级 names.
// 98.8 % (485/491) at 17:15 after a preview's skipped pages (k03 30 -> 45) and indicator headers on two rows.
// 94.9 % (516/544) with r01 (a local 指标性质 / 指标方向 / 计量单位 split of the target, read 16/53 as it came).
// 98.9 % (538/544) at 19:30 after a target split into a unit's own columns (r01 31 -> 53).
// 97.1 % (539/555) with the fifteenth collection's u02 (a scoring sheet with a 自评 column) as it came.
// 98.9 % (549/555) after a scoring sheet's 自评 column and a single pipe line no row end (u02 1 -> 11).
const CELL_PER_LINE_TUNE_FLOOR = 0.98;
/** The tuned layout-ordered project forms apart (flattened PDF dumps: measured 53.6 %, was 31.5 %). */
// 55.3 % (104/188) at 2026-12-07 11:10.
// 73.9 % (139/188) at 12:00 after figures dealt out to the named rows after them and level-only headers.
// 75.0 % (141/188) at 14:36 after 一级 names drawn after their rows and twin goal pieces.
// 75.5 % (142/188) at 17:15 (e03's vertical label with its points).
// 76.6 % (144/188) at 00:40 next day (an indicator header broken over two lines, spaced digit runs).
const LAYOUT_ORDERED_TUNE_FLOOR = 0.76;
/** The tuned traditional-character project forms apart (measured 73.1 %, was 59.3 %; 26 checks, one is 3.8 points;
 * 91.3 % (84/92) with the sixth collection's o02, read as it came). */
// 79.8 % (87/109) with the seventh collection's w04 (a traditional copy with pinyin of a scoring sheet, 0 of 12).
// 82.6 % (90/109) at 11:10.
// 91.7 % (100/109) at 00:40 next day (a portal's 內容概述 cell read as one more reading: e01 12 -> 19).
const TRADITIONAL_TUNE_FLOOR = 0.9;
/** The tuned OCR'd text apart (an image-to-text converter's pipe table, a document site's OCR run together: the sixth
 * collection's o01 and o06, 69.8 % as they came, 94.9 % (74/78) after pipes closing cells and another table's heads). */
const OCR_TUNE_FLOOR = 0.92;
/** The tuned run-together project forms apart (cells with no separator: measured 76.5 %, was 57.8 %; 69.9 % when
 * the fourth collection's m03 arrived, before tuning on it; 72.5 % after 2026-12-07's run-together splitters). */
// 64.8 % when the seventh collection's t01, s06 … arrived, 77.2 % (292/378) after the session's run-together classes.
// 83.6 % (372/445, with the eighth collection's z02) at 11:10 after the twelfth session's headerless and 定性 rows.
// 84.5 % (376/445) at 14:36 after restated goal sentences, wrapped names holding a figure and scaled units.
// 89.0 % (395/444) at 17:15 after report covers' option lists, totals read again by their parts (d02), fund parts
// printed once per amount (m03 13 -> 25) and header-priced fund splits.
// 76.3 % (395/518) with the fifteenth collection's u08 (a cover and a 17-row score table run together) as it came.
// 89.0 % (395/444) at the evening's end: u08 retyped as no form (its text does not show whose evaluation it is).
// 89.9 % (400/445) at 00:40 next day (short 二级 words opening a run-together row: c02 42 -> 46).
// 90.1 % (401/445) at 02:10 (a completion-less run of rows: b01 22/22).
const RUN_TOGETHER_TUNE_FLOOR = 0.9;
/** The department-wide forms apart (issue 17's targets: 95 % tuned, 93 % held back). 96.1 / 85.1 % on 15
 * fixtures; 91.5 / 86.4 % when the fourth collection's seven department fixtures arrived, before tuning on them;
 * 77.9 / 71.7 % when 2026-12-07 morning's collections arrived (23 tuned, 7 held back), 97.6 / 80.8 % after the
 * eleventh session (the held-back floor, 0.83, is above what the new held-back fixtures allow). */
// Held back 80.8 % (97/120) at 09:15 on the seven held-back department fixtures: floor 78 %.
// Tuned 99.0 % (488/493) at 14:36 after j06's listed names run into their targets; held back unchanged.
// Held back 88.3 % (106/120) at 17:15 (not chased: rule-first scoring sheets and special-funds sheets read as
// classes from tuned and generated text); tuned unchanged.
// 94.6 % (513/542) / 86.9 % (119/137) with the fifteenth collection (u10, u11, u22, u23, u25 tuned; u04, u21
// held back) as it came.
// 98.9 % (533/539) after Chongqing's funds vocabulary, lost marks after figures and a report's body heading.
const DEPARTMENT_FLOORS = { tune: 0.97, heldBack: 0.86 };

describe("field accuracy", () => {
  it("reads the project forms of the tuned and the held-back parts at least as well as the floors", async () => {
    const results = await measureField((e) => e.template === "project");
    const tune = ratio(tally(results.filter((r) => r.entry.split === "tune")));
    const held = ratio(tally(results.filter((r) => r.entry.split === "held-back")));
    expect(tune).toBeGreaterThanOrEqual(FLOORS.tune);
    expect(held).toBeGreaterThanOrEqual(FLOORS.heldBack);
    const layoutOrdered = results.filter((r) => r.entry.split === "tune" && r.entry.shape === "layout-ordered");
    expect(layoutOrdered.length).toBeGreaterThan(0);
    expect(ratio(tally(layoutOrdered))).toBeGreaterThanOrEqual(LAYOUT_ORDERED_TUNE_FLOOR);
    const traditional = results.filter((r) => r.entry.split === "tune" && r.entry.shape === "traditional");
    expect(traditional.length).toBeGreaterThan(0);
    expect(ratio(tally(traditional))).toBeGreaterThanOrEqual(TRADITIONAL_TUNE_FLOOR);
    const runTogether = results.filter((r) => r.entry.split === "tune" && r.entry.shape === "run-together");
    expect(runTogether.length).toBeGreaterThan(0);
    expect(ratio(tally(runTogether))).toBeGreaterThanOrEqual(RUN_TOGETHER_TUNE_FLOOR);
    const cellPerLine = results.filter((r) => r.entry.split === "tune" && r.entry.shape === "cell-per-line");
    expect(cellPerLine.length).toBeGreaterThan(0);
    expect(ratio(tally(cellPerLine))).toBeGreaterThanOrEqual(CELL_PER_LINE_TUNE_FLOOR);
    const ocr = results.filter((r) => r.entry.split === "tune" && r.entry.shape === "ocr");
    expect(ocr.length).toBeGreaterThan(0);
    expect(ratio(tally(ocr))).toBeGreaterThanOrEqual(OCR_TUNE_FLOOR);
  });

  it("reads the department-wide forms at least as well as their floors", async () => {
    const results = await measureField((e) => e.template === "department");
    expect(ratio(tally(results.filter((r) => r.entry.split === "tune")))).toBeGreaterThanOrEqual(DEPARTMENT_FLOORS.tune);
    expect(ratio(tally(results.filter((r) => r.entry.split === "held-back")))).toBeGreaterThanOrEqual(DEPARTMENT_FLOORS.heldBack);
  });

  it("reports the other forms of a dossier as other-form, at least as well as the floor", async () => {
    const dossiers = manifest.filter((e) => {
      const t = JSON.parse(readFileSync(truthPath(e), "utf8")) as { forms: unknown[]; otherForms?: string[] };
      return t.forms.length === 0 && (t.otherForms?.length ?? 0) > 0 && e.split === "tune";
    });
    expect(dossiers.length).toBeGreaterThan(0);
    const results = await measureField((e) => dossiers.some((d) => d.name === e.name));
    const t = tally(results);
    expect(t.matches / t.checks).toBeGreaterThanOrEqual(FLOORS.dossier);
  });
});
