/**
 * The correct stage's second look at numbers (src/correct/reread.ts): where a form's sums fail,
 * the numbers the arithmetic check doubts are read again, and the check runs with those readings.
 * And a rounded figure (the execution rate) is not "corrected" by a confusion on its own word.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/pipeline.js";
import type { Document, Form } from "../../src/schema/index.js";
import type { OcrReread } from "../../src/extract/extraction.js";
import { checkOcrForm, recheckOcrDocument, withRereadings } from "../../src/correct/ocr-stage.js";
import { doubtedNumbers } from "../../src/correct/arithmetic.js";

const seed = join(__dirname, "..", "..", "fixtures", "seed");
const seedFile = readdirSync(seed).find((f) => f.endsWith(".txt"))!;

async function seedDoc(): Promise<Document> {
  const doc = await parse(new Uint8Array(readFileSync(join(seed, seedFile))), { input: "text" });
  // As if read from a scanned image: the check only looks at documents OCR read.
  return { ...doc, source: { ...doc.source, kind: "image" } };
}

const ROW_BOX: [number, number, number, number] = [200, 80, 300, 95];
const SCORE_BOX: [number, number, number, number] = [500, 100, 560, 125];

/** The seed's 当年财政拨款 initial budget (1,000,000) read `text` at `confidence`, at its own place on page 1. */
function misreadRow(form: Form, text: string, confidence: number): void {
  form.funds.rows[1]!.initialBudget = Number(text);
  form.sources!["/funds/rows/1/initialBudget"] = { text, page: 1, bbox: ROW_BOX, confidence };
}

function reread(bbox: [number, number, number, number], texts: string[], asked: string[]): OcrReread {
  return {
    page: 1,
    bbox,
    read: async () => {
      asked.push(bbox.join(","));
      return texts.map((text) => ({ text, confidence: 0.9 }));
    },
  };
}

describe("doubted numbers read again", () => {
  it("reads again only a failing form's doubted numbers, and the check takes the reading its sums confirm", async () => {
    const doc = await seedDoc();
    // 1,000,000 read 5,000,000 alike by both models (no other reading): the fund rows no longer
    // add up, and no usual confusion of the 5 gives a 1, so the check alone cannot put it back.
    misreadRow(doc.forms[0]!, "5000000", 0.72);
    expect(checkOcrForm(doc.forms[0]!).funds.rows[1]!.initialBudget).toBe(5000000);
    // A sure number is not doubted, even where sums fail.
    doc.forms[0]!.sources!["/indicators/0/score"] = { ...doc.forms[0]!.sources!["/indicators/0/score"]!, page: 1, bbox: SCORE_BOX, confidence: 0.97 };
    expect(doubtedNumbers(doc.forms[0]!).map((s) => s.bbox)).toEqual([ROW_BOX]);
    const asked: string[] = [];
    const rereads = [reread(ROW_BOX, ["1000000", "5000000"], asked), reread(SCORE_BOX, ["28"], asked)];
    const more = await withRereadings(doc, rereads, []);
    expect(asked).toEqual([ROW_BOX.join(",")]);
    expect(more.reread).toBe(1);
    expect(more.alternatives).toEqual([{ page: 1, bbox: ROW_BOX, texts: ["1000000", "5000000"] }]);
    const out = recheckOcrDocument(doc, { alternatives: more.alternatives });
    expect(out.forms[0]!.funds.rows[1]!.initialBudget).toBe(1000000);
    expect(out.forms[0]!.sources!["/funds/rows/1/initialBudget"]!.corrected?.from).toBe("5000000");
    expect(out.forms[0]!.audit.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("joins the new readings to the cell's readings already made, and asks nothing of a form whose sums hold", async () => {
    const doc = await seedDoc();
    misreadRow(doc.forms[0]!, "7000000", 0.72);
    const asked: string[] = [];
    const more = await withRereadings(doc, [reread(ROW_BOX, ["1000000", "7000000"], asked)], [{ page: 1, bbox: ROW_BOX, texts: ["7000000"] }]);
    expect(more.alternatives).toEqual([{ page: 1, bbox: ROW_BOX, texts: ["7000000", "1000000"] }]);
    const good = await seedDoc();
    good.forms[0]!.sources!["/funds/rows/1/initialBudget"] = { text: "1000000", page: 1, bbox: ROW_BOX, confidence: 0.5 };
    const none = await withRereadings(good, [reread(ROW_BOX, ["7000000"], asked)], []);
    expect(none.reread).toBe(0);
    expect(asked).toEqual([ROW_BOX.join(",")]);
  });
});

describe("a rounded figure and a confusion", () => {
  /** The seed with 958,620 spent of 1,000,000 (95.862 %), its budget score 9.59, and the rate printed `rate`. */
  async function spent(rate: string): Promise<Form> {
    const form = (await seedDoc()).forms[0]!;
    form.funds.rows[0]!.executed = 958620;
    form.funds.score = 9.59;
    form.sources!["/funds/score"] = { text: "9.59", page: 1, bbox: [600, 60, 640, 75], confidence: 0.95 };
    form.funds.executionRatePercent = Number(rate);
    form.sources!["/funds/executionRatePercent"] = { text: `${rate}%`, page: 1, bbox: [560, 60, 600, 75], confidence: 0.7 };
    return form;
  }

  it("leaves a rate the form printed slightly off (95.80 % for 95.86 %) when only a confusion would make it hold", async () => {
    const form = await spent("95.80");
    const out = checkOcrForm(form);
    expect(out.funds.executionRatePercent).toBe(95.8);
    expect(out.audit.findings.some((f) => f.rule === "execution-rate" && f.severity === "error")).toBe(true);
  });

  it("still takes a rate another reading of its cell gave", async () => {
    const form = await spent("95.80");
    const out = checkOcrForm(form, { alternatives: [{ page: 1, bbox: [560, 60, 600, 75], texts: ["95.86%"] }] });
    expect(out.funds.executionRatePercent).toBe(95.86);
  });
});
