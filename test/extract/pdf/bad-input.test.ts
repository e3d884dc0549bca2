import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PdfReadError, readPdf, readPdfToGrid } from "../../../src/extract/pdf/index.js";

const DIR = join(import.meta.dirname, "..", "..", "..", "fixtures", "pdf");
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "no error";
  } catch (err) {
    expect(err).toBeInstanceOf(PdfReadError);
    return (err as PdfReadError).kind;
  }
}

describe("bad PDF input gives a typed error, never a crash", () => {
  it("encrypted with a user password: `encrypted`; wrong password: `wrong-password`; right one reads", async () => {
    expect(await kindOf(readPdf(bytes("bad/encrypted-user-password.pdf")))).toBe("encrypted");
    expect(await kindOf(readPdf(bytes("bad/encrypted-user-password.pdf"), { password: "nope" }))).toBe("wrong-password");
    const ok = await readPdf(bytes("bad/encrypted-user-password.pdf"), { password: "secret" });
    expect(ok.pages[0]!.runs.length).toBeGreaterThan(20);
  });

  it("encrypted with an owner password only: reads without a password", async () => {
    const r = await readPdf(bytes("bad/encrypted-owner-only.pdf"));
    expect(r.pages[0]!.runs.map((x) => x.str).join("")).toContain("实施单位");
  });

  it("truncated or garbled: `damaged` (or read as far as pdf.js can recover)", async () => {
    for (const f of ["bad/truncated.pdf", "bad/garbled.pdf"]) {
      const kind = await kindOf(readPdf(bytes(f)));
      expect(["damaged", "no error"]).toContain(kind);
    }
    expect(await kindOf(readPdf(new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj\n<<")))) ).toBe("damaged");
  });

  it("not a PDF: `not-a-pdf`", async () => {
    expect(await kindOf(readPdf(bytes("bad/not-a-pdf.pdf")))).toBe("not-a-pdf");
    expect(await kindOf(readPdf(new Uint8Array(0)))).toBe("not-a-pdf");
  });

  it("no text layer: a `no-text-layer` condition, and the grid path reports it as a diagnostic", async () => {
    const r = await readPdf(bytes("bad/image-only.pdf"));
    expect(r.conditions).toEqual([{ kind: "no-text-layer", pages: 2 }]);
    const g = await readPdfToGrid(bytes("bad/image-only.pdf"));
    expect(g).toMatchObject({ grid: null, scan: true, pages: 2 });
    expect(g.diagnostics.map((d) => d.code)).toEqual(["no-text-layer"]);
  });

  it("maps errors to the contract's diagnostic codes", async () => {
    const codes = async (name: string) => (await readPdfToGrid(bytes(name))).diagnostics.map((d) => d.code);
    expect(await codes("bad/encrypted-user-password.pdf")).toEqual(["encrypted"]);
    expect(await codes("bad/not-a-pdf.pdf")).toEqual(["unreadable-file"]);
  });

  it("reads at most maxPages pages and says so", async () => {
    const r = await readPdf(bytes("p10-central-uming-big.pdf"), { maxPages: 1 });
    expect(r.pages).toHaveLength(1);
    expect(r.conditions).toEqual([{ kind: "limit-exceeded", pageCount: 3, maxPages: 1 }]);
    const g = await readPdfToGrid(bytes("p10-central-uming-big.pdf"), { maxPages: 1 });
    expect(g.diagnostics[0]).toMatchObject({ code: "limit-exceeded", severity: "warning" });
    expect(g.grid?.rows.length).toBeGreaterThan(5);
  });
});
