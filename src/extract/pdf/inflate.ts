/**
 * The part of the web `DecompressionStream` that pdf.js uses, done by Node's zlib in one call.
 *
 * pdf.js inflates each Flate stream (content streams, fonts, each glyph of a Type 3 font) through
 * a `DecompressionStream` when the global exists, and with its own JavaScript inflater when it
 * does not or when the stream fails. Node's web stream costs a zlib context and several promise
 * turns per stream (≈25 % of the reading's CPU, so it was removed); pdf.js's JavaScript inflater
 * then costs ≈10 % (`readBlock`, Huffman tables) plus a ReferenceError thrown and caught per
 * stream. This class gives pdf.js what it calls — `writable.getWriter()` with `ready`, `write`,
 * `close`, and a `readable` it iterates with `for await` — and inflates the bytes with
 * `zlib.inflateSync` once they are closed. A damaged or truncated stream makes the iteration
 * throw, as the web stream does, and pdf.js then reads it with its own inflater, which recovers
 * what it can: what is read does not change.
 */
import { inflateSync } from "node:zlib";

type Chunk = Uint8Array;

export class NativeDecompressionStream {
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Chunk): Promise<void>; close(): Promise<void> } };
  readonly readable: AsyncIterable<Chunk>;

  constructor(format: string) {
    // Node 20's own stream has no "brotli" either: pdf.js then uses its own decoder.
    if (format !== "deflate") throw new TypeError(`unsupported compression format: ${format}`);
    const chunks: Chunk[] = [];
    let closed!: () => void;
    const whenClosed = new Promise<void>((resolve) => (closed = resolve));
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        write: (chunk: Chunk) => {
          chunks.push(chunk);
          return Promise.resolve();
        },
        close: () => {
          closed();
          return Promise.resolve();
        },
      }),
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await whenClosed;
        const input = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        yield inflateSync(input);
      },
    };
  }
}

/**
 * Puts `NativeDecompressionStream` where pdf.js looks for `DecompressionStream` (the global),
 * replacing Node's web stream. Nothing else in this program uses the global (only pdf.js and
 * Playwright's browser bundles name it).
 */
export function installNativeInflate(): void {
  Object.defineProperty(globalThis, "DecompressionStream", { value: NativeDecompressionStream, configurable: true, writable: true });
}
