/**
 * How busy the machine was while something ran, for benchmarks on a shared VM: the load average
 * and, from /proc/stat, the share of CPU time that went to other guests of the host (steal) and
 * the share that was busy at all (anything but idle and iowait), over the interval.
 *
 * A wall-clock figure taken while steal is 25 % or the cores are busy with other work measures
 * the neighbours; these numbers are printed beside each round so a reader can tell.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

export interface CpuTicks {
  total: number;
  idle: number;
  steal: number;
}

/** The aggregate "cpu" line of /proc/stat, or null where there is none (not Linux). */
export function cpuTicks(): CpuTicks | null {
  let text: string;
  try {
    text = readFileSync("/proc/stat", "utf8");
  } catch {
    return null;
  }
  const line = text.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) return null;
  // user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user).
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = f;
  return { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait, steal };
}

export interface MachineLoad {
  /** 1-minute load average at the end. */
  load: number;
  /** Share of all CPU time stolen by the host for other guests over the interval (0–1), null without /proc/stat. */
  steal: number | null;
  /** Share of all CPU time not idle over the interval, ours included (0–1). */
  busy: number | null;
}

/** The machine's load between `from` (cpuTicks() taken before) and now. */
export function machineLoadSince(from: CpuTicks | null): MachineLoad {
  const to = cpuTicks();
  const load = loadavg()[0]!;
  if (!from || !to || to.total <= from.total) return { load, steal: null, busy: null };
  const total = to.total - from.total;
  return { load, steal: (to.steal - from.steal) / total, busy: 1 - (to.idle - from.idle) / total };
}

/** "load 3.2, steal 12 %, busy 95 %" */
export function describeLoad(m: MachineLoad): string {
  const pct = (x: number | null) => (x == null ? "?" : `${Math.round(100 * x)} %`);
  return `load ${m.load.toFixed(1)}, steal ${pct(m.steal)}, busy ${pct(m.busy)}`;
}

/** The median of the numbers (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
