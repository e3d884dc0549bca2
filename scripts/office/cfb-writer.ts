/**
 * A minimal OLE compound file writer (512-byte sectors, streams of 4096 bytes or more so that no
 * mini stream is needed): enough to build the container of an encrypted OOXML package —
 * `EncryptionInfo` and `EncryptedPackage` streams — for bad-input fixtures, when no tool at hand
 * writes a real one.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const padded = streams.map((s) => {
    const len = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const d = new Uint8Array(len);
    d.set(s.data);
    return { name: s.name, data: d, size: Math.max(4096, s.data.length) };
  });
  // Sector 0: FAT; sector 1: directory; then the streams.
  const starts: number[] = [];
  let next = 2;
  for (const s of padded) {
    starts.push(next);
    next += s.data.length / SECTOR;
  }
  const total = next;
  if (total > SECTOR / 4) throw new Error("too large for one FAT sector");
  const out = new Uint8Array(SECTOR * (total + 1));
  const dv = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  dv.setUint16(0x18, 0x003e, true); // minor version
  dv.setUint16(0x1a, 0x0003, true); // major version 3
  dv.setUint16(0x1c, 0xfffe, true); // little endian
  dv.setUint16(0x1e, 9, true); // 512-byte sectors
  dv.setUint16(0x20, 6, true); // 64-byte mini sectors
  dv.setUint32(0x2c, 1, true); // one FAT sector
  dv.setUint32(0x30, 1, true); // directory at sector 1
  dv.setUint32(0x38, 4096, true); // mini stream cutoff
  dv.setUint32(0x3c, END, true); // no mini FAT
  dv.setUint32(0x44, END, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREE, true);
  const sec = (n: number): number => SECTOR * (n + 1);
  // FAT
  const fat = (n: number, v: number) => dv.setUint32(sec(0) + 4 * n, v, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, FATSECT);
  fat(1, END);
  padded.forEach((s, k) => {
    const n = s.data.length / SECTOR;
    for (let i = 0; i < n; i++) fat(starts[k]! + i, i === n - 1 ? END : starts[k]! + i + 1);
    out.set(s.data, sec(starts[k]!));
  });
  // Directory: root, then the streams as a chain of right siblings under it.
  const entry = (i: number, name: string, type: number, left: number, right: number, child: number, start: number, size: number) => {
    const o = sec(1) + 128 * i;
    for (let j = 0; j < name.length; j++) dv.setUint16(o + 2 * j, name.charCodeAt(j), true);
    dv.setUint16(o + 0x40, 2 * (name.length + 1), true);
    out[o + 0x42] = type;
    out[o + 0x43] = 1; // black
    dv.setUint32(o + 0x44, left, true);
    dv.setUint32(o + 0x48, right, true);
    dv.setUint32(o + 0x4c, child, true);
    dv.setUint32(o + 0x74, start, true);
    dv.setUint32(o + 0x78, size, true);
  };
  entry(0, "Root Entry", 5, FREE, FREE, padded.length ? 1 : FREE, END, 0);
  padded.forEach((s, k) => entry(k + 1, s.name, 2, FREE, k + 1 < padded.length ? k + 2 : FREE, FREE, starts[k]!, s.size));
  return out;
}
