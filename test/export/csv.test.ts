import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/index.js";
import { csvCell, csvColumns, serialiseCsv } from "../../src/export/csv.js";
import type { Document } from "../../src/schema/index.js";
import { form, edit } from "../audit/form-builder.js";
import { readCsv } from "./rfc4180.js";

const seedTruth = JSON.parse(readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.expected.json", import.meta.url), "utf8")) as { forms: Document["forms"] };

function doc(forms: Document["forms"], path = "档案/2021.txt"): Document {
  return { schemaVersion: 1, source: { path, sha256: "ab".repeat(32), kind: "text", pages: null }, forms, diagnostics: [] };
}

describe("csv cells", () => {
  it("quotes per RFC 4180 and guards formula starts, but not numbers", () => {
    expect(csvCell('他说"好",然后\n换行')).toBe('"他说""好"",然后\n换行"');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("=100%")).toBe("'=100%");
    expect(csvCell(" =1+1")).toBe("' =1+1");
    expect(csvCell("\u3000@SUM(A1)")).toBe("'\u3000@SUM(A1)");
    expect(csvCell("＝HYPERLINK(1)")).toBe("'＝HYPERLINK(1)");
    expect(csvCell("－5")).toBe("'－5");
    expect(csvCell("达到 =100%")).toBe("达到 =100%");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(csvCell("≥90%")).toBe("≥90%");
    // a text already starting with ' gets one more, so stripping one gives every value back
    expect(csvCell("'=1")).toBe("''=1");
    expect(csvCell("'abc")).toBe("''abc");
  });
});

describe("csv of the seed's two forms", () => {
  const docs = [doc(seedTruth.forms)];

  it("has a BOM, parses back, and gives one row per indicator with its form's keys", () => {
    const text = serialiseCsv(docs);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual([...csvColumns("indicator")]);
    const n = seedTruth.forms.reduce((k, f) => k + f.indicators.length, 0);
    expect(rows).toHaveLength(n);
    const col = (name: string) => header!.indexOf(name);
    const firstForm = rows.filter((r) => r[col("formIndex")] === "0");
    expect(firstForm).toHaveLength(seedTruth.forms[0]!.indicators.length);
    for (const r of rows) expect(r[col("path")]).toBe("档案/2021.txt");
    const f1 = seedTruth.forms[1]!;
    const last = rows[rows.length - 1]!;
    expect(last[col("projectName")]).toBe(f1.projectName);
    expect(last[col("level3")]).toBe(f1.indicators[f1.indicators.length - 1]!.level3);
    expect(Number(last[col("score")])).toBe(f1.indicators[f1.indicators.length - 1]!.score);
  });

  it("--level form: one row per form with totals and audit counts", () => {
    // Hand-checked: the scores sum to 95 beside a printed 100, one total-score error.
    const edited = edit((x) => (x.indicators[0]!.score = 15), { total: { score: 100 } });
    const withFinding = { ...edited, audit: audit(edited) };
    const text = serialiseCsv([doc([withFinding])], "form");
    const [header, row] = readCsv(text.slice(1));
    const get = (name: string) => row![header!.indexOf(name)];
    expect(get("totalScore")).toBe("100");
    expect(get("auditOk")).toBe("false");
    expect(get("errors")).toBe("1");
    expect(get("recomputedScore")).toBe("95");
    expect(Number(get("indicators"))).toBe(withFinding.indicators.length);
  });

  it("hostile text survives a round trip, guarded", () => {
    const f = form();
    f.projectName = '=cmd|" /C calc"!A0';
    f.indicators[0]!.target = "-3\r\n<&>";
    f.indicators[0]!.deviation = "@,\"";
    const [header, row] = readCsv(serialiseCsv([doc([f], "a,b\n\"c\".txt")]).slice(1));
    const get = (name: string) => row![header!.indexOf(name)];
    expect(get("projectName")).toBe("'" + f.projectName);
    expect(get("target")).toBe("'-3\r\n<&>");
    expect(get("deviation")).toBe("'@,\"");
    expect(get("path")).toBe('a,b\n"c".txt');
  });
});

describe("empty input", () => {
  it("a document with no form gives only the header", () => {
    const rows = readCsv(serialiseCsv([doc([])]).slice(1));
    expect(rows).toHaveLength(1);
  });
});

