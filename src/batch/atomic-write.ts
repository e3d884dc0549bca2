import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";

/** Thrown when a name derived from an input would land outside the output folder. */
export class OutsideOutputError extends Error {}

/**
 * Resolves `name` inside `outDir` and refuses anything that escapes it. Names we write are
 * hashes, but checking the resolved path keeps that promise even if a caller passes a hostile one.
 */
export function insideOut(outDir: string, name: string): string {
  const root = resolve(outDir);
  const target = resolve(root, name);
  if (target === root || !target.startsWith(root + sep) || dirname(target) !== root) {
    throw new OutsideOutputError(`refusing to write outside ${root}: ${name}`);
  }
  return target;
}

/** Temp files are hidden (dot-prefixed) so a walk never takes them for inputs, and carry the pid so a cleanup can tell its own. */
export function tempName(finalName: string): string {
  return `.tmp-${process.pid}-${randomBytes(6).toString("hex")}-${basename(finalName)}`;
}

/**
 * Writes a file so readers see either nothing or the whole of it: temp file in the same folder
 * (rename is atomic only within one file system), fsync, then rename over the final name.
 */
export async function writeFileAtomic(outDir: string, name: string, data: string | Uint8Array): Promise<string> {
  const target = insideOut(outDir, name);
  const tmp = join(dirname(target), tempName(name));
  const fh = await open(tmp, "wx");
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  } finally {
    await fh.close().catch(() => {});
  }
  try {
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return target;
}
