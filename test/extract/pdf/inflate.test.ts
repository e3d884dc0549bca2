/**
 * The zlib stand-in for the web DecompressionStream, driven the way pdf.js drives it
 * (FlateStream.asyncGetBytesFromDecompressionStream): a good stream inflates to its bytes; a
 * damaged one makes the iteration throw, which sends pdf.js to its own inflater.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { NativeDecompressionStream } from "../../../src/extract/pdf/inflate.js";

async function inflateLikePdfJs(bytes: Uint8Array): Promise<Uint8Array> {
  const { readable, writable } = new NativeDecompressionStream("deflate");
  const writer = writable.getWriter();
  await writer.ready;
  void writer.write(bytes).then(async () => {
    await writer.ready;
    await writer.close();
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("NativeDecompressionStream", () => {
  const text = Buffer.from("BT /F1 12 Tf 72 712 Td (项目名称) Tj ET\n".repeat(50));

  it("inflates a zlib stream as pdf.js reads it", async () => {
    expect(Buffer.from(await inflateLikePdfJs(deflateSync(text))).equals(text)).toBe(true);
  });

  it("throws on a truncated or corrupted stream, as the web stream does", async () => {
    const z = deflateSync(text);
    await expect(inflateLikePdfJs(z.subarray(0, z.length >> 1))).rejects.toThrow();
    const bad = Buffer.from(z);
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0xff; // the Adler-32 checksum
    await expect(inflateLikePdfJs(bad)).rejects.toThrow();
  });

  it("refuses formats other than deflate (pdf.js then decodes them itself)", () => {
    expect(() => new NativeDecompressionStream("brotli")).toThrow(TypeError);
  });
});
