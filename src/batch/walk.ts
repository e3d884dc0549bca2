import { opendir, realpath, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

export interface WalkOptions {
  /** Folders never entered (the output folder, so an import never reads its own results). */
  exclude?: string[];
}

/** A path given on the command line that is neither a file nor a folder we can read. */
export interface WalkProblem {
  path: string;
  reason: string;
}

/**
 * Yields every regular file under the given files and folders, depth first, names sorted within a
 * folder so runs are repeatable. Streams: only the folder being listed is held in memory. Hidden
 * names (dot-prefixed) are skipped, and so are symbolic links to folders (they can loop).
 */
export async function* walkInputs(
  roots: readonly string[],
  options: WalkOptions = {},
  onProblem: (p: WalkProblem) => void = () => {},
): AsyncGenerator<string> {
  const excluded = new Set<string>();
  for (const e of options.exclude ?? []) {
    excluded.add(resolve(e));
    excluded.add(await realpath(e).catch(() => resolve(e)));
  }
  const isExcluded = async (p: string) => excluded.has(resolve(p)) || excluded.has(await realpath(p).catch(() => resolve(p)));

  for (const root of roots) {
    let st;
    try {
      st = await stat(root);
    } catch (err) {
      onProblem({ path: root, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
      continue;
    }
    if (st.isFile()) yield root;
    else if (st.isDirectory()) {
      if (!(await isExcluded(root))) yield* walkFolder(root, isExcluded);
    } else onProblem({ path: root, reason: "not a regular file" });
  }
}

async function* walkFolder(dir: string, isExcluded: (p: string) => Promise<boolean>): AsyncGenerator<string> {
  const files: string[] = [];
  const folders: string[] = [];
  let handle;
  try {
    handle = await opendir(dir);
  } catch {
    return;
  }
  for await (const entry of handle) {
    if (entry.name.startsWith(".")) continue;
    const p = dir.endsWith(sep) ? dir + entry.name : join(dir, entry.name);
    if (entry.isFile()) files.push(p);
    else if (entry.isDirectory()) folders.push(p);
    else if (entry.isSymbolicLink()) {
      const st = await stat(p).catch(() => null);
      if (st?.isFile()) files.push(p);
    }
  }
  files.sort();
  folders.sort();
  yield* files;
  for (const f of folders) if (!(await isExcluded(f))) yield* walkFolder(f, isExcluded);
}
