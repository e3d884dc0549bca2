/** The sheets of a workbook in their order, with the part holding each (from workbook.xml and its relationships). */
import { attrOf, find, kids, parseXml, tagOf } from "../office/xml.js";

export interface SheetPart {
  name: string;
  /** The zip member, e.g. `xl/worksheets/sheet1.xml`. */
  part: string | null;
  state: "visible" | "hidden" | "veryHidden";
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export function workbookSheets(workbookXml: string, relsXml: string | undefined, workbookPath = "xl/workbook.xml"): { sheets: SheetPart[]; date1904: boolean } {
  const targets = new Map<string, string>();
  if (relsXml) {
    for (const root of parseXml(relsXml)) for (const r of kids(root)) if (tagOf(r) === "Relationship") targets.set(attrOf(r, "Id") ?? "", attrOf(r, "Target") ?? "");
  }
  const wb = parseXml(workbookXml);
  const pr = find(wb, "workbookPr");
  const date1904 = !!pr && ["1", "true"].includes(attrOf(pr, "date1904") ?? "");
  const sheetsNode = find(wb, "sheets");
  const sheets: SheetPart[] = [];
  for (const s of sheetsNode ? kids(sheetsNode) : []) {
    if (tagOf(s) !== "sheet") continue;
    const rid = attrOf(s, "r:id") ?? "";
    const target = targets.get(rid);
    const state = attrOf(s, "state");
    sheets.push({
      name: attrOf(s, "name") ?? "",
      part: target ? resolve(workbookPath, target) : null,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    });
  }
  return { sheets, date1904 };
}
