import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serialiseXml } from "../../src/export/xml.js";
import type { Document } from "../../src/schema/index.js";
import { form } from "../audit/form-builder.js";

const seed = JSON.parse(readFileSync(new URL("../../fixtures/seed/000_2ddec0f555d76dd0.expected.json", import.meta.url), "utf8")) as { forms: Document["forms"] };
// The golden file leaves findings' messages out; a Document always has them.
for (const f of seed.forms) for (const x of f.audit.findings) x.message ??= x.rule;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, parseAttributeValue: false, isArray: (name) => ["document", "form", "row", "indicator", "finding", "diagnostic"].includes(name) });

function doc(forms: Document["forms"], over: Partial<Document["source"]> = {}, diagnostics: Document["diagnostics"] = []): Document {
  return { schemaVersion: 1, source: { path: "a.txt", sha256: "cd".repeat(32), kind: "text", pages: null, ...over }, forms, diagnostics };
}

describe("xml", () => {
  it("parses back with the documented structure", () => {
    const xml = serialiseXml([doc(seed.forms, { pages: 2, kind: "pdf" })]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).jixiao;
    expect(root["@_schemaVersion"]).toBe("1");
    const d = root.document[0];
    expect(d).toMatchObject({ "@_path": "a.txt", "@_kind": "pdf", "@_pages": "2" });
    expect(d.form).toHaveLength(seed.forms.length);
    const f1 = seed.forms[1]!;
    const x1 = d.form[1];
    expect(x1["@_index"]).toBe("1");
    expect(x1.projectName).toBe(f1.projectName);
    expect(x1.indicator).toBeUndefined();
    expect(x1.indicators.indicator).toHaveLength(f1.indicators.length);
    const lastInd = f1.indicators[f1.indicators.length - 1]!;
    const lastX = x1.indicators.indicator[f1.indicators.length - 1];
    expect(lastX.level3).toBe(lastInd.level3);
    expect(Number(lastX["@_score"])).toBe(lastInd.score);
    expect(x1.funds.row.map((r: Record<string, string>) => r["@_key"])).toEqual(f1.funds.rows.map((r) => r.key));
    expect(x1.total["@_score"]).toBe(String(f1.total.score));
    expect(x1.audit["@_grade"]).toBe(f1.audit.grade);
  });

  it("escapes < & \" ' and drops characters XML forbids", () => {
    const f = form();
    f.projectName = `a<b & "c" 'd' ]]> <!-- e`;
    f.indicators[0]!.target = "<5%";
    const x = serialiseXml([
      doc([f], { path: `x"<&>'.txt` }, [{ code: "unplaced-text", severity: "info", message: "bell\u0007<tag/>", source: { text: "t" } }]),
    ]);
    expect(XMLValidator.validate(x)).toBe(true);
    expect(x).not.toContain("\u0007");
    const d = parser.parse(x).jixiao.document[0];
    expect(d["@_path"]).toBe(`x"<&>'.txt`);
    expect(d.form[0].projectName).toBe(f.projectName);
    expect(d.form[0].indicators.indicator[0].target).toBe("<5%");
    expect(d.diagnostic[0]["#text"]).toBe("bell<tag/>");
    expect(d.diagnostic[0]["@_code"]).toBe("unplaced-text");
  });

  it("a document with no form keeps its diagnostics", () => {
    const x = serialiseXml([doc([], {}, [{ code: "no-form", severity: "warning", message: "未找到绩效自评表" }])]);
    const d = parser.parse(x).jixiao.document[0];
    expect(d.form).toBeUndefined();
    expect(d.diagnostic[0]).toMatchObject({ "@_code": "no-form", "@_severity": "warning", "#text": "未找到绩效自评表" });
  });
});
