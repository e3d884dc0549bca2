/**
 * A strip helper thread (./strips.ts): runs a named pass over the rows it is given, writing
 * into the shared image the main thread handed it, and says when it is done.
 */
import { parentPort } from "node:worker_threads";
import { binariseRows, blockLevelRows } from "./binarise.js";
import { dewarpRows } from "./dewarp.js";
import { rotateRows, tentRows, thickenRows, upscaleRows } from "./gray.js";
import { blockMaxRows, evenLightRows } from "./illumination.js";
import { runsRows, transposeRows } from "./rulings.js";
import { skewScores } from "./skew.js";
import type { KernelName, RowKernel } from "./strips.js";
import { unsharpRows } from "./unsharp.js";

// Each kernel reads its own argument type; the main thread pairs name and arguments (strips.ts).
const KERNELS: Record<KernelName, RowKernel<never, unknown>> = {
  dewarp: dewarpRows,
  "even-light": evenLightRows,
  unsharp: unsharpRows,
  binarise: binariseRows,
  rotate: rotateRows,
  runs: runsRows,
  transpose: transposeRows,
  "skew-scores": skewScores,
  "block-max": blockMaxRows,
  "paper-levels": blockLevelRows,
  thicken: thickenRows,
  upscale: upscaleRows,
  tent: tentRows,
};

interface Task {
  id: number;
  name: KernelName;
  args: never;
  y0: number;
  y1: number;
}

const port = parentPort;
if (port) {
  port.on("message", (t: Task) => {
    try {
      const value: unknown = KERNELS[t.name](t.args, t.y0, t.y1);
      port.postMessage({ id: t.id, value });
    } catch (err) {
      port.postMessage({ id: t.id, error: String((err as Error)?.stack ?? err) });
    }
  });
  port.postMessage({ ready: true });
}
