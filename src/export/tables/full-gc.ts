/**
 * A full garbage collection on demand. V8 lets the old generation fill with garbage before it
 * collects (during a DuckDB export the heap swung between ≈ 65 and 125 MiB with 25–40 MiB live),
 * and in the one process that also runs DuckDB that garbage adds to DuckDB's own peak. Collecting
 * once before each batch is loaded (every ≈ 560 Documents, a few milliseconds each) keeps the
 * two from stacking. `--expose-gc` set at run time applies to contexts made afterwards, so the
 * collector is taken from a fresh one; if that is refused, nothing is done.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

export function fullGc(): void {
  if (gc === undefined) {
    try {
      const own = (globalThis as { gc?: () => void }).gc;
      if (own) gc = own;
      else {
        setFlagsFromString("--expose-gc");
        gc = runInNewContext("gc") as () => void;
      }
    } catch {
      gc = null;
    }
  }
  gc?.();
}
