import cliProgress from "cli-progress";
import type { Lang } from "../cli/messages.js";
import type { ImportProgress } from "./importer.js";
import { batchSettings } from "./settings.js";

export interface ProgressReporter {
  update(p: ImportProgress): void;
  stop(p: ImportProgress): void;
}

/** Files parsed per second in this run (reused and skipped inputs cost nothing, so they do not count). */
export function rate(p: ImportProgress): number {
  return p.elapsedMs > 0 ? (p.parsed * 1000) / p.elapsedMs : 0;
}

/** Seconds left, from the parse rate, once the walk has counted every input; null before. */
export function etaSeconds(p: ImportProgress): number | null {
  if (!p.counted) return null;
  const r = rate(p);
  const left = p.total - p.done;
  if (left <= 0) return 0;
  return r > 0 ? left / r : null;
}

function formatDuration(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return "?";
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}` : `${m}:${String(sec).padStart(2, "0")}`;
}

export function progressLine(p: ImportProgress, lang: Lang): string {
  const total = p.counted ? String(p.total) : `${p.total}+`;
  const r = rate(p).toFixed(1);
  const eta = formatDuration(etaSeconds(p));
  const failed = p.failed - p.noForm;
  return lang === "en"
    ? `${p.done}/${total} done, ${failed} failed, ${p.noForm} without a form, ${p.skipped} already done, ${r} files/s, ETA ${eta}`
    : `已完成 ${p.done}/${total}，失败 ${failed}，无表 ${p.noForm}，此前已完成 ${p.skipped}，${r} 个/秒，预计剩余 ${eta}`;
}

/** A bar on a terminal (redrawn in place), else a plain line every few seconds, for logs. */
export function createProgress(opts: { tty: boolean; lang: Lang; write: (s: string) => void; stream?: NodeJS.WriteStream }): ProgressReporter {
  if (opts.tty && opts.stream) {
    const label = opts.lang === "en" ? { failed: "failed", noForm: "no form", eta: "ETA" } : { failed: "失败", noForm: "无表", eta: "剩余" };
    const bar = new cliProgress.SingleBar(
      {
        stream: opts.stream,
        format: `{bar} {value}/{total} | ${label.failed} {failed} | ${label.noForm} {noForm} | {rate}/s | ${label.eta} {etaText}`,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const payload = (p: ImportProgress) => ({ failed: p.failed - p.noForm, noForm: p.noForm, rate: rate(p).toFixed(1), etaText: formatDuration(etaSeconds(p)) });
    return {
      update(p) {
        if (!started) {
          bar.start(Math.max(p.total, 1), p.done, payload(p));
          started = true;
        }
        bar.setTotal(Math.max(p.total, p.done, 1));
        bar.update(p.done, payload(p));
      },
      stop(p) {
        if (started) {
          bar.update(p.done, payload(p));
          bar.stop();
        }
      },
    };
  }
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last >= batchSettings.plainProgressEverySeconds * 1000) {
        if (last !== 0) opts.write(progressLine(p, opts.lang) + "\n");
        last = now;
      }
    },
    stop(p) {
      opts.write(progressLine(p, opts.lang) + "\n");
    },
  };
}
