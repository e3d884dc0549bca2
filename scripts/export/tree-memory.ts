/**
 * The resident memory of a process and all its descendants, summed, sampled every few
 * milliseconds: the DuckDB and Parquet exports run loader processes beside `export` itself, and
 * what the machine needs is their sum at the worst moment, not each one's own peak. Linux only
 * (/proc/PID/task/TID/children, /proc/PID/status); elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from "node:fs";

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** The pids of `pid` and its descendants (children of every thread). */
export function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) for (const c of (read(`/proc/${out[i]}/task/${t}/children`) ?? "").split(" ")) if (c.trim()) out.push(Number(c));
  }
  return out;
}

/** VmRSS of one process in KiB (0 when it has gone). */
function rssKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`) ?? "");
  return m ? Number(m[1]) : 0;
}

/** Samples the tree of `pid` until stopped; `peakMiB` is the highest sum seen, `processes` how many at that moment. */
export function sampleTree(pid: number, everyMs = 20): { stop: () => { peakMiB: number; processes: number; samples: number } } {
  let peak = 0;
  let processes = 0;
  let samples = 0;
  const timer = setInterval(() => {
    const pids = tree(pid);
    const sum = pids.reduce((s, p) => s + rssKiB(p), 0);
    samples++;
    if (sum > peak) (peak = sum), (processes = pids.length);
  }, everyMs);
  return { stop: () => (clearInterval(timer), { peakMiB: peak / 1024, processes, samples }) };
}
