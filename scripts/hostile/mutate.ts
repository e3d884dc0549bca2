/**
 * Mutations for the fuzz run: byte-level damage for every kind, text edits for text-like
 * inputs, and for zip packages (docx, xlsx) edits to a member's XML inside a valid zip, so
 * the XML readers are reached rather than the zip reader refusing a bad checksum every time.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Rng } from "../lib/prng.js";

const TOKENS = ["\t", "\n", "\r\n", "|", " ", "\u3000", "\u0000", "\ufeff", "<", ">", "&", "&amp;", "&#0;", "<br>", "</td>", "<td>", "<tr>", '"', "'", "$\\geq$", "—", "%", "１００％", "1,000,000", "100.00%", "l0", "1O0%", "9".repeat(320), "0.0000001", "-0", "项目名称", "主管部门", "实施单位", "年度资金总额", "一级指标", "二级指标", "三级指标", "分值", "得分", "总分", "合计", "执行率", "年初预算数", "全年预算数", "全年执行数", "达成预期指标", "≥", "≤", "=", "产出指标", "效益指标", "满意度指标"];

export type MutationKind = "bytes" | "text" | "zip-member";

export function mutate(bytes: Uint8Array, rng: Rng, donors: readonly Uint8Array[], textLike: boolean): { bytes: Uint8Array; how: string[] } {
  const how: string[] = [];
  if (isZip(bytes) && rng.chance(0.6)) {
    const z = mutateZipMember(bytes, rng, how);
    if (z) return { bytes: z, how };
  }
  let b = bytes;
  const ops = rng.int(1, 6);
  for (let i = 0; i < ops; i++) {
    const textOp = textLike && rng.chance(0.6);
    b = textOp ? textEdit(b, rng, how) : byteEdit(b, rng, donors, how);
  }
  return { bytes: b, how };
}

function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function mutateZipMember(bytes: Uint8Array, rng: Rng, how: string[]): Uint8Array | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return null;
  }
  const xml = Object.keys(files).filter((n) => n.endsWith(".xml"));
  if (xml.length === 0) return null;
  const name = rng.pick(xml);
  const edits = rng.int(1, 5);
  let text = strFromU8(files[name]!);
  for (let i = 0; i < edits; i++) text = strFromU8(textEdit(strToU8(text), rng, how));
  files[name] = strToU8(text);
  how.push(`zip member ${name}`);
  return zipSync(files);
}

function textEdit(b: Uint8Array, rng: Rng, how: string[]): Uint8Array {
  const s = Buffer.from(b).toString("utf8");
  const at = rng.int(0, s.length);
  switch (rng.int(0, 4)) {
    case 0: {
      const t = rng.pick(TOKENS);
      how.push(`insert ${JSON.stringify(t.slice(0, 12))} at ${at}`);
      return Buffer.from(s.slice(0, at) + t + s.slice(at));
    }
    case 1: {
      const len = rng.int(1, 200);
      how.push(`delete ${len} chars at ${at}`);
      return Buffer.from(s.slice(0, at) + s.slice(at + len));
    }
    case 2: {
      const len = rng.int(1, 400);
      how.push(`duplicate ${len} chars at ${at}`);
      return Buffer.from(s.slice(0, at) + s.slice(at, at + len) + s.slice(at));
    }
    case 3: {
      const i = s.slice(at).search(/[0-9]/);
      if (i < 0) return b;
      const d = String(rng.int(0, 9));
      how.push(`digit at ${at + i} → ${d}`);
      return Buffer.from(s.slice(0, at + i) + d + s.slice(at + i + 1));
    }
    default: {
      const lines = s.split("\n");
      const x = rng.int(0, lines.length - 1);
      const y = rng.int(0, lines.length - 1);
      [lines[x], lines[y]] = [lines[y]!, lines[x]!];
      how.push(`swap lines ${x + 1} and ${y + 1}`);
      return Buffer.from(lines.join("\n"));
    }
  }
}

function byteEdit(b: Uint8Array, rng: Rng, donors: readonly Uint8Array[], how: string[]): Uint8Array {
  const at = rng.int(0, Math.max(0, b.length - 1));
  switch (rng.int(0, 5)) {
    case 0: {
      const out = Uint8Array.from(b);
      const flips = rng.int(1, 8);
      for (let i = 0; i < flips && out.length > 0; i++) out[rng.int(0, out.length - 1)]! ^= 1 << rng.int(0, 7);
      how.push(`flip ${flips} bits`);
      return out;
    }
    case 1:
      how.push(`cut at ${at}`);
      return b.slice(0, at);
    case 2: {
      const len = rng.int(1, 256);
      const out = Uint8Array.from(b);
      out.fill(rng.chance(0.5) ? 0 : 0xff, at, at + len);
      how.push(`fill ${len} bytes at ${at}`);
      return out;
    }
    case 3: {
      const len = rng.int(1, 2048);
      how.push(`duplicate ${len} bytes at ${at}`);
      return concat(b.subarray(0, at), b.subarray(at, at + len), b.subarray(at));
    }
    case 4: {
      const donor = rng.pick(donors);
      const from = rng.int(0, Math.max(0, donor.length - 1));
      const len = rng.int(1, 4096);
      how.push(`splice ${len} bytes of another file at ${at}`);
      return concat(b.subarray(0, at), donor.subarray(from, from + len), b.subarray(at));
    }
    default: {
      const len = rng.int(1, 64);
      const junk = Uint8Array.from({ length: len }, () => rng.int(0, 255));
      how.push(`insert ${len} random bytes at ${at}`);
      return concat(b.subarray(0, at), junk, b.subarray(at));
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
