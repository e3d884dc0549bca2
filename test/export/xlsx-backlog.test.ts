/**
 * The xlsx export's memory bound rests on `backlog()` seeing what ExcelJS has written to a sheet
 * but the zip has not yet taken (ExcelJS never pushes back). It reads stream internals of ExcelJS
 * and archiver; if an upgrade moves them, this fails instead of the export quietly holding whole
 * sheets in memory again.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backlog } from "../../src/export/tables/xlsx.js";
import { tempDir } from "../batch/helpers.js";

describe("xlsx sheet backlog", () => {
  it("counts rows written but not yet zipped, and falls once the zip takes them", async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(tempDir(), "b.xlsx"), useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet("s");
    // written without yielding to the event loop: the zip cannot have taken any of it yet
    const text = "核查发现".repeat(50);
    for (let i = 0; i < 5_000; i++) ws.addRow([i, text, i / 3]).commit();
    // 5,000 rows of ≥ 600 bytes of XML each
    expect(backlog(ws)).toBeGreaterThan(2_000_000);
    // what stays: ExcelJS's last, partly filled 64 KiB buffer (sent on at the sheet's end) and
    // the entry stream's 16 KiB read buffer
    const deadline = Date.now() + 20_000;
    while (backlog(ws) > 128 * 1024 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(backlog(ws)).toBeLessThanOrEqual(128 * 1024);
    ws.commit();
    await wb.commit();
  });
});
