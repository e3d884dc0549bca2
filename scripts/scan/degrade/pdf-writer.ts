/**
 * The smallest image-only PDF: one image per page, painted over the whole page, the page size
 * from the image's pixels and resolution (so a reader's resolution estimate is exact). Colour and
 * gray pages go in as JPEG (DCTDecode); bilevel pages as 1 bit per pixel, Flate-compressed, the
 * way a fax or a scanner's "black and white" mode is stored.
 */
import { deflateSync } from "node:zlib";

export type PdfPageImage =
  | { kind: "jpeg"; jpeg: Uint8Array; width: number; height: number; dpi: number; gray: boolean }
  | { kind: "bilevel"; bits: Uint8Array; width: number; height: number; dpi: number };

/** 1 = black pixels (row-major, one byte each) → PDF rows of bits, 1 = white as DeviceGray reads them. */
export function packBits(black: Uint8Array, width: number, height: number): Uint8Array {
  const stride = (width + 7) >> 3;
  const out = new Uint8Array(stride * height).fill(0xff);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (black[y * width + x]) out[y * stride + (x >> 3)]! &= ~(0x80 >> (x & 7));
  }
  return out;
}

export function imagePdf(pages: readonly PdfPageImage[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    parts.push(buf);
    length += buf.length;
  };
  const obj = (n: number, body: (Buffer | string)[]) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    for (const b of body) push(b);
    push("\nendobj\n");
  };
  push("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  const kids = pages.map((_, i) => `${3 + 3 * i} 0 R`).join(" ");
  obj(1, ["<< /Type /Catalog /Pages 2 0 R >>"]);
  obj(2, [`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`]);
  pages.forEach((p, i) => {
    const page = 3 + 3 * i;
    const w = ((p.width * 72) / p.dpi).toFixed(2);
    const h = ((p.height * 72) / p.dpi).toFixed(2);
    obj(page, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`]);
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    obj(page + 1, [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`]);
    const data = p.kind === "jpeg" ? Buffer.from(p.jpeg) : deflateSync(Buffer.from(p.bits), { level: 9 });
    const dict =
      p.kind === "jpeg"
        ? `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /${p.gray ? "DeviceGray" : "DeviceRGB"} /BitsPerComponent 8 /Filter /DCTDecode /Length ${data.length} >>`
        : `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length ${data.length} >>`;
    obj(page + 2, [dict, "\nstream\n", data, "\nendstream"]);
  });
  const xref = length;
  const count = 3 + 3 * pages.length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, "0")} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
