/**
 * Bounds on what one office or web file may cost. Zip members declare their sizes; a member or a
 * whole package past these bounds is refused before it is inflated (a zip bomb costs nothing).
 */
export interface OfficeSettings {
  /** Most members read from one zip package. */
  maxZipEntries: number;
  /** Largest inflated member, in bytes (a sheet of 1,000,000 empty rows is ≈ 30 MB). */
  maxEntryBytes: number;
  /** Largest total inflated size of the members read, in bytes. */
  maxTotalBytes: number;
  /** Most non-empty cells read from one workbook; the rest are dropped with a diagnostic. */
  maxCells: number;
  /** Most rows holding a value read from one sheet. */
  maxRowsPerSheet: number;
  /** Most merged ranges read from one sheet. */
  maxMerges: number;
  /** Most sheets read from one workbook. */
  maxSheets: number;
  /** Most rows (table rows and paragraphs) in one web page or Word document. */
  maxRows: number;
  /** A rowspan/colspan above this is clamped (HTML caps colspan at 1000, rowspan at 65534). */
  maxSpan: number;
  /** Longest a LibreOffice conversion may run, in milliseconds. */
  convertTimeoutMs: number;
}

export const officeSettings: OfficeSettings = {
  maxZipEntries: 5000,
  maxEntryBytes: 96 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxCells: 200_000,
  maxRowsPerSheet: 20_000,
  maxMerges: 20_000,
  maxSheets: 200,
  maxRows: 50_000,
  maxSpan: 1000,
  convertTimeoutMs: 120_000,
};
