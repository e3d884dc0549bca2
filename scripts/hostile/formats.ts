/**
 * Just enough of PNG, TIFF and zip to write files that lie: the structure is valid (checksums,
 * offsets), only the sizes are hostile. No library would write such files, hence these.
 */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A little-endian baseline TIFF: one 8-bit gray page of `width` × `height`, with one strip of 16 bytes. */
export function tiffHeader(width: number, height: number): Buffer {
  const entries: [tag: number, type: number, value: number][] = [
    [256, 4, width], // ImageWidth (LONG)
    [257, 4, height], // ImageLength
    [258, 3, 8], // BitsPerSample
    [259, 3, 1], // no compression
    [262, 3, 1], // BlackIsZero
    [273, 4, 0], // StripOffsets, patched below
    [277, 3, 1], // SamplesPerPixel
    [278, 4, height], // RowsPerStrip
    [279, 4, 16], // StripByteCounts
  ];
  const ifdAt = 8;
  const ifdSize = 2 + entries.length * 12 + 4;
  const dataAt = ifdAt + ifdSize;
  const b = Buffer.alloc(dataAt + 16, 0xff);
  b.write("II", 0, "latin1");
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(ifdAt, 4);
  b.writeUInt16LE(entries.length, ifdAt);
  entries.forEach(([tag, type, value], i) => {
    const o = ifdAt + 2 + i * 12;
    b.writeUInt16LE(tag, o);
    b.writeUInt16LE(type, o + 2);
    b.writeUInt32LE(1, o + 4);
    if (type === 3) {
      b.writeUInt16LE(value, o + 8);
      b.writeUInt16LE(0, o + 10);
    } else b.writeUInt32LE(tag === 273 ? dataAt : value, o + 8);
  });
  b.writeUInt32LE(0, ifdAt + 2 + entries.length * 12);
  return b;
}

export interface ZipMember {
  name: string;
  /** Stored as is. */
  data?: Uint8Array;
  /** Already raw-deflated bytes, with the sizes to declare for them. */
  deflated?: Uint8Array;
  size?: number;
  crc?: number;
}

/** A zip whose members are written as given: stored, or deflated with whatever size they declare. */
export function zipDeflated(members: ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, "utf8");
    const stored = m.deflated === undefined;
    const body = stored ? Buffer.from(m.data ?? new Uint8Array(0)) : Buffer.from(m.deflated!);
    const size = stored ? body.length : (m.size ?? 0);
    const crc = stored ? crc32(body) : (m.crc ?? 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(members.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export function zipStored(members: { name: string; data: Uint8Array }[]): Buffer {
  return zipDeflated(members.map((m) => ({ name: m.name, data: m.data })));
}
